// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/importing/csvimporter.h"

#include "app/importing/batchqueue.h"

#include "models/csv/csvreader.h"
#include "models/validation/bytetext.h"
#include "models/validation/datetimeresolver.h"
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
#include <QThread>

#include <algorithm>
#include <cstring>
#include <map>
#include <memory>
#include <thread>

#include <pthread.h>

namespace Almanac {

namespace {

using Fields = RowValidator::Fields;

// One row: copied from the file by the reading thread, judged by a judging one,
// counted, reported and written by the importer's own.
struct JudgedRow
{
    RowVerdict verdict;
    std::optional<Post> post; // the normalized row, when it is written or the observer wants it
    std::optional<EncodedPost> encoded; // its JSON columns, when it is written
    ImportRow history;        // what the import history records, when the row is written
    RowSource source;
    qint64 rowNumber = 0;
    size_t firstCell = 0, cellCount = 0; // its cells in the batch
    bool write = false;
};

// 256 rows (or 256 KiB of cells) a batch keep the hand-overs (each may wake a
// sleeping thread) rare and the batches in flight to about 2 MiB.
constexpr size_t RowsPerBatch = 256;
constexpr size_t BytesPerBatch = size_t(256) << 10;

// Rows travel in batches, with their cells copied out of the reader's buffer
// (which the next record overwrites). Batches go round between the threads
// and are reused, so a million-row import does not build and destroy a million
// rows.
struct RowBatch
{
    std::vector<JudgedRow> rows; // the first `count` are this batch's
    size_t count = 0;
    QByteArray cellBytes;         // the cells one after another
    std::vector<size_t> cellEnds; // where each cell ends in cellBytes
    qint64 bytesConsumed = 0;     // of the file, after the batch's last row
    quint64 sequence = 0;         // the batch's place in the file
    size_t cost = 0;              // what it took from the ByteBudget

    RowBatch()
    {
        rows.reserve(RowsPerBatch); // once: growing would hold the old and the new at once
        cellBytes.reserve(qsizetype(BytesPerBatch + BytesPerBatch / 4));
    }
    JudgedRow &append(qint64 rowNumber, RowSource source, Fields fields)
    {
        JudgedRow &r = count == rows.size() ? rows.emplace_back() : rows[count];
        ++count;
        r.post.reset();
        r.encoded.reset();
        if (r.write) // only a written row filled its history in
            r.history = ImportRow{};
        r.write = false; // the verdict is reset by the validator, keeping its lists' memory
        r.rowNumber = rowNumber;
        r.source = source;
        r.firstCell = cellEnds.size();
        r.cellCount = fields.size();
        // Grown once for the row, then copied cell by cell.
        qsizetype end = cellBytes.size(), size = 0;
        for (QByteArrayView f : fields)
            size += f.size();
        cellBytes.resize(end + size);
        for (QByteArrayView f : fields) {
            if (!f.isEmpty())
                std::memcpy(cellBytes.data() + end, f.data(), size_t(f.size()));
            end += f.size();
            cellEnds.push_back(size_t(end));
        }
        return r;
    }
    bool isFull() const { return count == RowsPerBatch || size_t(cellBytes.size()) >= BytesPerBatch; }
    Fields cellsOf(const JudgedRow &r, QVarLengthArray<QByteArrayView, 32> &views) const
    {
        views.clear();
        for (size_t i = r.firstCell; i < r.firstCell + r.cellCount; ++i) {
            const size_t begin = i ? cellEnds[i - 1] : 0;
            views.append(QByteArrayView(cellBytes.constData() + begin, qsizetype(cellEnds[i] - begin)));
        }
        return {views.data(), size_t(views.size())};
    }
    std::span<JudgedRow> used() { return {rows.data(), count}; }
    // Emptied for reuse; a batch a huge record made huge gives its memory back,
    // its rows' posts and JSON with it (they grow with the cells).
    void clear()
    {
        count = 0;
        cellEnds.clear();
        cellBytes.resize(0); // keeps the capacity (clear() would not)
        if (size_t(cellBytes.capacity()) > 2 * BytesPerBatch) {
            cellBytes = QByteArray();
            cellBytes.reserve(qsizetype(BytesPerBatch + BytesPerBatch / 4));
            rows = std::vector<JudgedRow>();
            rows.reserve(RowsPerBatch);
        }
    }
};

// The threads that judge rows: one per core this process may use, up to four.
int judgingThreads()
{
    return std::clamp(QThread::idealThreadCount(), 1, 4);
}

// The bytes of cells in flight at once: with the posts and JSON the rows
// become (several times their cells), a few tens of MiB at most.
constexpr size_t CellBytesInFlight = size_t(4) << 20;

} // namespace

QByteArray rawRowJson(const QList<QByteArray> &headers, RowValidator::Fields fields)
{
    // Room for the row as it usually is (no escapes), so it is allocated once.
    qsizetype size = 2;
    for (size_t i = 0; i < fields.size(); ++i)
        if (!fields[i].isEmpty())
            size += fields[i].size() + (i < size_t(headers.size()) ? headers.at(qsizetype(i)).size() : 16) + 6;
    QByteArray out;
    out.reserve(size);
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

namespace {

// The refusals the file probe and the import share: a file is refused alike
// whether the wizard looks at it first or the import reads it.
QString openRefusal(QFile &file)
{
    const QString path = file.fileName();
    if (QFileInfo(path).isDir())
        return CsvImporter::tr("%1 is a folder, not a CSV file.").arg(path);
    if (!file.open(QIODevice::ReadOnly))
        return CsvImporter::tr("Could not open %1: %2.").arg(path, file.errorString());
    return {};
}

// Why the header could not be read (after the reader's first next() failed).
QString headerRefusal(const CsvReader &reader)
{
    return reader.hasError()
        ? reader.error().message
        : CsvImporter::tr("The file is empty; expected a header row such as content,integrations,schedule_at.");
}

QString noDataRowsRefusal()
{
    return CsvImporter::tr("The file has a header row but no data rows.");
}

QStringList headerOf(const CsvReader &reader)
{
    QStringList header;
    for (qsizetype i = 0; i < reader.size(); ++i)
        header.append(QString::fromUtf8(reader.field(i)).trimmed());
    return header;
}

// One run of the importer: its steps, in the order run() takes them, and what
// each hands on to the next.
class ImportRun final
{
public:
    ImportRun(const ImportOptions &options, const std::atomic<bool> &cancelled, ImportObserver *observer)
        : m_options(options)
        , m_cancelled(cancelled)
        , m_observer(observer)
        , m_file(options.filePath)
        , m_db(options.connectionName)
        , m_writing(!options.dryRun)
        , m_observerWantsPosts(observer && observer->wantsPosts())
    {
    }

    ImportOutcome run()
    {
        if (openFile() && openStore() && readHeader() && prepareJudging() && beginWriting()) {
            readAndWrite();
            finish();
        }
        return m_out;
    }

private:
    using Status = ImportOutcome::Status;

    // Ends the run with nothing written (open transactions roll back on the way out).
    bool stop(Status status, const QString &message)
    {
        m_out.status = status;
        m_out.fileErrors.append(message);
        return false;
    }
    bool refuse(const QString &message) { return stop(Status::FileRefused, message); }
    bool cancelled() const { return m_cancelled.load(std::memory_order_relaxed); }

    bool openFile()
    {
        if (const QString why = openRefusal(m_file); !why.isEmpty())
            return refuse(why);
        m_job.fileName = QFileInfo(m_options.filePath).fileName();
        m_job.fileSize = m_file.size();
        return true;
    }

    bool openStore()
    {
        if (auto r = m_db.open(m_options.storePath); !r)
            return stop(Status::StoreFailed, r.error());
        // A committing import takes the write lock first, so the integrations and the
        // posts its rows are checked against cannot change before it commits.
        if (m_writing) {
            m_bulk.emplace(m_db, m_job.fileSize);
            m_tx.emplace(m_db.connection(), Transaction::Lock::Immediate);
            if (!m_tx->isActive())
                return stop(Status::StoreFailed, CsvImporter::tr("Could not start writing to the store %1.").arg(m_options.storePath));
        }
        m_integrations = IntegrationRepository(m_db.connection()).list();
        return true;
    }

    // The header, read as the user mapped it, decides the dialect and its columns.
    bool readHeader()
    {
        m_reader.emplace(&m_file);
        if (!m_reader->next())
            return refuse(headerRefusal(*m_reader));
        m_out.delimiter = m_reader->delimiter();
        const QStringList fileHeader = headerOf(*m_reader);
        QStringList header = fileHeader;
        for (const QString &h : std::as_const(header))
            m_headerUtf8.append(h.toUtf8()); // the history keeps the file's own names
        if (!m_options.columnNames.isEmpty()) {
            if (m_options.columnNames.size() != header.size())
                return refuse(CsvImporter::tr("The file has %1 columns now, but %2 were mapped; it changed since it was opened.")
                                  .arg(header.size())
                                  .arg(m_options.columnNames.size()));
            header = m_options.columnNames;
        }
        m_mapping = DialectDetector::map(header, m_options.dialect,
                                         m_options.columnNames.isEmpty() ? QStringList() : fileHeader);
        m_out.dialect = csvDialectName(m_mapping.dialect);
        if (!m_mapping.isValid()) {
            m_out.status = Status::FileRefused;
            m_out.fileErrors = m_mapping.errors;
            return false;
        }
        m_out.fileWarnings = m_mapping.warnings;
        if (m_observer)
            m_observer->headerRead(m_mapping, m_reader->delimiter());
        return true;
    }

    bool beginWriting()
    {
        m_job.dialect = m_out.dialect;
        m_job.timeZone = QString::fromUtf8(m_options.timeZone.id());
        if (!m_writing)
            return true;
        m_writer.emplace(m_db.connection(), m_integrations);
        if (auto r = m_writer->begin(m_job); !r)
            return stop(Status::StoreFailed, r.error());
        return true;
    }

    // The dialect's validator, with the store's upcoming posts in its duplicate index.
    bool prepareJudging()
    {
        ValidationContext context{m_integrations, m_options.timeZone, m_options.now, ValidationContext::DefaultDaysAhead};
        context.allowLocalNetworkMedia = m_options.allowLocalNetworkMedia;
        context.dateOrder = m_options.dateOrder != DateOrder::Unknown ? m_options.dateOrder : dateOrderOfFile();
        context.defaultMinute = m_options.defaultMinute;
        m_validator = RowValidator::create(m_mapping, context);
        for (int i = 0; i < judgingThreads(); ++i)
            m_judges.push_back(RowValidator::create(m_mapping, context));
        PostRepository(m_db.connection()).forEachUpcomingTarget(
            m_options.now, [this](QByteArrayView text, QByteArrayView integrationId, std::optional<qint64> when) {
                m_duplicates->findOrInsert(
                    DuplicateIndex::key(DuplicateIndex::hash(text), integrationId,
                                        when.value_or(std::numeric_limits<qint64>::min())),
                    DuplicateIndex::StoreRow);
            });
        m_storeKeys = m_duplicates->size();
        m_validator->setDuplicateIndex(m_duplicates.get());
        return true;
    }

    // How the file's numeric dates read, when one of them says (a day above 12,
    // dots); Unknown when none does, when they disagree, or when the dates are
    // ISO (year first), which need no order: then the file is not read twice.
    DateOrder dateOrderOfFile() const { return Almanac::dateOrderOfFile(m_options.filePath, m_mapping); }

    // Judges one row (on a judging thread, with that thread's validator) and
    // prepares what writing it needs. Writes stop being prepared once an invalid
    // row is seen in an import that will not commit anyway.
    void judgeRow(const RowValidator &validator, JudgedRow &r, Fields fields)
    {
        validator.judgeRow(fields, r.rowNumber, r.verdict);
        const bool valid = r.verdict.isValid();
        if (!valid && !m_options.skipInvalid)
            m_prepareWrites.store(false, std::memory_order_relaxed); // it will not commit: stop doing work that will be rolled back
        r.write = m_prepareWrites.load(std::memory_order_relaxed);
        if (m_observerWantsPosts || (r.write && valid))
            r.post = validator.normalize(fields, r.verdict);
        if (!r.write)
            return;
        r.history.rowNumber = r.verdict.row;
        r.history.rawJson = rawRowJson(m_headerUtf8, fields);
        if (valid) {
            // The text is stored as the file has it (valid UTF-8, as the reader
            // checked): encoding the post's copy again cost as much as reading it.
            r.encoded.emplace(*r.post, std::span<const int>(r.verdict.targets.cbegin(), r.verdict.targets.cend()),
                              validator.contentBytes(fields).toByteArray(), validator.titleBytes(fields).toByteArray());
            r.history.normalizedJson.reserve(256); // its accounts, time, type and links: once, not grown
            JsonWriter json(r.history.normalizedJson);
            writePostJson(json, *r.post, PostJsonShape::Resolved);
        } else {
            r.history.status = ImportRowStatus::Skipped;
            r.history.error = joinIssues(r.verdict.errors);
        }
    }

    // A row the user left out is recorded, never judged.
    void excludeRow(JudgedRow &r, Fields fields)
    {
        r.verdict.reset(r.rowNumber);
        r.write = m_prepareWrites.load(std::memory_order_relaxed);
        if (!r.write)
            return;
        r.history.rowNumber = r.rowNumber;
        r.history.rawJson = rawRowJson(m_headerUtf8, fields);
        r.history.status = ImportRowStatus::Excluded;
    }

    // The reading thread: parses the rows with the user's edits applied into
    // batches for the judging threads. At most `batchesInFlight` batches exist,
    // and at most `budget` bytes of cells are in flight (a larger batch goes
    // alone); past either it waits for a spent batch to come back.
    void readRows(BatchQueue<RowBatch> &toJudge, BatchQueue<RowBatch> &spent, size_t batchesInFlight, ByteBudget &budget)
    {
        QVarLengthArray<QByteArrayView, 32> editedFields;
        CsvReader &reader = *m_reader;
        size_t made = 0;
        quint64 sequence = 0;
        auto nextBatch = [&]() -> std::optional<RowBatch> {
            std::optional<RowBatch> b = spent.tryPop();
            if (!b && made < batchesInFlight) {
                ++made;
                return RowBatch{};
            }
            if (!b)
                b = spent.pop();
            if (b)
                b->clear(); // here, where its memory was taken
            return b;
        };
        std::optional<RowBatch> batch;
        auto hand = [&] {
            batch->bytesConsumed = reader.bytesConsumed();
            batch->sequence = sequence++;
            batch->cost = size_t(batch->cellBytes.size());
            const bool handed = budget.take(batch->cost) && toJudge.push(std::move(*batch));
            batch.reset();
            return handed;
        };
        while (!cancelled() && reader.next()) {
            if (!batch && !(batch = nextBatch()))
                return; // abandoned
            const qint64 rowNumber = reader.recordNumber();
            const RowSource source{reader.byteOffset(), m_options.edits.isExcluded(rowNumber)};
            batch->append(rowNumber, source, m_options.edits.apply(rowNumber, reader.fields(), editedFields));
            if (batch->isFull() && !hand())
                return;
        }
        if (batch && batch->count)
            hand();
    }

    // A judging thread: judges each batch's rows and hands the batch on.
    void judgeRows(const RowValidator &validator, BatchQueue<RowBatch> &toJudge, BatchQueue<RowBatch> &judged)
    {
        QVarLengthArray<QByteArrayView, 32> cells;
        while (std::optional<RowBatch> batch = toJudge.pop()) {
            for (JudgedRow &r : batch->used()) {
                const Fields fields = batch->cellsOf(r, cells);
                r.source.excluded ? excludeRow(r, fields) : judgeRow(validator, r, fields);
            }
            if (!judged.push(std::move(*batch)))
                return;
        }
    }

    // This thread, batch by batch in the file's order: checks duplicates (they
    // depend on the rows before), counts the rows, writes them to the store and
    // tells the observer.
    bool takeRows(RowBatch &batch)
    {
        const std::span<JudgedRow> rows = batch.used();
        for (size_t i = 0; i < rows.size(); ++i) {
            if (i + 4 < rows.size()) // the index is larger than the caches: ask for slots ahead of their use
                for (quint64 key : rows[i + 4].verdict.duplicateKeys)
                    m_duplicates->prefetch(key);
            JudgedRow &r = rows[i];
            ++m_out.rowsTotal;
            if (!r.source.excluded)
                m_validator->checkDuplicates(r.verdict);
            const bool valid = r.verdict.isValid();
            if (r.source.excluded)
                ++m_out.rowsExcluded;
            else
                valid ? ++m_out.rowsValid : ++m_out.rowsInvalid;
            if (r.write && !write(r))
                return false;
            if (m_observer)
                m_observer->rowValidated(r.verdict, r.post ? &*r.post : nullptr, r.source);
        }
        // The keys the whole file will likely bring, from the part read so far.
        if (batch.bytesConsumed > 0 && m_job.fileSize > batch.bytesConsumed)
            m_duplicates->expectKeys(m_storeKeys + (m_duplicates->size() - m_storeKeys) * m_job.fileSize / batch.bytesConsumed);
        if (m_observer)
            m_observer->progress(batch.bytesConsumed, m_job.fileSize);
        return !cancelled();
    }

    bool write(JudgedRow &r)
    {
        r.history.importId = m_job.id;
        Result<void> written;
        if (r.source.excluded) {
            written = m_writer->addRow(r.history);
            ++m_job.rowsExcluded;
        } else if (r.verdict.isValid()) {
            written = m_writer->addPost(*r.post, *r.encoded, r.history);
            ++m_job.rowsCommitted;
        } else {
            written = m_writer->addRow(r.history);
            ++m_job.rowsSkipped;
        }
        if (!written)
            m_storeError = written.error();
        return bool(written);
    }

    // One thread reads, several judge (a row's judgement depends on the row
    // alone), and this one, which owns the store's connection, takes the batches
    // back in the file's order.
    void readAndWrite()
    {
        m_prepareWrites = m_writing;
        // Enough for each thread to have one and one to wait in each queue.
        const size_t batchesInFlight = m_judges.size() + 3;
        BatchQueue<RowBatch> toJudge(batchesInFlight);
        BatchQueue<RowBatch> judged(batchesInFlight, int(m_judges.size()));
        BatchQueue<RowBatch> spent(batchesInFlight); // back to the reading thread, to be reused
        ByteBudget budget(CellBytesInFlight);
        std::vector<std::thread> threads;
        threads.emplace_back([&] {
            pthread_setname_np(pthread_self(), "import-read"); // named for a debugger and perf
            readRows(toJudge, spent, batchesInFlight, budget);
            toJudge.finish();
        });
        for (const std::unique_ptr<RowValidator> &judge : m_judges)
            threads.emplace_back([&, validator = judge.get()] {
                pthread_setname_np(pthread_self(), "import-judge");
                judgeRows(*validator, toJudge, judged);
                judged.finish();
            });
        std::map<quint64, RowBatch> early; // judged before a batch ahead of them
        quint64 next = 0;
        bool going = true;
        while (going) {
            std::optional<RowBatch> batch = judged.pop();
            if (!batch)
                break;
            early.emplace(batch->sequence, std::move(*batch));
            for (auto it = early.begin(); going && it != early.end() && it->first == next; it = early.begin()) {
                going = takeRows(it->second);
                budget.give(it->second.cost);
                spent.push(std::move(it->second));
                early.erase(it);
                ++next;
            }
        }
        // However this side ended, the others stop and are waited for.
        for (BatchQueue<RowBatch> *q : {&toJudge, &judged, &spent})
            q->abandon();
        budget.abandon();
        for (std::thread &t : threads)
            t.join();
    }

    // How the run ends: refused, stopped, judged, or committed in one transaction.
    bool finish()
    {
        if (m_storeError)
            return stop(Status::StoreFailed, *m_storeError);
        if (cancelled()) {
            m_out.status = Status::Cancelled;
            return false; // the transaction rolls back
        }
        if (m_reader->hasError())
            return refuse(m_reader->error().message);
        if (m_duplicates->isSaturated())
            m_out.fileWarnings.append(CsvImporter::tr("The file is too large to check every row for duplicates; rows "
                                                      "after the first %1 destinations were not compared.")
                                          .arg(m_duplicates->size()));
        // Handed over last: from here on the preview's thread may use it.
        if (m_observer)
            m_observer->duplicatesIndexed(m_duplicates);
        if (m_out.rowsTotal == 0)
            return refuse(noDataRowsRefusal());
        if (m_options.dryRun) {
            m_out.status = m_out.rowsInvalid ? Status::ValidationFailed : Status::Validated;
            return true;
        }
        if (m_out.rowsInvalid && !m_options.skipInvalid) {
            m_out.status = Status::ValidationFailed;
            return false;
        }
        m_job.rowsTotal = int(m_out.rowsTotal);
        if (auto r = m_writer->finish(m_job); !r)
            return stop(Status::StoreFailed, r.error());
        if (auto r = m_tx->commit(); !r)
            return stop(Status::StoreFailed, r.error());
        m_out.status = Status::Committed;
        m_out.importId = m_job.id;
        return true;
    }

    const ImportOptions &m_options;
    const std::atomic<bool> &m_cancelled;
    ImportObserver *const m_observer;
    ImportOutcome m_out;
    QFile m_file;
    // Destroyed in reverse: the writer and the transaction (rolled back unless
    // committed) before the store closes.
    Database m_db;
    std::optional<Database::BulkMode> m_bulk;
    std::optional<Transaction> m_tx;
    const bool m_writing;
    const bool m_observerWantsPosts;
    std::atomic<bool> m_prepareWrites = false;
    QList<Integration> m_integrations;
    std::optional<CsvReader> m_reader;
    QList<QByteArray> m_headerUtf8;
    DialectMapping m_mapping;
    std::unique_ptr<RowValidator> m_validator; // this thread's: the duplicate check
    std::vector<std::unique_ptr<RowValidator>> m_judges; // one per judging thread
    std::shared_ptr<DuplicateIndex> m_duplicates = std::make_shared<DuplicateIndex>();
    qint64 m_storeKeys = 0; // the duplicate index's keys from posts already planned
    ImportJob m_job;
    std::optional<ImportWriter> m_writer;
    std::optional<QString> m_storeError;
};

} // namespace

DateOrder dateOrderOfFile(const QString &path, const DialectMapping &mapping, qint64 maxBytes, bool *numericDates)
{
    const int column = mapping.scheduleColumn();
    if (numericDates)
        *numericDates = false;
    QFile file(path);
    if (column < 0 || !file.open(QIODevice::ReadOnly))
        return DateOrder::Unknown;
    CsvReader reader(&file);
    if (!reader.next()) // the header
        return DateOrder::Unknown;
    DateOrder seen = DateOrder::Unknown;
    bool anyNumericDate = false; // day or month first
    auto answer = [&](DateOrder order) {
        if (numericDates)
            *numericDates = anyNumericDate;
        return order;
    };
    qint64 yearFirst = 0;
    while ((maxBytes < 0 || file.pos() < maxBytes) && reader.next()) {
        if (column >= reader.size())
            continue;
        const QByteArrayView cell = ByteText::trimmed(reader.field(column));
        if (cell.isEmpty())
            continue;
        const DateOrder shown = DateTimeResolver::orderShownBy(cell);
        // A file of ISO dates (year first) needs no order: it is not read to its end for one.
        if (shown == DateOrder::YearMonthDay && ++yearFirst >= 1000 && !anyNumericDate)
            return answer(DateOrder::Unknown);
        if (shown == DateOrder::YearMonthDay)
            continue;
        // "05/03/2027" may need an order; "next friday" or "5 March 2027" never does.
        anyNumericDate = anyNumericDate || DateTimeResolver::isSheetDate(cell);
        if (shown == DateOrder::Unknown)
            continue;
        if (seen != DateOrder::Unknown && seen != shown)
            return answer(DateOrder::Unknown); // the file disagrees with itself: each ambiguous date is an error
        seen = shown;
    }
    return answer(seen);
}

CsvProbe probeCsvFile(const QString &path, qint64 probeBytes)
{
    CsvProbe probe;
    QFile file(path);
    if (probe.error = openRefusal(file); !probe.error.isEmpty())
        return probe;
    CsvReader reader(&file);
    if (!reader.next()) {
        probe.error = headerRefusal(reader);
        return probe;
    }
    probe.delimiter = reader.delimiter();
    probe.header = headerOf(reader);
    while (reader.bytesConsumed() < probeBytes && reader.next()) {
        if (!probe.hasDataRows)
            for (qsizetype i = 0; i < reader.size(); ++i)
                probe.firstRow.append(QString::fromUtf8(reader.field(i)));
        probe.hasDataRows = true;
    }
    if (reader.hasError())
        probe.error = reader.error().message;
    else if (!probe.hasDataRows && reader.bytesConsumed() < probeBytes)
        probe.error = noDataRowsRefusal();
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
    const auto tellEnd = qScopeGuard([observer] {
        if (observer)
            observer->ended();
    });
    return ImportRun(m_options, m_cancelled, observer).run();
}

} // namespace Almanac
