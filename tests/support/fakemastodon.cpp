// SPDX-License-Identifier: GPL-3.0-or-later
#include "fakemastodon.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUrl>

namespace Almanac::Test {

using Reply = FakeHttpServer::Reply;

FakeHttpServer::Reply FakeMastodon::route(const FakeHttpServer::Request &request)
{
    const QString path = QUrl(QString::fromUtf8(request.path)).path();
    if (path == u"/api/v2/media" && request.method == "POST") {
        // The multipart body: the file's bytes after the part headers, and a description part.
        const QString id = QString::number(m_nextId++);
        const qsizetype start = request.body.indexOf("\r\n\r\n") + 4;
        const qsizetype end = request.body.indexOf("\r\n--", start);
        m_media.insert(id, request.body.mid(start, end - start));
        const qsizetype d = request.body.indexOf("name=\"description\"");
        if (d >= 0) {
            const qsizetype ds = request.body.indexOf("\r\n\r\n", d) + 4;
            m_descriptions.insert(id, QString::fromUtf8(request.body.mid(ds, request.body.indexOf("\r\n--", ds) - ds)));
        }
        if (m_processingFails)
            m_unprocessable.insert(id);
        return json(202, {{QStringLiteral("id"), id}, {QStringLiteral("url"), QJsonValue::Null},
                          {QStringLiteral("description"), m_descriptions.value(id)}});
    }
    if (path.startsWith(u"/api/v1/media/") && request.method == "GET") {
        const QString id = path.mid(14);
        if (!m_media.contains(id))
            return json(404, {{QStringLiteral("error"), QStringLiteral("Record not found")}});
        if (m_unprocessable.contains(id))
            return json(422, {{QStringLiteral("error"), QStringLiteral("Error processing thumbnail for uploaded media")}});
        if (m_polls[id]++ == 0)
            return json(206, {{QStringLiteral("id"), id}, {QStringLiteral("url"), QJsonValue::Null}});
        return json(200, {{QStringLiteral("id"), id}, {QStringLiteral("url"), QStringLiteral("https://files.example/%1.png").arg(id)},
                          {QStringLiteral("description"), m_descriptions.value(id)}});
    }
    if (path == u"/api/v2/instance" && request.method == "GET") { // this instance's own limits
        ++m_instanceReads;
        m_instanceReadWithToken = m_instanceReadWithToken || !request.header("authorization").isEmpty();
        return json(200, {{QStringLiteral("domain"), QStringLiteral("mastodon.example")},
                          {QStringLiteral("configuration"),
                           QJsonObject{{QStringLiteral("statuses"),
                                        QJsonObject{{QStringLiteral("max_characters"), m_limits.maxCharacters},
                                                    {QStringLiteral("characters_reserved_per_url"), m_limits.urlWeight},
                                                    {QStringLiteral("max_media_attachments"), m_limits.maxMedia}}}}}});
    }
    if (path == u"/api/v1/accounts/verify_credentials" && request.method == "GET")
        return json(200, {{QStringLiteral("id"), QStringLiteral("1")}, {QStringLiteral("acct"), QStringLiteral("acme")},
                          {QStringLiteral("username"), QStringLiteral("acme")}});
    if (path == u"/api/v1/statuses" && request.method == "POST") {
        QJsonObject status = QJsonDocument::fromJson(request.body).object();
        if (status.value(u"status").toString().isEmpty() && status.value(u"media_ids").toArray().isEmpty())
            return json(422, {{QStringLiteral("error"), QStringLiteral("Validation failed: Text can't be blank")}});
        for (const QJsonValue &m : status.value(u"media_ids").toArray())
            if (!m_media.contains(m.toString()))
                return json(422, {{QStringLiteral("error"), QStringLiteral("Validation failed: media %1 not found").arg(m.toString())}});
        const QString id = QString::number(m_nextId++);
        status.insert(QStringLiteral("id"), id);
        status.insert(QStringLiteral("url"), QStringLiteral("https://masto.example/@acme/%1").arg(id));
        m_statuses.append(status);
        return json(200, status);
    }
    return json(404, {{QStringLiteral("error"), QStringLiteral("Not found")}});
}

} // namespace Almanac::Test
