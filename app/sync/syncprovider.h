// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/net/httpclient.h"
#include "models/domain/post.h"
#include "models/store/outboxrepository.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>
#include <QCoreApplication>


namespace Almanac {

// One HTTP request a provider wants sent.
struct HttpCall
{
    QByteArray method;   // GET, POST, PATCH, DELETE
    QString path;        // from the base URL on, with any query: "/v1/posts/group"; or a
                         // full https URL a server handed back (a pre-signed upload),
                         // which never gets the API key
    QByteArray body;
    QByteArray contentType = "application/json";
    QByteArray idempotencyKey; // sent as Idempotency-Key when set
    int delayMs = 0;           // wait this long first (polling an async job)
};

// What came back: a status, or why nothing did.
struct HttpReply
{
    int status = 0;          // 0: no answer (dropped, timed out, unreachable)
    QByteArray body;
    QByteArray retryAfter;   // the Retry-After header, as sent
    QString networkError;    // why there was no answer
    bool unreachable = false; // the host could not be reached at all: offline

    // What the network front door answered, as a provider reads it.
    static HttpReply from(const HttpResponse &response)
    {
        HttpReply r;
        r.body = response.body;
        r.retryAfter = response.header("Retry-After");
        if (response.failure == HttpResponse::Failure::None) {
            r.status = response.status;
        } else {
            r.networkError = response.error;
            r.unreachable = response.failure == HttpResponse::Failure::Unreachable;
        }
        return r;
    }
};

// One remote operation on one local post at one provider account: the
// destinations it covers there, and the outbox rows it settles.
struct SyncItem
{
    QString postId;
    QString operation;              // create | update | delete | publish
    QList<qint64> outboxIds;
    QStringList integrationIds;     // local destinations at this account
    QStringList remoteIntegrations; // the provider's ids for them
    QString remoteId;               // the provider's post (update, delete, publish)
    std::optional<Post> post;       // the local post as it is now (create, update)
    QByteArray idempotencyKey;      // the row's persisted key
    int attempts = 0;               // sends so far without an answer
    bool resend = false;            // its request went out before (maybe by an engine since stopped)
};

// What became of an item.
struct ItemOutcome
{
    enum class Kind { Synced, Failed, Retry };
    Kind kind = Kind::Retry;
    QString remoteId;
    QString groupId;
    QString message;       // why it failed, or why it waits
    qint64 retryAfterMs = -1; // the server said when (429, 503)
    bool unreachable = false;

    static ItemOutcome synced(const QString &remoteId, const QString &groupId = {})
    {
        return {Kind::Synced, remoteId, groupId, {}, -1, false};
    }
    static ItemOutcome failed(const QString &message) { return {Kind::Failed, {}, {}, message, -1, false}; }
};

// Which of a provider's failed destinations to publish again (PostEverywhere's
// retry-failed filters, seed 002).
struct RetryFilter
{
    QString platform;            // catalog id
    std::optional<qint64> since; // failed at or after (UTC epoch seconds)
    std::optional<qint64> until;
    QStringList remotePostIds;   // the provider's ids (at most 200)
    QString remoteAccountId;     // only failures on this social account there
    QString providerAccount;     // asked of this account only (empty: each account that can)
    bool isEmpty() const { return platform.isEmpty() && !since && !until && remotePostIds.isEmpty() && remoteAccountId.isEmpty(); }
};

// One hosted scheduler's API: how to authorize, how many posts one request
// may carry and whether such a request is all-or-nothing, and how to push
// items and read what became of each.
class SyncProvider
{
    Q_DECLARE_TR_FUNCTIONS(SyncProvider)

public:
    struct Capabilities
    {
        int maxBatch = 1;         // creates per request
        bool atomicBatch = false; // a batch is created whole or not at all
        bool asyncJob = false;    // the provider answers later (upload, poll, read rows)
        bool idempotencyKeys = true;
        bool retriesFailed = false; // the provider can publish its failed destinations again
    };
    using Send = std::function<void(const HttpCall &call, std::function<void(const HttpReply &)> answered)>;
    using Done = std::function<void(const QList<ItemOutcome> &outcomes)>; // one per item, in order

    virtual ~SyncProvider() = default;
    virtual Capabilities capabilities() const = 0;
    // Puts the key on a request to the provider's own origin (and marks it credentialed).
    virtual void authorize(HttpRequest &request, const QString &apiKey) const = 0;
    // Pushes the items (creates: up to maxBatch; any other operation: one) in
    // the request(s) the provider needs; `batchKey` is the request's persisted
    // key, the same on every resend.
    virtual void push(const QList<SyncItem> &items, const QByteArray &batchKey, const Send &send, const Done &done) = 0;
    // Reading what became of a remote post (published, failed), for the
    // providers that can tell; and the destinations' statuses in the answer.
    virtual std::optional<HttpCall> statusCall(const QString &remoteId) const
    {
        Q_UNUSED(remoteId)
        return std::nullopt;
    }
    virtual QList<RemoteTargetState> targetStatuses(const QByteArray &body) const
    {
        Q_UNUSED(body)
        return {};
    }
    // A read-only request that proves the key works, answered with the remote
    // accounts where the API lists them; none where the API has no such call.
    virtual std::optional<HttpCall> testCall() const { return std::nullopt; }
    // The accounts a testCall() answer lists: (remote id, platform id) pairs.
    virtual QList<std::pair<QString, QString>> remoteAccounts(const QByteArray &body) const
    {
        Q_UNUSED(body)
        return {};
    }
    // The request that has the provider publish its failed destinations again,
    // for the providers that have one (never without a filter).
    virtual std::optional<HttpCall> retryFailedCall(const RetryFilter &filter) const
    {
        Q_UNUSED(filter)
        return std::nullopt;
    }
    // The request that cancels a whole group of created posts (atomic providers).
    virtual std::optional<HttpCall> cancelGroupCall(const QString &groupId) const
    {
        Q_UNUSED(groupId)
        return std::nullopt;
    }

    // The outcome of a reply that was not a success: wait and retry (no answer,
    // 408, 429, 5xx) or fail for good with the server's message (other 4xx).
    static ItemOutcome unsuccessful(const HttpReply &reply);
    // The server's own words from an error body ({"error": {"message"}},
    // {"message"}, {"error": "..."}), or the body itself, shortened.
    static QString serverMessage(const HttpReply &reply);
};

} // namespace Almanac
