// SPDX-License-Identifier: GPL-3.0-or-later
#include "fakeopenpost.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUrl>

namespace Almanac::Test {

using Reply = FakeHttpServer::Reply;

FakeOpenPost::FakeOpenPost(QByteArray apiKey, int rateLimit, quint16 port)
    : FakeHostedApi(std::move(apiKey), rateLimit, port)
{
}

void FakeOpenPost::addIntegration(const QString &id, const QString &platform)
{
    m_integrations.insert(id, platform);
}

void FakeOpenPost::setTargets(const QString &postId, const QString &status, const QString &url, const QString &error)
{
    QJsonObject &post = m_posts[postId];
    post.insert(QStringLiteral("status"), status);
    QJsonArray targets;
    for (const QJsonValue &in : post.value(u"integrations").toArray()) {
        QJsonObject t{{QStringLiteral("status"), status == u"scheduled" ? QStringLiteral("pending") : status},
                      {QStringLiteral("platform_post_url"), url.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(url)},
                      {QStringLiteral("integrations"), QJsonObject{{QStringLiteral("platform"), m_integrations.value(in.toString())}}}};
        if (!error.isEmpty())
            t.insert(QStringLiteral("error"), error);
        targets.append(t);
    }
    post.insert(QStringLiteral("post_targets"), targets);
}

void FakeOpenPost::setPublished(const QString &postId, const QString &url)
{
    setTargets(postId, QStringLiteral("published"), url, {});
}

void FakeOpenPost::setFailed(const QString &postId, const QString &error)
{
    setTargets(postId, QStringLiteral("failed"), {}, error);
}

QMap<QString, int> FakeOpenPost::contentCounts() const
{
    QMap<QString, int> counts;
    for (const QJsonObject &p : m_posts)
        ++counts[p.value(u"content").toString()];
    return counts;
}

QJsonObject FakeOpenPost::createPost(const QJsonObject &body, const QString &groupId)
{
    const QString id = QStringLiteral("po_%1").arg(m_nextId++);
    QJsonObject post = body;
    post.insert(QStringLiteral("id"), id);
    post.insert(QStringLiteral("status"), body.contains(u"schedule_at") && !body.value(u"schedule_at").isNull()
                                               ? QStringLiteral("scheduled")
                                               : QStringLiteral("draft"));
    if (!groupId.isEmpty())
        post.insert(QStringLiteral("group_id"), groupId);
    m_posts.insert(id, post);
    setTargets(id, post.value(u"status").toString(), {}, {});
    return m_posts.value(id);
}

Reply FakeOpenPost::createGroup(const QJsonObject &body)
{
    const QJsonArray posts = body.value(u"posts").toArray();
    if (posts.isEmpty() || posts.size() > 50)
        return error(400, QStringLiteral("invalid_group"), QStringLiteral("A group holds 1 to 50 posts."));
    // All or nothing: every post is checked before any is created.
    for (qsizetype i = 0; i < posts.size(); ++i) {
        const QJsonObject p = posts.at(i).toObject();
        if (p.value(u"content").toString().isEmpty())
            return error(422, QStringLiteral("validation_error"), QStringLiteral("posts[%1].content is required").arg(i));
        for (const QJsonValue &m : p.value(u"media").toArray())
            if (m.toString().startsWith(u"med_") && !m_media.contains(m.toString()))
                return error(422, QStringLiteral("validation_error"), QStringLiteral("posts[%1]: media %2 was never uploaded").arg(i).arg(m.toString()));
        for (const QJsonValue &in : p.value(u"integrations").toArray())
            if (!m_integrations.contains(in.toString()))
                return error(422, QStringLiteral("validation_error"),
                             QStringLiteral("posts[%1]: integration %2 is not connected").arg(i).arg(in.toString()));
    }
    const QString groupId = QStringLiteral("grp_%1").arg(m_nextId++);
    QJsonArray created;
    for (const QJsonValue &p : posts) {
        const QJsonObject post = createPost(p.toObject(), groupId);
        created.append(QJsonObject{{QStringLiteral("id"), post.value(u"id")},
                                   {QStringLiteral("status"), post.value(u"status")},
                                   {QStringLiteral("schedule_at"), post.value(u"schedule_at")}});
    }
    return json(201, {{QStringLiteral("group_id"), groupId}, {QStringLiteral("posts"), created}});
}

Reply FakeOpenPost::route(const FakeHttpServer::Request &request)
{
    const QString path = QUrl(QString::fromUtf8(request.path)).path();
    const QStringList parts = path.split(u'/', Qt::SkipEmptyParts); // v1, posts, ...
    const QJsonObject body = QJsonDocument::fromJson(request.body).object();
    if (parts.value(0) == u"upload" && request.method == "PUT") {
        const QString id = parts.value(1);
        if (!m_mediaSlots.contains(id))
            return error(404, QStringLiteral("not_found"), QStringLiteral("No upload slot %1").arg(id));
        if (!request.header("authorization").isEmpty())
            ++m_uploadsWithKey;
        m_media.insert(id, request.body);
        return json(200, {});
    }
    if (parts.value(0) == u"v1" && parts.value(1) == u"media" && parts.value(2) == u"upload" && request.method == "POST") {
        const QString id = QStringLiteral("med_%1").arg(m_nextId++);
        m_mediaSlots.insert(id);
        const QString uploadUrl = QString::fromLatin1(baseUrl()) + QStringLiteral("/upload/") + id;
        return json(200, QJsonObject{{QStringLiteral("id"), id}, {QStringLiteral("upload_url"), uploadUrl}});
    }
    if (parts.value(0) != u"v1")
        return error(404, QStringLiteral("not_found"), QStringLiteral("No route"));
    if (parts.value(1) == u"integrations" && request.method == "GET") {
        QJsonArray list;
        for (auto it = m_integrations.cbegin(); it != m_integrations.cend(); ++it)
            list.append(QJsonObject{{QStringLiteral("id"), it.key()}, {QStringLiteral("platform"), it.value()}});
        return json(200, {{QStringLiteral("data"), list}});
    }
    if (parts.value(1) != u"posts")
        return error(404, QStringLiteral("not_found"), QStringLiteral("No route"));
    if (parts.size() == 2 && request.method == "POST") {
        const Reply group = createGroup({{QStringLiteral("posts"), QJsonArray{body}}});
        if (group.status != 201)
            return group;
        return json(201, {{QStringLiteral("data"), m_posts.value(QJsonDocument::fromJson(group.body).object()
                                                                      .value(u"posts").toArray().first().toObject()
                                                                      .value(u"id").toString())}});
    }
    if (parts.size() == 3 && parts.at(2) == u"group" && request.method == "POST")
        return createGroup(body);
    if (parts.size() == 4 && parts.at(2) == u"group") {
        const QString groupId = parts.at(3);
        QJsonArray members;
        for (auto it = m_posts.begin(); it != m_posts.end();) {
            if (it->value(u"group_id").toString() != groupId) {
                ++it;
                continue;
            }
            members.append(*it);
            it = request.method == "DELETE" ? m_posts.erase(it) : std::next(it);
        }
        if (members.isEmpty())
            return error(404, QStringLiteral("not_found"), QStringLiteral("No group %1").arg(groupId));
        return json(200, {{QStringLiteral("data"), members}});
    }
    if (parts.size() >= 3) {
        const QString id = parts.at(2);
        if (!m_posts.contains(id))
            return error(404, QStringLiteral("not_found"), QStringLiteral("No post %1").arg(id));
        QJsonObject &post = m_posts[id];
        if (parts.size() == 4 && parts.at(3) == u"publish" && request.method == "POST") {
            post.insert(QStringLiteral("status"), QStringLiteral("publishing"));
            return json(200, {{QStringLiteral("data"), post}});
        }
        if (request.method == "GET")
            return json(200, {{QStringLiteral("data"), post}});
        if (request.method == "DELETE") {
            m_posts.remove(id);
            return json(200, {{QStringLiteral("deleted"), true}});
        }
        if (request.method == "PATCH") {
            const QString status = post.value(u"status").toString();
            if (status != u"draft" && status != u"scheduled")
                return error(400, QStringLiteral("not_editable"), QStringLiteral("Post is %1 and can no longer be edited").arg(status));
            for (auto it = body.begin(); it != body.end(); ++it)
                post.insert(it.key(), it.value());
            return json(200, {{QStringLiteral("data"), post}});
        }
    }
    return error(404, QStringLiteral("not_found"), QStringLiteral("No route"));
}

} // namespace Almanac::Test
