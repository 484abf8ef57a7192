// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/store/importrepository.h"

#include "models/store/database.h"
#include "models/store/postrepository.h"
#include "models/store/sqlvalues.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>

namespace Almanac {

namespace {

ImportJob readJob(const QSqlQuery &q)
{
    ImportJob j;
    j.id = q.value(0).toLongLong();
    j.fileName = q.value(1).toString();
    j.fileSize = q.value(2).toLongLong();
    j.dialect = q.value(3).toString();
    j.timeZone = q.value(4).toString();
    j.createdAt = q.value(5).toLongLong();
    j.rowsTotal = q.value(6).toInt();
    j.rowsCommitted = q.value(7).toInt();
    j.rowsSkipped = q.value(8).toInt();
    j.rowsExcluded = q.value(9).toInt();
    j.status = q.value(10).toString();
    return j;
}

constexpr const char *jobColumns = "id, file_name, file_size, dialect, time_zone, created_at, rows_total, "
                                   "rows_committed, rows_skipped, rows_excluded, status";

} // namespace

ImportRepository::ImportRepository(QSqlDatabase db)
    : m_db(std::move(db))
{
}

QList<ImportJob> ImportRepository::list()
{
    QSqlQuery q(m_db);
    QList<ImportJob> out;
    if (q.exec(QStringLiteral("SELECT %1 FROM imports ORDER BY id DESC").arg(QLatin1StringView(jobColumns))))
        while (q.next())
            out.append(readJob(q));
    return out;
}

std::optional<ImportJob> ImportRepository::find(qint64 id)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT %1 FROM imports WHERE id = ?").arg(QLatin1StringView(jobColumns)));
    q.addBindValue(id);
    if (q.exec() && q.next())
        return readJob(q);
    return std::nullopt;
}

QList<ImportRow> ImportRepository::rows(qint64 importId, qint64 afterRow, int limit)
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT row_number, status, raw, normalized, error, post_id FROM import_rows "
                             "WHERE import_id = ? AND row_number > ? ORDER BY row_number LIMIT ?"));
    q.addBindValue(importId);
    q.addBindValue(afterRow);
    q.addBindValue(limit);
    QList<ImportRow> out;
    if (!q.exec())
        return out;
    while (q.next()) {
        ImportRow r;
        r.importId = importId;
        r.rowNumber = q.value(0).toLongLong();
        const QString status = q.value(1).toString();
        r.status = status == u"skipped" ? ImportRowStatus::Skipped
            : status == u"excluded"     ? ImportRowStatus::Excluded
                                        : ImportRowStatus::Committed;
        r.rawJson = q.value(2).toString().toUtf8();
        r.normalizedJson = q.value(3).toString().toUtf8();
        r.error = q.value(4).toString();
        r.postId = q.value(5).toString();
        out.append(r);
    }
    return out;
}

Result<QStringList> ImportRepository::postIds(qint64 importId)
{
    Result<ImportedPosts> found = posts(importId);
    if (!found)
        return Error{found.error()};
    return std::move(found.value().ids);
}

Result<ImportRepository::ImportedPosts> ImportRepository::posts(qint64 importId)
{
    QSqlQuery q(m_db);
    // The import's own rows name its posts (through their (import_id, row_number) index).
    q.prepare(QStringLiteral("SELECT p.id, p.scheduled_at FROM import_rows r JOIN posts p ON p.id = r.post_id "
                             "WHERE r.import_id = ? AND r.post_id IS NOT NULL ORDER BY r.row_number"));
    q.addBindValue(importId);
    if (!q.exec())
        return sqlError(tr("Could not read the import's posts"), q.lastError());
    ImportedPosts found;
    while (q.next()) {
        found.ids.append(q.value(0).toString());
        if (!q.isNull(1))
            found.earliest = qMin(found.earliest.value_or(q.value(1).toLongLong()), q.value(1).toLongLong());
    }
    return found;
}

Result<int> ImportRepository::undo(qint64 importId)
{
    Transaction tx(m_db);
    const Result<QStringList> found = postIds(importId);
    if (!found)
        return Error{found.error()};
    const QStringList &postIds = found.value();
    if (auto r = PostRepository(m_db).remove(postIds); !r)
        return Error{r.error()};
    QSqlQuery mark(m_db);
    mark.prepare(QStringLiteral("UPDATE imports SET status = 'undone' WHERE id = ?"));
    mark.addBindValue(importId);
    if (!mark.exec())
        return sqlError(tr("Could not mark the import as undone"), mark.lastError());
    if (auto r = tx.commit(); !r)
        return Error{r.error()};
    return int(postIds.size());
}

} // namespace Almanac
