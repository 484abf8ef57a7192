// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/store/importrepository.h"

#include "models/domain/clock.h"
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
    QSqlQuery ids(m_db);
    // The import's own rows name its posts (through their (import_id, row_number) index).
    ids.prepare(QStringLiteral("SELECT p.id FROM import_rows r JOIN posts p ON p.id = r.post_id "
                               "WHERE r.import_id = ? AND r.post_id IS NOT NULL ORDER BY r.row_number"));
    ids.addBindValue(importId);
    if (!ids.exec())
        return sqlError(tr("Could not read the import's posts"), ids.lastError());
    QStringList postIds;
    while (ids.next())
        postIds.append(ids.value(0).toString());
    return postIds;
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

ImportWriter::ImportWriter(QSqlDatabase db, const QList<Integration> &integrations)
    : m_db(db)
    , m_posts(std::move(db), integrations)
{
}

Result<void> ImportWriter::begin(ImportJob &job)
{
    job.createdAt = Clock::nowSecs();
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO imports (file_name, file_size, dialect, time_zone, created_at, status) "
                             "VALUES (?,?,?,?,?, 'committed')"));
    q.addBindValue(job.fileName);
    q.addBindValue(job.fileSize);
    q.addBindValue(job.dialect);
    q.addBindValue(job.timeZone);
    q.addBindValue(job.createdAt);
    if (!q.exec())
        return sqlError(tr("Could not record the import"), q.lastError());
    job.id = q.lastInsertId().toLongLong();

    if (!q.exec(QStringLiteral("SELECT count(*) FROM posts")) || !q.next())
        return sqlError(tr("Could not read the store"), q.lastError());
    m_deferIndexesAt = DeferIndexesAfter + 2 * q.value(0).toLongLong();

    if (auto r = m_posts.prepare(); !r)
        return r;
    m_insertRow = std::make_unique<SqliteStatement>(
        SqliteStatement::handleOf(m_db), "INSERT INTO import_rows (import_id, row_number, status, raw, normalized, error, post_id) "
                                         "VALUES (?,?,?,?,?,?,?)");
    if (!m_insertRow->isValid())
        return Error{tr("Could not prepare the import: the store is not an SQLite database.")};
    return {};
}

Result<void> ImportWriter::deferIndexes()
{
    // Only the plain indexes that speed up reading; the unique ones enforce keys.
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT name, sql FROM sqlite_schema WHERE type = 'index' AND sql IS NOT NULL "
                               "AND sql NOT LIKE 'CREATE UNIQUE%' AND tbl_name IN ('posts', 'post_targets', 'outbox', 'import_rows')")))
        return sqlError(tr("Could not read the store's indexes"), q.lastError());
    QStringList names;
    while (q.next()) {
        names.append(q.value(0).toString());
        m_deferredIndexes.append(q.value(1).toString());
    }
    for (const QString &name : std::as_const(names))
        if (!q.exec(QStringLiteral("DROP INDEX \"%1\"").arg(name)))
            return sqlError(tr("Could not set the store's indexes aside for the import"), q.lastError());
    return {};
}

Result<void> ImportWriter::addPost(Post &post, const EncodedPost &encoded, ImportRow &row)
{
    if (++m_postsWritten == m_deferIndexesAt)
        if (auto r = deferIndexes(); !r)
            return r;
    post.id.clear(); // a new post, always
    post.createdAt = 0;
    post.importId = row.importId;
    for (PostTarget &t : post.targets) // an imported post's destinations start where it does
        t.status = post.status;
    if (auto r = m_posts.add(post, encoded); !r)
        return Error{tr("Row %1: %2").arg(row.rowNumber).arg(r.error())};
    row.postId = post.id;
    row.status = ImportRowStatus::Committed;
    return insertRow(row);
}

Result<void> ImportWriter::addRow(const ImportRow &row)
{
    return insertRow(row);
}

Result<void> ImportWriter::insertRow(const ImportRow &row)
{
    SqliteStatement &q = *m_insertRow;
    const QByteArray status = importRowStatusName(row.status).toLatin1();
    q.bind(1, row.importId);
    q.bind(2, row.rowNumber);
    q.bind(3, QByteArrayView(status));
    q.bind(4, QByteArrayView(row.rawJson));
    q.bindOrNull(5, row.normalizedJson);
    if (row.error.isEmpty())
        q.bindNull(6);
    else
        q.bind(6, row.error);
    if (row.postId.isEmpty())
        q.bindNull(7);
    else
        q.bind(7, row.postId);
    if (!q.exec())
        return Error{tr("Row %1: could not record it in the import history: %2").arg(row.rowNumber).arg(q.errorMessage())};
    return {};
}

Result<void> ImportWriter::finish(const ImportJob &job)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE imports SET rows_total=?, rows_committed=?, rows_skipped=?, rows_excluded=? "
                             "WHERE id=?"));
    q.addBindValue(job.rowsTotal);
    q.addBindValue(job.rowsCommitted);
    q.addBindValue(job.rowsSkipped);
    q.addBindValue(job.rowsExcluded);
    q.addBindValue(job.id);
    if (!q.exec())
        return sqlError(tr("Could not finish recording the import"), q.lastError());
    for (const QString &sql : std::as_const(m_deferredIndexes))
        if (!q.exec(sql))
            return sqlError(tr("Could not rebuild the store's indexes after the import"), q.lastError());
    m_deferredIndexes.clear();
    return {};
}

} // namespace Almanac
