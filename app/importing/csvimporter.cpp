// SPDX-License-Identifier: GPL-3.0-or-later
#include "csvimporter.h"

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

    std::optional<Database::BulkMode> bulk;
    std::optional<Transaction> tx;
    std::optional<ImportWriter> writer;
    ImportJob job;
    job.fileName = info.fileName();
    job.fileSize = fileSize;
    job.dialect = out.dialect;
    job.timeZone = QString::fromUtf8(m_options.timeZone.id());
    bool writing = !m_options.dryRun;
    if (writing) {
        bulk.emplace(db);
        tx.emplace(db.connection());
        writer.emplace(db.connection(), integrations);
        if (!tx->isActive()) {
            return stop(Status::StoreFailed, tr("Could not start writing to the store %1.").arg(m_options.storePath));
        }
        if (auto r = writer->begin(job); !r) {
            return stop(Status::StoreFailed, r.error());
        }
    }

    const bool observerWantsPosts = observer && observer->wantsPosts();
    RowVerdict verdict;
    while (reader.next()) {
        if (m_cancelled.load(std::memory_order_relaxed)) {
            out.status = Status::Cancelled;
            return out; // the transaction rolls back
        }
        const RowValidator::Fields fields = reader.fields();
        validator.validate(fields, reader.recordNumber(), verdict);
        ++out.rowsTotal;
        const bool valid = verdict.isValid();
        valid ? ++out.rowsValid : ++out.rowsInvalid;

        if (writing && !valid && !m_options.skipInvalid)
            writing = false; // it will not commit: stop doing work that will be rolled back
        const bool needPost = observerWantsPosts || (writing && valid);
        Post post;
        if (needPost)
            post = validator.normalize(fields, verdict);

        if (writing) {
            ImportRow row;
            row.importId = job.id;
            row.rowNumber = verdict.row;
            row.rawJson = rawRowJson(headerUtf8, fields);
            Result<void> written;
            if (valid) {
                JsonWriter json(row.normalizedJson);
                writePostJson(json, post, PostJsonShape::Resolved);
                written = writer->addPost(post, row);
                ++job.rowsCommitted;
            } else {
                row.status = ImportRowStatus::Skipped;
                row.error = joinIssues(verdict.errors);
                written = writer->addRow(row);
                ++job.rowsSkipped;
            }
            if (!written) {
                return stop(Status::StoreFailed, written.error());
            }
        }
        if (observer) {
            observer->rowValidated(verdict, needPost ? &post : nullptr);
            if ((out.rowsTotal & 1023) == 0)
                observer->progress(reader.bytesConsumed(), fileSize);
        }
    }
    if (observer)
        observer->progress(reader.bytesConsumed(), fileSize);

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
