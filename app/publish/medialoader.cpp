// SPDX-License-Identifier: GPL-3.0-or-later
#include "medialoader.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QMimeDatabase>
#include <QNetworkAccessManager>
#include <QNetworkReply>

namespace Almanac {

namespace {

PublishResult failed(const QString &why)
{
    return {PublishResult::Kind::Failed, {}, why};
}

QString tooBig(const QString &name, qint64 size, qint64 maxBytes)
{
    const QLocale locale;
    return MediaLoader::tr("The media %1 is %2; the platform takes at most %3.")
        .arg(name, locale.formattedDataSize(size), locale.formattedDataSize(maxBytes));
}

} // namespace

void MediaLoader::load(const MediaRef &media, qint64 maxBytes, QNetworkAccessManager *network, int transferTimeoutMs, Done done)
{
    const QUrl url(media.url);
    const bool local = url.isLocalFile() || url.scheme().isEmpty() || url.scheme().size() == 1; // a path (C:\ too)
    if (local) {
        const QString path = url.isLocalFile() ? url.toLocalFile() : media.url;
        const QFileInfo info(path);
        if (info.exists() && info.size() > maxBytes)
            return done({}, failed(tooBig(path, info.size(), maxBytes)));
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return done({}, failed(tr("The media file %1 cannot be read: %2.").arg(path, file.errorString())));
        return done({file.readAll(), QMimeDatabase().mimeTypeForFile(info).name(), info.fileName()}, std::nullopt);
    }
    if (url.scheme() != u"https" && url.scheme() != u"http")
        return done({}, failed(tr("The media %1 is neither a file nor an http(s) link.").arg(media.url)));

    QNetworkRequest request(url);
    request.setTransferTimeout(transferTimeoutMs);
    QNetworkReply *reply = network->get(request);
    QObject::connect(reply, &QNetworkReply::downloadProgress, reply, [reply, maxBytes](qint64 received, qint64 total) {
        if (received > maxBytes || total > maxBytes)
            reply->abort(); // answered in finished, with the size
    });
    QObject::connect(reply, &QNetworkReply::finished, reply, [reply, media, maxBytes, done] {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const qint64 announced = reply->header(QNetworkRequest::ContentLengthHeader).toLongLong();
        if (announced > maxBytes || reply->bytesAvailable() > maxBytes)
            return done({}, failed(tooBig(media.url, std::max(announced, reply->bytesAvailable()), maxBytes)));
        if (worthRetrying(status))
            return done({}, PublishResult{PublishResult::Kind::Retry, {},
                                          tr("The media %1 could not be fetched: %2.").arg(media.url, reply->errorString())});
        if (status != 200)
            return done({}, failed(tr("The media %1 could not be fetched (HTTP %2).").arg(media.url).arg(status)));
        const QByteArray bytes = reply->readAll();
        QString type = reply->header(QNetworkRequest::ContentTypeHeader).toString().section(u';', 0, 0).trimmed();
        if (type.isEmpty() || type == u"application/octet-stream")
            type = QMimeDatabase().mimeTypeForFileNameAndData(reply->url().fileName(), bytes).name();
        done({bytes, type, reply->url().fileName()}, std::nullopt);
    });
}

} // namespace Almanac
