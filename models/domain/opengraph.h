// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>
#include <QString>
#include <QUrl>

namespace Almanac {

// What a web page says of itself for a link card: its Open Graph title,
// description and image (og:*, else twitter:*, <title> and the description
// meta tag). Read from the page's bytes as fetched, which may be hostile: only
// the first 256 KB are looked at, unterminated tags end the reading, and each
// value is cut to the length a card shows.
struct OpenGraph
{
    QString title;
    QString description;
    QUrl image; // absolute, http(s) only

    bool isEmpty() const { return title.isEmpty() && description.isEmpty(); }
    static OpenGraph read(QByteArrayView html, const QUrl &pageUrl);
};

} // namespace Almanac
