// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/publish/blueskypublisher.h"

#include "app/net/httpclient.h"
#include "app/publish/medialoader.h"
#include "models/domain/endpointpolicy.h"
#include "models/domain/redaction.h"
#include "models/domain/opengraph.h"
#include "models/domain/richtextfacets.h"
#include "models/domain/threadtext.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMimeDatabase>
#include <QSet>
#include <QtEndian>

namespace Almanac {

namespace {

const QString PostCollection = QStringLiteral("app.bsky.feed.post");

// What an unsuccessful answer means: retry (no answer, 429, 5xx) or not.
PublishResult unsuccessful(int status, const QJsonObject &json, const QString &errorString)
{
    if (worthRetrying(status))
        return {PublishResult::Kind::Retry, {},
                status ? BlueskyPublisher::tr("Bluesky answered HTTP %1.").arg(status)
                       : BlueskyPublisher::tr("No answer: %1.").arg(errorString)};
    const QString error = json.value(u"error").toString();
    const QString message = json.value(u"message").toString();
    return {PublishResult::Kind::Failed, {},
            BlueskyPublisher::tr("Bluesky refused it (HTTP %1, %2): %3")
                .arg(status)
                .arg(error.isEmpty() ? QStringLiteral("?") : error, Redaction::redact(message.isEmpty() ? errorString : message))};
}

QStringList stringList(const QJsonValue &value)
{
    QStringList list;
    if (value.isArray()) {
        for (const QJsonValue &v : value.toArray())
            list.append(v.toString());
    } else {
        list = value.toString().split(u',');
    }
    for (QString &s : list)
        s = s.trimmed();
    list.removeAll(QString());
    return list;
}

} // namespace

struct BlueskyPublisher::Job
{
    PublishJob job;
    HttpClient *http = nullptr;
    std::function<void(const PublishResult &)> done;
    QString service;
    Session session;
    QStringList parts;
    QList<MediaRef> images;
    QJsonArray uploaded;            // app.bsky.embed.images#image objects
    QJsonObject card;               // app.bsky.embed.external#external of the first link, or empty
    QString cardNote;               // why the card the preview showed went out otherwise, or empty
    QStringList mentions;           // handles to resolve
    QHash<QString, QString> dids;   // handle → DID, for the ones that resolved
    QJsonObject root, parent;       // strong refs of the thread so far
};

QString BlueskyPublisher::recordKey(const Post &post, const QString &integrationId, int part)
{
    const QByteArray hash = QCryptographicHash::hash(
        QStringLiteral("%1/%2/%3").arg(post.id, integrationId).arg(part).toUtf8(), QCryptographicHash::Sha256);
    const quint64 noise = qFromBigEndian<quint64>(hash.constData());
    // 53 bits of microseconds, 10 bits of "clock id"; the top bit stays 0.
    const quint64 seconds = quint64(std::max<qint64>(0, post.scheduledAt.value_or(post.createdAt)));
    const quint64 micros = (seconds * 1000000 + (noise >> 44) % 1000000) & ((quint64(1) << 53) - 1);
    quint64 tid = (micros << 10) | (noise & 0x3FF);
    static const char alphabet[] = "234567abcdefghijklmnopqrstuvwxyz";
    QString key(13, u'2');
    for (int i = 12; i >= 0; --i, tid >>= 5)
        key[i] = QLatin1Char(alphabet[tid & 31]);
    return key;
}

QString BlueskyPublisher::webUrl(const QString &handle, const QString &atUri)
{
    return QStringLiteral("https://bsky.app/profile/%1/post/%2").arg(handle, atUri.section(u'/', -1));
}

std::shared_ptr<BlueskyPublisher::Job> BlueskyPublisher::makeJob(const PublishJob &publishJob, HttpClient *http,
                                                                 std::function<void(const PublishResult &)> done)
{
    auto job = std::make_shared<Job>();
    job->job = publishJob;
    job->http = http;
    job->done = std::move(done);
    job->service = publishJob.integration.serviceUrl.isEmpty() ? QStringLiteral("https://bsky.social")
                                                               : publishJob.integration.serviceUrl;
    while (job->service.endsWith(u'/'))
        job->service.chop(1);
    if (const QString why = EndpointPolicy::endpointRefusal(QUrl(job->service)); !why.isEmpty()) {
        job->done({PublishResult::Kind::Failed, {}, tr("The account %1 has no usable service URL: %2").arg(publishJob.integration.id, why)});
        return nullptr;
    }
    if (publishJob.integration.handle.isEmpty()) {
        job->done({PublishResult::Kind::Failed, {},
                   tr("The account %1 has no handle to sign in with (--handle).").arg(publishJob.integration.id)});
        return nullptr;
    }
    return job;
}

void BlueskyPublisher::testConnection(const Integration &integration, const QString &secret, HttpClient *http,
                                      std::function<void(const ConnectionCheck &)> done)
{
    PublishJob probe;
    probe.integration = integration;
    probe.secret = secret;
    const auto job = makeJob(probe, http, [done](const PublishResult &r) { done({false, r.error}); });
    if (!job)
        return;
    m_sessions.remove(integration.id); // prove the password, not a session from before
    m_refused.remove(integration.id);
    signIn(job, [job, done] {
        done({true, tr("Signed in to %1 as @%2 (%3).").arg(job->service, job->session.handle, job->session.did)});
    });
}

void BlueskyPublisher::publish(const PublishJob &publishJob, HttpClient *http,
                               std::function<void(const PublishResult &)> done)
{
    const auto job = makeJob(publishJob, http, std::move(done));
    if (!job)
        return;
    job->parts = ThreadText::partsToPublish(true, publishJob.post.postType, publishJob.text);

    // Count and kind are known before anything goes out; sizes as each file is read.
    for (const MediaRef &m : publishJob.post.media)
        if (m.platform.isEmpty() || m.platform == u"bluesky")
            job->images.append(m);
    if (job->images.size() > MaxImages)
        return job->done({PublishResult::Kind::Failed, {},
                          tr("Bluesky takes at most %1 images in a post; this one has %2.").arg(MaxImages).arg(job->images.size())});
    for (const MediaRef &m : std::as_const(job->images))
        if (const QString type = QMimeDatabase().mimeTypeForFile(QUrl(m.url).path(), QMimeDatabase::MatchExtension).name();
            type.startsWith(u"video/"))
            return job->done({PublishResult::Kind::Failed, {},
                              tr("Almanac publishes images to Bluesky, not videos (%1).").arg(m.url)});
    QSet<QString> handles;
    for (const QString &part : std::as_const(job->parts))
        for (const TextFacet &f : findFacets(part))
            if (f.kind == TextFacet::Kind::Mention && !handles.contains(f.value)) {
                handles.insert(f.value);
                job->mentions.append(f.value);
            }

    withSession(job, [this, job] { uploadImage(job, 0); });
}

void BlueskyPublisher::withSession(const std::shared_ptr<Job> &job, std::function<void()> then)
{
    const QString account = job->job.integration.id;
    if (const auto session = m_sessions.constFind(account); session != m_sessions.cend()) {
        job->session = *session;
        return then();
    }
    const QByteArray secretHash = QCryptographicHash::hash(job->job.secret.toUtf8(), QCryptographicHash::Sha256);
    if (const auto refused = m_refused.constFind(account); refused != m_refused.cend()
        && refused->secretHash == secretHash && QDateTime::currentMSecsSinceEpoch() - refused->atMs < 60 * 1000)
        return job->done(refused->result);
    // A round publishing several posts of one account on a cold start signs in once.
    auto &waiting = m_signingIn[account];
    waiting.append({job, std::move(then)});
    if (waiting.size() > 1)
        return;
    signIn(
        job,
        [this, account] {
            const auto jobs = m_signingIn.take(account);
            const Session session = m_sessions.value(account);
            for (const auto &[waiter, next] : jobs) {
                waiter->session = session;
                next();
            }
        },
        [this, account, secretHash](const PublishResult &result) {
            if (result.kind == PublishResult::Kind::Failed)
                m_refused.insert(account, {secretHash, QDateTime::currentMSecsSinceEpoch(), result});
            for (const auto &[waiter, next] : m_signingIn.take(account))
                waiter->done(result);
        });
}

void BlueskyPublisher::xrpc(const std::shared_ptr<Job> &job, const Call &call, Then then, bool renewed)
{
    QUrl url(job->service + QStringLiteral("/xrpc/") + call.method);
    url.setQuery(call.query);
    HttpRequest request;
    request.url = url;
    request.transferTimeoutMs = m_timeoutMs;
    request.credentialed = true; // a token, or the app password in the body
    if (call.auth != Call::Auth::None)
        request.headers.append({QByteArrayLiteral("Authorization"),
                                "Bearer " + (call.auth == Call::Auth::Access ? job->session.accessJwt : job->session.refreshJwt).toUtf8()});
    if (!call.contentType.isEmpty()) {
        request.method = QByteArrayLiteral("POST");
        request.contentType = call.contentType;
        request.body = call.body;
    }
    job->http->send(std::move(request), [this, job, call, then, renewed](const HttpResponse &reply) {
        Answer answer;
        answer.status = reply.failure == HttpResponse::Failure::None ? reply.status : 0;
        answer.json = QJsonDocument::fromJson(reply.body).object();
        answer.errorString = reply.error;
        const QString error = answer.json.value(u"error").toString();
        const bool expired = answer.status == 401 || (answer.status == 400 && (error == u"ExpiredToken" || error == u"InvalidToken"));
        if (expired && call.auth == Call::Auth::Access && !renewed)
            return renew(job, [this, job, call, then] { xrpc(job, call, then, true); });
        then(answer);
    });
}

void BlueskyPublisher::signIn(const std::shared_ptr<Job> &job, std::function<void()> then,
                              std::function<void(const PublishResult &)> failed)
{
    if (!failed)
        failed = [job](const PublishResult &result) { job->done(result); };
    Call call{QStringLiteral("com.atproto.server.createSession"), {}, {}, QByteArrayLiteral("application/json"), Call::Auth::None};
    QString handle = job->job.integration.handle;
    if (handle.startsWith(u'@'))
        handle.remove(0, 1);
    call.body = QJsonDocument(QJsonObject{{QStringLiteral("identifier"), handle}, {QStringLiteral("password"), job->job.secret}})
                    .toJson(QJsonDocument::Compact);
    xrpc(job, call, [this, job, handle, then, failed](const Answer &a) {
        if (a.status == 401)
            return failed({PublishResult::Kind::Failed, {},
                           tr("Bluesky did not accept the handle %1 with the account's app password: %2")
                               .arg(handle, a.json.value(u"message").toString())});
        if (a.status != 200)
            return failed(unsuccessful(a.status, a.json, a.errorString));
        job->session = {a.json.value(u"did").toString(), a.json.value(u"handle").toString(),
                        a.json.value(u"accessJwt").toString(), a.json.value(u"refreshJwt").toString()};
        m_sessions.insert(job->job.integration.id, job->session);
        then();
    });
}

void BlueskyPublisher::renew(const std::shared_ptr<Job> &job, std::function<void()> then)
{
    const Call call{QStringLiteral("com.atproto.server.refreshSession"), {}, {}, QByteArrayLiteral("application/json"),
                    Call::Auth::Refresh};
    xrpc(job, call, [this, job, then](const Answer &a) {
        if (a.status != 200) { // the refresh token expired too: sign in again
            m_sessions.remove(job->job.integration.id);
            return signIn(job, then);
        }
        job->session.accessJwt = a.json.value(u"accessJwt").toString();
        job->session.refreshJwt = a.json.value(u"refreshJwt").toString();
        m_sessions.insert(job->job.integration.id, job->session);
        then();
    });
}

void BlueskyPublisher::uploadImage(const std::shared_ptr<Job> &job, qsizetype index)
{
    if (index == job->images.size())
        return fetchCard(job);
    const MediaRef image = job->images.at(index);
    MediaLoader::load(image, MaxImageBytes, job->http, m_timeoutMs,
                      [this, job, index, image](const LoadedMedia &media, const std::optional<PublishResult> &problem) {
        if (problem)
            return job->done(*problem);
        if (!media.mimeType.startsWith(u"image/"))
            return job->done({PublishResult::Kind::Failed, {},
                              tr("Almanac publishes images to Bluesky; %1 is %2.").arg(image.url, media.mimeType)});
        const Call call{QStringLiteral("com.atproto.repo.uploadBlob"), {}, media.bytes, media.mimeType.toUtf8()};
        xrpc(job, call, [this, job, index, image](const Answer &a) {
            if (a.status != 200)
                return job->done(unsuccessful(a.status, a.json, a.errorString));
            job->uploaded.append(QJsonObject{{QStringLiteral("alt"), image.altText},
                                             {QStringLiteral("image"), a.json.value(u"blob")}});
            uploadImage(job, index + 1);
        });
    });
}

void BlueskyPublisher::fetchCard(const std::shared_ptr<Job> &job)
{
    // The card the Bluesky app would attach: the first link of a post without
    // pictures, unless the post names its own card or turned cards off.
    const QJsonObject settings = job->job.post.platformSettings.value(u"bluesky").toObject();
    QString link;
    for (const TextFacet &f : findFacets(job->parts.value(0)))
        if (f.kind == TextFacet::Kind::Link) {
            link = f.value;
            break;
        }
    // Off as a JSON false, or as the text "false" a CSV import keeps.
    const QJsonValue card = settings.value(u"link_card");
    const bool off = card.isBool() ? !card.toBool() : card.toString().compare(u"false", Qt::CaseInsensitive) == 0;
    if (!job->uploaded.isEmpty() || link.isEmpty() || off || !settings.value(u"blueskyExternalUrl").toString().isEmpty())
        return resolveMention(job, 0);
    HttpRequest page;
    page.url = QUrl(link, QUrl::StrictMode);
    page.media = true; // under the media policy: public hosts unless the local network is allowed
    page.maxBodyBytes = MaxCardPageBytes;
    page.transferTimeoutMs = 5000;
    page.deadlineMs = 10000; // a card is a courtesy: it never holds a post up for long
    job->http->send(std::move(page), [this, job, link](const HttpResponse &reply) {
        const QString host = QUrl(link).host();
        const OpenGraph og = reply.succeeded() ? OpenGraph::read(reply.body, reply.url) : OpenGraph{};
        if (og.isEmpty()) { // the post goes without a card, and the person is told why
            job->cardNote = !reply.succeeded()
                ? tr("It went without its link card: the page at %1 could not be read (%2).")
                      .arg(host, reply.error.isEmpty() ? tr("it answered %1").arg(reply.status) : reply.error)
                : tr("It went without its link card: the page at %1 has no title or description for one.").arg(host);
            return resolveMention(job, 0);
        }
        job->card = QJsonObject{{QStringLiteral("uri"), link}, {QStringLiteral("title"), og.title},
                                {QStringLiteral("description"), og.description}};
        if (og.image.isEmpty())
            return resolveMention(job, 0);
        MediaLoader::load({og.image.toString(QUrl::FullyEncoded), {}, {}}, MaxThumbBytes, job->http, 5000,
                          [this, job, host](const LoadedMedia &media, const std::optional<PublishResult> &problem) {
            const QString noPicture = tr("Its link card went without a picture: the one %1 names could not be used.").arg(host);
            if (problem || !media.mimeType.startsWith(u"image/")) {
                job->cardNote = noPicture;
                return resolveMention(job, 0);
            }
            const Call call{QStringLiteral("com.atproto.repo.uploadBlob"), {}, media.bytes, media.mimeType.toUtf8()};
            xrpc(job, call, [this, job, noPicture](const Answer &a) {
                if (a.status == 200)
                    job->card.insert(QStringLiteral("thumb"), a.json.value(u"blob"));
                else
                    job->cardNote = noPicture;
                resolveMention(job, 0);
            });
        }, 10000); // the picture too holds the post up 10 s at most
    });
}

void BlueskyPublisher::resolveMention(const std::shared_ptr<Job> &job, qsizetype index)
{
    if (index == job->mentions.size())
        return publishPart(job, 0);
    const QString handle = job->mentions.at(index);
    Call call{QStringLiteral("com.atproto.identity.resolveHandle"), {}, {}, {}};
    call.query.addQueryItem(QStringLiteral("handle"), handle);
    xrpc(job, call, [this, job, index, handle](const Answer &a) {
        if (a.status == 200)
            job->dids.insert(handle, a.json.value(u"did").toString());
        else if (a.status != 400) // 400: no such handle; the text stays, without a link to it
            return job->done(unsuccessful(a.status, a.json, a.errorString));
        resolveMention(job, index + 1);
    });
}

QJsonObject BlueskyPublisher::record(const Job &job, qsizetype part) const
{
    const QString text = job.parts.at(part);
    QJsonObject post{{QStringLiteral("$type"), PostCollection},
                     {QStringLiteral("text"), text},
                     {QStringLiteral("createdAt"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)}};
    QJsonArray facets;
    for (const TextFacet &f : findFacets(text)) {
        QJsonObject feature;
        switch (f.kind) {
        case TextFacet::Kind::Link:
            feature = {{QStringLiteral("$type"), QStringLiteral("app.bsky.richtext.facet#link")}, {QStringLiteral("uri"), f.value}};
            break;
        case TextFacet::Kind::Mention:
            if (!job.dids.contains(f.value))
                continue;
            feature = {{QStringLiteral("$type"), QStringLiteral("app.bsky.richtext.facet#mention")},
                       {QStringLiteral("did"), job.dids.value(f.value)}};
            break;
        case TextFacet::Kind::Tag:
            feature = {{QStringLiteral("$type"), QStringLiteral("app.bsky.richtext.facet#tag")}, {QStringLiteral("tag"), f.value}};
            break;
        }
        facets.append(QJsonObject{
            {QStringLiteral("index"), QJsonObject{{QStringLiteral("byteStart"), f.byteStart}, {QStringLiteral("byteEnd"), f.byteEnd}}},
            {QStringLiteral("features"), QJsonArray{feature}}});
    }
    if (!facets.isEmpty())
        post.insert(QStringLiteral("facets"), facets);

    const QJsonObject settings = job.job.post.platformSettings.value(u"bluesky").toObject();
    if (const QStringList tags = stringList(settings.value(u"blueskyTags")); !tags.isEmpty())
        post.insert(QStringLiteral("tags"), QJsonArray::fromStringList(tags.mid(0, 8)));
    if (const QStringList labels = stringList(settings.value(u"blueskyLabels")); !labels.isEmpty()) {
        QJsonArray values;
        for (const QString &label : labels)
            values.append(QJsonObject{{QStringLiteral("val"), label}});
        post.insert(QStringLiteral("labels"), QJsonObject{{QStringLiteral("$type"), QStringLiteral("com.atproto.label.defs#selfLabels")},
                                                          {QStringLiteral("values"), values}});
    }
    if (part == 0 && !job.uploaded.isEmpty()) {
        post.insert(QStringLiteral("embed"), QJsonObject{{QStringLiteral("$type"), QStringLiteral("app.bsky.embed.images")},
                                                         {QStringLiteral("images"), job.uploaded}});
    } else if (const QString external = settings.value(u"blueskyExternalUrl").toString(); part == 0 && !external.isEmpty()) {
        post.insert(QStringLiteral("embed"),
                    QJsonObject{{QStringLiteral("$type"), QStringLiteral("app.bsky.embed.external")},
                                {QStringLiteral("external"),
                                 QJsonObject{{QStringLiteral("uri"), external},
                                             {QStringLiteral("title"), settings.value(u"blueskyExternalTitle").toString()},
                                             {QStringLiteral("description"), settings.value(u"blueskyExternalDescription").toString()}}}});
    } else if (part == 0 && !job.card.isEmpty()) {
        post.insert(QStringLiteral("embed"), QJsonObject{{QStringLiteral("$type"), QStringLiteral("app.bsky.embed.external")},
                                                         {QStringLiteral("external"), job.card}});
    }
    if (part > 0)
        post.insert(QStringLiteral("reply"), QJsonObject{{QStringLiteral("root"), job.root}, {QStringLiteral("parent"), job.parent}});
    return post;
}

void BlueskyPublisher::publishPart(const std::shared_ptr<Job> &job, qsizetype part)
{
    if (part == job->parts.size()) {
        const QString uri = job->root.value(u"uri").toString();
        return job->done({PublishResult::Kind::Published, webUrl(job->session.handle, uri), {}, uri, false, job->cardNote});
    }
    const QString key = recordKey(job->job.post, job->job.integration.id, int(part));
    // Did an earlier try make this part already? Then its answer was lost: take it, post nothing.
    Call lookup{QStringLiteral("com.atproto.repo.getRecord"), {}, {}, {}};
    lookup.query.addQueryItem(QStringLiteral("repo"), job->session.did);
    lookup.query.addQueryItem(QStringLiteral("collection"), PostCollection);
    lookup.query.addQueryItem(QStringLiteral("rkey"), key);
    xrpc(job, lookup, [this, job, part, key](const Answer &found) {
        if (found.status == 200) {
            // An earlier try made it, card or not: this try's fetch says nothing of what went out.
            if (part == 0)
                job->cardNote.clear();
            return partLanded(job, part, found.json);
        }
        if (found.status != 404 && found.json.value(u"error").toString() != u"RecordNotFound")
            return job->done(unsuccessful(found.status, found.json, found.errorString));
        const QJsonObject body{{QStringLiteral("repo"), job->session.did},
                               {QStringLiteral("collection"), PostCollection},
                               {QStringLiteral("rkey"), key},
                               {QStringLiteral("record"), record(*job, part)}};
        const Call create{QStringLiteral("com.atproto.repo.createRecord"), {}, QJsonDocument(body).toJson(QJsonDocument::Compact),
                          QByteArrayLiteral("application/json")};
        xrpc(job, create, [this, job, part](const Answer &made) {
            if (made.status != 200)
                return job->done(unsuccessful(made.status, made.json, made.errorString));
            partLanded(job, part, made.json);
        });
    });
}

void BlueskyPublisher::partLanded(const std::shared_ptr<Job> &job, qsizetype part, const QJsonObject &ref)
{
    const QJsonObject strongRef{{QStringLiteral("uri"), ref.value(u"uri")}, {QStringLiteral("cid"), ref.value(u"cid")}};
    if (part == 0)
        job->root = strongRef;
    job->parent = strongRef;
    publishPart(job, part + 1);
}

} // namespace Almanac
