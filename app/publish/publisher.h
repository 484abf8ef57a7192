// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/domain/integration.h"
#include "models/domain/post.h"

#include <functional>
#include <memory>

namespace Almanac {

class HttpClient;

// One destination to publish: the post, the account, and the text for its platform.
struct PublishJob
{
    Post post;
    Integration integration;
    QString text;   // the platform's override, else the post's text
    QString secret;   // the account's: app password, token, webhook URL or HMAC key
    QString endpoint; // a generic webhook's URL (kept in the keychain: it often carries a token)
};

struct PublishResult
{
    enum class Kind { Published, Failed, Retry };
    Kind kind = Kind::Retry;
    QString url;   // the published post, when the platform gives one
    QString error; // why it failed, or why it waits
    QString remoteId = {}; // the platform's own id of the post (Bluesky: its at-uri)
    // Retry: a request that makes the post went out and no answer came back, so
    // it may have landed (DeliveryModel decides whether it may go again).
    bool outcomeUnknown = false;
    // Published: what went out otherwise than the preview showed (a link card
    // left out, and why), for the person; empty when nothing did.
    QString note = {};
};

// Whether an unsuccessful HTTP answer is worth another try later (no answer,
// a timeout, too many requests, a server error) rather than final.
inline bool worthRetrying(int httpStatus)
{
    return httpStatus == 0 || httpStatus == 408 || httpStatus == 429 || httpStatus >= 500;
}

// What "Test Connection" found: whether the account works, in words.
struct ConnectionCheck
{
    ConnectionCheck(bool ok = false, QString message = {}, PlatformLimits limits = {})
        : ok(ok)
        , message(std::move(message))
        , limits(limits)
    {
    }
    bool ok;
    QString message;
    // What the account's server allows, when it said (a Mastodon instance).
    PlatformLimits limits;
};

// Publishes one destination straight to a platform (no hosted scheduler).
// Asynchronous, on the caller's thread, through its HttpClient (the front door).
class Publisher
{
public:
    virtual ~Publisher() = default;
    virtual void publish(const PublishJob &job, HttpClient *http,
                         std::function<void(const PublishResult &)> done) = 0;
    // Proves the account and its secret work without publishing anything a
    // follower would see (a webhook gets a test event: that is all it can take).
    virtual void testConnection(const Integration &integration, const QString &secret, HttpClient *http,
                                std::function<void(const ConnectionCheck &)> done) = 0;
    // How many posts an account on `platform` may take a minute, by the
    // platform's published limits (0: no limit of ours). A burst beyond it is
    // paced, not refused with 429s and retried.
    virtual int postsPerMinute(const QString &platform) const = 0;
    // The limits the account's own server sets for a post, read when the
    // account is connected (no secret needed): nothing where the platform's
    // are fixed, or the server does not say (then the catalog's count).
    virtual void readLimits(const Integration &integration, HttpClient *http,
                            std::function<void(std::optional<PlatformLimits>)> done)
    {
        Q_UNUSED(integration) Q_UNUSED(http)
        done(std::nullopt);
    }
};

// The publisher for a platform Almanac publishes to itself; null for the others.
std::unique_ptr<Publisher> makePublisher(const QString &platform, int transferTimeoutMs = 30000, int mediaPollMs = 1000);

} // namespace Almanac
