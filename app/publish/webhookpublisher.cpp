// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/publish/webhookpublisher.h"

#include "app/net/httpclient.h"
#include "models/domain/clock.h"
#include "models/domain/endpointpolicy.h"
#include "models/domain/redaction.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageAuthenticationCode>
#include <QDateTime>
#include <QUuid>

namespace Almanac {

QByteArray WebhookPublisher::genericBody(const PublishJob &job)
{
    QJsonArray media;
    for (const MediaRef &m : job.post.media)
        media.append(m.url);
    QJsonObject body{{QStringLiteral("id"), job.post.id},
                     {QStringLiteral("integration"), job.integration.id},
                     {QStringLiteral("content"), job.text},
                     {QStringLiteral("media"), media},
                     {QStringLiteral("tags"), QJsonArray::fromStringList(job.post.tags)}};
    if (job.post.scheduledAt)
        body.insert(QStringLiteral("scheduled_at"), isoUtc(*job.post.scheduledAt));
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

QByteArray WebhookPublisher::signature(const QByteArray &id, qint64 timestamp, const QByteArray &body, const QString &secret)
{
    const QByteArray key = secret.startsWith(QLatin1String("whsec_")) ? QByteArray::fromBase64(secret.mid(6).toLatin1())
                                                                      : secret.toUtf8();
    const QByteArray message = id + '.' + QByteArray::number(timestamp) + '.' + body;
    return "v1," + QMessageAuthenticationCode::hash(message, key, QCryptographicHash::Sha256).toBase64();
}

void WebhookPublisher::publish(const PublishJob &job, HttpClient *http,
                               std::function<void(const PublishResult &)> done)
{
    send(job, genericBody(job), QByteArrayLiteral("post"), http, std::move(done));
}

void WebhookPublisher::testConnection(const Integration &integration, const QString &secret, HttpClient *http,
                                      std::function<void(const ConnectionCheck &)> done)
{
    PublishJob probe;
    probe.integration = integration;
    probe.secret = secret;
    probe.endpoint = integration.serviceUrl;
    probe.post.id = QStringLiteral("test-") + QUuid::createUuid().toString(QUuid::WithoutBraces); // a new event each time
    probe.text = tr("Almanac is connected: posts for %1 will appear here.").arg(integration.name.isEmpty() ? integration.id : integration.name);
    const QByteArray body = QJsonDocument(QJsonObject{{QStringLiteral("event"), QStringLiteral("test")},
                                                      {QStringLiteral("integration"), integration.id},
                                                      {QStringLiteral("content"), probe.text}})
                                .toJson(QJsonDocument::Compact);
    send(probe, body, QByteArrayLiteral("test"), http, [done](const PublishResult &r) {
        done({r.kind == PublishResult::Kind::Published,
              r.kind == PublishResult::Kind::Published ? tr("The webhook accepted a test event.") : r.error});
    });
}

void WebhookPublisher::send(const PublishJob &job, const QByteArray &genericJson, const QByteArray &event,
                            HttpClient *http, std::function<void(const PublishResult &)> done)
{
    const QString platform = job.integration.platform;
    HttpRequest request;
    request.method = QByteArrayLiteral("POST");
    request.credentialed = true; // the URL itself, or the signature's key, is the secret
    request.contentType = QByteArrayLiteral("application/json");
    request.transferTimeoutMs = m_timeoutMs;
    const QByteArray id = (job.post.id + u'/' + job.integration.id).toUtf8();
    request.headers.append({QByteArrayLiteral("Idempotency-Key"), id});
    if (platform == u"discord" || platform == u"slack") {
        request.url = QUrl(job.secret, QUrl::StrictMode); // an incoming webhook's URL is its secret
        request.oneShotBody = true; // Discord and Slack cannot drop a repeat: Qt must not resend it on its own
        request.body = QJsonDocument(QJsonObject{{platform == u"discord" ? QStringLiteral("content") : QStringLiteral("text"), job.text}})
                           .toJson(QJsonDocument::Compact);
    } else {
        request.url = QUrl(job.endpoint, QUrl::StrictMode);
        request.body = genericJson;
        if (!job.secret.isEmpty()) {
            const qint64 timestamp = QDateTime::currentSecsSinceEpoch();
            request.headers.append({QByteArrayLiteral("webhook-id"), id});
            request.headers.append({QByteArrayLiteral("webhook-timestamp"), QByteArray::number(timestamp)});
            request.headers.append({QByteArrayLiteral("webhook-signature"), signature(id, timestamp, request.body, job.secret)});
        }
        request.headers.append({QByteArrayLiteral("X-Almanac-Event"), event});
    }
    // Never quote the URL: for Discord and Slack it is the secret.
    if (const QString why = EndpointPolicy::endpointRefusal(request.url); !why.isEmpty())
        return done({PublishResult::Kind::Failed, {},
                     tr("The account %1 has no usable webhook URL: %2").arg(job.integration.name.isEmpty() ? job.integration.id
                                                                                                         : job.integration.name,
                                                                         why)});
    http->send(std::move(request), [done](const HttpResponse &reply) {
        if (reply.succeeded()) {
            const QString link = QJsonDocument::fromJson(reply.body).object().value(u"url").toString();
            return done({PublishResult::Kind::Published, EndpointPolicy::serverUrlRefusal(link).isEmpty() ? link : QString(), {}});
        }
        if (reply.failure != HttpResponse::Failure::None)
            return done({PublishResult::Kind::Retry, {}, reply.error, {}, reply.mayHaveLanded()});
        if (worthRetrying(reply.status))
            return done({PublishResult::Kind::Retry, {}, tr("The webhook answered HTTP %1.").arg(reply.status)});
        done({PublishResult::Kind::Failed, {},
              tr("The webhook refused the post (HTTP %1): %2")
                  .arg(reply.status)
                  .arg(Redaction::redact(QString::fromUtf8(reply.body.left(300)).simplified()))});
    });
}

} // namespace Almanac
