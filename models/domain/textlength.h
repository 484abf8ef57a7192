// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/domain/platform.h"

#include <QByteArrayView>

namespace Almanac {

// Measures a post's text the way a platform counts it, straight from UTF-8 bytes:
// the CSV path validates millions of rows; a non-ASCII text is segmented into
// grapheme clusters by ICU, on its UTF-8, without a QString.
class TextLength final
{
public:
    static int measure(TextCounting counting, QByteArrayView utf8, int urlWeight = UrlWeight);
    // As `platform` counts, with its link weight (an account's server may set its own).
    static int measure(const Platform &platform, QByteArrayView utf8)
    {
        return measure(platform.counting, utf8, platform.urlWeight);
    }
    static int graphemes(QByteArrayView utf8);
    static int codePoints(QByteArrayView utf8);
    // Cheap answer to "could this text exceed limit?" from upper bounds (bytes,
    // code points), so most texts need no grapheme segmentation at all.
    static bool mayExceed(TextCounting counting, QByteArrayView utf8, int limit, int urlWeight = UrlWeight);

    static constexpr int UrlWeight = 23;
};

} // namespace Almanac
