// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/domain/post.h"
#include "models/domain/result.h"

#include <QDate>
#include <QSqlDatabase>
#include <QTimeZone>

#include <array>
#include <functional>
#include <optional>
#include <QCoreApplication>

namespace Almanac {

// Which posts to read. Results come in (scheduled_at, id) order; drafts without
// a date come last. Paging is by keyset: pass the last post of a page as `after`.
struct PostQuery
{
    std::optional<PostStatus> status;
    std::optional<qint64> from; // inclusive, UTC epoch seconds
    std::optional<qint64> to;   // exclusive
    bool includeUndated = true; // drafts without a date (only when no range is given)
    bool includeDated = true;
    struct Cursor
    {
        std::optional<qint64> scheduledAt;
        QString id;
    };
    std::optional<Cursor> after;
    int limit = 500;
    bool withTargets = true;
};

// What the calendar shows of a post: enough to draw a chip, filter and search,
// without the JSON columns a chip never needs.
struct PostSummary
{
    QString id;
    qint64 scheduledAt = 0; // UTC epoch seconds
    PostStatus status = PostStatus::Draft;
    QString postType;
    QString content;
    QStringList tags;
    QStringList integrationIds; // the post's destinations, in id order
    QStringList platforms;      // the platform of each destination, same order
    QString firstMedia;         // the reference of its first media, for a thumbnail
};

struct DayCount
{
    QDate day;
    int count = 0;
};

// Posts and their targets. Writes go in the caller's transaction when one is
// open (one user action = one transaction); each write also queues the outbox
// row that tells the sync engine about it, in that same transaction.
class PostRepository final
{
    Q_DECLARE_TR_FUNCTIONS(PostRepository)

public:
    explicit PostRepository(QSqlDatabase db);

    // Inserts a new post (assigns its id if empty) with its targets.
    Result<void> insert(Post &post);
    Result<void> update(const Post &post);
    Result<void> remove(const QStringList &ids);
    std::optional<Post> find(const QString &id);
    // The posts of these ids that exist, with their targets, in no set order.
    QList<Post> findMany(const QStringList &ids);
    // Moves a post to another time, or takes a draft's date away (its status
    // stays); queues a reschedule.
    Result<void> reschedule(const QString &id, std::optional<qint64> scheduledAt);
    Result<void> setTags(const QString &id, const QStringList &tags);
    // The post follows its destinations: published once all are, failed when
    // one failed (the publishers and the providers' status refresh call this).
    Result<void> settleStatus(const QString &id);
    // Queues an immediate publish of a post's hosted destinations.
    Result<void> queuePublish(const QString &id);

    // Every dated post in [from, to), in time order: one range scan of the time
    // index plus a primary-key lookup per post for its destinations.
    QList<PostSummary> summaries(qint64 from, qint64 to);

    QList<Post> query(const PostQuery &query);
    // Streams every matching post, page by page, with flat memory.
    Result<void> forEach(PostQuery query, const std::function<void(const Post &)> &visit);
    // Posts per day of [from, to) in the zone's calendar.
    QList<DayCount> countPerDay(QDate from, QDate to, const QTimeZone &zone);
    qint64 count(std::optional<PostStatus> status = std::nullopt);
    // Posts per status, indexed by PostStatus, in one pass over the status index.
    std::array<qint64, 6> countByStatus();
    // Every destination of a post not yet due (or undated), with the text it will
    // publish: what a new post could duplicate.
    void forEachUpcomingTarget(qint64 now,
                               const std::function<void(QByteArrayView text, QByteArrayView integrationId,
                                                        std::optional<qint64> scheduledAt)> &visit);

    static QByteArray tagsJson(const QStringList &tags);
    static QByteArray mediaJson(const QList<MediaRef> &media);
    static QByteArray objectJson(const QJsonObject &object);

private:
    static void bindEditableFields(class QSqlQuery &q, const Post &post, qint64 updatedAt);
    Result<void> insertTargets(const Post &post);
    class OutboxQueue;
    Result<void> enqueue(const QString &postId, const QString &operation);
    void loadTargets(QList<Post> &posts);
    QList<Post> select(const QStringList &where, const QVariantList &binds, const QString &orderBy, int limit);

    QSqlDatabase m_db;
};

} // namespace Almanac
