// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/domain/deliverymodel.h"

#include "models/domain/platform.h"

namespace Almanac {

DeliveryModel::Rule DeliveryModel::forPlatform(const QString &platform)
{
    // Bluesky: the record key is derived from the post, and the scheduler looks
    // the record up before creating it. A generic webhook: every request carries
    // webhook-id and Idempotency-Key, which receivers are to drop repeats by
    // (docs/security.md). Mastodon keeps an Idempotency-Key about an hour; less
    // a margin for clocks and queues.
    if (platform == u"bluesky" || platform == u"webhook")
        return {Resend::Safe, 0};
    if (platform == u"mastodon")
        return {Resend::SafeWithin, 50 * 60 * 1000};
    return {Resend::Never, 0}; // Discord, Slack, and anything unknown
}

bool DeliveryModel::mayResend(const QString &platform, qint64 sinceFirstSendMs)
{
    const Rule rule = forPlatform(platform);
    return rule.resend == Resend::Safe || (rule.resend == Resend::SafeWithin && sinceFirstSendMs < rule.windowMs);
}

QString DeliveryModel::unconfirmedReason(const QString &platform, qint64 sinceFirstSendMs)
{
    const Platform *p = PlatformCatalog::find(platform);
    const QString name = p ? p->displayName : platform;
    if (forPlatform(platform).resend == Resend::SafeWithin)
        return tr("Unconfirmed: it was sent to %1 %2 minutes ago without an answer, and %1 no longer recognises a "
                  "repeat after that long. Check the account: if the post is there, mark it published; if not, send it "
                  "again.").arg(name).arg(sinceFirstSendMs / 60000);
    return tr("Unconfirmed: it was sent to %1 without an answer, and %1 cannot tell a repeat from a new post. Check "
              "the channel: if the post is there, mark it published; if not, send it again.").arg(name);
}

} // namespace Almanac
