// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCache>
#include <QCoreApplication>
#include <QObject>
#include <QPixmap>
#include <QSet>
#include <QThreadPool>

namespace Almanac {

// Thumbnails of a post's media for the calendar and the composer. Pictures are
// read off the window's thread, scaled while decoding, so a month of photos
// never stalls a scroll and a hostile file cannot claim more than the reader's
// allocation limit. What is not a local picture (a video, a link, a file that
// does not read) gets a tile that says what it is.
class Thumbnails final : public QObject
{
    Q_OBJECT

public:
    // The one instance of the application (made on first use, ends with it).
    static Thumbnails &instance();
    ~Thumbnails() override;

    // The thumbnail of `reference` (a file: URL, a path or a link) within a
    // square of `size` pixels. A picture still being read comes as its tile
    // first; ready() says when the picture has come.
    QPixmap get(const QString &reference, int size);
    // The picture read at once, on this thread (the composer's media list, which
    // shows the files the user just chose), or the tile.
    static QPixmap now(const QString &reference, int size);
    // The tile of media that has no picture to show: a play symbol for a video,
    // a picture symbol otherwise, with "file" or the link's host below.
    static QPixmap tile(const QString &reference, int size);
    static bool isVideo(const QString &reference);

Q_SIGNALS:
    void ready(const QString &reference);

private:
    explicit Thumbnails(QObject *parent);
    static QImage readPicture(const QString &reference, int size);

    QThreadPool m_pool;
    QCache<QString, QPixmap> m_done; // by reference and size; cost in kilopixels
    QSet<QString> m_reading;
};

} // namespace Almanac
