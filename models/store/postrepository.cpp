// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/store/postrepository.h"

#include "models/domain/jsonwriter.h"
#include "models/domain/postjson.h"
#include "models/domain/redaction.h"

#include "models/domain/clock.h"
#include "models/domain/postid.h"
#include "models/store/database.h"
#include "models/store/integrationrepository.h"
#include "models/store/postwriter.h"
#include "models/store/sqlitestatement.h"
#include "models/store/sqlvalues.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

namespace Almanac {

namespace {

const char *const selectColumns = "id, content, title, scheduled_at, status, post_type, tags, platform_overrides, "
                                  "platform_settings, media, group_id, remote_id, remote_provider, import_id, "
                                  "created_at, updated_at";

Post readPost(const QSqlQuery &q)
{
    Post p;
    p.id = q.value(0).toString();
    p.content = q.value(1).toString();
    p.title = q.value(2).toString();
    if (!q.isNull(3))
        p.scheduledAt = q.value(3).toLongLong();
    p.status = postStatusFromName(q.value(4).toString()).value_or(PostStatus::Draft);
    p.postType = q.value(5).toString();
    for (const QJsonValue &t : QJsonDocument::fromJson(q.value(6).toString().toUtf8()).array())
        p.tags.append(t.toString());
    p.platformOverrides = QJsonDocument::fromJson(q.value(7).toString().toUtf8()).object();
    p.platformSettings = QJsonDocument::fromJson(q.value(8).toString().toUtf8()).object();
    for (const QJsonValue &m : QJsonDocument::fromJson(q.value(9).toString().toUtf8()).array()) {
        const QJsonObject o = m.toObject();
        p.media.append({o.value(u"url").toString(), o.value(u"platform").toString(), o.value(u"alt").toString()});
    }
    p.groupId = q.value(10).toString();
    p.remoteId = q.value(11).toString();
    p.remoteProvider = q.value(12).toString();
    p.importId = q.value(13).toLongLong();
    p.createdAt = q.value(14).toLongLong();
    p.updatedAt = q.value(15).toLongLong();
    return p;
}

// Hands out one implicitly shared QString per distinct small value. A short
// list searched in order: a range holds few distinct values, and hashing each
// lookup cost more than the allocations it saved.
class SharedStrings
{
public:
    const QString &get(QByteArrayView utf8)
    {
        for (const auto &[bytes, text] : m_strings)
            if (bytes == utf8)
                return text;
        if (m_strings.size() >= Capacity)
            return m_spare = QString::fromUtf8(utf8);
        m_strings.append({utf8.toByteArray(), QString::fromUtf8(utf8)});
        return m_strings.last().second;
    }

private:
    static constexpr qsizetype Capacity = 64;
    QList<std::pair<QByteArray, QString>> m_strings;
    QString m_spare;
};

// Tags are stored as a JSON array of strings. Plain tags (no escapes) are split
// in place; anything else goes through the JSON parser.
QStringList readTags(QByteArrayView json, SharedStrings &shared)
{
    QStringList tags;
    if (json.isEmpty())
        return tags;
    const auto quotes = std::count(json.begin(), json.end(), '"');
    if (json.contains('\\') || !json.startsWith("[\"") || !json.endsWith("\"]")
        || quotes != 2 * (json.count("\",\"") + 1)) {
        for (const QJsonValue &t : QJsonDocument::fromJson(json.toByteArray()).array())
            tags.append(t.toString());
        return tags;
    }
    const QByteArrayView body = json.sliced(2, json.size() - 4);
    qsizetype start = 0;
    while (true) {
        const qsizetype end = body.indexOf("\",\"", start);
        tags.append(shared.get(body.sliced(start, (end < 0 ? body.size() : end) - start)));
        if (end < 0)
            return tags;
        start = end + 3;
    }
}

} // namespace

PostRepository::PostRepository(QSqlDatabase db)
    : m_db(std::move(db))
{
}

QByteArray PostRepository::tagsJson(const QStringList &tags)
{
    QByteArray out;
    if (tags.isEmpty())
        return out;
    JsonWriter json(out);
    json.beginArray();
    for (const QString &tag : tags)
        json.string(tag);
    json.endArray();
    return out;
}

QByteArray PostRepository::mediaJson(const QList<MediaRef> &media)
{
    QByteArray out;
    if (media.isEmpty())
        return out;
    JsonWriter json(out);
    json.beginArray();
    for (const MediaRef &m : media)
        writeMediaJson(json, m);
    json.endArray();
    return out;
}

QByteArray PostRepository::objectJson(const QJsonObject &object)
{
    return object.isEmpty() ? QByteArray() : QJsonDocument(object).toJson(QJsonDocument::Compact);
}

Result<void> PostRepository::insert(Post &post)
{
    // The writer knows the post's own accounts, in the order of its targets,
    // removed ones too (a deleted post brought back by undo keeps the
    // destinations it had).
    QList<Integration> accounts;
    QVarLengthArray<int, 4> positions;
    IntegrationRepository integrations(m_db);
    for (const PostTarget &t : std::as_const(post.targets)) {
        std::optional<Integration> account = integrations.find(t.integrationId);
        if (!account)
            return Error{tr("The account %1 is not in the store.").arg(t.integrationId)};
        positions.append(int(accounts.size()));
        accounts.append(std::move(*account));
    }
    Savepoint atomic(m_db); // the post, its targets and its outbox rows, or none of them
    PostWriter writer(m_db, accounts);
    if (auto r = writer.prepare(); !r)
        return r;
    if (auto r = writer.add(post, EncodedPost(post, std::span<const int>(positions.cbegin(), positions.cend()))); !r)
        return r;
    return atomic.release();
}

// Binds, in this order: content, title, scheduled_at, status, post_type, tags,
// platform_overrides, platform_settings, media, group_id, updated_at, id.
void PostRepository::bindEditableFields(QSqlQuery &q, const Post &post, qint64 updatedAt)
{
    q.addBindValue(Sql::text(post.content));
    q.addBindValue(Sql::text(post.title));
    q.addBindValue(Sql::integerOrNull(post.scheduledAt));
    q.addBindValue(postStatusName(post.status));
    q.addBindValue(post.postType);
    q.addBindValue(Sql::textOrNull(tagsJson(post.tags)));
    q.addBindValue(Sql::textOrNull(objectJson(post.platformOverrides)));
    q.addBindValue(Sql::textOrNull(objectJson(post.platformSettings)));
    q.addBindValue(Sql::textOrNull(mediaJson(post.media)));
    q.addBindValue(Sql::textOrNull(post.groupId));
    q.addBindValue(updatedAt);
    q.addBindValue(post.id);
}

Result<void> PostRepository::insertTargets(const Post &post)
{
    QSqlQuery q(m_db);
    // The platform is denormalised from the integration when the caller left it out.
    q.prepare(QStringLiteral("INSERT INTO post_targets (post_id, integration_id, platform, status, platform_post_url, "
                             "remote_id, attempt_count, last_error, updated_at, unconfirmed, note) VALUES (?, ?, "
                             "COALESCE(NULLIF(?, ''), (SELECT platform FROM integrations WHERE id = ?), ''), "
                             "?,?,?,?,?,?,?,?)"));
    for (const PostTarget &t : post.targets) {
        q.addBindValue(post.id);
        q.addBindValue(t.integrationId);
        q.addBindValue(Sql::text(t.platform));
        q.addBindValue(t.integrationId);
        q.addBindValue(postStatusName(t.status));
        q.addBindValue(Sql::textOrNull(t.platformPostUrl));
        q.addBindValue(Sql::textOrNull(t.remoteId));
        q.addBindValue(t.attemptCount);
        q.addBindValue(Sql::textOrNull(t.lastError));
        q.addBindValue(post.updatedAt);
        q.addBindValue(t.unconfirmed ? 1 : 0);
        q.addBindValue(Sql::textOrNull(t.note));
        if (!q.exec())
            return sqlError(tr("Could not save the destination %1 of the post").arg(t.integrationId), q.lastError());
    }
    return {};
}

// One outbox row per destination owned by a hosted provider, with its
// idempotency key fixed now, before anything is ever sent, by the one rule
// (PostWriter::newIdempotencyKey). The payload keeps the
// provider's id for the post as known now: a delete must still name it after
// the post and its targets are gone.
// The outbox rows an operation on a post queues, one per hosted destination,
// with its two statements prepared once for any number of posts (Undo Import
// of 123k posts prepared them 246k times).
class PostRepository::OutboxQueue
{
public:
    explicit OutboxQueue(const QSqlDatabase &db)
        : m_targets(db)
        , m_insert(db)
    {
        m_targets.prepare(QStringLiteral("SELECT t.integration_id, t.remote_id FROM post_targets t JOIN integrations i "
                                         "ON i.id = t.integration_id WHERE t.post_id = ? AND i.provider <> 'local'"));
        m_insert.prepare(QStringLiteral("INSERT INTO outbox (post_id, integration_id, operation, idempotency_key, "
                                        "payload, created_at) VALUES (?, ?, ?, ?, ?, ?)"));
    }

    Result<void> enqueue(const QString &postId, const QString &operation)
    {
        m_targets.bindValue(0, postId);
        if (!m_targets.exec())
            return sqlError(tr("Could not queue the post for sync"), m_targets.lastError());
        const qint64 now = Clock::nowSecs();
        while (m_targets.next()) {
            m_insert.bindValue(0, postId);
            m_insert.bindValue(1, m_targets.value(0));
            m_insert.bindValue(2, operation);
            m_insert.bindValue(3, QString::fromLatin1(PostWriter::newIdempotencyKey()));
            m_insert.bindValue(4, m_targets.value(1));
            m_insert.bindValue(5, now);
            if (!m_insert.exec())
                return sqlError(tr("Could not queue the post for sync"), m_insert.lastError());
        }
        m_targets.finish(); // no read left open on the table the caller writes next
        return {};
    }

private:
    Q_DECLARE_TR_FUNCTIONS(PostRepository)
    QSqlQuery m_targets;
    QSqlQuery m_insert;
};

Result<void> PostRepository::enqueue(const QString &postId, const QString &operation)
{
    return OutboxQueue(m_db).enqueue(postId, operation);
}

Result<void> PostRepository::update(const Post &post)
{
    Savepoint atomic(m_db);
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE posts SET content=?, title=?, scheduled_at=?, status=?, post_type=?, tags=?, "
                             "platform_overrides=?, platform_settings=?, media=?, group_id=?, updated_at=? WHERE id=?"));
    bindEditableFields(q, post, Clock::nowSecs());
    if (!q.exec())
        return sqlError(tr("Could not save the post"), q.lastError());
    if (q.numRowsAffected() != 1)
        return Error{tr("The post %1 is not in the store (deleted elsewhere?).").arg(post.id)};
    QSqlQuery del(m_db);
    del.prepare(QStringLiteral("DELETE FROM post_targets WHERE post_id=?"));
    del.addBindValue(post.id);
    if (!del.exec())
        return sqlError(tr("Could not save the post's destinations"), del.lastError());
    if (auto r = insertTargets(post); !r)
        return r;
    if (auto r = enqueue(post.id, QStringLiteral("update")); !r)
        return r;
    return atomic.release();
}

Result<void> PostRepository::remove(const QStringList &ids)
{
    Savepoint atomic(m_db); // every post of the action, or none
    OutboxQueue outbox(m_db);
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("DELETE FROM posts WHERE id=?"));
    for (const QString &id : ids) {
        // Queued before the delete: the outbox rows are read from the post's destinations.
        if (auto r = outbox.enqueue(id, QStringLiteral("delete")); !r)
            return r;
        q.bindValue(0, id);
        if (!q.exec())
            return sqlError(tr("Could not delete the post %1").arg(id), q.lastError());
    }
    return atomic.release();
}

Result<void> PostRepository::reschedule(const QString &id, std::optional<qint64> scheduledAt)
{
    Savepoint atomic(m_db);
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE posts SET scheduled_at=?, updated_at=? WHERE id=?"));
    q.addBindValue(Sql::integerOrNull(scheduledAt));
    q.addBindValue(Clock::nowSecs());
    q.addBindValue(id);
    if (!q.exec())
        return sqlError(tr("Could not move the post"), q.lastError());
    if (q.numRowsAffected() != 1)
        return Error{tr("The post %1 is not in the store (deleted elsewhere?).").arg(id)};
    if (auto r = enqueue(id, QStringLiteral("reschedule")); !r)
        return r;
    return atomic.release();
}

Result<void> PostRepository::setTags(const QString &id, const QStringList &tags)
{
    Savepoint atomic(m_db);
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE posts SET tags=?, updated_at=? WHERE id=?"));
    q.addBindValue(Sql::textOrNull(tagsJson(tags)));
    q.addBindValue(Clock::nowSecs());
    q.addBindValue(id);
    if (!q.exec())
        return sqlError(tr("Could not change the post's tags"), q.lastError());
    if (q.numRowsAffected() != 1)
        return Error{tr("The post %1 is not in the store (deleted elsewhere?).").arg(id)};
    if (auto r = enqueue(id, QStringLiteral("update")); !r)
        return r;
    return atomic.release();
}

Result<void> PostRepository::settleStatus(const QString &id)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE posts SET status = CASE "
                             "WHEN NOT EXISTS (SELECT 1 FROM post_targets WHERE post_id = ? AND status <> 'published') THEN 'published' "
                             "WHEN EXISTS (SELECT 1 FROM post_targets WHERE post_id = ? AND status = 'failed') THEN 'failed' "
                             "ELSE status END, updated_at = ? WHERE id = ?"));
    q.addBindValue(id);
    q.addBindValue(id);
    q.addBindValue(Clock::nowSecs());
    q.addBindValue(id);
    if (!q.exec())
        return sqlError(tr("Could not record the post's status"), q.lastError());
    return {};
}

Result<void> PostRepository::queuePublish(const QString &id)
{
    return enqueue(id, QStringLiteral("publish"));
}

QList<PostSummary> PostRepository::summaries(qint64 from, qint64 to)
{
    QList<PostSummary> out;
    // Read with the SQLite C API: the calendar reads thousands of rows per
    // screen, and QtSql's per-value QVariants cost more than the query. One
    // row per destination (a join beats a correlated subquery per post by half);
    // the rows of one post are adjacent by the ORDER BY, and come in
    // integration order from post_targets' primary key (sorting on it too
    // would double the query's time).
    SqliteStatement q(SqliteStatement::handleOf(m_db),
                      "SELECT p.id, p.scheduled_at, p.status, p.post_type, p.content, p.tags, "
                      "t.integration_id, t.platform, "
                      // A damaged media column must not cost the whole calendar its query.
                      "CASE WHEN json_valid(p.media) THEN json_extract(p.media, '$[0].url') END "
                      "FROM posts p LEFT JOIN post_targets t ON t.post_id = p.id "
                      "WHERE p.scheduled_at >= ? AND p.scheduled_at < ? "
                      "ORDER BY p.scheduled_at, p.id");
    q.bind(1, from);
    q.bind(2, to);
    // A range repeats a few accounts, platforms, types and tags thousands of
    // times: share one QString for each instead of allocating per row.
    SharedStrings shared;
    std::array<QByteArrayView, 6> statusNames;
    for (size_t i = 0; i < statusNames.size(); ++i)
        statusNames[i] = postStatusKey(PostStatus(i));
    while (q.next()) {
        const QByteArrayView id = q.text(0);
        if (out.isEmpty() || out.last().id != QLatin1StringView(id)) {
            PostSummary s;
            s.id = QString::fromLatin1(id);
            s.scheduledAt = q.integer(1);
            const auto status = std::find(statusNames.cbegin(), statusNames.cend(), q.text(2));
            s.status = status == statusNames.cend() ? PostStatus::Draft : PostStatus(status - statusNames.cbegin());
            s.postType = shared.get(q.text(3));
            s.content = QString::fromUtf8(q.text(4));
            s.tags = readTags(q.text(5), shared);
            if (!q.isNull(8))
                s.firstMedia = QString::fromUtf8(q.text(8));
            out.append(std::move(s));
        }
        if (q.isNull(6))
            continue;
        PostSummary &s = out.last();
        s.integrationIds.append(shared.get(q.text(6)));
        s.platforms.append(shared.get(q.text(7)));
    }
    return out;
}

std::optional<Post> PostRepository::find(const QString &id)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT %1 FROM posts WHERE id=?").arg(QLatin1StringView(selectColumns)));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    QList<Post> posts{readPost(q)};
    loadTargets(posts);
    return posts.first();
}

QList<Post> PostRepository::findMany(const QStringList &ids)
{
    if (ids.isEmpty())
        return {};
    QStringList marks;
    QVariantList binds;
    for (const QString &id : ids) {
        marks.append(QStringLiteral("?"));
        binds.append(id);
    }
    QList<Post> posts = select({QStringLiteral("id IN (%1)").arg(marks.join(u','))}, binds, QStringLiteral("id"), int(ids.size()));
    loadTargets(posts);
    return posts;
}

void PostRepository::loadTargets(QList<Post> &posts)
{
    if (posts.isEmpty())
        return;
    QHash<QString, int> byId;
    QStringList placeholders;
    for (int i = 0; i < posts.size(); ++i) {
        byId.insert(posts.at(i).id, i);
        placeholders.append(QStringLiteral("?"));
    }
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT post_id, integration_id, platform, status, platform_post_url, remote_id, "
                             "attempt_count, last_error, updated_at, unconfirmed, note FROM post_targets WHERE post_id IN (%1) "
                             "ORDER BY post_id, integration_id")
                  .arg(placeholders.join(u',')));
    for (const Post &p : std::as_const(posts))
        q.addBindValue(p.id);
    if (!q.exec())
        return;
    while (q.next()) {
        PostTarget t;
        t.integrationId = q.value(1).toString();
        t.platform = q.value(2).toString();
        t.status = postStatusFromName(q.value(3).toString()).value_or(PostStatus::Scheduled);
        t.platformPostUrl = q.value(4).toString();
        t.remoteId = q.value(5).toString();
        t.attemptCount = q.value(6).toInt();
        t.lastError = Redaction::redact(q.value(7).toString()); // rows an older Almanac wrote may hold a secret
        t.updatedAt = q.value(8).toLongLong();
        t.unconfirmed = q.value(9).toBool();
        t.note = q.value(10).toString();
        posts[byId.value(q.value(0).toString())].targets.append(t);
    }
}

QList<Post> PostRepository::query(const PostQuery &query)
{
    // Two phases, each in index order so a page never sorts the whole range:
    // dated posts by (scheduled_at, id), then (with no range) undated drafts by id.
    QList<Post> posts;
    const bool ranged = query.from || query.to;
    const bool inUndatedPhase = query.after && !query.after->scheduledAt;
    if (!inUndatedPhase && query.includeDated) {
        QStringList where{QStringLiteral("scheduled_at IS NOT NULL")};
        QVariantList binds;
        if (query.status) {
            where.append(QStringLiteral("status = ?"));
            binds.append(postStatusName(*query.status));
        }
        if (query.from) {
            where.append(QStringLiteral("scheduled_at >= ?"));
            binds.append(*query.from);
        }
        if (query.to) {
            where.append(QStringLiteral("scheduled_at < ?"));
            binds.append(*query.to);
        }
        if (query.after) {
            where.append(QStringLiteral("(scheduled_at, id) > (?, ?)"));
            binds << *query.after->scheduledAt << query.after->id;
        }
        posts = select(where, binds, QStringLiteral("scheduled_at, id"), query.limit);
    }
    if (!ranged && query.includeUndated && posts.size() < query.limit) {
        QStringList where{QStringLiteral("scheduled_at IS NULL")};
        QVariantList binds;
        if (query.status) {
            where.append(QStringLiteral("status = ?"));
            binds.append(postStatusName(*query.status));
        }
        if (inUndatedPhase) {
            where.append(QStringLiteral("id > ?"));
            binds.append(query.after->id);
        }
        posts += select(where, binds, QStringLiteral("id"), query.limit - int(posts.size()));
    }
    if (query.withTargets)
        loadTargets(posts);
    return posts;
}

QList<Post> PostRepository::select(const QStringList &where, const QVariantList &binds, const QString &orderBy,
                                   int limit)
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM posts WHERE %2 ORDER BY %3 LIMIT %4")
                  .arg(QLatin1StringView(selectColumns), where.join(QStringLiteral(" AND ")), orderBy)
                  .arg(limit));
    for (const QVariant &b : binds)
        q.addBindValue(b);
    QList<Post> posts;
    if (!q.exec())
        return posts;
    while (q.next())
        posts.append(readPost(q));
    return posts;
}

Result<void> PostRepository::forEach(PostQuery query, const std::function<void(const Post &)> &visit)
{
    for (;;) {
        const QList<Post> page = this->query(query);
        for (const Post &p : page)
            visit(p);
        if (page.size() < query.limit)
            return {};
        query.after = PostQuery::Cursor{page.last().scheduledAt, page.last().id};
    }
}

QList<DayCount> PostRepository::countPerDay(QDate from, QDate to, const QTimeZone &zone)
{
    QList<DayCount> days;
    QList<qint64> bounds;
    for (QDate d = from; d <= to; d = d.addDays(1)) {
        bounds.append(QDateTime(d, QTime(0, 0), zone).toSecsSinceEpoch());
        if (d < to)
            days.append({d, 0});
    }
    if (days.isEmpty())
        return days;
    // One COUNT per day over the (scheduled_at, id) index: SQLite counts index
    // entries without handing each row to us, and day bounds computed in the
    // zone keep days right across daylight-saving changes.
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM posts WHERE scheduled_at >= ? AND scheduled_at < ?"));
    for (qsizetype day = 0; day < days.size(); ++day) {
        q.bindValue(0, bounds.at(day));
        q.bindValue(1, bounds.at(day + 1));
        if (q.exec() && q.next())
            days[day].count = q.value(0).toInt();
    }
    return days;
}

void PostRepository::forEachUpcomingTarget(
    qint64 now,
    const std::function<void(QByteArrayView, QByteArrayView, std::optional<qint64>)> &visit)
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT p.content, p.platform_overrides, t.integration_id, t.platform, p.scheduled_at "
                             "FROM posts p JOIN post_targets t ON t.post_id = p.id "
                             "WHERE (p.scheduled_at > ? OR p.scheduled_at IS NULL) "
                             "AND p.status IN ('draft', 'scheduled')"));
    q.addBindValue(now);
    if (!q.exec())
        return;
    while (q.next()) {
        QString text = q.value(0).toString();
        if (!q.isNull(1)) {
            const QJsonValue override =
                QJsonDocument::fromJson(q.value(1).toString().toUtf8()).object().value(q.value(3).toString());
            if (override.isString())
                text = override.toString();
        }
        const std::optional<qint64> when = q.isNull(4) ? std::nullopt : std::optional<qint64>(q.value(4).toLongLong());
        visit(text.toUtf8(), q.value(2).toString().toUtf8(), when);
    }
}

std::array<qint64, 6> PostRepository::countByStatus()
{
    std::array<qint64, 6> counts{};
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT status, COUNT(*) FROM posts GROUP BY status")))
        return counts;
    while (q.next())
        if (const auto status = postStatusFromName(q.value(0).toString()))
            counts[size_t(*status)] = q.value(1).toLongLong();
    return counts;
}

qint64 PostRepository::count(std::optional<PostStatus> status)
{
    QSqlQuery q(m_db);
    if (status) {
        q.prepare(QStringLiteral("SELECT COUNT(*) FROM posts WHERE status = ?"));
        q.addBindValue(postStatusName(*status));
    } else {
        q.prepare(QStringLiteral("SELECT COUNT(*) FROM posts"));
    }
    return q.exec() && q.next() ? q.value(0).toLongLong() : 0;
}

} // namespace Almanac
