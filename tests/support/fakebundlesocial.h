// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "fakehostedapi.h"

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QSet>

namespace Almanac::Test {

// bundle.social's CSV import jobs as seed 003 describes them, on 127.0.0.1:
// POST /api/v1/post-csv-import (multipart `file`), GET .../{id}, .../{id}/status
// (PENDING, PROCESSING, then COMPLETED or COMPLETED_WITH_ERRORS, or
// RATE_LIMITED until rateLimitResetAt), .../{id}/rows (offset, limit, status),
// and GET /api/v1/post-csv-import (history, newest first). One bad row does not
// block the others. No idempotency key: an upload sent twice is two imports.
class FakeBundleSocial final : public FakeHostedApi
{
public:
    using Fault = FakeHostedApi::Fault;

    explicit FakeBundleSocial(QString teamId = QStringLiteral("team_456"), QByteArray apiKey = "bs_test_key");

    void connectAccountType(const QString &type) { m_types.insert(type); }
    // The next import pauses as RATE_LIMITED for this long before it completes.
    void rateLimitNextImport(int ms) { m_rateLimitMs = ms; }

    int imports() const { return int(m_imports.size()); }
    const QMap<QString, QJsonObject> &posts() const { return m_posts; }
    QMap<QString, int> contentCounts() const;

protected:
    FakeHttpServer::Reply route(const FakeHttpServer::Request &request) override;
    bool authorized(const FakeHttpServer::Request &request) const override
    {
        return request.header("x-api-key") == apiKey();
    }

private:
    struct Import
    {
        QJsonObject object;       // as the API shows it
        QList<QJsonObject> rows;  // per-row results, once processed
        QList<QStringList> csvRows; // the uploaded rows (header first)
        int polls = 0;
        qint64 rateLimitedUntil = 0;
    };
    FakeHttpServer::Reply upload(const FakeHttpServer::Request &request);
    void process(Import &import);

    QString m_team;
    QSet<QString> m_types;
    QList<Import> m_imports; // oldest first
    QMap<QString, QJsonObject> m_posts;
    int m_rateLimitMs = 0;
    int m_nextId = 1;
};

} // namespace Almanac::Test
