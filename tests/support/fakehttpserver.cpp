// SPDX-License-Identifier: GPL-3.0-or-later
#include "fakehttpserver.h"

#include <QDateTime>
#include <QTimer>
#include <QTcpServer>
#include <QTcpSocket>

namespace Almanac::Test {

namespace {

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200: return "OK";
    case 201: return "Created";
    case 204: return "No Content";
    case 207: return "Multi-Status";
    case 400: return "Bad Request";
    case 401: return "Unauthorized";
    case 404: return "Not Found";
    case 409: return "Conflict";
    case 422: return "Unprocessable Entity";
    case 429: return "Too Many Requests";
    case 500: return "Internal Server Error";
    case 502: return "Bad Gateway";
    case 503: return "Service Unavailable";
    default: return "Status";
    }
}

} // namespace

FakeHttpServer::FakeHttpServer(Handler handler, quint16 port, QObject *parent)
    : QObject(parent)
    , m_server(new QTcpServer(this))
    , m_handler(std::move(handler))
{
    if (!m_server->listen(QHostAddress::LocalHost, port))
        qFatal("the fake server cannot listen");
    m_port = m_server->serverPort();
    connect(m_server, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket *socket = m_server->nextPendingConnection()) {
            m_buffers.insert(socket, {});
            connect(socket, &QTcpSocket::readyRead, this, [this, socket] { readFrom(socket); });
            connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
                m_buffers.remove(socket);
                socket->deleteLater();
            });
        }
    });
}

FakeHttpServer::~FakeHttpServer() = default;

void FakeHttpServer::setReachable(bool reachable)
{
    if (!reachable) {
        m_server->close();
        for (QTcpSocket *socket : m_buffers.keys())
            socket->abort();
        return;
    }
    if (!m_server->isListening() && !m_server->listen(QHostAddress::LocalHost, m_port))
        qFatal("the fake server cannot listen again");
}

QByteArray FakeHttpServer::baseUrl() const
{
    return "http://127.0.0.1:" + QByteArray::number(port());
}

void FakeHttpServer::readFrom(QTcpSocket *socket)
{
    QByteArray &buffer = m_buffers[socket];
    buffer += socket->readAll();
    for (;;) {
        const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
        if (headerEnd < 0)
            return;
        const QList<QByteArray> lines = buffer.left(headerEnd).split('\n');
        Request request;
        const QList<QByteArray> start = lines.first().trimmed().split(' ');
        request.method = start.value(0);
        request.path = start.value(1);
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const qsizetype colon = lines.at(i).indexOf(':');
            if (colon > 0)
                request.headers.insert(lines.at(i).left(colon).trimmed().toLower(), lines.at(i).mid(colon + 1).trimmed());
        }
        const qsizetype length = request.header("content-length").toLongLong();
        if (buffer.size() < headerEnd + 4 + length)
            return;
        request.body = buffer.mid(headerEnd + 4, length);
        buffer.remove(0, headerEnd + 4 + length);
        ++m_requests;
        // FAKE_HTTP_TRACE=1 prints every request (when a fault test needs a look).
        if (qEnvironmentVariableIsSet("FAKE_HTTP_TRACE"))
            qInfo("fake http %lld: %s %s", QDateTime::currentMSecsSinceEpoch() % 100000, request.method.constData(), request.path.constData());

        const Reply reply = m_handler(request);
        if (reply.delivery == Reply::Delivery::Drop) {
            socket->abort(); // the work is done; the client never hears of it
            return;
        }
        if (reply.delivery == Reply::Delivery::Hang)
            continue; // never answered; the client's timeout ends it
        QByteArray out = "HTTP/1.1 " + QByteArray::number(reply.status) + ' ' + reasonPhrase(reply.status) + "\r\n";
        if (reply.delivery == Reply::Delivery::Endless) {
            socket->write(out + "Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n");
            connect(socket, &QTcpSocket::bytesWritten, this, [this, socket] {
                if (socket->bytesToWrite() < 256 * 1024)
                    pour(socket);
            });
            pour(socket);
            return;
        }
        out += "Content-Length: "
            + QByteArray::number(reply.announcedLength >= 0 ? reply.announcedLength : reply.body.size()) + "\r\n";
        const bool typed = std::any_of(reply.headers.cbegin(), reply.headers.cend(),
                                       [](const auto &h) { return h.first.compare("Content-Type", Qt::CaseInsensitive) == 0; });
        if (!reply.body.isEmpty() && !typed) // JSON unless the reply says what it is
            out += "Content-Type: application/json\r\n";
        for (const auto &[name, value] : reply.headers)
            out += name + ": " + value + "\r\n";
        if (reply.delivery == Reply::Delivery::Trickle) {
            socket->write(out + "\r\n");
            trickle(socket, reply.body, reply.trickleMs);
            return;
        }
        out += "\r\n" + reply.body;
        if (m_answerDelayMs > 0)
            QTimer::singleShot(m_answerDelayMs, socket, [socket, out] { socket->write(out); });
        else
            socket->write(out);
    }
}

void FakeHttpServer::trickle(QTcpSocket *socket, const QByteArray &rest, int intervalMs)
{
    if (rest.isEmpty())
        return;
    QTimer::singleShot(intervalMs, socket, [this, socket, rest, intervalMs] {
        if (socket->state() != QAbstractSocket::ConnectedState)
            return;
        socket->write(rest.left(1));
        trickle(socket, rest.mid(1), intervalMs);
    });
}

void FakeHttpServer::pour(QTcpSocket *socket)
{
    if (socket->state() != QAbstractSocket::ConnectedState)
        return;
    static const QByteArray chunk = QByteArray::number(64 * 1024, 16) + "\r\n" + QByteArray(64 * 1024, 'x') + "\r\n";
    socket->write(chunk);
}

} // namespace Almanac::Test
