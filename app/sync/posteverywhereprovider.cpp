// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/sync/posteverywhereprovider.h"

#include "models/domain/clock.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>

namespace Almanac {

namespace {

} // namespace

void PostEverywhereProvider::authorize(HttpRequest &request, const QString &apiKey) const
{
    request.headers.append({"Authorization", "Bearer " + apiKey.toUtf8()});
    request.credentialed = true;
}

std::optional<HttpCall> PostEverywhereProvider::retryFailedCall(const RetryFilter &filter) const
{
    if (filter.isEmpty())
        return std::nullopt; // the endpoint refuses (400 no_filter), and rightly: never the whole history
    QJsonObject body;
    if (!filter.platform.isEmpty())
        body.insert(QStringLiteral("platform"), filter.platform);
    if (filter.since)
        body.insert(QStringLiteral("failed_after"), isoUtc(*filter.since));
    if (filter.until)
        body.insert(QStringLiteral("failed_before"), isoUtc(*filter.until));
    if (!filter.remotePostIds.isEmpty())
        body.insert(QStringLiteral("post_ids"), QJsonArray::fromStringList(filter.remotePostIds.mid(0, 200)));
    if (!filter.remoteAccountId.isEmpty()) { // a number in seed 002
        bool number = false;
        const qint64 id = filter.remoteAccountId.toLongLong(&number);
        body.insert(QStringLiteral("account_id"), number ? QJsonValue(id) : QJsonValue(filter.remoteAccountId));
    }
    return HttpCall{"POST", QStringLiteral("/v1/posts/retry-failed"), QJsonDocument(body).toJson(QJsonDocument::Compact),
                    "application/json", {}, 0};
}

QJsonObject PostEverywhereProvider::postBody(const SyncItem &item)
{
    const Post &p = *item.post;
    QJsonObject body{{QStringLiteral("content"), p.content}};
    if (item.operation == u"create") {
        QJsonArray accounts;
        for (const QString &id : item.remoteIntegrations) {
            bool numeric = false;
            const qint64 n = id.toLongLong(&numeric);
            accounts.append(numeric ? QJsonValue(n) : QJsonValue(id));
        }
        body.insert(QStringLiteral("account_ids"), accounts);
    }
    if (p.status != PostStatus::Draft && p.scheduledAt)
        body.insert(QStringLiteral("scheduled_for"), isoUtc(*p.scheduledAt));
    if (!p.media.isEmpty()) {
        QJsonArray media;
        for (const MediaRef &m : p.media)
            media.append(m.url);
        body.insert(QStringLiteral("media_urls"), media);
    }
    return body;
}

void PostEverywhereProvider::push(const QList<SyncItem> &items, const QByteArray &batchKey, const Send &send,
                                  const Done &done)
{
    const SyncItem &first = items.first();
    if (first.operation == u"create") {
        QJsonArray posts;
        for (const SyncItem &item : items)
            posts.append(postBody(item));
        const HttpCall call{"POST", QStringLiteral("/v1/posts/bulk"),
                            QJsonDocument(QJsonObject{{QStringLiteral("posts"), posts}}).toJson(QJsonDocument::Compact),
                            "application/json", batchKey};
        send(call, [items, done](const HttpReply &reply) {
            // 201, 207 and 422 all carry one result per post: read each.
            if (reply.status != 201 && reply.status != 207 && reply.status != 422)
                return done(QList<ItemOutcome>(items.size(), unsuccessful(reply)));
            const QJsonArray results = QJsonDocument::fromJson(reply.body).object().value(u"results").toArray();
            QList<ItemOutcome> outcomes(items.size());
            QList<bool> answered(items.size(), false);
            for (const QJsonValue &v : results) {
                const QJsonObject r = v.toObject();
                const int index = r.value(u"index").toInt(-1);
                if (index < 0 || index >= items.size())
                    continue;
                answered[index] = true;
                if (r.value(u"ok").toBool()) {
                    outcomes[index] = ItemOutcome::synced(r.value(u"post").toObject().value(u"post_id").toVariant().toString());
                } else {
                    const QJsonObject error = r.value(u"error").toObject();
                    outcomes[index] = ItemOutcome::failed(tr("Refused by PostEverywhere (%1): %2")
                                                              .arg(error.value(u"code").toString(),
                                                                   error.value(u"message").toString()));
                }
            }
            // A post without a result of its own: the answer was cut. The same
            // request goes again, whole (its key makes that safe).
            if (std::find(answered.cbegin(), answered.cend(), false) != answered.cend()) {
                ItemOutcome unread;
                unread.message = tr("PostEverywhere's answer could not be read.");
                return done(QList<ItemOutcome>(items.size(), unread));
            }
            done(outcomes);
        });
        return;
    }
    if (first.operation == u"publish")
        return done({ItemOutcome::failed(tr("PostEverywhere has no publish-now call; schedule the post for now instead."))});

    const QString path = QStringLiteral("/v1/posts/") + QString::fromUtf8(QUrl::toPercentEncoding(first.remoteId));
    HttpCall call;
    call.idempotencyKey = batchKey;
    call.path = path;
    if (first.operation == u"update") {
        call.method = "PATCH";
        call.body = QJsonDocument(postBody(first)).toJson(QJsonDocument::Compact);
    } else {
        call.method = "DELETE";
    }
    send(call, [first, done](const HttpReply &reply) {
        if ((reply.status >= 200 && reply.status < 300) || (first.operation == u"delete" && reply.status == 404))
            return done({ItemOutcome::synced(first.remoteId)});
        done({unsuccessful(reply)});
    });
}

} // namespace Almanac
