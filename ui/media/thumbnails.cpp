// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/media/thumbnails.h"

#include "app/net/httpclient.h"
#include "app/settings/appsettings.h"
#include "models/domain/mediafile.h"
#include "models/domain/mediapolicy.h"

#include <QBuffer>
#include <QFileInfo>
#include <QImageReader>
#include <QPainter>
#include <QUrl>

namespace Almanac {

namespace {

QString keyOf(const QString &reference, int size)
{
    return QString::number(size) + u' ' + reference;
}

bool isLocalPicture(const QString &reference)
{
    return MediaPolicy::isLocalFile(reference) && !Thumbnails::isVideo(reference);
}

bool isRemotePicture(const QString &reference)
{
    return (reference.startsWith(u"https://", Qt::CaseInsensitive) || reference.startsWith(u"http://", Qt::CaseInsensitive))
        && !Thumbnails::isVideo(reference);
}

} // namespace

Thumbnails &Thumbnails::instance()
{
    // A child of the application: it ends with it, after waiting for its readers.
    static Thumbnails *one = new Thumbnails(QCoreApplication::instance());
    return *one;
}

Thumbnails::Thumbnails(QObject *parent)
    : QObject(parent)
    , m_done(16 * 1024) // 16 M pixels: a few hundred chip and preview thumbnails
{
    m_pool.setMaxThreadCount(2);
}

Thumbnails::~Thumbnails()
{
    // Readers post their pictures to this object: none may still run when it goes.
    m_pool.clear();
    m_pool.waitForDone();
}

bool Thumbnails::isVideo(const QString &reference)
{
    static const QStringList suffixes{QStringLiteral("mp4"), QStringLiteral("mov"), QStringLiteral("webm"),
                                      QStringLiteral("m4v"), QStringLiteral("avi"), QStringLiteral("mkv")};
    return suffixes.contains(QFileInfo(QUrl(reference).path()).suffix().toLower());
}

QImage Thumbnails::readPicture(const QString &reference, int size)
{
    // A FIFO or a device would block the reader forever: only regular files are opened.
    Result<std::unique_ptr<QFile>> file = MediaFile::open(MediaPolicy::localPath(reference));
    if (!file)
        return {};
    // Read from the opened file itself: given a name, the reader would also try other names it guesses.
    return decode(file.value().get(), size);
}

QImage Thumbnails::decode(QIODevice *device, int size)
{
    QImageReader reader(device);
    reader.setAllocationLimit(128); // MB, for the decoded picture before scaling
    reader.setAutoTransform(true);
    const QSize full = reader.size();
    if (full.isValid())
        reader.setScaledSize(full.scaled(size, size, Qt::KeepAspectRatio).expandedTo(QSize(1, 1)));
    return reader.read();
}

QPixmap Thumbnails::get(const QString &reference, int size)
{
    if (reference.size() > 4096) // no picture has a name this long; it must not cost each paint a hash of it
        return tile(QString(), size);
    const QString key = keyOf(reference, size);
    if (const QPixmap *done = m_done.object(key))
        return *done;
    const bool remote = isRemotePicture(reference);
    if (!isLocalPicture(reference) && !remote) {
        auto *made = new QPixmap(tile(reference, size));
        m_done.insert(key, made, qMax(1, size * size / 1024));
        return *made;
    }
    if (!m_reading.contains(key)) {
        m_reading.insert(key);
        if (remote)
            fetch(reference, size, key);
        else
            m_pool.start([this, reference, size, key] { deliver(reference, size, key, readPicture(reference, size)); });
    }
    return tile(reference, size);
}

void Thumbnails::fetch(const QString &reference, int size, const QString &key)
{
    if (!m_http)
        m_http = new HttpClient(this);
    // Under the media policy, as the publishers fetch: public hosts only unless the user allows the local network.
    m_http->setAllowLocalNetworkMedia(AppSettings().allowLocalNetworkMedia());
    HttpRequest request;
    request.url = QUrl(reference, QUrl::StrictMode);
    request.media = true;
    request.maxBodyBytes = MaxDownloadBytes;
    request.transferTimeoutMs = 15000;
    request.deadlineMs = 60000;
    m_http->send(std::move(request), [this, reference, size, key](const HttpResponse &reply) {
        if (!reply.succeeded())
            return deliver(reference, size, key, QImage());
        m_pool.start([this, reference, size, key, body = reply.body] {
            QBuffer buffer;
            buffer.setData(body);
            buffer.open(QIODevice::ReadOnly);
            deliver(reference, size, key, decode(&buffer, size));
        });
    });
}

void Thumbnails::deliver(const QString &reference, int size, const QString &key, const QImage &image)
{
    // From a reader thread or this one: the cache is touched on this object's thread only.
    QMetaObject::invokeMethod(
        this,
        [this, reference, size, key, image] {
            m_reading.remove(key);
            QPixmap pixmap = image.isNull() ? tile(reference, size) : QPixmap::fromImage(image);
            const int cost = qMax(1, pixmap.width() * pixmap.height() / 1024);
            m_done.insert(key, new QPixmap(std::move(pixmap)), cost);
            Q_EMIT ready(reference);
        },
        Qt::QueuedConnection);
}

QPixmap Thumbnails::tile(const QString &reference, int size)
{
    QPixmap tile(size, size);
    tile.fill(QColor(0x6b, 0x72, 0x80));
    QPainter p(&tile);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(Qt::NoPen);
    p.setBrush(Qt::white);
    if (isVideo(reference)) {
        const QPointF c(size / 2.0, size / 2.0);
        const double r = size / 5.0;
        const QPointF triangle[] = {c + QPointF(-r * 0.7, -r), c + QPointF(-r * 0.7, r), c + QPointF(r, 0)};
        p.drawPolygon(triangle, 3);
    } else {
        p.drawRect(QRectF(size * 0.25, size * 0.3, size * 0.5, size * 0.4));
        p.setBrush(QColor(0x6b, 0x72, 0x80));
        p.drawEllipse(QPointF(size * 0.4, size * 0.42), size * 0.05, size * 0.05);
    }
    if (size >= 72) { // a label is only legible on a tile this big
        p.setPen(Qt::white);
        QFont f = p.font();
        f.setPixelSize(qMax(8, size / 7));
        p.setFont(f);
        const QUrl url(reference);
        p.drawText(QRect(2, size - size / 4, size - 4, size / 4), Qt::AlignCenter,
                   MediaPolicy::isLocalFile(reference) ? tr("file") : url.host());
    }
    return tile;
}

} // namespace Almanac
