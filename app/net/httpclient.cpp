// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/net/httpclient.h"

#include "models/domain/endpointpolicy.h"
#include "models/domain/mediapolicy.h"
#include "models/domain/redaction.h"

#include <QHostAddress>
#include <QHostInfo>
#include <QHttpMultiPart>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>

namespace Almanac {

namespace {

constexpr int MaxRedirects = 5;

// A request body that can be read once, front to back: QNetworkAccessManager
// cannot rewind it, so it never sends it a second time on its own.
class OneShotBody final : public QIODevice
{
public:
    OneShotBody(QByteArray data, QObject *parent)
        : QIODevice(parent)
        , m_data(std::move(data))
    {
        open(QIODevice::ReadOnly);
    }
    bool isSequential() const override { return true; }
    qint64 bytesAvailable() const override { return m_data.size() - m_pos + QIODevice::bytesAvailable(); }

protected:
    qint64 readData(char *data, qint64 max) override
    {
        const qint64 n = qMin(max, m_data.size() - m_pos);
        memcpy(data, m_data.constData() + m_pos, size_t(n));
        m_pos += n;
        return n;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_data;
    qint64 m_pos = 0;
};

bool isRedirect(int status)
{
    return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
}

} // namespace

QByteArray HttpResponse::header(QByteArrayView name) const
{
    for (const auto &[key, value] : headers)
        if (QByteArrayView(key).compare(name, Qt::CaseInsensitive) == 0)
            return value;
    return {};
}

struct HttpClient::Exchange
{
    HttpRequest request;
    Done done;
    QUrl url; // this hop's
    int redirects = 0;
    QNetworkReply *reply = nullptr;
    QTimer *deadline = nullptr;
    QByteArray body;
    HttpResponse::Failure failure = HttpResponse::Failure::None; // set before an abort, reported by finished
    QString error;
    bool sentUpload = false; // a multipart body went out: it cannot be sent again
    QHostAddress pinned;     // the judged address this hop connects to (media, server-given addresses)
    bool over = false;
};

HttpClient::HttpClient(QObject *parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this))
{
    // Redirects are the client's to judge (see followRedirect), never Qt's.
    m_network->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
}

HttpClient::~HttpClient() = default;

void HttpClient::send(HttpRequest request, Done done)
{
    auto exchange = std::make_shared<Exchange>();
    exchange->url = request.url;
    exchange->request = std::move(request);
    exchange->done = std::move(done);
    if (m_deadlineCapMs > 0)
        exchange->request.deadlineMs = qMin(exchange->request.deadlineMs, m_deadlineCapMs);
    if (exchange->request.multipart)
        exchange->request.multipart->setParent(this); // until a reply takes it
    const QString scheme = exchange->url.scheme().toLower();
    if (scheme != u"https" && scheme != u"http")
        return fail(exchange, HttpResponse::Failure::Refused,
                    tr("The address is not a web address; expected one like https://example.com."));
    if (exchange->request.credentialed)
        if (const QString why = EndpointPolicy::endpointRefusal(exchange->url); !why.isEmpty())
            return fail(exchange, HttpResponse::Failure::Refused, why);
    exchange->deadline = new QTimer(this);
    exchange->deadline->setSingleShot(true);
    connect(exchange->deadline, &QTimer::timeout, this, [this, exchange] {
        const QString why = tr("%1 did not give a whole answer within %2 seconds.")
                                .arg(EndpointPolicy::authority(exchange->url))
                                .arg(qMax(1, exchange->request.deadlineMs / 1000));
        if (exchange->reply) {
            exchange->failure = HttpResponse::Failure::TimedOut;
            exchange->error = why;
            exchange->reply->abort(); // finished() reports it
        } else {
            fail(exchange, HttpResponse::Failure::TimedOut, why);
        }
    });
    exchange->deadline->start(exchange->request.deadlineMs);
    resolveThenIssue(exchange);
}

void HttpClient::resolveThenIssue(const std::shared_ptr<Exchange> &exchange)
{
    exchange->pinned = QHostAddress();
    if (!exchange->request.media && !exchange->request.publicHostsOnly)
        return issue(exchange);
    // Media and server-given addresses: the address must be public, judged
    // before any connection. A name is resolved here, and the connection goes
    // to the address that was judged (the name kept for Host and TLS), so a
    // second answer from a hostile DNS server (rebinding) is never used.
    const bool allow = exchange->request.media && m_allowLocalNetworkMedia;
    const QString host = exchange->url.host();
    if (const QString why = MediaPolicy::hostRefusal(host, allow); !why.isEmpty())
        return fail(exchange, HttpResponse::Failure::Refused, tr("Refused: %1.").arg(why));
    if (MediaPolicy::classifyAddress(host))
        return issue(exchange);
    QHostInfo::lookupHost(host, this, [this, exchange, host, allow](const QHostInfo &info) {
        if (exchange->over)
            return;
        if (info.error() != QHostInfo::NoError || info.addresses().isEmpty())
            return fail(exchange, HttpResponse::Failure::Unreachable,
                        tr("The host %1 could not be found: %2.").arg(host, info.errorString()));
        for (const QHostAddress &address : info.addresses())
            if (const QString why = MediaPolicy::hostRefusal(address.toString(), allow); !why.isEmpty())
                return fail(exchange, HttpResponse::Failure::Refused, tr("Refused: %1 resolves to %2.").arg(host, why));
        exchange->pinned = info.addresses().first();
        issue(exchange);
    });
}

void HttpClient::issue(const std::shared_ptr<Exchange> &exchange)
{
    const HttpRequest &r = exchange->request;
    QNetworkRequest request(exchange->url);
    if (!exchange->pinned.isNull()) {
        QUrl direct = exchange->url;
        direct.setHost(exchange->pinned.toString());
        request.setUrl(direct);
        const int port = exchange->url.port();
        request.setRawHeader("Host", (exchange->url.host(QUrl::FullyEncoded) + (port < 0 ? QString() : u':' + QString::number(port))).toUtf8());
        request.setPeerVerifyName(exchange->url.host()); // the certificate (and SNI) of the name, not the address
    }
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setTransferTimeout(r.transferTimeoutMs);
    for (const auto &[name, value] : r.headers)
        request.setRawHeader(name, value);
    if (!r.contentType.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, r.contentType);
    QIODevice *stream = nullptr;
    if (r.multipart) {
        exchange->reply = m_network->sendCustomRequest(request, r.method, r.multipart);
        r.multipart->setParent(exchange->reply);
        exchange->request.multipart = nullptr; // the reply owns it now; it cannot be sent again
        exchange->sentUpload = true;
    } else if (r.oneShotBody && !r.body.isEmpty()) {
        stream = new OneShotBody(r.body, this);
        request.setHeader(QNetworkRequest::ContentLengthHeader, r.body.size());
        request.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
        exchange->reply = m_network->sendCustomRequest(request, r.method, stream);
        stream->setParent(exchange->reply);
    } else {
        exchange->reply = m_network->sendCustomRequest(request, r.method, r.body);
    }
    QNetworkReply *reply = exchange->reply;
    reply->setReadBufferSize(1 << 20); // Qt stops reading the socket until drained: memory stays bounded
    exchange->body.clear();
    // Read as it arrives, never past the cap: an endless answer costs at most the cap.
    auto drain = [exchange, reply] {
        if (exchange->failure != HttpResponse::Failure::None)
            return;
        const qint64 limit = exchange->request.maxBodyBytes;
        while (reply->bytesAvailable() > 0) {
            const qint64 room = limit - exchange->body.size();
            exchange->body += reply->read(qMin(reply->bytesAvailable(), room + 1));
            if (exchange->body.size() > limit) {
                exchange->failure = HttpResponse::Failure::TooLarge;
                exchange->error = tr("%1 answered with more than %2 bytes; Almanac stopped reading.")
                                      .arg(EndpointPolicy::authority(exchange->url))
                                      .arg(limit);
                exchange->body.clear();
                reply->abort();
                return;
            }
        }
    };
    connect(reply, &QNetworkReply::metaDataChanged, this, [exchange, reply] {
        const qint64 announced = reply->header(QNetworkRequest::ContentLengthHeader).toLongLong();
        if (announced > exchange->request.maxBodyBytes && exchange->failure == HttpResponse::Failure::None) {
            exchange->failure = HttpResponse::Failure::TooLarge;
            exchange->error = tr("%1 announced an answer of %2 bytes; Almanac takes at most %3.")
                                  .arg(EndpointPolicy::authority(exchange->url))
                                  .arg(announced)
                                  .arg(exchange->request.maxBodyBytes);
            reply->abort();
        }
    });
    connect(reply, &QNetworkReply::readyRead, this, drain);
    connect(reply, &QNetworkReply::finished, this, [this, exchange, drain] {
        drain();
        finished(exchange);
    });
}

void HttpClient::finished(const std::shared_ptr<Exchange> &exchange)
{
    QNetworkReply *reply = std::exchange(exchange->reply, nullptr);
    reply->deleteLater();
    if (exchange->over)
        return;
    if (exchange->failure != HttpResponse::Failure::None)
        return fail(exchange, exchange->failure, exchange->error);
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (isRedirect(status) && reply->hasRawHeader("Location")) {
        followRedirect(exchange, status, exchange->url.resolved(QUrl::fromEncoded(reply->rawHeader("Location"))));
        return;
    }
    HttpResponse response;
    response.status = status;
    response.url = exchange->url;
    // Qt sets an error for a 4xx or 5xx status itself; any other error after a
    // status line is a transport failure.
    const QNetworkReply::NetworkError error = reply->error();
    if (status != 0 && error != QNetworkReply::NoError && (status < 400 || error < QNetworkReply::ContentAccessDenied)) {
        // The status line came, then the connection broke (or a compressed body
        // blew up): what arrived is part of an answer, never to be used as one.
        response.status = 0;
        response.failure = HttpResponse::Failure::NoAnswer;
        response.error = tr("%1's answer was cut short: %2.").arg(EndpointPolicy::authority(exchange->url),
                                                                   Redaction::redact(reply->errorString()));
    } else if (status == 0) {
        const bool unreachable = error == QNetworkReply::ConnectionRefusedError || error == QNetworkReply::HostNotFoundError
            || error == QNetworkReply::NetworkSessionFailedError || error == QNetworkReply::TemporaryNetworkFailureError;
        response.failure = unreachable ? HttpResponse::Failure::Unreachable : HttpResponse::Failure::NoAnswer;
        response.error = error == QNetworkReply::OperationCanceledError
            ? tr("%1 sent nothing for %2 seconds (the request timed out).")
                  .arg(EndpointPolicy::authority(exchange->url))
                  .arg(exchange->request.transferTimeoutMs / 1000)
            : tr("No answer from %1: %2.").arg(EndpointPolicy::authority(exchange->url), Redaction::redact(reply->errorString()));
    } else {
        response.body = std::move(exchange->body);
        response.headers = reply->rawHeaderPairs();
    }
    complete(exchange, response);
}

void HttpClient::followRedirect(const std::shared_ptr<Exchange> &exchange, int status, const QUrl &target)
{
    const QUrl from = exchange->url;
    const auto refuse = [&](const QString &why) { fail(exchange, HttpResponse::Failure::Refused, why); };
    if (++exchange->redirects > MaxRedirects)
        return refuse(tr("%1 redirected the request more than %2 times.").arg(EndpointPolicy::authority(from)).arg(MaxRedirects));
    const QString scheme = target.scheme().toLower();
    if (!target.isValid() || target.host().isEmpty() || (scheme != u"https" && scheme != u"http"))
        return refuse(tr("%1 redirected the request to an address that is not a web address.").arg(EndpointPolicy::authority(from)));
    if (from.scheme().toLower() == u"https" && scheme == u"http" && !(EndpointPolicy::isLoopback(from) && EndpointPolicy::isLoopback(target)))
        return refuse(tr("%1 redirected the request from https to plain http at %2; Almanac does not follow that.")
                          .arg(EndpointPolicy::authority(from), EndpointPolicy::authority(target)));
    if (exchange->request.credentialed && !EndpointPolicy::sameOrigin(from, target))
        return refuse(tr("%1 redirected the request to %2; Almanac never sends your key or password to another "
                         "host. If the service moved, change the account's address.")
                          .arg(EndpointPolicy::authority(from), EndpointPolicy::authority(target)));
    if (!target.userInfo().isEmpty())
        return refuse(tr("%1 redirected the request to an address with a user name or password.").arg(EndpointPolicy::authority(from)));
    HttpRequest &r = exchange->request;
    if (exchange->sentUpload)
        if (status != 303)
            return refuse(tr("%1 redirected an upload to %2; Almanac does not send it again there.")
                              .arg(EndpointPolicy::authority(from), EndpointPolicy::authority(target)));
    if (status == 303 && r.method != "HEAD") {
        r.method = QByteArrayLiteral("GET");
        r.body.clear();
        r.contentType.clear();
    } else if (r.method == "POST" && (status == 301 || status == 302)) {
        // Browsers would turn this into a GET and lose the body; an API call must not.
        return refuse(tr("%1 moved the address (HTTP %2); change the account's address to where it moved.")
                          .arg(EndpointPolicy::authority(from))
                          .arg(status));
    }
    exchange->url = target;
    resolveThenIssue(exchange);
}

void HttpClient::fail(const std::shared_ptr<Exchange> &exchange, HttpResponse::Failure failure, const QString &why)
{
    if (exchange->over)
        return;
    if (exchange->reply) {
        QNetworkReply *reply = std::exchange(exchange->reply, nullptr);
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
    HttpResponse response;
    response.url = exchange->url;
    response.failure = failure;
    response.error = why;
    complete(exchange, response);
}

void HttpClient::complete(const std::shared_ptr<Exchange> &exchange, const HttpResponse &response)
{
    exchange->over = true;
    delete exchange->deadline;
    exchange->deadline = nullptr;
    exchange->done(response);
}

} // namespace Almanac
