// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "fakehostedapi.h"

#include <QJsonObject>
#include <QMap>
#include <QSet>
#include <QString>

namespace Almanac::Test {

// OpenPost as seeds 000, 001 and 004 describe it, on 127.0.0.1: GET
// /v1/integrations, POST /v1/posts/group (at most 50, all or nothing, a
// group_id), POST /v1/posts, GET/PATCH/DELETE /v1/posts/{id} (PATCH refused
// with 400 once published), POST /v1/posts/{id}/publish, GET and DELETE
// /v1/posts/group/{id}; plus what FakeHostedApi gives every fake.
class FakeOpenPost final : public FakeHostedApi
{
public:
    using Fault = FakeHostedApi::Fault;

    explicit FakeOpenPost(QByteArray apiKey = "op_test_key", int rateLimit = 300, quint16 port = 0);

    void addIntegration(const QString &id, const QString &platform);
    // What the platforms did with a post (seed 001's post_targets).
    void setPublished(const QString &postId, const QString &url = {});
    void setFailed(const QString &postId, const QString &error);

    // What the server holds, by id.
    const QMap<QString, QJsonObject> &posts() const { return m_posts; }
    // How many posts carry each content: more than one is a duplicate.
    QMap<QString, int> contentCounts() const;

    // Media uploaded through pre-signed URLs (seed 004): id -> bytes.
    const QMap<QString, QByteArray> &media() const { return m_media; }
    // Uploads that carried the API key to the pre-signed URL (must stay 0).
    int uploadsWithKey() const { return m_uploadsWithKey; }

protected:
    FakeHttpServer::Reply route(const FakeHttpServer::Request &request) override;
    // A pre-signed upload URL is its own authority: no key.
    bool authorized(const FakeHttpServer::Request &request) const override
    {
        return request.path.startsWith("/upload/") || FakeHostedApi::authorized(request);
    }

private:
    FakeHttpServer::Reply createGroup(const QJsonObject &body);
    QJsonObject createPost(const QJsonObject &body, const QString &groupId);
    void setTargets(const QString &postId, const QString &status, const QString &url, const QString &error);

    QMap<QString, QString> m_integrations; // id -> platform
    QMap<QString, QJsonObject> m_posts;
    QMap<QString, QByteArray> m_media;
    QSet<QString> m_mediaSlots;
    int m_uploadsWithKey = 0;
    int m_nextId = 1;
};

} // namespace Almanac::Test
