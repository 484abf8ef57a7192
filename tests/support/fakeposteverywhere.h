// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "fakehostedapi.h"

#include <QJsonObject>
#include <QMap>
#include <QSet>

namespace Almanac::Test {

// PostEverywhere as seed 002 describes it, on 127.0.0.1: POST /v1/posts/bulk
// (at most 50, else 400 bulk_limit_exceeded; each post judged on its own;
// 201 all created, 207 mixed, 422 none, one results[index] each), POST
// /v1/posts/retry-failed (400 no_filter without a filter), and the PATCH and
// DELETE /v1/posts/{id} Almanac uses; plus what FakeHostedApi gives.
class FakePostEverywhere final : public FakeHostedApi
{
public:
    using Fault = FakeHostedApi::Fault;

    explicit FakePostEverywhere(QByteArray apiKey = "pe_test_key", int rateLimit = 300);

    void addAccount(qint64 id) { m_accounts.insert(id); }
    const QMap<QString, QJsonObject> &posts() const { return m_posts; }
    QMap<QString, int> contentCounts() const;
    QJsonObject lastRetryFilter() const { return m_lastRetryFilter; }

protected:
    FakeHttpServer::Reply route(const FakeHttpServer::Request &request) override;

private:
    QSet<qint64> m_accounts;
    QMap<QString, QJsonObject> m_posts;
    QJsonObject m_lastRetryFilter;
    int m_nextId = 1;
};

} // namespace Almanac::Test
