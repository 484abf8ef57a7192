// SPDX-License-Identifier: GPL-3.0-or-later
#include "fakehostedapi.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>

namespace Almanac::Test {

using Reply = FakeHttpServer::Reply;

FakeHostedApi::FakeHostedApi(QByteArray apiKey, int rateLimit, quint16 port)
    : m_apiKey(std::move(apiKey))
    , m_rateLimit(rateLimit)
    , m_server([this](const FakeHttpServer::Request &r) { return handle(r); }, port)
{
}

Reply FakeHostedApi::json(int status, const QJsonObject &body)
{
    return {status, QJsonDocument(body).toJson(QJsonDocument::Compact), {}, Reply::Delivery::Send};
}

Reply FakeHostedApi::error(int status, const QString &code, const QString &message)
{
    return json(status, {{QStringLiteral("error"), QJsonObject{{QStringLiteral("code"), code}, {QStringLiteral("message"), message}}}});
}

FakeHttpServer::Reply FakeHostedApi::handle(const FakeHttpServer::Request &request)
{
    // The host counts requests per sliding minute, refused ones included.
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    while (!m_window.empty() && m_window.front() <= now - 60000)
        m_window.pop_front();
    if (int(m_window.size()) >= m_rateLimit) {
        ++m_rejected429;
        const qint64 wait = (m_window.front() + 60000 - now + 999) / 1000;
        Reply r = error(429, QStringLiteral("rate_limited"), QStringLiteral("Too many requests"));
        r.headers.append(qMakePair(QByteArray("Retry-After"), QByteArray::number(qMax<qint64>(1, wait))));
        return r;
    }
    m_window.push_back(now);
    m_maxInWindow = qMax(m_maxInWindow, int(m_window.size()));

    if (!authorized(request))
        return error(401, QStringLiteral("unauthorized"), QStringLiteral("Invalid API key"));
    const Fault fault = m_faults ? m_faults(request, ++m_number) : Fault::None;
    switch (fault) {
    case Fault::ServerError: return error(500, QStringLiteral("internal"), QStringLiteral("Something broke"));
    case Fault::Unavailable:
    case Fault::TooManyRequests: {
        Reply r = fault == Fault::Unavailable ? error(503, QStringLiteral("unavailable"), QStringLiteral("Try later"))
                                              : error(429, QStringLiteral("rate_limited"), QStringLiteral("Slow down"));
        r.headers.append(qMakePair(QByteArray("Retry-After"), QByteArray("1")));
        return r;
    }
    default: break;
    }

    // A POST with a key seen before gets the first answer again, whatever the body.
    const QByteArray key = request.header("idempotency-key");
    Reply reply;
    if (request.method == "POST" && !key.isEmpty() && m_replayed.contains(key)) {
        reply = m_replayed.value(key);
    } else {
        reply = route(request);
        if (request.method == "POST" && !key.isEmpty() && reply.status < 500)
            m_replayed.insert(key, reply);
    }
    switch (fault) {
    case Fault::DropAfterCommit: reply.delivery = Reply::Delivery::Drop; break;
    case Fault::HangAfterCommit: reply.delivery = Reply::Delivery::Hang; break;
    case Fault::MalformedAfterCommit: reply.body = "{\"posts\": [{\"id\": "; // cut off mid-answer break;
    default: break;
    }
    return reply;
}

} // namespace Almanac::Test
