// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/domain/platform.h"
#include "models/domain/post.h"
#include "models/domain/trcache.h"
#include "models/validation/datetimeresolver.h"
#include "models/validation/verdict.h"

#include "models/domain/integration.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QJsonObject>

#include <deque>

namespace Almanac {

// Each platform's rules for a post: text length as the platform counts it, post
// types, media counts, settings, and a time that is ahead but not too far. The
// composer and the JSON import judge a whole Post with validatePost; the CSV
// dialects' row validators call the single checks on a row's cells.
// A platform as an account's own server limits it (a Mastodon instance's
// character limit, link weight, media count); the platform's rule elsewhere.
Platform withLimits(const Platform &platform, const PlatformLimits &limits);

class PostRules final
{
    ALMANAC_DECLARE_TR_FUNCTIONS(PostRules)

public:
    explicit PostRules(ValidationContext context);
    PostRules(const PostRules &) = delete; // it points into its own platforms
    PostRules &operator=(const PostRules &) = delete;

    // Judges a whole post. Issues name the post's fields: "integrations",
    // "content", "schedule_at", "post_type", "media", a platform id (its text)
    // or "<platform>.<setting>".
    void validatePost(const Post &post, RowVerdict &verdict) const;

    // The single checks; each adds its issues under `column`.
    // `isThread`: the post is of type thread; a text with parts is one on its own where the platform has threads.
    // `contentWarning`: counted with the text where the platform counts it (Mastodon's spoiler text).
    void checkText(const Platform &platform, QByteArrayView text, const QString &column, bool isThread,
                   RowVerdict &v, QByteArrayView contentWarning = {}) const;
    void checkInstant(qint64 utc, const QString &shownValue, const QString &column, RowVerdict &v) const;
    // Whether checkInstant would pass `utc`: after now and within the days ahead allowed.
    bool isSchedulable(qint64 utc) const
    {
        return utc > m_context.now && utc <= m_context.now + qint64(m_context.maxDaysAhead) * 86400;
    }
    void checkPostType(const Platform &platform, const QString &type, const QString &column, RowVerdict &v) const;
    void checkMediaCount(const Platform &platform, int mediaCount, const QString &column, RowVerdict &v) const;
    void checkSetting(QByteArrayView value, const QString &column, const SettingField &field, RowVerdict &v) const;
    // A platform's settings as JSON ({field: value}) against its OpenPost fields;
    // issues name `prefix` + the field.
    void checkSettings(const Platform &platform, const QJsonObject &settings, const QString &prefix,
                       RowVerdict &v) const;

    // The post types of the OpenPost contract: post, thread, reel, story.
    static const QStringList &postTypes();

    const ValidationContext &context() const { return m_context; }
    const DateTimeResolver &dates() const { return m_dates; }
    // The platform of an account of the context, by index; nullptr when unknown.
    const Platform *platformOf(int integration) const { return m_integrationPlatforms.at(integration); }

private:
    ValidationContext m_context;
    DateTimeResolver m_dates;
    // A moment as messages write it (ISO UTC, or the window's local time).
    QString instantWords(qint64 utc) const;
    QString m_nowWords, m_latestWords; // now and the latest time allowed, as messages write them
    QList<const Platform *> m_integrationPlatforms; // by integration index
    std::deque<Platform> m_ownLimits; // platforms as an account's server limits them (stable addresses)
};

} // namespace Almanac
