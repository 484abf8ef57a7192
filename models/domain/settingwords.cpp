// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/domain/settingwords.h"

namespace Almanac {

namespace {

// "made_for_kids" → "Made for kids", "mentionedUsers" → "Mentioned users": a
// setting this table does not know yet still reads as words.
QString humanized(const QString &key)
{
    QString out;
    for (qsizetype i = 0; i < key.size(); ++i) {
        const QChar c = key.at(i);
        if (c == u'_' || c == u'-')
            out += u' ';
        else if (c.isUpper() && i > 0 && key.at(i - 1).isLower())
            out += u' ' + c.toLower();
        else
            out += c.toLower();
    }
    if (!out.isEmpty())
        out[0] = out[0].toUpper();
    return out;
}

} // namespace

QString SettingWords::label(const SettingField &field)
{
    const QString &n = field.name;
    if (n == u"who_can_reply") return tr("Who can reply");
    if (n == u"post_type") return tr("Post type");
    if (n == u"collaborators") return tr("Collaborators");
    if (n == u"tiktok_title" || n == u"title") return tr("Title");
    if (n == u"privacy_level") return tr("Who can watch");
    if (n == u"allow_duet") return tr("Allow duets");
    if (n == u"allow_stitch") return tr("Allow stitches");
    if (n == u"allow_comment") return tr("Allow comments");
    if (n == u"privacy") return tr("Visibility");
    if (n == u"made_for_kids") return tr("Made for kids");
    if (n == u"youtube_tags") return tr("Tags");
    if (n == u"thumbnail_url") return tr("Thumbnail link");
    if (n == u"spoiler_text") return tr("Content warning");
    if (n == u"link_card") return tr("Card for the first link");
    return humanized(n);
}

QString SettingWords::valueLabel(const SettingField &field, const QString &value)
{
    const QString v = value.toLower().remove(u'_');
    if (v == u"everyone" || v == u"publictoeveryone") return tr("Everyone");
    if (v == u"following") return tr("People you follow");
    if (v == u"mentionedusers") return tr("People you mention");
    if (v == u"subscribers") return tr("Your subscribers");
    if (v == u"verified") return tr("Verified accounts");
    if (v == u"post") return tr("Feed post");
    if (v == u"story") return tr("Story");
    if (v == u"reel") return tr("Reel");
    if (v == u"mutualfollowfriends") return tr("Friends who follow you back");
    if (v == u"followerofcreator") return tr("Your followers");
    if (v == u"selfonly") return tr("Only you");
    if (v == u"public") return tr("Public");
    if (v == u"unlisted") return tr("Unlisted");
    // Mastodon's "private" is its followers-only visibility; elsewhere private is private.
    if (v == u"private") return field.name == u"mastodonPrivacy" ? tr("Followers only") : tr("Private");
    if (v == u"direct") return tr("Mentioned people only");
    return humanized(value);
}

} // namespace Almanac
