// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/domain/result.h"

#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStringList>

#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <QCoreApplication>

namespace Almanac {

// One row of the outbox: a change to a post that a hosted provider must hear
// about, for one destination. Written in the same transaction as the change.
struct OutboxRow
{
    qint64 id = 0;
    QString postId;
    QString integrationId;
    QString operation; // create | update | reschedule | delete | publish
    QString idempotencyKey;
    QString batchKey;  // set once the row went out in a request (state sent)
    QString state;     // pending | sent | done | failed
    int attempts = 0;
    qint64 nextAttemptAt = 0;
    QString lastError;
    QString remoteId;  // the provider's id for the post when the row was written (payload)
};

// What a provider says became of one destination.
struct RemoteTargetState
{
    QString platform;
    QString status; // scheduled | publishing | published | failed
    QString url;
    QString error;
};

// The sync engine's view of the outbox: what is due, and the outcome of each
// send, each recorded in one transaction with what it changes on the post.
class OutboxRepository final
{
    Q_DECLARE_TR_FUNCTIONS(OutboxRepository)

public:
    explicit OutboxRepository(QSqlDatabase db);

    // Rows still to send (pending, or sent without an answer), oldest first,
    // whether due or waiting for a retry: the oldest `window` of them, plus every
    // other open row of the posts those belong to (so a post is seen whole).
    QList<OutboxRow> outstanding(int window = 500);
    // The rows that went out in one request.
    QList<OutboxRow> batch(const QString &batchKey);
    qint64 countInState(const QString &state);

    // Fixes the request the rows go out in, before it is first sent.
    Result<void> assignBatch(const QList<qint64> &ids, const QString &batchKey);
    // Done without a request (a create and its delete that never left, say).
    Result<void> markDone(const QList<qint64> &ids);
    // Done: the remote post of these destinations is `remoteId` (in `groupId`).
    Result<void> markSynced(const QList<qint64> &ids, const QString &postId, const QStringList &integrationIds,
                            const QString &remoteId, const QString &groupId);
    // Failed for good: the server's reason goes on the rows and the post's targets.
    Result<void> markFailed(const QList<qint64> &ids, const QString &postId, const QStringList &integrationIds,
                            const QString &reason);
    // Not answered (or told to wait): tried again at `nextAttemptAt`.
    Result<void> retryLater(const QList<qint64> &ids, qint64 nextAttemptAt, const QString &reason, bool countAttempt);

    // Queues failed destinations again (Retry in the Failed view, retry-failed):
    // of these posts and these destinations (all when both are empty), on this
    // platform, failed in [since, until]. A destination that failed at a hosted
    // scheduler itself (its request went through) is left to failedAtProviders().
    struct FailedFilter
    {
        QStringList postIds;
        QList<std::pair<QString, QString>> destinations; // (post, integration), exactly these
        QString platform;
        std::optional<qint64> since, until; // UTC epoch seconds
        bool namesPosts() const { return !postIds.isEmpty() || !destinations.isEmpty(); }
    };
    Result<int> requeueFailed(const FailedFilter &filter);
    // A hosted destination the filter picks that only its scheduler can
    // publish again (PostEverywhere's retry-failed).
    struct FailedAtProvider
    {
        QString postId;
        QString integrationId;
        QString providerKind;    // "openpost", "posteverywhere"…
        QString providerAccount; // the account it goes through (empty: the only one of its kind)
        QString remoteAccountId; // the social account's id there
        QString remoteId;        // the post's id there
    };
    enum class AtProvider {
        FailedThere,    // the scheduler took the request and reported publishing failed
        NotYetPublished // not reported published or cancelled (a failure may not be heard of yet)
    };
    QList<FailedAtProvider> atProviders(const FailedFilter &filter, AtProvider which);
    QList<FailedAtProvider> failedAtProviders(const FailedFilter &filter) { return atProviders(filter, AtProvider::FailedThere); }
    QList<OutboxRow> inState(const QString &state);
    // The destinations created in a remote group that was cancelled there:
    // cancelled here too (and a post whose every destination is, as well).
    // Returns how many destinations.
    Result<int> markGroupCancelled(const QString &groupId);
    // Remote posts at these integrations that were due by `nowSecs` and are not
    // known to be published, failed or cancelled: (post, remote id), oldest first.
    QList<std::pair<QString, QString>> remotePostsToRefresh(const QStringList &integrationIds, qint64 nowSecs, int limit);
    // What the provider says of a post's destinations (matched by platform):
    // published with its URL, or failed with the reason; the post follows them.
    Result<void> applyRemoteStatuses(const QString &postId, const QStringList &integrationIds,
                                     const QList<RemoteTargetState> &states);
    // The provider groups the import's posts were created in (at these integrations).
    QStringList remoteGroupsOfImport(qint64 importId, const QStringList &integrationIds);
    // Fails an import at these integrations: its unsent rows (groupId empty), or
    // the posts created in one remote group, now cancelled (their remote ids go).
    Result<void> failImport(qint64 importId, const QStringList &integrationIds, const QString &groupId, const QString &reason);
    // The outbox's word on each post that has rows not yet done: failed wins over pending.
    QHash<QString, std::pair<QString, QString>> unsettledPosts(); // post -> (sync_state, last_error)

    // The provider's ids of these posts' destinations, by "post\x1fintegration".
    QHash<QString, QString> remoteIdsOf(const QStringList &postIds);

private:
    // The statement for `sql`, prepared once per repository: the engine
    // records fifty outcomes per request with the same few statements.
    QSqlQuery &statement(const QString &sql);

    QSqlDatabase m_db;
    std::map<QString, std::unique_ptr<QSqlQuery>> m_statements;
};

} // namespace Almanac
