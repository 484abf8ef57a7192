// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/importing/csvimporter.h"

#include "app/importing/batchqueue.h"

#include "models/csv/csvreader.h"
#include "models/domain/clock.h"
#include "models/domain/jsonwriter.h"
#include "models/domain/postjson.h"
#include "models/store/database.h"
#include "models/store/importwriter.h"
#include "models/store/integrationrepository.h"
#include "models/store/postrepository.h"
#include "models/validation/duplicateindex.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QScopeGuard>

#include <thread>

namespace Almanac {

namespace {

// One row as the reading thread hands it to the writing one.
struct JudgedRow
{
    RowVerdict verdict;
    std::optional<Post> post; // the normalized row, when it is written or the observer wants it
    std::optional<EncodedPost> encoded; // its JSON columns, when it is written
    ImportRow history;        // what the import history records, when the row is written
    RowSource source;
    bool write = false;
};

// Batches travel back and forth between the threads and their rows are reused,
// so a million-row dry run does not build and destroy a million of them.
struct RowBatch
{
    std::vector<JudgedRow> rows; // the first `count` are this batch's
    size_t count = 0;
    qint64 bytesConsumed = 0; // of the file, after the batch's last row

    JudgedRow &append()
    {
        if (count == rows.size()) {
            ++count;
            return rows.emplace_back();
        }
        JudgedRow &r = rows[count++];
        r.post.reset();
        r.encoded.reset();
        r.history = ImportRow{};
        return r; // the verdict is reset by the validator, keeping its lists' memory
    }
    std::span<JudgedRow> used() { return {rows.data(), count}; }
};

// 1024 rows a batch keep the hand-overs (each may wake a sleeping thread) rare;
// 4 batches in flight keep the memory to a few MiB whichever thread is slower.
constexpr size_t RowsPerBatch = 1024;
constexpr size_t BatchesInFlight = 4;

} // namespace

QByteArray rawRowJson(const QList<QByteArray> &headers, RowValidator::Fields fields)
{
    QByteArray out;
    out.reserve(512);
    JsonWriter json(out);
    json.beginObject();
    for (size_t i = 0; i < fields.size(); ++i) {
        if (fields[i].isEmpty())
            continue; // compact: an empty cell says nothing the row's history needs
        if (i < size_t(headers.size()))
            json.key(headers.at(qsizetype(i)));
        else
            json.key(QStringLiteral("(column %1)").arg(i + 1).toUtf8());
        json.string(fields[i]);
    }
    json.endObject();
    return out;
}

CsvProbe probeCsvFile(const QString &path, qint64 probeBytes)
{
    CsvProbe probe;
    const QFileInfo info(path);
    if (info.isDir()) {
        probe.error = CsvImporter::tr("%1 is a folder, not a CSV file.").arg(path);
        return probe;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        probe.error = CsvImporter::tr("Could not open %1: %2.").arg(path, file.errorString());
        return probe;
    }
    CsvReader reader(&file);
    if (!reader.next()) {
        probe.error = reader.hasError() ? reader.error().message
                                        : CsvImporter::tr("The file is empty; expected a header row such as "
                                                          "content,integrations,schedule_at.");
        return probe;
    }
    probe.delimiter = reader.delimiter();
    for (qsizetype i = 0; i < reader.size(); ++i)
        probe.header.append(QString::fromUtf8(reader.field(i)).trimmed());
    while (reader.bytesConsumed() < probeBytes && reader.next()) {
        if (!probe.hasDataRows)
            for (qsizetype i = 0; i < reader.size(); ++i)
                probe.firstRow.append(QString::fromUtf8(reader.field(i)));
        probe.hasDataRows = true;
    }
    if (reader.hasError())
        probe.error = reader.error().message;
    else if (!probe.hasDataRows && reader.bytesConsumed() < probeBytes)
        probe.error = CsvImporter::tr("The file has a header row but no data rows.");
    return probe;
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
    const auto tellEnd = qScopeGuard([observer] {
        if (observer)
            observer->ended();
    });
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
    QList<QByteArray> headerUtf8; // the history keeps the file's own names
    for (const QString &h : std::as_const(header))
        headerUtf8.append(h.toUtf8());
    if (!m_options.columnNames.isEmpty()) {
        if (m_options.columnNames.size() != header.size())
            return refuse(tr("The file has %1 columns now, but %2 were mapped; it changed since it was opened.")
                              .arg(header.size())
                              .arg(m_options.columnNames.size()));
        header = m_options.columnNames;
    }
    const DialectMapping mapping = DialectDetector::map(header, m_options.dialect);
    out.dialect = csvDialectName(mapping.dialect);
    if (!mapping.isValid()) {
        out.status = Status::FileRefused;
        out.fileErrors = mapping.errors;
        return out;
    }
    out.fileWarnings = mapping.warnings;
    if (observer)
        observer->headerRead(mapping, reader.delimiter());

    ValidationContext context{integrations, m_options.timeZone, m_options.now, 180};
    context.allowLocalNetworkMedia = m_options.allowLocalNetworkMedia;
    const std::unique_ptr<RowValidator> validator = RowValidator::create(mapping, context);
    DuplicateIndex duplicates;
    PostRepository(db.connection()).forEachUpcomingTarget(
        m_options.now, [&](QByteArrayView text, QByteArrayView integrationId, std::optional<qint64> when) {
            duplicates.findOrInsert(
                DuplicateIndex::key(DuplicateIndex::hash(text), integrationId,
                                    when.value_or(std::numeric_limits<qint64>::min())),
                DuplicateIndex::StoreRow);
        });
    validator->setDuplicateIndex(&duplicates);

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

    // The reading half: parses, judges and prepares the rows, handing each full
    // batch to `deliver` (which may swap in another batch; false: stop reading).
    const bool observerWantsPosts = observer && observer->wantsPosts();
    const bool skipInvalid = m_options.skipInvalid;
    // Judges one row and prepares what writing it needs. `prepareWrites` turns
    // off at the first invalid row of an import that will not commit anyway.
    auto judge = [&](JudgedRow &r, RowValidator::Fields fields, qint64 rowNumber, bool &prepareWrites) {
        validator->validate(fields, rowNumber, r.verdict);
        const bool valid = r.verdict.isValid();
        if (prepareWrites && !valid && !skipInvalid)
            prepareWrites = false; // it will not commit: stop doing work that will be rolled back
        r.write = prepareWrites;
        if (observerWantsPosts || (r.write && valid))
            r.post = validator->normalize(fields, r.verdict);
        if (!r.write)
            return;
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
    };
    const bool anyEdits = !m_options.cellEdits.isEmpty(), anyExcluded = !m_options.excludedRows.isEmpty();
    QVarLengthArray<QByteArrayView, 32> editedFields;
    auto readRows = [&, prepareWrites = writing](const auto &deliver) mutable {
        RowBatch batch;
        while (!m_cancelled.load(std::memory_order_relaxed) && reader.next()) {
            JudgedRow &r = batch.append();
            const qint64 rowNumber = reader.recordNumber();
            r.source = RowSource{reader.byteOffset(), anyExcluded && m_options.excludedRows.contains(rowNumber)};
            RowValidator::Fields fields = reader.fields();
            if (anyEdits) {
                if (const auto edits = m_options.cellEdits.constFind(rowNumber); edits != m_options.cellEdits.cend()) {
                    editedFields.clear();
                    editedFields.append(fields.data(), qsizetype(fields.size()));
                    for (auto e = edits->cbegin(); e != edits->cend(); ++e) {
                        while (editedFields.size() <= e.key())
                            editedFields.append(QByteArrayView());
                        editedFields[e.key()] = e.value();
                    }
                    fields = {editedFields.data(), size_t(editedFields.size())};
                }
            }
            if (r.source.excluded) {
                r.verdict.reset(rowNumber);
                r.write = prepareWrites;
                if (r.write) {
                    r.history.rowNumber = rowNumber;
                    r.history.rawJson = rawRowJson(headerUtf8, fields);
                    r.history.status = ImportRowStatus::Excluded;
                }
            } else {
                judge(r, fields, rowNumber, prepareWrites);
            }
            if (batch.count == RowsPerBatch) {
                batch.bytesConsumed = reader.bytesConsumed();
                if (!deliver(batch))
                    return;
                batch.count = 0;
            }
        }
        batch.bytesConsumed = reader.bytesConsumed();
        if (batch.count)
            deliver(batch);
    };

    // The other half: writes the rows to the store and tells the observer.
    std::optional<QString> storeError;
    auto takeRows = [&](RowBatch &batch) {
        for (JudgedRow &r : batch.used()) {
            ++out.rowsTotal;
            const bool valid = r.verdict.isValid();
            if (r.source.excluded)
                ++out.rowsExcluded;
            else
                valid ? ++out.rowsValid : ++out.rowsInvalid;
            if (r.write) {
                r.history.importId = job.id;
                Result<void> written;
                if (r.source.excluded) {
                    written = writer->addRow(r.history);
                    ++job.rowsExcluded;
                } else if (valid) {
                    written = writer->addPost(*r.post, *r.encoded, r.history);
                    ++job.rowsCommitted;
                } else {
                    written = writer->addRow(r.history);
                    ++job.rowsSkipped;
                }
                if (!written) {
                    storeError = written.error();
                    return false;
                }
            }
            if (observer)
                observer->rowValidated(r.verdict, r.post ? &*r.post : nullptr, r.source);
        }
        if (observer)
            observer->progress(batch.bytesConsumed, fileSize);
        return !m_cancelled.load(std::memory_order_relaxed);
    };

    if (writing || observerWantsPosts) {
        // Both halves cost about the same here, so they run on two threads: this
        // one writes (the store's connection belongs to it), a second one reads.
        BatchQueue<RowBatch> queue(BatchesInFlight);
        // Batches come back to the reading thread to be reused there: memory is best
        // freed by the thread that allocated it (glibc's arenas lock on a foreign free).
        BatchQueue<RowBatch> spent(BatchesInFlight + 2);
        std::thread reading([&] {
            readRows([&](RowBatch &batch) { return queue.push(std::exchange(batch, spent.tryPop().value_or(RowBatch{}))); });
            queue.finish();
        });
        while (std::optional<RowBatch> batch = queue.pop()) {
            if (!takeRows(*batch))
                break;
            spent.push(std::move(*batch));
        }
        queue.abandon(); // if this side stopped early, the reading side stops too
        reading.join();
    } else {
        // A dry run's other half is next to nothing: one thread, no hand-overs.
        readRows(takeRows);
    }
    if (storeError)
        return stop(Status::StoreFailed, *storeError);
    if (m_cancelled.load(std::memory_order_relaxed)) {
        out.status = Status::Cancelled;
        return out; // the transaction rolls back
    }

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
