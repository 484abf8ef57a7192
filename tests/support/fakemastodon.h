// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "fakehostedapi.h"

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QSet>
#include <QUrl>

namespace Almanac::Test {

// A Mastodon instance's publishing API on 127.0.0.1: POST /api/v2/media
// (202: processing, then GET /api/v1/media/{id} answers 206 once and 200),
// POST /api/v1/statuses (Idempotency-Key replays the first answer), with a
// Bearer token and the faults FakeHostedApi injects.
class FakeMastodon final : public FakeHostedApi
{
public:
    using Fault = FakeHostedApi::Fault;

    explicit FakeMastodon(QByteArray token = "masto_token") : FakeHostedApi(std::move(token), 1000, 0) {}

    const QList<QJsonObject> &statuses() const { return m_statuses; }
    const QMap<QString, QByteArray> &media() const { return m_media; }
    const QMap<QString, QString> &descriptions() const { return m_descriptions; } // media id -> alt text
    // The instance cannot process what is uploaded next: polling it answers 422.
    void setProcessingFails(bool fails) { m_processingFails = fails; }
    // What GET /api/v2/instance says (1000 characters, 30 a link, 6 media by default).
    void setLimits(int maxCharacters, int urlWeight, int maxMedia) { m_limits = {maxCharacters, urlWeight, maxMedia}; }
    int instanceReads() const { return m_instanceReads; }
    bool instanceReadWithToken() const { return m_instanceReadWithToken; }

protected:
    FakeHttpServer::Reply route(const FakeHttpServer::Request &request) override;
    // The instance's description is public, as Mastodon's is.
    bool authorized(const FakeHttpServer::Request &request) const override
    {
        return QUrl(QString::fromUtf8(request.path)).path() == u"/api/v2/instance" || FakeHostedApi::authorized(request);
    }

private:
    QList<QJsonObject> m_statuses;
    QMap<QString, QByteArray> m_media;      // id -> uploaded bytes
    QMap<QString, QString> m_descriptions;  // id -> alt text
    QMap<QString, int> m_polls;
    QSet<QString> m_unprocessable;
    bool m_processingFails = false;
    int m_nextId = 100;
    struct { int maxCharacters = 1000, urlWeight = 30, maxMedia = 6; } m_limits;
    int m_instanceReads = 0;
    bool m_instanceReadWithToken = false;
};

} // namespace Almanac::Test
