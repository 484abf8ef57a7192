// SPDX-License-Identifier: GPL-3.0-or-later
#include "importrepository.h"

#include "database.h"
#include "domain/clock.h"
#include "postrepository.h"
#include "sqlvalues.h"

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
    : m_db(std::move(db))
{
    for (const Integration &in : integrations)
        m_destinations.append(Destination{in.id.toUtf8(), in.platform.toUtf8(), in.provider != u"local"});
}

Result<void> ImportWriter::begin(ImportJob &job)
{
    m_now = Clock::nowSecs();
    job.createdAt = m_now;
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

    sqlite3 *handle = SqliteStatement::handleOf(m_db);
    m_insertPost = std::make_unique<SqliteStatement>(
        handle, "INSERT INTO posts (id, content, title, scheduled_at, status, post_type, tags, platform_overrides, "
                "platform_settings, media, import_id, created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)");
    m_insertTarget = std::make_unique<SqliteStatement>(
        handle, "INSERT INTO post_targets (post_id, integration_id, platform, status, updated_at) VALUES (?,?,?,?,?)");
    m_insertRow = std::make_unique<SqliteStatement>(
        handle, "INSERT INTO import_rows (import_id, row_number, status, raw, normalized, error, post_id) "
                "VALUES (?,?,?,?,?,?,?)");
    m_insertOutbox = std::make_unique<SqliteStatement>(
        handle, "INSERT INTO outbox (post_id, integration_id, operation, idempotency_key, created_at) "
                "VALUES (?,?,'create',?,?)");
    for (const auto *s : {m_insertPost.get(), m_insertTarget.get(), m_insertRow.get(), m_insertOutbox.get()})
        if (!s->isValid())
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

EncodedPost::EncodedPost(const Post &post, std::span<const int> integrations)
    : content(post.content.toUtf8())
    , title(post.title.toUtf8())
    , postType(post.postType.toUtf8())
    , tags(PostRepository::tagsJson(post.tags))
    , overrides(PostRepository::objectJson(post.platformOverrides))
    , settings(PostRepository::objectJson(post.platformSettings))
    , media(PostRepository::mediaJson(post.media))
    , integrations(integrations.begin(), integrations.end())
{
}

Result<void> ImportWriter::addPost(Post &post, const EncodedPost &encoded, ImportRow &row)
{
    if (++m_postsWritten == m_deferIndexesAt)
        if (auto r = deferIndexes(); !r)
            return r;
    const QByteArray id = m_ids.nextUtf8();
    post.id = QString::fromLatin1(id);
    post.createdAt = post.updatedAt = m_now;
    post.importId = row.importId;
    const QByteArray status = postStatusName(post.status).toLatin1();

    SqliteStatement &p = *m_insertPost;
    p.bind(1, QByteArrayView(id));
    p.bind(2, QByteArrayView(encoded.content));
    p.bind(3, QByteArrayView(encoded.title));
    p.bind(4, post.scheduledAt);
    p.bind(5, QByteArrayView(status));
    p.bind(6, QByteArrayView(encoded.postType));
    p.bindOrNull(7, encoded.tags);
    p.bindOrNull(8, encoded.overrides);
    p.bindOrNull(9, encoded.settings);
    p.bindOrNull(10, encoded.media);
    p.bind(11, post.importId);
    p.bind(12, post.createdAt);
    p.bind(13, post.updatedAt);
    if (!p.exec())
        return Error{tr("Row %1: could not save the post: %2").arg(row.rowNumber).arg(p.errorMessage())};

    if (encoded.integrations.size() != post.targets.size())
        return Error{tr("Row %1: the post's destinations were not resolved.").arg(row.rowNumber)};
    for (qsizetype i = 0; i < post.targets.size(); ++i) {
        const PostTarget &t = post.targets.at(i);
        const int index = encoded.integrations.at(i);
        if (index < 0 || index >= m_destinations.size())
            return Error{tr("Row %1: the integration %2 is not in the store.").arg(row.rowNumber).arg(t.integrationId)};
        const Destination &destination = m_destinations.at(index);
        SqliteStatement &q = *m_insertTarget;
        q.bind(1, QByteArrayView(id));
        q.bind(2, QByteArrayView(destination.id));
        q.bind(3, QByteArrayView(destination.platform));
        q.bind(4, QByteArrayView(status));
        q.bind(5, m_now);
        if (!q.exec())
            return Error{tr("Row %1: could not save the destination %2: %3")
                             .arg(row.rowNumber)
                             .arg(t.integrationId, q.errorMessage())};
        if (destination.hosted) {
            const QByteArray key = m_ids.nextUtf8(); // a fresh key per operation, fixed before any send
            SqliteStatement &o = *m_insertOutbox;
            o.bind(1, QByteArrayView(id));
            o.bind(2, QByteArrayView(destination.id));
            o.bind(3, QByteArrayView(key));
            o.bind(4, m_now);
            if (!o.exec())
                return Error{tr("Row %1: could not queue the post for sync: %2").arg(row.rowNumber).arg(o.errorMessage())};
        }
    }
    row.postId = post.id;
    row.status = ImportRowStatus::Committed;
    return insertRow(row, id);
}

Result<void> ImportWriter::addRow(const ImportRow &row)
{
    return insertRow(row, row.postId.toUtf8());
}

Result<void> ImportWriter::insertRow(const ImportRow &row, QByteArrayView postIdUtf8)
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
    q.bindOrNull(7, postIdUtf8);
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
