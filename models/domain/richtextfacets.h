// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace Almanac {

// A link, @mention or #hashtag found in a post's text, located the way the AT
// Protocol's rich-text facets locate it: by UTF-8 byte offsets, end exclusive.
struct TextFacet
{
    enum class Kind { Link, Mention, Tag };
    Kind kind = Kind::Link;
    qsizetype byteStart = 0;
    qsizetype byteEnd = 0;
    QString value; // the URL; the handle without "@"; the tag without "#"
    friend bool operator==(const TextFacet &, const TextFacet &) = default;
};

// Finds links (http/https, and bare domains on a known top-level domain, as
// https), mentions of handles (a domain name after "@" at a
// word start) and hashtags (at a word start, not all digits, trailing
// punctuation left out) in reading order, as Bluesky's apps detect them.
QList<TextFacet> findFacets(const QString &text);

} // namespace Almanac
