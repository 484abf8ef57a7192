// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

namespace Almanac {

// What makes a resend safe at each kind of destination, and so what Almanac
// does after an unknown outcome (a request went out, no answer came back):
// docs/delivery.md, as code. A destination that cannot drop a repeat is never
// sent the same post twice behind the user's back; its post is marked
// unconfirmed instead, for the user to say "it went out" or "send it again".
class DeliveryModel final
{
    Q_DECLARE_TR_FUNCTIONS(DeliveryModel)

public:
    enum class Resend {
        Safe,         // the destination finds the earlier copy itself (record key lookup, a job by name, a key kept for days)
        SafeWithin,   // an idempotency key, kept for a limited time (Mastodon: about an hour)
        Never,        // nothing dedupes (Discord, Slack): an unknown outcome is the user's to settle
    };
    struct Rule
    {
        Resend resend = Resend::Never;
        qint64 windowMs = 0; // SafeWithin: how long after the first send a resend is still safe
    };

    // For a platform Almanac publishes to itself ("bluesky", "mastodon", "discord", "slack", "webhook").
    static Rule forPlatform(const QString &platform);
    // Whether a destination on `platform` may be sent again `sinceFirstSendMs`
    // after a send whose outcome is unknown.
    static bool mayResend(const QString &platform, qint64 sinceFirstSendMs);
    // Why it was not, in words, for the Failed view.
    static QString unconfirmedReason(const QString &platform, qint64 sinceFirstSendMs);
};

} // namespace Almanac
