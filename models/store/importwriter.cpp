// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/store/importwriter.h"

#include "models/domain/clock.h"
#include "models/store/database.h"
#include "models/store/sqlvalues.h"

#include <QSqlError>
#include <QSqlQuery>

namespace Almanac {

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
    return insertRow(row, m_posts.lastIdUtf8());
}

Result<void> ImportWriter::addRow(const ImportRow &row)
{
    return insertRow(row);
}

Result<void> ImportWriter::insertRow(const ImportRow &row, QByteArrayView postIdUtf8)
{
    SqliteStatement &q = *m_insertRow;
    const QByteArrayView status = importRowStatusKey(row.status);
    q.bind(1, row.importId);
    q.bind(2, row.rowNumber);
    q.bind(3, status);
    q.bind(4, QByteArrayView(row.rawJson));
    q.bindOrNull(5, row.normalizedJson);
    if (row.error.isEmpty())
        q.bindNull(6);
    else
        q.bind(6, row.error);
    q.bindOrNull(7, postIdUtf8); // a row that did not become a post has none
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
