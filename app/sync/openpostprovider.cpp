// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/sync/openpostprovider.h"

#include "app/publish/medialoader.h"
#include "models/domain/clock.h"
#include "models/domain/mediapolicy.h"
#include "models/domain/platform.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Almanac {

namespace {

QJsonObject renamedPlatforms(const QJsonObject &byPlatform)
{
    QJsonObject out;
    for (auto it = byPlatform.begin(); it != byPlatform.end(); ++it)
        out.insert(OpenPostProvider::platformName(it.key()), it.value());
    return out;
}

// A post's settings as OpenPost takes them: without the ones only Almanac's own publishers read.
QJsonObject openPostSettingsOf(const QJsonObject &byPlatform)
{
    QJsonObject out;
    for (auto it = byPlatform.begin(); it != byPlatform.end(); ++it) {
        QJsonObject settings = it.value().toObject();
        if (const Platform *p = PlatformCatalog::find(it.key()))
            for (const SettingField &local : p->localSettings)
                settings.remove(local.name);
        if (!settings.isEmpty())
            out.insert(OpenPostProvider::platformName(it.key()), settings);
    }
    return out;
}

QList<ItemOutcome> all(qsizetype n, const ItemOutcome &outcome)
{
    return QList<ItemOutcome>(n, outcome);
}

} // namespace

QString OpenPostProvider::platformName(const QString &platformId)
{
    return platformId == u"x" ? QStringLiteral("twitter") : platformId;
}

QList<RemoteTargetState> OpenPostProvider::targetStatuses(const QByteArray &body) const
{
    // Seed 001: data.post_targets[] = {status, platform_post_url, integrations: {platform}}.
    QList<RemoteTargetState> out;
    const QJsonObject post = QJsonDocument::fromJson(body).object().value(u"data").toObject();
    for (const QJsonValue &v : post.value(u"post_targets").toArray()) {
        const QJsonObject t = v.toObject();
        const QString platform = t.value(u"integrations").toObject().value(u"platform").toString();
        RemoteTargetState s;
        s.platform = platform == u"twitter" ? QStringLiteral("x") : platform;
        const QString status = t.value(u"status").toString();
        // OpenPost's "pending" is still to come: scheduled, as Almanac calls it.
        s.status = status == u"published" || status == u"failed" || status == u"publishing" ? status : QStringLiteral("scheduled");
        s.url = t.value(u"platform_post_url").toString();
        s.error = t.value(u"error").toString();
        out.append(s);
    }
    return out;
}

QList<std::pair<QString, QString>> OpenPostProvider::remoteAccounts(const QByteArray &body) const
{
    QList<std::pair<QString, QString>> out;
    for (const QJsonValue &v : QJsonDocument::fromJson(body).object().value(u"data").toArray()) {
        const QJsonObject in = v.toObject();
        const QString platform = in.value(u"platform").toString();
        out.append({in.value(u"id").toString(), platform == u"twitter" ? QStringLiteral("x") : platform});
    }
    return out;
}

void OpenPostProvider::authorize(HttpRequest &request, const QString &apiKey) const
{
    request.headers.append({"Authorization", "Bearer " + apiKey.toUtf8()});
    request.credentialed = true;
}

QJsonObject OpenPostProvider::postBody(const SyncItem &item)
{
    const Post &p = *item.post;
    QJsonObject body{{QStringLiteral("content"), p.content}};
    if (item.operation == u"create")
        body.insert(QStringLiteral("integrations"), QJsonArray::fromStringList(item.remoteIntegrations));
    // OpenPost keeps a post without schedule_at as a draft.
    if (p.status != PostStatus::Draft && p.scheduledAt)
        body.insert(QStringLiteral("schedule_at"), isoUtc(*p.scheduledAt));
    else if (item.operation == u"update")
        body.insert(QStringLiteral("schedule_at"), QJsonValue::Null);
    body.insert(QStringLiteral("tags"), QJsonArray::fromStringList(p.tags));
    if (item.operation == u"create") {
        if (!p.platformOverrides.isEmpty())
            body.insert(QStringLiteral("platform_overrides"), renamedPlatforms(p.platformOverrides));
        if (const QJsonObject settings = openPostSettingsOf(p.platformSettings); !settings.isEmpty())
            body.insert(QStringLiteral("platform_settings"), settings);
        if (!p.media.isEmpty()) {
            QJsonArray media;
            for (const MediaRef &m : p.media)
                media.append(m.url); // uploaded local files are swapped for their ids by createGroup
            body.insert(QStringLiteral("media"), media);
        }
    }
    return body;
}

struct OpenPostProvider::Upload
{
    QList<SyncItem> items;
    QByteArray batchKey;
    Send send;
    Done done;
    QStringList files;                // media urls of local files, in order
    QHash<QString, QString> mediaIds; // media url as the post has it -> OpenPost's id
};

namespace {

// The file behind a media reference on this computer (file:// or an absolute path), or empty.
QString localPath(const QString &url)
{
    return MediaPolicy::isLocalFile(url) ? MediaPolicy::localPath(url) : QString();
}

// The largest file Almanac hands to a pre-signed upload (a long video).
constexpr qint64 MaxUploadBytes = qint64(1) << 30;

} // namespace

void OpenPostProvider::push(const QList<SyncItem> &items, const QByteArray &batchKey, const Send &send, const Done &done)
{
    const SyncItem &first = items.first();
    if (first.operation == u"create") {
        auto upload = std::make_shared<Upload>(Upload{items, batchKey, send, done, {}, {}});
        for (const SyncItem &item : items)
            for (const MediaRef &m : item.post->media)
                if (!localPath(m.url).isEmpty() && !upload->files.contains(m.url))
                    upload->files.append(m.url);
        if (upload->files.isEmpty())
            return createGroup(items, batchKey, {}, send, done);
        return uploadMedia(upload, 0);
    }

    const QString path = QStringLiteral("/v1/posts/") + QString::fromUtf8(QUrl::toPercentEncoding(first.remoteId));
    HttpCall call;
    call.idempotencyKey = batchKey;
    if (first.operation == u"update") {
        call.method = "PATCH";
        call.path = path;
        call.body = QJsonDocument(postBody(first)).toJson(QJsonDocument::Compact);
    } else if (first.operation == u"delete") {
        call.method = "DELETE";
        call.path = path;
    } else {
        call.method = "POST";
        call.path = path + QStringLiteral("/publish");
    }
    send(call, [first, done](const HttpReply &reply) {
        if (reply.status >= 200 && reply.status < 300)
            return done({ItemOutcome::synced(first.remoteId)});
        if (first.operation == u"delete" && reply.status == 404)
            return done({ItemOutcome::synced(first.remoteId)}); // already gone: what a delete wants
        if (reply.status == 400 && first.operation == u"update")
            return done({ItemOutcome::failed(tr("OpenPost refused the edit: %1 (only drafts and scheduled posts can be "
                                                "edited).").arg(serverMessage(reply)))});
        done({unsuccessful(reply)});
    });
}

void OpenPostProvider::uploadMedia(const std::shared_ptr<Upload> &upload, qsizetype index)
{
    if (index == upload->files.size())
        return createGroup(upload->items, upload->batchKey, upload->mediaIds, upload->send, upload->done);
    const QString url = upload->files.at(index);
    Result<LoadedMedia> file = MediaLoader::readLocalFile(localPath(url), MaxUploadBytes);
    if (!file)
        return upload->done(all(upload->items.size(), ItemOutcome::failed(file.error())));
    const QByteArray bytes = file.value().bytes;
    const QString type = file.value().mimeType;
    const QJsonObject request{{QStringLiteral("filename"), file.value().fileName},
                              {QStringLiteral("content_type"), type},
                              {QStringLiteral("size"), bytes.size()}};
    // Its own key per file: a resend of the upload request gets the same slot.
    const HttpCall ask{"POST", QStringLiteral("/v1/media/upload"), QJsonDocument(request).toJson(QJsonDocument::Compact),
                       "application/json", upload->batchKey + "-media-" + QByteArray::number(index), 0};
    upload->send(ask, [this, upload, index, url, bytes, type](const HttpReply &reply) {
        if (reply.status != 200 && reply.status != 201)
            return upload->done(all(upload->items.size(), unsuccessful(reply)));
        const QJsonObject slot = QJsonDocument::fromJson(reply.body).object();
        const QString id = slot.value(u"id").toString();
        const QString target = slot.value(u"upload_url").toString();
        if (id.isEmpty() || target.isEmpty()) {
            ItemOutcome unreadable;
            unreadable.message = tr("OpenPost's answer to the media upload could not be read.");
            return upload->done(all(upload->items.size(), unreadable));
        }
        // A pre-signed URL carries its own authority; it must be a whole address,
        // or the engine would read it as a path on the API (with the key). The
        // engine holds it to the rules for addresses a server hands back.
        if (const QUrl slotUrl(target, QUrl::StrictMode); slotUrl.isRelative() || slotUrl.host().isEmpty()) {
            ItemOutcome refused;
            refused.message = tr("OpenPost handed back an upload address that is not a full https:// address.");
            return upload->done(all(upload->items.size(), refused));
        }
        const HttpCall put{"PUT", target, bytes, type.toUtf8(), {}, 0};
        upload->send(put, [this, upload, index, url, id](const HttpReply &stored) {
            if (stored.status < 200 || stored.status >= 300)
                return upload->done(all(upload->items.size(), unsuccessful(stored)));
            upload->mediaIds.insert(url, id);
            uploadMedia(upload, index + 1);
        });
    });
}

void OpenPostProvider::createGroup(const QList<SyncItem> &items, const QByteArray &batchKey,
                                   const QHash<QString, QString> &mediaIds, const Send &send, const Done &done)
{
    QJsonArray posts;
    for (const SyncItem &item : items) {
        QJsonObject body = postBody(item);
        if (!mediaIds.isEmpty()) {
            QJsonArray media;
            for (const QJsonValue &m : body.value(u"media").toArray())
                media.append(mediaIds.value(m.toString(), m.toString()));
            body.insert(QStringLiteral("media"), media);
        }
        posts.append(body);
    }
    const HttpCall call{"POST", QStringLiteral("/v1/posts/group"),
                        QJsonDocument(QJsonObject{{QStringLiteral("posts"), posts}}).toJson(QJsonDocument::Compact),
                        "application/json", batchKey};
    send(call, [items, done](const HttpReply &reply) {
        if (reply.status != 200 && reply.status != 201)
            return done(all(items.size(), unsuccessful(reply))); // the group is atomic: one verdict for all
        const QJsonObject body = QJsonDocument::fromJson(reply.body).object();
        const QJsonArray created = body.value(u"posts").toArray();
        if (created.size() != items.size()) {
            // An answer we cannot read may still mean the group exists: resend with the same key.
            ItemOutcome unreadable;
            unreadable.message = tr("OpenPost's answer could not be read (%1 posts for %2 sent).")
                                     .arg(created.size())
                                     .arg(items.size());
            return done(all(items.size(), unreadable));
        }
        const QString groupId = body.value(u"group_id").toString();
        QList<ItemOutcome> outcomes;
        for (const QJsonValue &v : created) {
            const QJsonObject post = v.toObject();
            outcomes.append(ItemOutcome::synced(post.value(u"id").toString(),
                                                groupId.isEmpty() ? post.value(u"group_id").toString() : groupId));
        }
        done(outcomes);
    });
}

} // namespace Almanac
