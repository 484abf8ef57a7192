// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/mainwindow/singleinstance.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocalServer>
#include <QLocalSocket>

namespace Almanac {

namespace {

constexpr qint64 MaxMessage = 64 * 1024;

} // namespace

SingleInstance::SingleInstance(const QString &storePath, QObject *parent)
    : QObject(parent)
{
    // Per user (other users' sockets are not ours to talk to) and per store
    // (two stores may be open side by side).
    const QByteArray key = QDir::homePath().toUtf8() + '\n' + QFileInfo(storePath).absoluteFilePath().toUtf8();
    m_name = QStringLiteral("almanac-")
        + QString::fromLatin1(QCryptographicHash::hash(key, QCryptographicHash::Sha256).toHex().left(16));
}

bool SingleInstance::handOver(const QStringList &files, int timeoutMs) const
{
    QLocalSocket socket;
    socket.connectToServer(m_name);
    if (!socket.waitForConnected(timeoutMs))
        return false;
    QJsonArray paths;
    for (const QString &f : files)
        paths.append(QFileInfo(f).absoluteFilePath());
    socket.write(QJsonDocument(paths).toJson(QJsonDocument::Compact) + '\n');
    if (!socket.waitForBytesWritten(timeoutMs))
        return false;
    // The answer says the window has them; without it this instance carries on itself.
    while (!socket.canReadLine())
        if (!socket.waitForReadyRead(timeoutMs))
            return false;
    return socket.readLine().trimmed() == "ok";
}

bool SingleInstance::listen()
{
    m_server = new QLocalServer(this);
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    if (!m_server->listen(m_name)) {
        // A socket left by a crashed instance: nobody answered handOver(), so it is stale.
        QLocalServer::removeServer(m_name);
        if (!m_server->listen(m_name))
            return false;
    }
    connect(m_server, &QLocalServer::newConnection, this, [this] {
        while (QLocalSocket *socket = m_server->nextPendingConnection()) {
            connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
            connect(socket, &QLocalSocket::readyRead, socket, [this, socket] {
                if (!socket->canReadLine()) {
                    if (socket->bytesAvailable() > MaxMessage)
                        socket->abort();
                    return;
                }
                QStringList files;
                for (const QJsonValue &v : QJsonDocument::fromJson(socket->readLine()).array())
                    files.append(v.toString());
                socket->write("ok\n");
                socket->flush();
                Q_EMIT filesReceived(files);
            });
        }
    });
    return true;
}

} // namespace Almanac
