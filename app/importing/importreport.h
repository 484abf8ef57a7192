// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/importing/csvimporter.h"
#include "models/domain/jsonwriter.h"
#include "models/domain/trcache.h"

#include <QByteArray>
#include <QCoreApplication>

class QIODevice;

namespace Almanac {

// Prints what an import found, as it goes: a line per invalid row and a
// summary, or one JSON object (see README, "almanac-cli import --json").
// Output is flushed in 64 KiB pieces, so memory stays flat on any file.
class ImportReport final : public ImportObserver
{
    ALMANAC_DECLARE_TR_FUNCTIONS(ImportReport)

public:
    enum class Format { Text, Json };

    ImportReport(QIODevice *out, Format format, bool dryRun);
    ~ImportReport() override;

    void headerRead(const DialectMapping &mapping, char delimiter) override;
    void rowValidated(const RowVerdict &verdict, const Post *post, const RowSource &source) override;
    bool wantsPosts() const override { return m_format == Format::Json; }

    void finish(const ImportOutcome &outcome);

private:
    void flush(bool force = false);
    void beginJson(const QString &dialect, char delimiter);

    QIODevice *m_out;
    Format m_format;
    bool m_dryRun;
    bool m_begun = false;
    QByteArray m_buffer;
    JsonWriter m_json{m_buffer}; // one writer for the whole report: it places every comma
};

} // namespace Almanac
