// SPDX-License-Identifier: GPL-3.0-or-later
#include "webhookpublisher.h"

#include "domain/clock.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageAuthenticationCode>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QUuid>

namespace Almanac {

namespace {

} // namespace

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

QByteArray WebhookPublisher::signature(const QByteArray &body, const QString &secret)
{
    return "sha256=" + QMessageAuthenticationCode::hash(body, secret.toUtf8(), QCryptographicHash::Sha256).toHex();
}

void WebhookPublisher::publish(const PublishJob &job, QNetworkAccessManager *network,
                               std::function<void(const PublishResult &)> done)
{
    send(job, genericBody(job), QByteArrayLiteral("post"), network, std::move(done));
}

void WebhookPublisher::testConnection(const Integration &integration, const QString &secret, QNetworkAccessManager *network,
                                      std::function<void(const ConnectionCheck &)> done)
{
    PublishJob probe;
    probe.integration = integration;
    probe.secret = secret;
    probe.post.id = QStringLiteral("test-") + QUuid::createUuid().toString(QUuid::WithoutBraces); // a new event each time
    probe.text = tr("Almanac is connected: posts for %1 will appear here.").arg(integration.name.isEmpty() ? integration.id : integration.name);
    const QByteArray body = QJsonDocument(QJsonObject{{QStringLiteral("event"), QStringLiteral("test")},
                                                      {QStringLiteral("integration"), integration.id},
                                                      {QStringLiteral("content"), probe.text}})
                                .toJson(QJsonDocument::Compact);
    send(probe, body, QByteArrayLiteral("test"), network, [done](const PublishResult &r) {
        done({r.kind == PublishResult::Kind::Published,
              r.kind == PublishResult::Kind::Published ? tr("The webhook accepted a test event.") : r.error});
    });
}

void WebhookPublisher::send(const PublishJob &job, const QByteArray &genericJson, const QByteArray &event,
                            QNetworkAccessManager *network, std::function<void(const PublishResult &)> done)
{
    const QString platform = job.integration.platform;
    QUrl url;
    QByteArray body;
    QNetworkRequest request;
    if (platform == u"discord" || platform == u"slack") {
        url = QUrl(job.secret); // an incoming webhook's URL is its secret
        body = QJsonDocument(QJsonObject{{platform == u"discord" ? QStringLiteral("content") : QStringLiteral("text"), job.text}})
                   .toJson(QJsonDocument::Compact);
    } else {
        url = QUrl(job.integration.serviceUrl);
        body = genericJson;
        if (!job.secret.isEmpty())
            request.setRawHeader("X-Almanac-Signature", signature(body, job.secret));
        request.setRawHeader("X-Almanac-Event", event);
    }
    if (!url.isValid() || (url.scheme() != u"https" && url.scheme() != u"http"))
        return done({PublishResult::Kind::Failed, {},
                     tr("The account %1 has no usable webhook URL (\"%2\").").arg(job.integration.id, url.toString())});
    request.setUrl(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setRawHeader("Idempotency-Key", (job.post.id + u'/' + job.integration.id).toUtf8());
    request.setTransferTimeout(m_timeoutMs);
    QNetworkReply *reply = network->post(request, body);
    QObject::connect(reply, &QNetworkReply::finished, reply, [reply, done] {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QByteArray answer = reply->isOpen() ? reply->readAll() : QByteArray();
        if (status >= 200 && status < 300) {
            const QString link = QJsonDocument::fromJson(answer).object().value(u"url").toString();
            return done({PublishResult::Kind::Published, link, {}});
        }
        if (worthRetrying(status))
            return done({PublishResult::Kind::Retry, {},
                         status ? tr("The webhook answered HTTP %1.").arg(status) : tr("No answer: %1.").arg(reply->errorString())});
        done({PublishResult::Kind::Failed, {},
              tr("The webhook refused the post (HTTP %1): %2").arg(status).arg(QString::fromUtf8(answer.left(300)).simplified())});
    });
}

} // namespace Almanac
