// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCache>
#include <QCoreApplication>
#include <QObject>
#include <QPixmap>
#include <QSet>
#include <QThreadPool>

class QIODevice;

namespace Almanac {

class HttpClient;

// Thumbnails of a post's media for the calendar and the composer. Pictures are
// read off the window's thread, scaled while decoding, so a month of photos
// never stalls a scroll and a hostile file cannot claim more than the reader's
// allocation limit. Pictures at links are fetched through the network front
// door under the media policy (public hosts only unless the user allows the
// local network; at most 10 MB; a deadline). A video, or a picture that does
// not read or come, gets a tile that says what it is.
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
    // The tile of media that has no picture to show: a play symbol for a video,
    // a picture symbol otherwise, with "file" or the link's host below.
    static QPixmap tile(const QString &reference, int size);
    static bool isVideo(const QString &reference);

Q_SIGNALS:
    void ready(const QString &reference);

private:
    explicit Thumbnails(QObject *parent);
    static QImage readPicture(const QString &reference, int size);
    static QImage decode(QIODevice *device, int size);
    // A picture at an http(s) address, through the network front door.
    void fetch(const QString &reference, int size, const QString &key);
    // Keeps a picture read (or its tile, when none could be) and says it came.
    void deliver(const QString &reference, int size, const QString &key, const QImage &image);

    static constexpr qint64 MaxDownloadBytes = 10 * 1024 * 1024; // a picture for a thumbnail, not a poster

    QThreadPool m_pool;
    HttpClient *m_http = nullptr; // made on the first link
    QCache<QString, QPixmap> m_done; // by reference and size; cost in kilopixels
    QSet<QString> m_reading;
};

} // namespace Almanac
