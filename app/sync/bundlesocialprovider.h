// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/sync/syncprovider.h"
#include <QCoreApplication>

namespace Almanac {

// bundle.social (seed 003): `x-api-key`; creates go up as one CSV import job in
// bundle.social's own dialect (its team from the provider account), named
// after the request's persisted key. The engine then polls /status with
// backoff, waits out RATE_LIMITED until the import's rateLimitResetAt, and
// reads /rows page by page: SUCCESS rows give their post its remote id,
// FAILED rows fail it with the server's error. The endpoint takes no
// idempotency key: after an upload whose answer was lost, the import history
// is searched for that file name before anything is uploaded again.
class BundleSocialProvider final : public SyncProvider
{
    Q_DECLARE_TR_FUNCTIONS(BundleSocialProvider)

public:
    explicit BundleSocialProvider(QString teamId) : m_teamId(std::move(teamId)) {}

    Capabilities capabilities() const override { return {200, false, true, false}; }
    void authorize(HttpRequest &request, const QString &apiKey) const override;
    void push(const QList<SyncItem> &items, const QByteArray &batchKey, const Send &send, const Done &done) override;
    std::optional<HttpCall> testCall() const override
    {
        return HttpCall{"GET", QStringLiteral("/api/v1/post-csv-import?offset=0&limit=1"), {}, {}, {}, 0};
    }

    // The items as a CSV file in bundle.social's dialect, one row each, in order.
    QByteArray csv(const QList<SyncItem> &items) const;

    static constexpr int PollBaseMs = 250;
    static constexpr int PollCapMs = 10000;
    static constexpr int MaxPolls = 400; // about an hour at the cap, then the next try looks again
    static constexpr int RowsPerPage = 100;

private:
    struct Job;
    void findUpload(const std::shared_ptr<Job> &job);
    void upload(const std::shared_ptr<Job> &job);
    void poll(const std::shared_ptr<Job> &job, int delayMs);
    void readRows(const std::shared_ptr<Job> &job, int offset);

    QString m_teamId;
};

} // namespace Almanac
