// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/domain/platform.h"

#include <QHash>

namespace Almanac {

namespace {

using enum SettingType;

SettingField text(const char *name) { return {QString::fromLatin1(name), Text, {}}; }
SettingField boolean(const char *name) { return {QString::fromLatin1(name), Boolean, {}}; }
SettingField url(const char *name) { return {QString::fromLatin1(name), Url, {}}; }
SettingField list(const char *name) { return {QString::fromLatin1(name), TextList, {}}; }
SettingField integer(const char *name) { return {QString::fromLatin1(name), Integer, {}}; }
SettingField number(const char *name) { return {QString::fromLatin1(name), Number, {}}; }
SettingField date(const char *name) { return {QString::fromLatin1(name), Date, {}}; }
SettingField oneOf(const char *name, std::initializer_list<const char *> values)
{
    SettingField f{QString::fromLatin1(name), Enum, {}};
    for (const char *v : values)
        f.enumValues.append(QString::fromLatin1(v));
    return f;
}

QStringList strings(std::initializer_list<const char *> values)
{
    QStringList out;
    for (const char *v : values)
        out.append(QString::fromLatin1(v));
    return out;
}

// Limits follow each platform's published rules as of 2026; the bundle.social enum
// values follow its public API. docs/platforms.md lists the sources and choices.
QList<Platform> buildCatalog()
{
    QList<Platform> c;
    auto add = [&c](const char *id, const char *display, std::initializer_list<const char *> aliases,
                    const char *bundleName, const char *bundlePrefix, int limit, TextCounting counting, int maxMedia,
                    bool requiresMedia, std::initializer_list<const char *> postTypes) -> Platform & {
        Platform p;
        p.id = QString::fromLatin1(id);
        p.displayName = QString::fromUtf8(display);
        p.aliases = strings(aliases);
        p.bundleName = QString::fromLatin1(bundleName);
        p.bundlePrefix = QString::fromLatin1(bundlePrefix);
        p.textLimit = limit;
        p.counting = counting;
        p.maxMedia = maxMedia;
        p.requiresMedia = requiresMedia;
        p.postTypes = strings(postTypes);
        p.supportsThreads = p.postTypes.contains(QStringLiteral("thread"));
        p.index = int(c.size());
        c.append(p);
        return c.last();
    };

    using enum TextCounting;
    Platform &x = add("x", "X (Twitter)", {"twitter"}, "TWITTER", "twitter", 280, XWeighted, 4, false, {"post", "thread"});
    x.openPostSettings = {oneOf("who_can_reply", {"everyone", "following", "mentionedUsers", "subscribers", "verified"})};
    x.bundleColumns = {oneOf("twitterReplySettings", {"EVERYONE", "FOLLOWING", "MENTIONED_USERS", "SUBSCRIBERS", "VERIFIED"})};

    Platform &bsky = add("bluesky", "Bluesky", {"bsky"}, "BLUESKY", "bluesky", 300, Graphemes, 4, false, {"post", "thread"});
    bsky.byteLimit = 3000; // app.bsky.feed.post's text: maxGraphemes 300 and maxLength 3000 (bytes)
    bsky.localSettings = {boolean("link_card")}; // off: the first link goes without its card
    bsky.localSettings.first().byDefault = QStringLiteral("true");
    bsky.bundleColumns = {list("blueskyTags"), list("blueskyLabels"), text("blueskyQuoteUri"), url("blueskyExternalUrl"),
                          text("blueskyExternalTitle"), text("blueskyExternalDescription"), text("blueskyVideoAlt")};

    Platform &masto = add("mastodon", "Mastodon", {}, "MASTODON", "mastodon", 500, GraphemesUrlsAs23, 4, false, {"post", "thread"});
    masto.localSettings = {text("spoiler_text")}; // the content warning the publisher sends
    masto.serverSetsLimits = true; // configuration.statuses in GET /api/v2/instance
    masto.bundleColumns = {oneOf("mastodonPrivacy", {"PUBLIC", "UNLISTED", "PRIVATE", "DIRECT"}), url("mastodonThumbnail"),
                           text("mastodonSpoiler")};

    Platform &li = add("linkedin", "LinkedIn", {}, "LINKEDIN", "linkedin", 3000, Graphemes, 20, false, {"post"});
    li.bundleColumns = {url("linkedinLink"), url("linkedinThumbnail"), text("linkedinMediaTitle"),
                        oneOf("linkedinPrivacy", {"PUBLIC", "CONNECTIONS", "LOGGED_IN"}), boolean("linkedinHideFromFeed"),
                        boolean("linkedinDisableReshare")};

    Platform &ig = add("instagram", "Instagram", {"ig"}, "INSTAGRAM", "instagram", 2200, Graphemes, 10, true, {"post", "reel", "story"});
    ig.openPostSettings = {oneOf("post_type", {"post", "story", "reel"}), list("collaborators")};
    ig.bundleColumns = {oneOf("instagramType", {"POST", "REEL", "STORY"}), integer("instagramThumbnailOffset"),
                        url("instagramThumbnail"), boolean("instagramShareToFeed"), list("instagramCollaborators"),
                        boolean("instagramAutoFitImage"), boolean("instagramAutoCropImage"), list("instagramTagged"),
                        list("instagramCarouselItems"), text("instagramLocationId"),
                        oneOf("instagramTrialParamsGraduationStrategy", {"MANUAL", "SS_PERFORMANCE"}),
                        text("instagramMusicSoundId"), number("instagramMusicSoundVolume"),
                        number("instagramVideoOriginalSoundVolume")};

    Platform &tt = add("tiktok", "TikTok", {}, "TIKTOK", "tiktok", 2200, Graphemes, 35, true, {"post", "reel"});
    tt.openPostSettings = {text("tiktok_title"),
                           oneOf("privacy_level", {"PUBLIC_TO_EVERYONE", "MUTUAL_FOLLOW_FRIENDS", "SELF_ONLY"}),
                           boolean("allow_duet"), boolean("allow_stitch"), boolean("allow_comment")};
    tt.bundleColumns = {oneOf("tiktokType", {"VIDEO", "IMAGE"}), url("tiktokThumbnail"),
                        oneOf("tiktokPrivacy", {"PUBLIC_TO_EVERYONE", "MUTUAL_FOLLOW_FRIENDS", "FOLLOWER_OF_CREATOR", "SELF_ONLY"}),
                        boolean("tiktokIsBrandContent"), boolean("tiktokIsOrganicBrandContent"),
                        boolean("tiktokDisableComments"), boolean("tiktokDisableDuet"), boolean("tiktokDisableStitch"),
                        integer("tiktokThumbnailOffset"), boolean("tiktokIsAiGenerated"), boolean("tiktokAutoAddMusic"),
                        boolean("tiktokAutoScale"), boolean("tiktokUploadToDraft"), integer("tiktokPhotoCoverIndex"),
                        text("tiktokMusicSoundId"), number("tiktokMusicSoundVolume"), number("tiktokMusicSoundStart"),
                        number("tiktokMusicSoundEnd"), number("tiktokVideoOriginalSoundVolume")};

    Platform &yt = add("youtube", "YouTube", {}, "YOUTUBE", "youtube", 5000, Graphemes, 1, true, {"post", "reel"});
    yt.openPostSettings = {text("title"), oneOf("privacy", {"public", "private", "unlisted"}), boolean("made_for_kids"),
                           list("youtube_tags"), url("thumbnail_url")};
    yt.bundleColumns = {oneOf("youtubeType", {"VIDEO", "SHORT"}), text("youtubeTitle"), text("youtubeDescription"),
                        url("youtubeThumbnail"), oneOf("youtubePrivacy", {"PUBLIC", "PRIVATE", "UNLISTED"}),
                        boolean("youtubeMadeForKids"), boolean("youtubeContainsSyntheticMedia"),
                        boolean("youtubeHasPaidProductPlacement")};

    add("threads", "Threads", {}, "THREADS", "threads", 500, Graphemes, 10, false, {"post", "thread"});

    Platform &fb = add("facebook", "Facebook", {"fb"}, "FACEBOOK", "facebook", 63206, Graphemes, 10, false, {"post", "reel", "story"});
    fb.bundleColumns = {oneOf("facebookType", {"POST", "REEL", "STORY"}), url("facebookLink"), url("facebookThumbnail"),
                        text("facebookMediaTitle"), text("facebookNativeScheduleTime")};

    Platform &pin = add("pinterest", "Pinterest", {}, "PINTEREST", "pinterest", 500, Graphemes, 5, true, {"post"});
    pin.bundleColumns = {text("pinterestBoardName"), text("pinterestTitle"), text("pinterestDescription"),
                         url("pinterestLink"), url("pinterestThumbnail"), text("pinterestAltText"), text("pinterestNote"),
                         text("pinterestDominantColor")};

    Platform &reddit = add("reddit", "Reddit", {}, "REDDIT", "reddit", 40000, Graphemes, 20, false, {"post"});
    reddit.bundleColumns = {text("redditSubreddit"), text("redditDescription"), url("redditLink"), boolean("redditNsfw"),
                            text("redditFlairId")};

    Platform &discord = add("discord", "Discord", {}, "DISCORD", "discord", 2000, Graphemes, 10, false, {"post"});
    discord.bundleColumns = {text("discordChannelId"), text("discordUsername"), url("discordAvatarUrl")};

    Platform &slack = add("slack", "Slack", {}, "SLACK", "slack", 40000, Graphemes, 10, false, {"post"});
    slack.bundleColumns = {text("slackChannelId"), text("slackUsername"), url("slackAvatarUrl")};

    add("telegram", "Telegram", {}, "", "", 4096, Graphemes, 10, false, {"post"});
    // A generic JSON webhook the local scheduler posts to (a team's own endpoint).
    add("webhook", "Webhook", {"json-webhook"}, "", "", 100000, Graphemes, 10, false, {"post"});

    Platform &gb = add("google_business", "Google Business Profile", {"googlebusiness", "google-business", "gbp"},
                       "GOOGLE_BUSINESS", "googleBusiness", 1500, Graphemes, 1, false, {"post"});
    gb.bundleColumns = {oneOf("googleBusinessTopicType", {"STANDARD", "EVENT", "OFFER", "ALERT"}),
                        text("googleBusinessLanguageCode"),
                        oneOf("googleBusinessCallToActionType", {"BOOK", "ORDER", "SHOP", "LEARN_MORE", "SIGN_UP", "CALL"}),
                        url("googleBusinessCallToActionUrl"), text("googleBusinessEventTitle"),
                        date("googleBusinessEventStartDate"), date("googleBusinessEventEndDate"),
                        text("googleBusinessOfferCouponCode"), url("googleBusinessOfferRedeemOnlineUrl"),
                        text("googleBusinessOfferTermsConditions"), oneOf("googleBusinessAlertType", {"COVID_19"})};
    return c;
}

struct Index
{
    QList<Platform> platforms = buildCatalog();
    QHash<QString, int> byName; // lower-cased id, aliases, bundle names
    Index()
    {
        for (int i = 0; i < platforms.size(); ++i) {
            const Platform &p = platforms.at(i);
            byName.insert(p.id, i);
            for (const QString &a : p.aliases)
                byName.insert(a.toLower(), i);
            if (!p.bundleName.isEmpty())
                byName.insert(p.bundleName.toLower(), i);
        }
    }
};

const Index &index()
{
    static const Index idx;
    return idx;
}

} // namespace

bool Platform::acceptsPostType(QStringView type) const
{
    return postTypes.contains(type, Qt::CaseInsensitive);
}

const SettingField *Platform::setting(QStringView name) const
{
    if (const SettingField *f = openPostSetting(name))
        return f;
    for (const SettingField &f : localSettings)
        if (f.name == name)
            return &f;
    return nullptr;
}

const SettingField *Platform::openPostSetting(QStringView name) const
{
    for (const SettingField &f : openPostSettings)
        if (f.name == name)
            return &f;
    return nullptr;
}

const QList<Platform> &PlatformCatalog::all()
{
    return index().platforms;
}

const Platform *PlatformCatalog::find(QStringView name)
{
    const Index &idx = index();
    const auto it = idx.byName.constFind(name.trimmed().toString().toLower());
    return it == idx.byName.constEnd() ? nullptr : &idx.platforms.at(*it);
}

const Platform *PlatformCatalog::find(QByteArrayView utf8Name)
{
    return find(QString::fromUtf8(utf8Name));
}

QStringList PlatformCatalog::ids()
{
    QStringList out;
    for (const Platform &p : all())
        out.append(p.id);
    return out;
}

} // namespace Almanac
