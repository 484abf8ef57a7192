// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "publisher.h"
#include <QCoreApplication>

namespace Almanac {

// Discord and Slack incoming webhooks (the secret is the webhook URL), and a
// generic JSON webhook at the account's service URL, signed with HMAC-SHA256
// of the body in `X-Almanac-Signature: sha256=<hex>` when the account has a
// secret. Every request carries an Idempotency-Key of the post and account,
// the same on every try, so a receiver can drop a repeat.
class WebhookPublisher final : public Publisher
{
    Q_DECLARE_TR_FUNCTIONS(WebhookPublisher)

public:
    explicit WebhookPublisher(int transferTimeoutMs = 30000) : m_timeoutMs(transferTimeoutMs) {}

    void publish(const PublishJob &job, QNetworkAccessManager *network,
                 std::function<void(const PublishResult &)> done) override;
    // Sends a test event (header `X-Almanac-Event: test`; Discord and Slack
    // show it as a message saying the channel is connected).
    void testConnection(const Integration &integration, const QString &secret, QNetworkAccessManager *network,
                        std::function<void(const ConnectionCheck &)> done) override;
    int postsPerMinute(const QString &platform) const override
    {
        // Discord: 30 requests a minute per webhook; Slack: about one a second. A generic receiver is the user's.
        return platform == u"discord" ? 30 : platform == u"slack" ? 60 : 0;
    }

    // The generic webhook's body.
    static QByteArray genericBody(const PublishJob &job);
    static QByteArray signature(const QByteArray &body, const QString &secret);

private:
    // Posts `body` (the generic webhook's JSON, or `text` as Discord's/Slack's message).
    void send(const PublishJob &job, const QByteArray &body, const QByteArray &event, QNetworkAccessManager *network,
              std::function<void(const PublishResult &)> done);

    int m_timeoutMs;
};

} // namespace Almanac
