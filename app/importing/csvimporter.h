// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/csv/csvdialect.h"
#include "models/csv/rowedits.h"
#include "models/domain/importjob.h"
#include "models/domain/post.h"
#include "models/validation/rowvalidator.h"

#include <QStringList>
#include <QTimeZone>

#include <atomic>
#include <memory>
#include <optional>
#include <QCoreApplication>

namespace Almanac {

struct ImportOptions
{
    QString filePath;
    QString storePath;
    std::optional<CsvDialect> dialect; // empty: detect from the header
    QTimeZone timeZone = QTimeZone::systemTimeZone();
    // How numeric dates such as 05/03/2027 read; Unknown: as the file shows
    // (a day above 12 in any row), else each such date is an error.
    DateOrder dateOrder = DateOrder::Unknown;
    int defaultMinute = 9 * 60; // the time of day of a date written alone
    bool dryRun = false;
    bool skipInvalid = false;          // commit the valid rows, record the others as skipped
    // The wizard's choices, applied as the file is read. What each column is
    // read as (canonical names of the dialect; empty: the file's own header):
    QStringList columnNames;
    // Fixed cells and rows left out, applied to each row as it is read.
    RowEdits edits;
    qint64 now = 0;                    // 0: Clock::nowSecs()
    bool allowLocalNetworkMedia = false; // Settings: "Allow media from my local network"
    QString connectionName = QStringLiteral("almanac-import");
};

struct ImportOutcome
{
    enum class Status {
        Committed,        // every row (or every valid row, with skipInvalid) is in the store
        Validated,        // dry run: nothing written
        ValidationFailed, // some row is invalid: nothing written
        FileRefused,      // the file is not a CSV Almanac can read: nothing written
        StoreFailed,      // the store refused the write: nothing written
        Cancelled,        // stopped by the user: nothing written
    };
    Status status = Status::Validated;
    QString dialect;
    char delimiter = ',';
    qint64 rowsTotal = 0;
    qint64 rowsValid = 0;
    qint64 rowsInvalid = 0;
    qint64 rowsExcluded = 0;
    qint64 importId = 0;
    QStringList fileErrors;
    QStringList fileWarnings;

    bool committed() const { return status == Status::Committed; }
};

// Where a row came from in the file, and whether the user left it out.
struct RowSource
{
    qint64 byteOffset = 0; // of the record's first byte
    bool excluded = false; // then the verdict is empty: the row was not judged
};

// What a caller (CLI report, wizard preview, tests) hears while an import runs.
// Called on the importer's thread.
class ImportObserver
{
public:
    virtual ~ImportObserver() = default;
    virtual void headerRead(const DialectMapping &mapping, char delimiter) { Q_UNUSED(mapping) Q_UNUSED(delimiter) }
    // The post is the normalized row when wantsPosts() (and the row has targets), else null.
    virtual void rowValidated(const RowVerdict &verdict, const Post *post, const RowSource &source) = 0;
    virtual bool wantsPosts() const { return false; }
    virtual void progress(qint64 bytesRead, qint64 bytesTotal) { Q_UNUSED(bytesRead) Q_UNUSED(bytesTotal) }
    // Once every row is read: the (text, destination, time) of each, and of the
    // store's upcoming posts, so a row fixed later is checked against the others.
    virtual void duplicatesIndexed(std::shared_ptr<DuplicateIndex> index) { Q_UNUSED(index) }
    // After the last row, however the run ended.
    virtual void ended() {}
};

// Reads a CSV file as a stream, judges every row, and (unless a dry run) writes
// the import in one transaction: every row becomes a post, or none does.
// Memory stays flat whatever the file size. Runs on any thread: it opens its
// own connection to the store.
class CsvImporter final
{
    Q_DECLARE_TR_FUNCTIONS(CsvImporter)

public:
    explicit CsvImporter(ImportOptions options);

    ImportOutcome run(ImportObserver *observer);
    void cancel() { m_cancelled.store(true); }

private:
    ImportOptions m_options;
    std::atomic<bool> m_cancelled = false;
};

// A first look at a file before anything is mapped or judged: its header and
// delimiter, or why it cannot be read (not a file, not UTF-8, an unterminated
// quote...), with the line. Reads the header and up to `probeBytes` beyond it,
// so a broken file is refused at once; a fault further in stops the preview.
struct CsvProbe
{
    QStringList header;
    QStringList firstRow; // the first data row, for the mapping page's samples
    char delimiter = ',';
    QString error; // empty: readable so far
    bool hasDataRows = false;
};
CsvProbe probeCsvFile(const QString &path, qint64 probeBytes = 1 << 20);

// The order the file's numeric dates show (a day above 12 in any row, a
// month above 12), read up to about `maxBytes` (-1: to the end); Unknown when
// nothing shows it or the rows disagree (then each such date is an error).
// `numericDates`: set to whether any row has a day- or month-first date at all.
DateOrder dateOrderOfFile(const QString &path, const DialectMapping &mapping, qint64 maxBytes = -1,
                          bool *numericDates = nullptr);

// The row as read, {"header": "value", ...}, for the import history.
QByteArray rawRowJson(const QList<QByteArray> &headersUtf8, RowValidator::Fields fields);

} // namespace Almanac
