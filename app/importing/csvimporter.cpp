// SPDX-License-Identifier: GPL-3.0-or-later
#include "csvimporter.h"

#include "batchqueue.h"

#include "csv/csvreader.h"
#include "domain/clock.h"
#include "domain/jsonwriter.h"
#include "domain/postjson.h"
#include "store/database.h"
#include "store/importrepository.h"
#include "store/integrationrepository.h"
#include "store/postrepository.h"
#include "validation/duplicateindex.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QScopeGuard>

#include <thread>

namespace Almanac {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("CsvImporter", text);
}

QString joinIssues(const QList<RowIssue> &issues)
{
    QStringList lines;
    for (const RowIssue &i : issues)
        lines.append(i.column.isEmpty() ? i.message : i.column + QStringLiteral(": ") + i.message);
    return lines.join(u'\n');
}

// One row as the reading thread hands it to the writing one.
struct JudgedRow
{
    RowVerdict verdict;
    std::optional<Post> post; // the normalized row, when it is written or the observer wants it
    std::optional<EncodedPost> encoded; // its JSON columns, when it is written
    ImportRow history;        // what the import history records, when the row is written
    bool write = false;
};

struct RowBatch
{
    std::vector<JudgedRow> rows;
    qint64 bytesConsumed = 0; // of the file, after the batch's last row
};

// 256 rows a batch keeps the threads' hand-overs rare; 8 batches in flight keep
// the memory a few MiB whichever thread is slower.
constexpr size_t RowsPerBatch = 256;
constexpr size_t BatchesInFlight = 8;

} // namespace

QByteArray rawRowJson(const QList<QByteArray> &headers, RowValidator::Fields fields)
{
    QByteArray out;
    out.reserve(512);
    JsonWriter json(out);
    json.beginObject();
    for (size_t i = 0; i < fields.size(); ++i) {
        if (i < size_t(headers.size()))
            json.key(headers.at(qsizetype(i)));
        else
            json.key(QStringLiteral("(column %1)").arg(i + 1).toUtf8());
        json.string(fields[i]);
    }
    json.endObject();
    return out;
}

CsvImporter::CsvImporter(ImportOptions options)
    : m_options(std::move(options))
{
    if (m_options.now == 0)
        m_options.now = Clock::nowSecs();
}

ImportOutcome CsvImporter::run(ImportObserver *observer)
{
    using Status = ImportOutcome::Status;
    ImportOutcome out;
    // Ends the run with nothing written (open transactions roll back on the way out).
    auto stop = [&out](Status status, const QString &message) {
        out.status = status;
        out.fileErrors.append(message);
        return out;
    };
    auto refuse = [&stop](const QString &message) { return stop(Status::FileRefused, message); };

    const QFileInfo info(m_options.filePath);
    if (info.isDir())
        return refuse(tr("%1 is a folder, not a CSV file.").arg(m_options.filePath));
    QFile file(m_options.filePath);
    if (!file.open(QIODevice::ReadOnly))
        return refuse(tr("Could not open %1: %2.").arg(m_options.filePath, file.errorString()));
    const qint64 fileSize = file.size();

    Database db(m_options.connectionName);
    if (auto r = db.open(m_options.storePath); !r) {
        return stop(Status::StoreFailed, r.error());
    }
    // A committing import takes the write lock first, so the integrations and the
    // posts its rows are checked against cannot change before it commits.
    bool writing = !m_options.dryRun;
    std::optional<Database::BulkMode> bulk;
    std::optional<Transaction> tx;
    if (writing) {
        bulk.emplace(db);
        tx.emplace(db.connection(), Transaction::Lock::Immediate);
        if (!tx->isActive())
            return stop(Status::StoreFailed, tr("Could not start writing to the store %1.").arg(m_options.storePath));
    }
    const QList<Integration> integrations = IntegrationRepository(db.connection()).list();

    CsvReader reader(&file);
    if (!reader.next()) {
        return refuse(reader.hasError() ? reader.error().message
                                        : tr("The file is empty; expected a header row such as "
                                             "content,integrations,schedule_at."));
    }
    out.delimiter = reader.delimiter();
    QStringList header;
    for (qsizetype i = 0; i < reader.size(); ++i)
        header.append(QString::fromUtf8(reader.field(i)).trimmed());
    const DialectMapping mapping = DialectDetector::map(header, m_options.dialect);
    QList<QByteArray> headerUtf8;
    for (const QString &h : std::as_const(header))
        headerUtf8.append(h.toUtf8());
    out.dialect = csvDialectName(mapping.dialect);
    if (!mapping.isValid()) {
        out.status = Status::FileRefused;
        out.fileErrors = mapping.errors;
        return out;
    }
    out.fileWarnings = mapping.warnings;
    if (observer)
        observer->headerRead(mapping, reader.delimiter());

    RowValidator validator(mapping, ValidationContext{integrations, m_options.timeZone, m_options.now, 180});
    DuplicateIndex duplicates;
    PostRepository(db.connection()).forEachUpcomingTarget(
        m_options.now, [&](QByteArrayView text, QByteArrayView integrationId, std::optional<qint64> when) {
            duplicates.findOrInsert(
                DuplicateIndex::key(DuplicateIndex::hash(text), integrationId,
                                    when.value_or(std::numeric_limits<qint64>::min())),
                DuplicateIndex::StoreRow);
        });
    validator.setDuplicateIndex(&duplicates);

    std::optional<ImportWriter> writer;
    ImportJob job;
    job.fileName = info.fileName();
    job.fileSize = fileSize;
    job.dialect = out.dialect;
    job.timeZone = QString::fromUtf8(m_options.timeZone.id());
    if (writing) {
        writer.emplace(db.connection(), integrations);
        if (auto r = writer->begin(job); !r) {
            return stop(Status::StoreFailed, r.error());
        }
    }

    // Two threads share the work, as an import has two halves of similar cost:
    // this one writes to the store (its connection belongs here) and tells the
    // observer, while a reading thread parses, judges and prepares the rows.
    BatchQueue<RowBatch> queue(BatchesInFlight);
    // Batches go back to the reading thread to be emptied there: memory is best
    // freed by the thread that allocated it (glibc's arenas lock on a foreign free).
    BatchQueue<RowBatch> spent(BatchesInFlight + 2);
    const bool observerWantsPosts = observer && observer->wantsPosts();
    const bool skipInvalid = m_options.skipInvalid;
    std::thread reading([&, prepareWrites = writing]() mutable {
        RowBatch batch;
        while (!m_cancelled.load(std::memory_order_relaxed) && reader.next()) {
            JudgedRow &r = batch.rows.emplace_back();
            const RowValidator::Fields fields = reader.fields();
            validator.validate(fields, reader.recordNumber(), r.verdict);
            const bool valid = r.verdict.isValid();
            if (prepareWrites && !valid && !skipInvalid)
                prepareWrites = false; // it will not commit: stop doing work that will be rolled back
            r.write = prepareWrites;
            if (observerWantsPosts || (r.write && valid))
                r.post = validator.normalize(fields, r.verdict);
            if (r.write) {
                r.history.rowNumber = r.verdict.row;
                r.history.rawJson = rawRowJson(headerUtf8, fields);
                if (valid) {
                    r.encoded.emplace(*r.post, std::span<const int>(r.verdict.targets.cbegin(), r.verdict.targets.cend()));
                    JsonWriter json(r.history.normalizedJson);
                    writePostJson(json, *r.post, PostJsonShape::Resolved);
                } else {
                    r.history.status = ImportRowStatus::Skipped;
                    r.history.error = joinIssues(r.verdict.errors);
                }
            }
            if (batch.rows.size() == RowsPerBatch) {
                batch.bytesConsumed = reader.bytesConsumed();
                if (!queue.push(std::move(batch)))
                    return; // the writing side stopped
                batch = spent.tryPop().value_or(RowBatch{});
                batch.rows.clear();
            }
        }
        batch.bytesConsumed = reader.bytesConsumed();
        if (!batch.rows.empty())
            queue.push(std::move(batch));
        queue.finish();
    });
    // On every way out: stop the reading thread before what it uses goes away.
    auto stopReading = qScopeGuard([&] {
        queue.abandon();
        reading.join();
    });

    while (std::optional<RowBatch> batch = queue.pop()) {
        if (m_cancelled.load(std::memory_order_relaxed)) {
            out.status = Status::Cancelled;
            return out; // the transaction rolls back
        }
        for (JudgedRow &r : batch->rows) {
            ++out.rowsTotal;
            const bool valid = r.verdict.isValid();
            valid ? ++out.rowsValid : ++out.rowsInvalid;
            if (r.write) {
                r.history.importId = job.id;
                Result<void> written;
                if (valid) {
                    written = writer->addPost(*r.post, *r.encoded, r.history);
                    ++job.rowsCommitted;
                } else {
                    written = writer->addRow(r.history);
                    ++job.rowsSkipped;
                }
                if (!written)
                    return stop(Status::StoreFailed, written.error());
            }
            if (observer)
                observer->rowValidated(r.verdict, r.post ? &*r.post : nullptr);
        }
        if (observer)
            observer->progress(batch->bytesConsumed, fileSize);
        spent.push(std::move(*batch));
    }
    if (m_cancelled.load(std::memory_order_relaxed)) {
        out.status = Status::Cancelled;
        return out;
    }
    stopReading.dismiss();
    reading.join();

    if (reader.hasError()) {
        return refuse(reader.error().message);
    }
    if (duplicates.isSaturated())
        out.fileWarnings.append(tr("The file is too large to check every row for duplicates; rows after the first "
                                   "%1 destinations were not compared.")
                                    .arg(duplicates.size()));
    if (out.rowsTotal == 0)
        return refuse(tr("The file has a header row but no data rows."));
    if (m_options.dryRun) {
        out.status = out.rowsInvalid ? Status::ValidationFailed : Status::Validated;
        return out;
    }
    if (out.rowsInvalid && !m_options.skipInvalid) {
        out.status = Status::ValidationFailed;
        return out;
    }
    job.rowsTotal = int(out.rowsTotal);
    if (auto r = writer->finish(job); !r) {
        return stop(Status::StoreFailed, r.error());
    }
    if (auto r = tx->commit(); !r) {
        return stop(Status::StoreFailed, r.error());
    }
    out.status = Status::Committed;
    out.importId = job.id;
    return out;
}

} // namespace Almanac
