// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/publish/publisher.h"

#include "app/publish/blueskypublisher.h"
#include "app/publish/mastodonpublisher.h"
#include "app/publish/webhookpublisher.h"

namespace Almanac {

std::unique_ptr<Publisher> makePublisher(const QString &platform, int transferTimeoutMs, int mediaPollMs)
{
    if (platform == u"webhook" || platform == u"discord" || platform == u"slack")
        return std::make_unique<WebhookPublisher>(transferTimeoutMs);
    if (platform == u"mastodon")
        return std::make_unique<MastodonPublisher>(transferTimeoutMs, mediaPollMs);
    if (platform == u"bluesky")
        return std::make_unique<BlueskyPublisher>(transferTimeoutMs);
    return nullptr;
}

} // namespace Almanac
