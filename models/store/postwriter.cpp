// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/store/postwriter.h"

#include "models/domain/clock.h"
#include "models/domain/postid.h"
#include "models/store/postrepository.h"

namespace Almanac {

namespace {

// Most posts leave these fields empty: NULL without a conversion.
void bindTextOrNull(SqliteStatement &s, int index, const QString &text)
{
    if (text.isEmpty())
        s.bindNull(index);
    else
        s.bind(index, text);
}

} // namespace

EncodedPost::EncodedPost(const Post &post, std::span<const int> integrations)
    : EncodedPost(post, integrations, post.content.toUtf8(), post.title.toUtf8())
{
}

EncodedPost::EncodedPost(const Post &post, std::span<const int> integrations, QByteArray contentUtf8, QByteArray titleUtf8)
    : content(std::move(contentUtf8))
    , title(std::move(titleUtf8))
    , postType(post.postType.toUtf8())
    , tags(PostRepository::tagsJson(post.tags))
    , overrides(PostRepository::objectJson(post.platformOverrides))
    , settings(PostRepository::objectJson(post.platformSettings))
    , media(PostRepository::mediaJson(post.media))
    , integrations(integrations.begin(), integrations.end())
{
}

PostWriter::PostWriter(QSqlDatabase db, const QList<Integration> &integrations)
    : m_db(std::move(db))
{
    for (const Integration &in : integrations)
        m_destinations.append(Destination{in.id.toUtf8(), in.platform.toUtf8(), in.provider != u"local"});
}

PostWriter::~PostWriter() = default;

QByteArray PostWriter::newIdempotencyKey()
{
    static thread_local PostIdGenerator keys;
    return keys.nextUtf8();
}

Result<void> PostWriter::prepare()
{
    m_now = Clock::nowSecs();
    sqlite3 *handle = SqliteStatement::handleOf(m_db);
    m_insertPost = std::make_unique<SqliteStatement>(
        handle, "INSERT INTO posts (id, content, title, scheduled_at, status, post_type, tags, platform_overrides, "
                "platform_settings, media, group_id, remote_id, remote_provider, import_id, created_at, updated_at) "
                "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
    m_insertTarget = std::make_unique<SqliteStatement>(
        handle, "INSERT INTO post_targets (post_id, integration_id, platform, status, platform_post_url, remote_id, "
                "attempt_count, last_error, updated_at, unconfirmed) VALUES (?,?,?,?,?,?,?,?,?,?)");
    m_insertOutbox = std::make_unique<SqliteStatement>(
        handle, "INSERT INTO outbox (post_id, integration_id, operation, idempotency_key, payload, created_at) "
                "VALUES (?,?,'create',?,?,?)");
    for (const auto *s : {m_insertPost.get(), m_insertTarget.get(), m_insertOutbox.get()})
        if (!s->isValid())
            return Error{tr("Could not prepare to save posts: the store is not an SQLite database.")};
    return {};
}

Result<void> PostWriter::add(Post &post, const EncodedPost &encoded)
{
    QByteArray &id = m_lastId;
    if (post.id.isEmpty()) {
        // One generator per thread, not per writer: ids stay time-ordered
        // across the composer's single inserts, as PostIdGenerator promises.
        static thread_local PostIdGenerator ids;
        id = ids.nextUtf8();
        post.id = QString::fromLatin1(id);
    } else {
        id = post.id.toUtf8();
    }
    if (post.createdAt == 0)
        post.createdAt = m_now;
    post.updatedAt = m_now;
    const QByteArrayView status = postStatusKey(post.status);

    SqliteStatement &p = *m_insertPost;
    p.bind(1, QByteArrayView(id));
    p.bind(2, QByteArrayView(encoded.content));
    p.bind(3, QByteArrayView(encoded.title));
    p.bind(4, post.scheduledAt);
    p.bind(5, status);
    p.bind(6, QByteArrayView(encoded.postType));
    p.bindOrNull(7, encoded.tags);
    p.bindOrNull(8, encoded.overrides);
    p.bindOrNull(9, encoded.settings);
    p.bindOrNull(10, encoded.media);
    bindTextOrNull(p, 11, post.groupId);
    bindTextOrNull(p, 12, post.remoteId);
    bindTextOrNull(p, 13, post.remoteProvider);
    if (post.importId)
        p.bind(14, post.importId);
    else
        p.bindNull(14);
    p.bind(15, post.createdAt);
    p.bind(16, post.updatedAt);
    if (!p.exec())
        return Error{tr("Could not save the post: %1").arg(p.errorMessage())};

    if (encoded.integrations.size() != post.targets.size())
        return Error{tr("The post's destinations were not resolved.")};
    for (qsizetype i = 0; i < post.targets.size(); ++i) {
        const PostTarget &t = post.targets.at(i);
        const int index = encoded.integrations.at(i);
        if (index < 0 || index >= m_destinations.size())
            return Error{tr("The account %1 is not in the store.").arg(t.integrationId)};
        const Destination &destination = m_destinations.at(index);
        const QByteArrayView targetStatus = postStatusKey(t.status);
        SqliteStatement &q = *m_insertTarget;
        q.bind(1, QByteArrayView(id));
        q.bind(2, QByteArrayView(destination.id));
        q.bind(3, QByteArrayView(destination.platform));
        q.bind(4, targetStatus);
        bindTextOrNull(q, 5, t.platformPostUrl);
        bindTextOrNull(q, 6, t.remoteId);
        q.bind(7, qint64(t.attemptCount));
        bindTextOrNull(q, 8, t.lastError);
        q.bind(9, m_now);
        q.bind(10, qint64(t.unconfirmed));
        if (!q.exec())
            return Error{tr("Could not save the destination %1: %2").arg(t.integrationId, q.errorMessage())};
        if (destination.hosted) {
            const QByteArray key = newIdempotencyKey();
            SqliteStatement &o = *m_insertOutbox;
            o.bind(1, QByteArrayView(id));
            o.bind(2, QByteArrayView(destination.id));
            o.bind(3, QByteArrayView(key));
            // The provider's id for the post as known now (a restored post's), so
            // a later delete can still name it.
            bindTextOrNull(o, 4, t.remoteId);
            o.bind(5, m_now);
            if (!o.exec())
                return Error{tr("Could not queue the post for sync: %1").arg(o.errorMessage())};
        }
    }
    return {};
}

} // namespace Almanac
