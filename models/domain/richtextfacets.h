// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace Almanac {

// A link, @mention or #hashtag found in a post's text, located the way the AT
// Protocol's rich-text facets locate it (by UTF-8 byte offsets) and in the
// QString it was found in (UTF-16 indices); ends exclusive.
struct TextFacet
{
    enum class Kind { Link, Mention, Tag };
    Kind kind = Kind::Link;
    qsizetype byteStart = 0;
    qsizetype byteEnd = 0;
    QString value; // the URL; the handle without "@"; the tag without "#"
    qsizetype start = 0, end = 0; // in the text as given
    friend bool operator==(const TextFacet &, const TextFacet &) = default;
};

// Finds links (http/https, and bare domains on a known top-level domain, as
// https), mentions of handles (a domain name after "@" at a
// word start) and hashtags (at a word start, not all digits, trailing
// punctuation left out) in reading order, as Bluesky's apps detect them.
QList<TextFacet> findFacets(const QString &text);

} // namespace Almanac
