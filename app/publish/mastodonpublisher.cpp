// SPDX-License-Identifier: GPL-3.0-or-later
#include "mastodonpublisher.h"

#include "domain/threadtext.h"
#include "medialoader.h"

#include <QCoreApplication>
#include <QHttpMultiPart>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>

namespace Almanac {

namespace {

// What a reply that is not a success means: retry (no answer, 429, 5xx) or not.
PublishResult unsuccessful(QNetworkReply *reply, const QByteArray &body)
{
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QString message = QJsonDocument::fromJson(body).object().value(u"error").toString();
    if (worthRetrying(status))
        return {PublishResult::Kind::Retry, {},
                status ? MastodonPublisher::tr("Mastodon answered HTTP %1.").arg(status)
                       : MastodonPublisher::tr("No answer: %1.").arg(reply->errorString())};
    return {PublishResult::Kind::Failed, {},
            MastodonPublisher::tr("Mastodon refused it (HTTP %1): %2")
                .arg(status)
                .arg(message.isEmpty() ? QString::fromUtf8(body.left(300)) : message)};
}

} // namespace

struct MastodonPublisher::Job
{
    PublishJob job;
    QNetworkAccessManager *network = nullptr;
    std::function<void(const PublishResult &)> done;
    QStringList parts;
    QStringList mediaIds;
    QString replyTo;  // the status the next part answers
    QString firstUrl; // the thread's first status, as the post's link
};

QNetworkRequest MastodonPublisher::request(const Job &job, const QString &path) const
{
    QString base = job.job.integration.serviceUrl;
    while (base.endsWith(u'/'))
        base.chop(1);
    QNetworkRequest r(QUrl(base + path));
    r.setRawHeader("Authorization", "Bearer " + job.job.secret.toUtf8());
    r.setTransferTimeout(m_timeoutMs);
    return r;
}

void MastodonPublisher::publish(const PublishJob &publishJob, QNetworkAccessManager *network,
                                std::function<void(const PublishResult &)> done)
{
    auto job = std::make_shared<Job>();
    job->job = publishJob;
    job->network = network;
    job->done = std::move(done);
    job->parts = publishJob.post.postType == u"thread" ? ThreadText::parts(publishJob.text) : QStringList{publishJob.text};
    if (!QUrl(publishJob.integration.serviceUrl).isValid() || publishJob.integration.serviceUrl.isEmpty())
        return job->done({PublishResult::Kind::Failed, {}, tr("The account %1 has no instance URL (--service-url).").arg(publishJob.integration.id)});
    uploadMedia(job, 0);
}

void MastodonPublisher::testConnection(const Integration &integration, const QString &secret, QNetworkAccessManager *network,
                                       std::function<void(const ConnectionCheck &)> done)
{
    if (!QUrl(integration.serviceUrl).isValid() || integration.serviceUrl.isEmpty())
        return done({false, tr("Enter the instance's URL, like https://mastodon.social.")});
    Job probe;
    probe.job.integration = integration;
    probe.job.secret = secret;
    QNetworkReply *reply = network->get(request(probe, QStringLiteral("/api/v1/accounts/verify_credentials")));
    QObject::connect(reply, &QNetworkReply::finished, reply, [reply, done, instance = integration.serviceUrl] {
        reply->deleteLater();
        const QByteArray body = reply->readAll();
        if (reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() != 200)
            return done({false, unsuccessful(reply, body).error});
        const QString account = QJsonDocument::fromJson(body).object().value(u"acct").toString();
        done({true, tr("Signed in to %1 as @%2.").arg(instance, account)});
    });
}

void MastodonPublisher::uploadMedia(const std::shared_ptr<Job> &job, qsizetype index)
{
    const QList<MediaRef> &media = job->job.post.media;
    if (index == media.size())
        return postPart(job, 0);
    const MediaRef m = media.at(index);
    if (!m.platform.isEmpty() && m.platform != u"mastodon")
        return uploadMedia(job, index + 1);
    MediaLoader::load(m, MaxMediaBytes, job->network, m_timeoutMs,
                      [this, job, index, m](const LoadedMedia &loaded, const std::optional<PublishResult> &problem) {
        if (problem)
            return job->done(*problem);
        auto *form = new QHttpMultiPart(QHttpMultiPart::FormDataType);
        QHttpPart filePart;
        filePart.setHeader(QNetworkRequest::ContentTypeHeader, loaded.mimeType);
        filePart.setHeader(QNetworkRequest::ContentDispositionHeader,
                           QStringLiteral("form-data; name=\"file\"; filename=\"%1\"").arg(loaded.fileName));
        filePart.setBody(loaded.bytes);
        form->append(filePart);
        if (!m.altText.isEmpty()) {
            QHttpPart description;
            description.setHeader(QNetworkRequest::ContentDispositionHeader, QStringLiteral("form-data; name=\"description\""));
            description.setBody(m.altText.toUtf8());
            form->append(description);
        }
        QNetworkReply *reply = job->network->post(request(*job, QStringLiteral("/api/v2/media")), form);
        form->setParent(reply);
        QObject::connect(reply, &QNetworkReply::finished, reply, [this, job, index, reply] {
            reply->deleteLater();
            const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            const QByteArray body = reply->readAll();
            if (status != 200 && status != 202)
                return job->done(unsuccessful(reply, body));
            const QJsonObject uploaded = QJsonDocument::fromJson(body).object();
            if (status == 202 || uploaded.value(u"url").isNull())
                return waitForMedia(job, index, uploaded.value(u"id").toString(), 0); // still processing
            job->mediaIds.append(uploaded.value(u"id").toString());
            uploadMedia(job, index + 1);
        });
    });
}

void MastodonPublisher::waitForMedia(const std::shared_ptr<Job> &job, qsizetype index, const QString &id, int polls)
{
    // Processing a long video can take minutes; past ten, try again later rather than hold the round.
    if (qint64(polls) * m_pollMs > 10 * 60 * 1000)
        return job->done({PublishResult::Kind::Retry, {}, tr("Mastodon was still processing the media after 10 minutes.")});
    QTimer::singleShot(m_pollMs, job->network, [this, job, index, id, polls] {
        QNetworkReply *reply = job->network->get(request(*job, QStringLiteral("/api/v1/media/") + id));
        QObject::connect(reply, &QNetworkReply::finished, reply, [this, job, index, id, polls, reply] {
            reply->deleteLater();
            const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            const QByteArray body = reply->readAll();
            if (status == 206)
                return waitForMedia(job, index, id, polls + 1); // not processed yet
            if (status != 200) // 422: the instance could not process it
                return job->done(unsuccessful(reply, body));
            job->mediaIds.append(id);
            uploadMedia(job, index + 1);
        });
    });
}

void MastodonPublisher::postPart(const std::shared_ptr<Job> &job, qsizetype part)
{
    if (part == job->parts.size())
        return job->done({PublishResult::Kind::Published, job->firstUrl, {}});
    const QJsonObject settings = job->job.post.platformSettings.value(u"mastodon").toObject();
    QJsonObject body{{QStringLiteral("status"), job->parts.at(part)},
                     {QStringLiteral("visibility"), settings.value(u"visibility").toString(QStringLiteral("public"))}};
    if (const QString spoiler = settings.value(u"spoiler_text").toString(); !spoiler.isEmpty())
        body.insert(QStringLiteral("spoiler_text"), spoiler);
    if (part == 0 && !job->mediaIds.isEmpty())
        body.insert(QStringLiteral("media_ids"), QJsonArray::fromStringList(job->mediaIds));
    if (!job->replyTo.isEmpty())
        body.insert(QStringLiteral("in_reply_to_id"), job->replyTo);
    QNetworkRequest r = request(*job, QStringLiteral("/api/v1/statuses"));
    r.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    // The same key on every try of this part: Mastodon answers a repeat with the status it made.
    r.setRawHeader("Idempotency-Key",
                   QStringLiteral("%1/%2/%3").arg(job->job.post.id, job->job.integration.id).arg(part).toUtf8());
    QNetworkReply *reply = job->network->post(r, QJsonDocument(body).toJson(QJsonDocument::Compact));
    QObject::connect(reply, &QNetworkReply::finished, reply, [this, job, part, reply] {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QByteArray answer = reply->readAll();
        if (status != 200)
            return job->done(unsuccessful(reply, answer));
        const QJsonObject made = QJsonDocument::fromJson(answer).object();
        job->replyTo = made.value(u"id").toString();
        if (part == 0)
            job->firstUrl = made.value(u"url").toString();
        postPart(job, part + 1);
    });
}

} // namespace Almanac
