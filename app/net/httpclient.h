// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QObject>
#include <QUrl>

#include <functional>
#include <memory>
#include <utility>

class QHttpMultiPart;
class QNetworkAccessManager;

namespace Almanac {

// One request through the front door, and the bounds it is held to.
struct HttpRequest
{
    static constexpr qint64 ApiBodyLimit = 4 * 1024 * 1024; // an API's JSON answer

    QByteArray method = QByteArrayLiteral("GET");
    QUrl url;
    QList<std::pair<QByteArray, QByteArray>> headers; // raw headers, credentials among them
    QByteArray body;
    QByteArray contentType;
    QHttpMultiPart *multipart = nullptr; // sent instead of `body`; the client takes it
    // It carries a key, token or password: it goes only over https (or to
    // this computer), and never follows a redirect to another origin.
    bool credentialed = false;
    // Its body must not be sent twice by Qt behind the caller's back (no
    // Idempotency-Key protects it): it goes as a stream that cannot be rewound.
    bool oneShotBody = false;
    // A media download: the host must be public once resolved (unless the
    // client allows the local network), and redirects are checked the same way.
    bool media = false;
    // An address a server handed back: public hosts only, like media, but the
    // allowance for the local network does not apply.
    bool publicHostsOnly = false;
    qint64 maxBodyBytes = ApiBodyLimit; // a longer answer is cut off and refused
    int transferTimeoutMs = 30000;      // no byte for this long: no answer
    int deadlineMs = 120000;            // the whole exchange, redirects included
};

// What came back, or why nothing usable did.
struct HttpResponse
{
    enum class Failure {
        None,
        Unreachable, // connection refused, host not found: offline or wrong address
        NoAnswer,    // the connection broke, or the transfer stalled
        TimedOut,    // no whole answer before the deadline (a trickle)
        TooLarge,    // the answer was longer than the request allows
        Refused,     // the front door's rules stopped it (redirect, http, address)
    };
    int status = 0;
    QByteArray body;
    QList<std::pair<QByteArray, QByteArray>> headers;
    QUrl url; // where the answer came from, after redirects
    Failure failure = Failure::None;
    QString error; // why, in words, naming hosts but never a full URL

    QByteArray header(QByteArrayView name) const;
    bool succeeded() const { return failure == Failure::None && status >= 200 && status < 300; }
    // The request went out and no whole answer came back: it may have been acted on.
    bool mayHaveLanded() const
    {
        return failure == Failure::NoAnswer || failure == Failure::TimedOut || failure == Failure::TooLarge;
    }
};

// The one way out to the network for the sync engine, the publishers, media
// loading and every Test Connection. The callers keep their protocols; the
// client owns the rules every request must keep: no credentials to another
// origin on a redirect, https for credentials except to this computer, a cap
// on every answer read as it streams, and a deadline on every exchange.
// Lives on one thread, with its own QNetworkAccessManager.
class HttpClient final : public QObject
{
    Q_OBJECT

public:
    using Done = std::function<void(const HttpResponse &)>;

    explicit HttpClient(QObject *parent = nullptr);
    ~HttpClient() override;

    // "Allow media from my local network": lifts the address rule of media
    // downloads (loopback, private, link-local); nothing else.
    void setAllowLocalNetworkMedia(bool allow) { m_allowLocalNetworkMedia = allow; }
    bool allowLocalNetworkMedia() const { return m_allowLocalNetworkMedia; }
    // No exchange lasts longer than this, whatever its request asks (0: no cap).
    void setDeadlineCapMs(int ms) { m_deadlineCapMs = ms; }

    // Sends `request`; `done` runs once, on this object's thread, unless the
    // client is destroyed first.
    void send(HttpRequest request, Done done);

private:
    struct Exchange;
    void resolveThenIssue(const std::shared_ptr<Exchange> &exchange);
    void issue(const std::shared_ptr<Exchange> &exchange);
    void finished(const std::shared_ptr<Exchange> &exchange);
    void followRedirect(const std::shared_ptr<Exchange> &exchange, int status, const QUrl &location);
    void fail(const std::shared_ptr<Exchange> &exchange, HttpResponse::Failure failure, const QString &why);
    // The one end of every exchange: its answer, its deadline stopped.
    void complete(const std::shared_ptr<Exchange> &exchange, const HttpResponse &response);

    QNetworkAccessManager *m_network;
    bool m_allowLocalNetworkMedia = false;
    int m_deadlineCapMs = 0;
};

} // namespace Almanac
