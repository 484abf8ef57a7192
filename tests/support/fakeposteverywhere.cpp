// SPDX-License-Identifier: GPL-3.0-or-later
#include "fakeposteverywhere.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUrl>

namespace Almanac::Test {

using Reply = FakeHttpServer::Reply;

FakePostEverywhere::FakePostEverywhere(QByteArray apiKey, int rateLimit)
    : FakeHostedApi(std::move(apiKey), rateLimit, 0)
{
}

QMap<QString, int> FakePostEverywhere::contentCounts() const
{
    QMap<QString, int> counts;
    for (const QJsonObject &p : m_posts)
        ++counts[p.value(u"content").toString()];
    return counts;
}

Reply FakePostEverywhere::route(const FakeHttpServer::Request &request)
{
    const QString path = QUrl(QString::fromUtf8(request.path)).path();
    const QJsonObject body = QJsonDocument::fromJson(request.body).object();
    if (path == u"/v1/posts/bulk" && request.method == "POST") {
        const QJsonArray posts = body.value(u"posts").toArray();
        if (posts.size() > 50)
            return error(400, QStringLiteral("bulk_limit_exceeded"), QStringLiteral("At most 50 posts per call"));
        QJsonArray results;
        int succeeded = 0;
        for (qsizetype i = 0; i < posts.size(); ++i) {
            const QJsonObject p = posts.at(i).toObject();
            QString problem;
            if (p.value(u"content").toString().isEmpty())
                problem = QStringLiteral("content is required");
            for (const QJsonValue &a : p.value(u"account_ids").toArray())
                if (problem.isEmpty() && !m_accounts.contains(a.toInteger()))
                    problem = QStringLiteral("account %1 is not connected").arg(a.toInteger());
            if (!problem.isEmpty()) {
                results.append(QJsonObject{{QStringLiteral("index"), int(i)}, {QStringLiteral("ok"), false},
                                           {QStringLiteral("error"), QJsonObject{{QStringLiteral("code"), QStringLiteral("validation_error")},
                                                                                 {QStringLiteral("message"), problem}}}});
                continue;
            }
            const QString id = QStringLiteral("pe-%1").arg(m_nextId++);
            QJsonObject post = p;
            post.insert(QStringLiteral("post_id"), id);
            m_posts.insert(id, post);
            ++succeeded;
            results.append(QJsonObject{{QStringLiteral("index"), int(i)}, {QStringLiteral("ok"), true},
                                       {QStringLiteral("post"), QJsonObject{{QStringLiteral("post_id"), id}}}});
        }
        const int total = int(posts.size());
        const int status = succeeded == total ? 201 : succeeded == 0 ? 422 : 207;
        return json(status, {{QStringLiteral("summary"), QJsonObject{{QStringLiteral("total"), total},
                                                                      {QStringLiteral("succeeded"), succeeded},
                                                                      {QStringLiteral("failed"), total - succeeded}}},
                             {QStringLiteral("results"), results}});
    }
    if (path == u"/v1/posts/retry-failed" && request.method == "POST") {
        if (body.isEmpty())
            return error(400, QStringLiteral("no_filter"), QStringLiteral("At least one filter is required"));
        m_lastRetryFilter = body;
        return json(200, {{QStringLiteral("retried_count"), 0}, {QStringLiteral("destinations"), QJsonArray()},
                          {QStringLiteral("message"), QStringLiteral("0 destinations queued for retry.")}});
    }
    if (path.startsWith(u"/v1/posts/")) {
        const QString id = path.mid(10);
        if (!m_posts.contains(id))
            return error(404, QStringLiteral("not_found"), QStringLiteral("No post %1").arg(id));
        if (request.method == "DELETE") {
            m_posts.remove(id);
            return json(200, {{QStringLiteral("deleted"), true}});
        }
        if (request.method == "PATCH") {
            for (auto it = body.begin(); it != body.end(); ++it)
                m_posts[id].insert(it.key(), it.value());
            return json(200, {{QStringLiteral("post"), m_posts.value(id)}});
        }
    }
    return error(404, QStringLiteral("not_found"), QStringLiteral("No route"));
}

} // namespace Almanac::Test
