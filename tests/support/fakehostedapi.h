// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "fakehttpserver.h"

#include <deque>
#include <functional>

namespace Almanac::Test {

// What the fake hosted schedulers share: a Bearer key, a sliding minute of
// `rateLimit` requests (past it: 429 with Retry-After), injected faults, and
// Idempotency-Key replay of a POST's first answer. Subclasses route requests.
class FakeHostedApi
{
public:
    enum class Fault {
        None,
        ServerError,       // 500 before doing anything
        Unavailable,       // 503 with Retry-After: 1, before doing anything
        TooManyRequests,   // 429 with Retry-After: 1, before doing anything
        DropAfterCommit,   // does the work, then drops the connection (the duplicate trap)
        HangAfterCommit,   // does the work, never answers (the client times out)
        MalformedAfterCommit, // does the work, answers with broken JSON
    };
    using FaultPlan = std::function<Fault(const FakeHttpServer::Request &request, int number)>;

    FakeHostedApi(QByteArray apiKey, int rateLimit, quint16 port);
    virtual ~FakeHostedApi() = default;

    QByteArray baseUrl() const { return m_server.baseUrl(); }
    void setFaults(FaultPlan plan) { m_faults = std::move(plan); }
    void setReachable(bool reachable) { m_server.setReachable(reachable); }
    void setAnswerDelayMs(int ms) { m_server.setAnswerDelayMs(ms); }
    int requests() const { return m_server.requestCount(); }
    int tooManyRequests() const { return m_rejected429; }
    int maxRequestsInAnyMinute() const { return m_maxInWindow; }

protected:
    virtual FakeHttpServer::Reply route(const FakeHttpServer::Request &request) = 0;
    // Whether the request carries the key (Bearer, unless the API says otherwise).
    virtual bool authorized(const FakeHttpServer::Request &request) const
    {
        return request.header("authorization") == "Bearer " + m_apiKey;
    }
    const QByteArray &apiKey() const { return m_apiKey; }
    static FakeHttpServer::Reply json(int status, const QJsonObject &body);
    static FakeHttpServer::Reply error(int status, const QString &code, const QString &message);

private:
    FakeHttpServer::Reply handle(const FakeHttpServer::Request &request);

    QByteArray m_apiKey;
    int m_rateLimit;
    FakeHttpServer m_server;
    FaultPlan m_faults;
    int m_number = 0;
    std::deque<qint64> m_window; // arrival times (ms) inside the last minute
    int m_rejected429 = 0;
    int m_maxInWindow = 0;
    QHash<QByteArray, FakeHttpServer::Reply> m_replayed; // by Idempotency-Key
};

} // namespace Almanac::Test
