// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/publish/publisher.h"

#include "app/net/httpclient.h"

#include <memory>
#include <QCoreApplication>

namespace Almanac {

// Mastodon: the account's instance (service URL) and access token (secret).
// Media go up first (`POST /api/v2/media`, then wait until processed), then
// the status (`POST /api/v1/statuses`) with its visibility and spoiler text;
// a thread is a chain of replies. Every status request carries an
// Idempotency-Key of the post, account and part, so a resend after a lost
// answer returns the status already made instead of a second one.
class MastodonPublisher final : public Publisher
{
    Q_DECLARE_TR_FUNCTIONS(MastodonPublisher)

public:
    explicit MastodonPublisher(int transferTimeoutMs = 30000, int pollMs = 1000)
        : m_timeoutMs(transferTimeoutMs), m_pollMs(pollMs) {}

    void publish(const PublishJob &job, HttpClient *http,
                 std::function<void(const PublishResult &)> done) override;
    // Asks who the token belongs to (verify_credentials).
    void testConnection(const Integration &integration, const QString &secret, HttpClient *http,
                        std::function<void(const ConnectionCheck &)> done) override;
    void readLimits(const Integration &integration, HttpClient *http,
                    std::function<void(std::optional<PlatformLimits>)> done) override;
    // Mastodon: 300 requests per 5 minutes per account (media and replies count too).
    int postsPerMinute(const QString &) const override { return 60; }

    // Mastodon's default ceiling (videos; images are smaller): the instance
    // refuses bigger files, so they are refused before the upload.
    static constexpr qint64 MaxMediaBytes = 99 * 1024 * 1024;

private:
    struct Job;
    void uploadMedia(const std::shared_ptr<Job> &job, qsizetype index);
    void waitForMedia(const std::shared_ptr<Job> &job, qsizetype index, const QString &id, int polls);
    void postPart(const std::shared_ptr<Job> &job, qsizetype part);
    HttpRequest request(const Job &job, const QString &path) const;

public:
    // An instance's own limits from its GET /api/v2/instance answer (bounded; 0 where it does not say).
    static PlatformLimits instanceLimits(const QByteArray &instanceJson);
    static void readInstanceLimits(const Integration &integration, int timeoutMs, HttpClient *http,
                                   std::function<void(std::optional<PlatformLimits>)> done);

    int m_timeoutMs;
    int m_pollMs;
};

} // namespace Almanac
