// SPDX-License-Identifier: GPL-3.0-or-later
#include "importrepository.h"

#include "database.h"
#include "postrepository.h"
#include "sqlvalues.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlError>

namespace Almanac {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ImportRepository", text);
}

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

QList<ImportRow> ImportRepository::rows(qint64 importId, int offset, int limit)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT row_number, status, raw, normalized, error, post_id FROM import_rows "
                             "WHERE import_id = ? ORDER BY row_number LIMIT ? OFFSET ?"));
    q.addBindValue(importId);
    q.addBindValue(limit);
    q.addBindValue(offset);
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

Result<int> ImportRepository::undo(qint64 importId)
{
    Transaction tx(m_db);
    QSqlQuery ids(m_db);
    ids.prepare(QStringLiteral("SELECT id FROM posts WHERE import_id = ?"));
    ids.addBindValue(importId);
    if (!ids.exec())
        return sqlError(tr("Could not read the import's posts"), ids.lastError());
    QStringList postIds;
    while (ids.next())
        postIds.append(ids.value(0).toString());
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
    , m_insertPost(m_db)
    , m_insertTarget(m_db)
    , m_insertRow(m_db)
    , m_insertOutbox(m_db)
{
    for (const Integration &in : integrations)
        m_hostedIntegrations.insert(in.id, in.provider != u"local");
}

Result<void> ImportWriter::begin(ImportJob &job)
{
    m_now = QDateTime::currentSecsSinceEpoch();
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

    const bool prepared =
        m_insertPost.prepare(QStringLiteral(
            "INSERT INTO posts (id, content, title, scheduled_at, status, post_type, tags, platform_overrides, "
            "platform_settings, media, import_id, created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)"))
        && m_insertTarget.prepare(QStringLiteral("INSERT INTO post_targets (post_id, integration_id, platform, status, "
                                                 "updated_at) VALUES (?,?,?,?,?)"))
        && m_insertRow.prepare(QStringLiteral("INSERT INTO import_rows (import_id, row_number, status, raw, normalized, "
                                              "error, post_id) VALUES (?,?,?,?,?,?,?)"))
        && m_insertOutbox.prepare(QStringLiteral("INSERT INTO outbox (post_id, integration_id, operation, "
                                                 "idempotency_key, created_at) VALUES (?,?,'create',?,?)"));
    if (!prepared)
        return sqlError(tr("Could not prepare the import"), m_insertPost.lastError());
    return {};
}

Result<void> ImportWriter::addPost(Post &post, ImportRow &row)
{
    post.id = m_ids.next();
    post.createdAt = post.updatedAt = m_now;
    post.importId = row.importId;
    QSqlQuery &p = m_insertPost;
    p.bindValue(0, post.id);
    p.bindValue(1, Sql::text(post.content));
    p.bindValue(2, Sql::text(post.title));
    p.bindValue(3, Sql::integerOrNull(post.scheduledAt));
    p.bindValue(4, postStatusName(post.status));
    p.bindValue(5, post.postType);
    p.bindValue(6, Sql::textOrNull(PostRepository::tagsJson(post.tags)));
    p.bindValue(7, Sql::textOrNull(PostRepository::objectJson(post.platformOverrides)));
    p.bindValue(8, Sql::textOrNull(PostRepository::objectJson(post.platformSettings)));
    p.bindValue(9, Sql::textOrNull(PostRepository::mediaJson(post.media)));
    p.bindValue(10, post.importId);
    p.bindValue(11, post.createdAt);
    p.bindValue(12, post.updatedAt);
    if (!p.exec())
        return sqlError(tr("Row %1: could not save the post").arg(row.rowNumber), p.lastError());

    for (const PostTarget &t : std::as_const(post.targets)) {
        QSqlQuery &q = m_insertTarget;
        q.bindValue(0, post.id);
        q.bindValue(1, t.integrationId);
        q.bindValue(2, t.platform);
        q.bindValue(3, postStatusName(t.status));
        q.bindValue(4, m_now);
        if (!q.exec())
            return sqlError(tr("Row %1: could not save the destination %2").arg(row.rowNumber).arg(t.integrationId),
                            q.lastError());
        if (m_hostedIntegrations.value(t.integrationId)) {
            QSqlQuery &o = m_insertOutbox;
            o.bindValue(0, post.id);
            o.bindValue(1, t.integrationId);
            o.bindValue(2, m_ids.next()); // a fresh key per operation, fixed before any send
            o.bindValue(3, m_now);
            if (!o.exec())
                return sqlError(tr("Row %1: could not queue the post for sync").arg(row.rowNumber), o.lastError());
        }
    }
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
    QSqlQuery &q = m_insertRow;
    q.bindValue(0, row.importId);
    q.bindValue(1, row.rowNumber);
    q.bindValue(2, importRowStatusName(row.status));
    q.bindValue(3, QString::fromUtf8(row.rawJson));
    q.bindValue(4, Sql::textOrNull(row.normalizedJson));
    q.bindValue(5, Sql::textOrNull(row.error));
    q.bindValue(6, Sql::textOrNull(row.postId));
    if (!q.exec())
        return sqlError(tr("Row %1: could not record it in the import history").arg(row.rowNumber), q.lastError());
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
    return {};
}

} // namespace Almanac
