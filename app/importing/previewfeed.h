// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/importing/csvimporter.h"
#include "models/itemmodels/importpreviewmodel.h"

#include <QElapsedTimer>

namespace Almanac {

// Carries an import's judged rows from its worker thread to the wizard's
// preview model, a chunk at a time: the first as soon as the first rows are
// judged, then at most every 100 ms, so the table fills while the file is read
// without the window handling a million single-row insertions. The model must
// outlive the run (BackgroundImport waits for its worker when destroyed).
class PreviewFeed final : public ImportObserver
{
public:
    explicit PreviewFeed(ImportPreviewModel *model);

    void rowValidated(const RowVerdict &verdict, const Post *post, const RowSource &source) override;
    void progress(qint64 bytesRead, qint64 bytesTotal) override;
    void duplicatesIndexed(std::shared_ptr<DuplicateIndex> index) override;
    void ended() override;

private:
    void send();

    ImportPreviewModel *m_model;
    PreviewChunk m_chunk;
    IssueInterner m_issues; // on the import's thread, as rowValidated
    QElapsedTimer m_sinceSent;
    bool m_sentAny = false;
};

} // namespace Almanac
