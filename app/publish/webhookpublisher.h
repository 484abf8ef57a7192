// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/publish/publisher.h"
#include <QCoreApplication>

namespace Almanac {

// Discord and Slack incoming webhooks (the secret is the webhook URL), and a
// generic JSON webhook signed by the Standard Webhooks scheme when the account
// has a secret: `webhook-id` (the post and account, the same on every try, so
// a receiver can drop a repeat), `webhook-timestamp` (Unix seconds, so it can
// refuse an old one) and `webhook-signature: v1,<base64 HMAC-SHA256 of
// "id.timestamp.body">` (docs/security.md shows how to verify it).
class WebhookPublisher final : public Publisher
{
    Q_DECLARE_TR_FUNCTIONS(WebhookPublisher)

public:
    explicit WebhookPublisher(int transferTimeoutMs = 30000) : m_timeoutMs(transferTimeoutMs) {}

    void publish(const PublishJob &job, HttpClient *http,
                 std::function<void(const PublishResult &)> done) override;
    // Sends a test event (header `X-Almanac-Event: test`; Discord and Slack
    // show it as a message saying the channel is connected).
    void testConnection(const Integration &integration, const QString &secret, HttpClient *http,
                        std::function<void(const ConnectionCheck &)> done) override;
    int postsPerMinute(const QString &platform) const override
    {
        // Discord: 30 requests a minute per webhook; Slack: about one a second. A generic receiver is the user's.
        return platform == u"discord" ? 30 : platform == u"slack" ? 60 : 0;
    }

    // The generic webhook's body.
    static QByteArray genericBody(const PublishJob &job);
    // The `webhook-signature` value for a message; a secret written "whsec_<base64>"
    // is the key those bytes decode to, any other is its UTF-8 bytes.
    static QByteArray signature(const QByteArray &id, qint64 timestamp, const QByteArray &body, const QString &secret);

private:
    // Posts `body` (the generic webhook's JSON, or `text` as Discord's/Slack's message).
    void send(const PublishJob &job, const QByteArray &body, const QByteArray &event, HttpClient *http,
              std::function<void(const PublishResult &)> done);

    int m_timeoutMs;
};

} // namespace Almanac
