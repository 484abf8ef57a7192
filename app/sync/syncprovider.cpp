// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/sync/syncprovider.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>

namespace Almanac {

namespace {

// Retry-After as seconds or as an HTTP date; -1 when absent or unreadable.
qint64 retryAfterMs(const QByteArray &header)
{
    const QByteArray value = header.trimmed();
    if (value.isEmpty())
        return -1;
    bool ok = false;
    const qint64 seconds = value.toLongLong(&ok);
    if (ok)
        return qMax<qint64>(0, seconds) * 1000;
    const QDateTime at = QDateTime::fromString(QString::fromLatin1(value), Qt::RFC2822Date);
    if (!at.isValid())
        return -1;
    return qMax<qint64>(0, QDateTime::currentDateTimeUtc().msecsTo(at));
}

} // namespace

QString SyncProvider::serverMessage(const HttpReply &reply)
{
    const QJsonObject body = QJsonDocument::fromJson(reply.body).object();
    QString message;
    if (body.value(u"error").isObject())
        message = body.value(u"error").toObject().value(u"message").toString();
    if (message.isEmpty())
        message = body.value(u"message").toString();
    if (message.isEmpty() && body.value(u"error").isString())
        message = body.value(u"error").toString();
    if (message.isEmpty())
        message = QString::fromUtf8(reply.body.left(300)).simplified();
    return message;
}

ItemOutcome SyncProvider::unsuccessful(const HttpReply &reply)
{
    ItemOutcome o;
    if (reply.status == 0) {
        o.message = reply.networkError;
        o.unreachable = reply.unreachable;
        return o;
    }
    const QString message = serverMessage(reply);
    if (reply.status == 429 || reply.status == 503) {
        o.retryAfterMs = retryAfterMs(reply.retryAfter);
        o.message = tr("The server asked to wait (HTTP %1)%2").arg(reply.status).arg(message.isEmpty() ? QString() : QStringLiteral(": ") + message);
        return o;
    }
    if (reply.status >= 500 || reply.status == 408) {
        o.message = tr("The server failed (HTTP %1)%2").arg(reply.status).arg(message.isEmpty() ? QString() : QStringLiteral(": ") + message);
        return o;
    }
    return ItemOutcome::failed(tr("Refused by the server (HTTP %1): %2").arg(reply.status).arg(message));
}

} // namespace Almanac
