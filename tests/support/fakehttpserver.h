// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPair>

#include <functional>

class QTcpServer;
class QTcpSocket;

namespace Almanac::Test {

// A small HTTP/1.1 server on 127.0.0.1 for the sync tests: it parses requests
// (keep-alive, Content-Length bodies), hands each to a handler, and can answer
// badly on purpose: drop the connection, or never answer.
class FakeHttpServer final : public QObject
{
    Q_OBJECT

public:
    struct Request
    {
        QByteArray method;
        QByteArray path;  // with the query
        QHash<QByteArray, QByteArray> headers; // lower-case names
        QByteArray body;
        QByteArray header(const QByteArray &name) const { return headers.value(name.toLower()); }
    };
    struct Reply
    {
        // Trickle: the body one byte every trickleMs; Endless: a body that never
        // ends (chunked, 64 KiB at a time, as fast as the client reads).
        enum class Delivery { Send, Drop, Hang, Trickle, Endless };
        int status = 200;
        QByteArray body;
        QList<QPair<QByteArray, QByteArray>> headers;
        Delivery delivery = Delivery::Send;
        int trickleMs = 100;
        qint64 announcedLength = -1; // a Content-Length that lies (-1: the body's)
    };
    using Handler = std::function<Reply(const Request &)>;

    // Listens on 127.0.0.1 at `port` (0: any free one).
    explicit FakeHttpServer(Handler handler, quint16 port = 0, QObject *parent = nullptr);
    ~FakeHttpServer() override;

    quint16 port() const { return m_port; }
    // Offline: the port refuses connections and open ones are cut; back on the same port after.
    void setReachable(bool reachable);
    QByteArray baseUrl() const;
    int requestCount() const { return m_requests; }
    // Every sent answer goes out this long after the request (a slow host).
    void setAnswerDelayMs(int ms) { m_answerDelayMs = ms; }

private:
    void readFrom(QTcpSocket *socket);
    void trickle(QTcpSocket *socket, const QByteArray &rest, int intervalMs);
    void pour(QTcpSocket *socket);

    QTcpServer *m_server;
    quint16 m_port = 0;
    Handler m_handler;
    QHash<QTcpSocket *, QByteArray> m_buffers;
    int m_requests = 0;
    int m_answerDelayMs = 0;
};

} // namespace Almanac::Test
