// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/publish/mastodonpublisher.h"

#include "app/net/httpclient.h"
#include "app/publish/medialoader.h"
#include "models/domain/endpointpolicy.h"
#include "models/domain/redaction.h"
#include "models/domain/threadtext.h"

#include <QCoreApplication>
#include <QHttpMultiPart>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

namespace Almanac {

namespace {

// An endpoint of the instance at `serviceUrl` (with or without a trailing "/").
QUrl endpoint(QString serviceUrl, const QString &path)
{
    while (serviceUrl.endsWith(u'/'))
        serviceUrl.chop(1);
    return serviceUrl.isEmpty() ? QUrl() : QUrl(serviceUrl + path);
}

// What a reply that is not a success means: retry (no answer, 429, 5xx) or not.
PublishResult unsuccessful(const HttpResponse &reply)
{
    if (reply.failure != HttpResponse::Failure::None)
        return {PublishResult::Kind::Retry, {}, reply.error};
    const int status = reply.status;
    const QString message = QJsonDocument::fromJson(reply.body).object().value(u"error").toString();
    if (worthRetrying(status))
        return {PublishResult::Kind::Retry, {}, MastodonPublisher::tr("Mastodon answered HTTP %1.").arg(status)};
    return {PublishResult::Kind::Failed, {},
            MastodonPublisher::tr("Mastodon refused it (HTTP %1): %2")
                .arg(status)
                .arg(Redaction::redact(message.isEmpty() ? QString::fromUtf8(reply.body.left(300)) : message))};
}

} // namespace

struct MastodonPublisher::Job
{
    PublishJob job;
    HttpClient *http = nullptr;
    std::function<void(const PublishResult &)> done;
    QStringList parts;
    QStringList mediaIds;
    QString replyTo;  // the status the next part answers
    QString firstUrl; // the thread's first status, as the post's link
};

PlatformLimits MastodonPublisher::instanceLimits(const QByteArray &instanceJson)
{
    // GET /api/v2/instance: configuration.statuses.{max_characters, characters_reserved_per_url, max_media_attachments}.
    const QJsonObject statuses = QJsonDocument::fromJson(instanceJson).object()[u"configuration"][u"statuses"].toObject();
    return PlatformLimits::bounded(statuses[u"max_characters"].toInt(), statuses[u"characters_reserved_per_url"].toInt(),
                                   statuses[u"max_media_attachments"].toInt());
}

HttpRequest MastodonPublisher::request(const Job &job, const QString &path) const
{
    HttpRequest r;
    r.url = endpoint(job.job.integration.serviceUrl, path);
    r.headers.append({QByteArrayLiteral("Authorization"), "Bearer " + job.job.secret.toUtf8()});
    r.credentialed = true;
    r.transferTimeoutMs = m_timeoutMs;
    return r;
}

void MastodonPublisher::publish(const PublishJob &publishJob, HttpClient *http,
                                std::function<void(const PublishResult &)> done)
{
    auto job = std::make_shared<Job>();
    job->job = publishJob;
    job->http = http;
    job->done = std::move(done);
    job->parts = ThreadText::partsToPublish(true, publishJob.post.postType, publishJob.text);
    if (publishJob.integration.serviceUrl.isEmpty())
        return job->done({PublishResult::Kind::Failed, {}, tr("The account %1 has no instance URL (--service-url).").arg(publishJob.integration.id)});
    if (const QString why = EndpointPolicy::endpointRefusal(QUrl(publishJob.integration.serviceUrl)); !why.isEmpty())
        return job->done({PublishResult::Kind::Failed, {}, why});
    uploadMedia(job, 0);
}

void MastodonPublisher::testConnection(const Integration &integration, const QString &secret, HttpClient *http,
                                       std::function<void(const ConnectionCheck &)> done)
{
    if (integration.serviceUrl.isEmpty())
        return done({false, tr("Enter the instance's URL, like https://mastodon.social.")});
    if (const QString why = EndpointPolicy::endpointRefusal(QUrl(integration.serviceUrl)); !why.isEmpty())
        return done({false, why});
    Job probe;
    probe.job.integration = integration;
    probe.job.secret = secret;
    http->send(request(probe, QStringLiteral("/api/v1/accounts/verify_credentials")),
               [done, http, integration, timeoutMs = m_timeoutMs](const HttpResponse &reply) {
        if (reply.failure != HttpResponse::Failure::None || reply.status != 200)
            return done({false, unsuccessful(reply).error});
        const QString account = QJsonDocument::fromJson(reply.body).object().value(u"acct").toString();
        const QString note = EndpointPolicy::loopbackNote(QUrl(integration.serviceUrl));
        const QString signedIn = tr("Signed in to %1 as @%2.").arg(integration.serviceUrl, account)
            + (note.isEmpty() ? QString() : u' ' + note);
        readInstanceLimits(integration, timeoutMs, http, [done, signedIn](std::optional<PlatformLimits> limits) {
            done({true,
                  limits ? signedIn + u' ' + tr("This instance takes up to %n characters per post.", nullptr, limits->maxCharacters)
                         : signedIn,
                  limits.value_or(PlatformLimits{})});
        });
    });
}

void MastodonPublisher::readLimits(const Integration &integration, HttpClient *http,
                                   std::function<void(std::optional<PlatformLimits>)> done)
{
    readInstanceLimits(integration, m_timeoutMs, http, std::move(done));
}

// Static, so a reply that comes after the publisher is gone touches nothing of it.
void MastodonPublisher::readInstanceLimits(const Integration &integration, int timeoutMs, HttpClient *http,
                                           std::function<void(std::optional<PlatformLimits>)> done)
{
    const QUrl url = endpoint(integration.serviceUrl, QStringLiteral("/api/v2/instance"));
    if (url.isEmpty() || !EndpointPolicy::endpointRefusal(url).isEmpty())
        return done(std::nullopt);
    // Each instance sets its own limits, publicly (no token is sent); one that
    // does not say keeps Mastodon's 500, 23 and 4.
    HttpRequest info;
    info.url = url;
    info.credentialed = true; // no token, but the account's own server must answer: no redirect elsewhere
    info.transferTimeoutMs = timeoutMs;
    info.deadlineMs = timeoutMs;
    http->send(info, [done](const HttpResponse &reply) {
        const PlatformLimits limits = reply.succeeded() ? instanceLimits(reply.body) : PlatformLimits{};
        done(limits.maxCharacters > 0 ? std::optional(limits) : std::nullopt);
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
    MediaLoader::load(m, MaxMediaBytes, job->http, m_timeoutMs,
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
        HttpRequest upload = request(*job, QStringLiteral("/api/v2/media"));
        upload.method = QByteArrayLiteral("POST");
        upload.multipart = form;
        upload.deadlineMs = 10 * 60 * 1000; // a large video on a slow line
        job->http->send(std::move(upload), [this, job, index](const HttpResponse &reply) {
            if (reply.failure != HttpResponse::Failure::None || (reply.status != 200 && reply.status != 202))
                return job->done(unsuccessful(reply));
            const int status = reply.status;
            const QJsonObject uploaded = QJsonDocument::fromJson(reply.body).object();
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
    QTimer::singleShot(m_pollMs, job->http, [this, job, index, id, polls] {
        job->http->send(request(*job, QStringLiteral("/api/v1/media/") + QString::fromUtf8(QUrl::toPercentEncoding(id))),
                        [this, job, index, id, polls](const HttpResponse &reply) {
            if (reply.failure == HttpResponse::Failure::None && reply.status == 206)
                return waitForMedia(job, index, id, polls + 1); // not processed yet
            if (reply.failure != HttpResponse::Failure::None || reply.status != 200) // 422: the instance could not process it
                return job->done(unsuccessful(reply));
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
    HttpRequest r = request(*job, QStringLiteral("/api/v1/statuses"));
    r.method = QByteArrayLiteral("POST");
    r.contentType = QByteArrayLiteral("application/json");
    // The same key on every try of this part: Mastodon answers a repeat with the status it made.
    r.headers.append({QByteArrayLiteral("Idempotency-Key"),
                      QStringLiteral("%1/%2/%3").arg(job->job.post.id, job->job.integration.id).arg(part).toUtf8()});
    r.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    job->http->send(std::move(r), [this, job, part](const HttpResponse &reply) {
        if (reply.failure != HttpResponse::Failure::None || reply.status != 200) {
            PublishResult result = unsuccessful(reply);
            result.outcomeUnknown = reply.mayHaveLanded() || part > 0; // a thread begun is not to be begun again blindly
            return job->done(result);
        }
        const QJsonObject made = QJsonDocument::fromJson(reply.body).object();
        job->replyTo = made.value(u"id").toString();
        if (part == 0) {
            const QString url = made.value(u"url").toString();
            job->firstUrl = EndpointPolicy::serverUrlRefusal(url).isEmpty() ? url : QString();
        }
        postPart(job, part + 1);
    });
}

} // namespace Almanac
