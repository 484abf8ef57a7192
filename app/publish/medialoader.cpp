// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/publish/medialoader.h"

#include "app/net/httpclient.h"
#include "models/domain/mediafile.h"
#include "models/domain/mediapolicy.h"
#include "models/domain/redaction.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QMimeDatabase>

namespace Almanac {

namespace {

PublishResult failed(const QString &why)
{
    return {PublishResult::Kind::Failed, {}, why};
}

// A file name to put in an upload's headers: what a URL or path ends with is
// the sender's to choose, so only plain characters of it are kept.
QString safeFileName(const QString &name, const QByteArray &bytes)
{
    QString out;
    for (QChar c : name)
        if (c.isLetterOrNumber() || c == u'.' || c == u'-' || c == u'_')
            out.append(c.unicode() < 128 ? c : QChar(u'_'));
    out = out.left(100);
    while (out.startsWith(u'.'))
        out.remove(0, 1);
    if (out.isEmpty())
        out = QStringLiteral("media.") + QMimeDatabase().mimeTypeForData(bytes).preferredSuffix();
    return out;
}

QString tooBig(const QString &name, qint64 size, qint64 maxBytes)
{
    const QLocale locale;
    return MediaLoader::tr("The media %1 is %2; the platform takes at most %3.")
        .arg(name, locale.formattedDataSize(size), locale.formattedDataSize(maxBytes));
}

} // namespace

Result<LoadedMedia> MediaLoader::readLocalFile(const QString &path, qint64 maxBytes)
{
    Result<std::unique_ptr<QFile>> opened = MediaFile::open(path);
    if (!opened)
        return Error{tr("The media cannot be used: %1.").arg(opened.error())};
    QFile &file = *opened.value();
    QByteArray bytes;
    while (!file.atEnd() && bytes.size() <= maxBytes) {
        const QByteArray chunk = file.read(qMin<qint64>(1 << 20, maxBytes + 1 - bytes.size()));
        if (chunk.isEmpty())
            break;
        bytes += chunk;
    }
    if (bytes.size() > maxBytes)
        return Error{tooBig(path, qMax<qint64>(file.size(), bytes.size()), maxBytes)};
    const QFileInfo info(path);
    return LoadedMedia{bytes, QMimeDatabase().mimeTypeForFileNameAndData(info.fileName(), bytes).name(),
                       safeFileName(info.fileName(), bytes)};
}

void MediaLoader::load(const MediaRef &media, qint64 maxBytes, HttpClient *http, int transferTimeoutMs, Done done,
                       int deadlineMs)
{
    const QString shown = Redaction::redact(media.url);
    if (MediaPolicy::isLocalFile(media.url)) {
        Result<LoadedMedia> file = readLocalFile(MediaPolicy::localPath(media.url), maxBytes);
        if (!file)
            return done({}, failed(file.error()));
        return done(file.value(), std::nullopt);
    }
    const QUrl url(media.url, QUrl::StrictMode);
    if (url.scheme().toLower() != u"https" && url.scheme().toLower() != u"http")
        return done({}, failed(tr("The media %1 is neither a file nor an http(s) link.").arg(shown)));

    HttpRequest request;
    request.url = url;
    request.media = true;
    request.maxBodyBytes = maxBytes;
    request.transferTimeoutMs = transferTimeoutMs;
    request.deadlineMs = deadlineMs;
    http->send(std::move(request), [shown, maxBytes, done](const HttpResponse &reply) {
        switch (reply.failure) {
        case HttpResponse::Failure::None: break;
        case HttpResponse::Failure::TooLarge:
            return done({}, failed(tr("The media %1 is larger than the platform takes (at most %2).")
                                       .arg(shown, QLocale().formattedDataSize(maxBytes))));
        case HttpResponse::Failure::Refused: return done({}, failed(reply.error));
        default:
            return done({}, PublishResult{PublishResult::Kind::Retry, {},
                                          tr("The media %1 could not be fetched: %2").arg(shown, reply.error)});
        }
        if (worthRetrying(reply.status))
            return done({}, PublishResult{PublishResult::Kind::Retry, {},
                                          tr("The media %1 could not be fetched (HTTP %2).").arg(shown).arg(reply.status)});
        if (reply.status != 200)
            return done({}, failed(tr("The media %1 could not be fetched (HTTP %2).").arg(shown).arg(reply.status)));
        QString type = QString::fromLatin1(reply.header("Content-Type")).section(u';', 0, 0).trimmed();
        if (type.isEmpty() || type == u"application/octet-stream")
            type = QMimeDatabase().mimeTypeForFileNameAndData(reply.url.fileName(), reply.body).name();
        done({reply.body, type, safeFileName(reply.url.fileName(), reply.body)}, std::nullopt);
    });
}

} // namespace Almanac
