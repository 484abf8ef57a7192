// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "fakehttpserver.h"

#include <QJsonObject>
#include <QMap>
#include <QString>

#include <deque>
#include <functional>

namespace Almanac::Test {

// OpenPost as seeds 000, 001 and 004 describe it, on 127.0.0.1: Bearer keys,
// GET /v1/integrations, POST /v1/posts/group (at most 50, all or nothing, a
// group_id), POST /v1/posts, GET/PATCH/DELETE /v1/posts/{id} (PATCH refused
// with 400 once published), POST /v1/posts/{id}/publish, GET and DELETE
// /v1/posts/group/{id}; Idempotency-Key replays the first answer; a sliding
// minute of `rateLimit` requests, past which it answers 429 with Retry-After.
// Faults are injected per request.
class FakeOpenPost final
{
public:
    enum class Fault {
        None,
        ServerError,       // 500 before doing anything
        Unavailable,       // 503 with Retry-After: 1, before doing anything
        TooManyRequests,   // 429 with Retry-After: 1, before doing anything
        DropAfterCommit,   // does the work, then drops the connection (the duplicate trap)
        HangAfterCommit,   // does the work, never answers (the client times out)
        MalformedAfterCommit, // does the work, answers 200 with broken JSON
    };
    using FaultPlan = std::function<Fault(const FakeHttpServer::Request &request, int number)>;

    explicit FakeOpenPost(QByteArray apiKey = "op_test_key", int rateLimit = 300, quint16 port = 0);

    QByteArray baseUrl() const { return m_server.baseUrl(); }
    void setReachable(bool reachable) { m_server.setReachable(reachable); }
    void setFaults(FaultPlan plan) { m_faults = std::move(plan); }
    void addIntegration(const QString &id, const QString &platform);
    void setPublished(const QString &postId);

    // What the server holds, by id.
    const QMap<QString, QJsonObject> &posts() const { return m_posts; }
    // How many posts carry each content: more than one is a duplicate.
    QMap<QString, int> contentCounts() const;
    int requests() const { return m_server.requestCount(); }
    int tooManyRequests() const { return m_rejected429; }
    int maxRequestsInAnyMinute() const { return m_maxInWindow; }

private:
    FakeHttpServer::Reply handle(const FakeHttpServer::Request &request);
    FakeHttpServer::Reply route(const FakeHttpServer::Request &request);
    FakeHttpServer::Reply createGroup(const QJsonObject &body);
    QJsonObject createPost(const QJsonObject &body, const QString &groupId);

    QByteArray m_apiKey;
    int m_rateLimit;
    FakeHttpServer m_server;
    FaultPlan m_faults;
    int m_number = 0;
    std::deque<qint64> m_window; // arrival times (ms) inside the last minute
    int m_rejected429 = 0;
    int m_maxInWindow = 0;
    QMap<QString, QString> m_integrations; // id -> platform
    QMap<QString, QJsonObject> m_posts;
    QHash<QByteArray, FakeHttpServer::Reply> m_replayed; // by Idempotency-Key
    int m_nextId = 1;
};

} // namespace Almanac::Test
