// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace Almanac {

// How a platform counts the length of a post's text.
enum class TextCounting {
    Graphemes,         // user-perceived characters (grapheme clusters)
    XWeighted,         // twitter-text v3: most scripts 1, CJK and emoji 2, every URL 23
    GraphemesUrlsAs23, // Mastodon: grapheme clusters, every URL 23
};

enum class SettingType { Text, Boolean, Enum, TextList, Url, Integer, Number, Date };

// One typed option of a platform: an OpenPost `platform_settings` field (seed 001)
// or a bundle.social per-platform column (seed 003).
struct SettingField
{
    QString name;           // OpenPost key (`who_can_reply`) or bundle.social column (`twitterReplySettings`)
    SettingType type = SettingType::Text;
    QStringList enumValues; // accepted values for Enum, as the service spells them
    QString byDefault = {};  // what holds when a post does not say, where Almanac decides it ("true"); empty: the service's
};

struct Platform
{
    QString id;              // canonical lowercase name: x, bluesky, google_business
    QString displayName;     // for people: "X (Twitter)"
    QStringList aliases;     // other names accepted in CSV files (case-insensitive)
    QString bundleName;      // bundle.social socialAccountTypes value (TWITTER), empty if unsupported there
    QString bundlePrefix;    // bundle.social column prefix (twitter -> twitterText), empty if none
    int textLimit = 0;
    int byteLimit = 0; // UTF-8 bytes a post may hold besides its counted length (Bluesky: 3,000); 0: none
    int urlWeight = 23; // what a link counts as, where links count as a fixed length
    int index = 0;      // its place in the catalog (a copy with an account's own limits keeps it)
    bool ownLimits = false; // a copy with an account's server's limits (withLimits)
    bool serverSetsLimits = false; // each account's server may set its own (a Mastodon instance)
    TextCounting counting = TextCounting::Graphemes;
    int maxMedia = 0;
    bool requiresMedia = false;
    bool supportsThreads = false;
    QStringList postTypes;   // subset of post, thread, reel, story
    QList<SettingField> openPostSettings; // seed 001 platform_settings fields
    QList<SettingField> bundleColumns;    // seed 003 columns other than <prefix>Text and <prefix>MediaUrls

    bool acceptsPostType(QStringView type) const;
    // Whether a post of `utf8Bytes` is past the platform's byte cap (none: never).
    bool isOverBytes(qsizetype utf8Bytes) const { return byteLimit > 0 && utf8Bytes > byteLimit; }
    const SettingField *openPostSetting(QStringView name) const;
    // Settings only Almanac's own publishers read (Bluesky's link card, Mastodon's
    // content warning): shown in the composer, never sent to a hosted scheduler.
    QList<SettingField> localSettings;
    // An OpenPost setting or a local one; nullptr: neither.
    const SettingField *setting(QStringView name) const;
};

// The platforms Almanac knows, with each one's rules. Immutable, built once.
class PlatformCatalog final
{
public:
    static constexpr int MaxCount = 64; // all() holds no more, so a set of platforms fits a std::bitset
    static const QList<Platform> &all();
    // Case-insensitive lookup by id, alias or bundle.social name; nullptr if unknown.
    static const Platform *find(QStringView name);
    static const Platform *find(QByteArrayView utf8Name);
    static QStringList ids();
    // The position of a platform of all() in it: a dense key for per-platform tables.
    static int indexOf(const Platform &platform) { return platform.index; }
};

} // namespace Almanac
