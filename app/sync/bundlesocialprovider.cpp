// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/sync/bundlesocialprovider.h"

#include "models/csv/csvwriter.h"
#include "models/domain/clock.h"
#include "models/domain/platform.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <memory>

namespace Almanac {

namespace {

const QString Imports = QStringLiteral("/api/v1/post-csv-import");

ItemOutcome retry(const QString &why)
{
    ItemOutcome o;
    o.message = why;
    return o;
}

} // namespace

struct BundleSocialProvider::Job
{
    QList<SyncItem> items;
    QByteArray key;
    Send send;
    Done done;
    QString fileName;
    QString importId;
    QList<ItemOutcome> outcomes;
    QList<bool> answered;
    int polls = 0; // a host that says PROCESSING forever must not hold the account forever

    void finish(const ItemOutcome &all) { done(QList<ItemOutcome>(items.size(), all)); }
};

void BundleSocialProvider::authorize(HttpRequest &request, const QString &apiKey) const
{
    request.headers.append({"x-api-key", apiKey.toUtf8()});
    request.credentialed = true;
}

QByteArray BundleSocialProvider::csv(const QList<SyncItem> &items) const
{
    // The platforms of every destination, in catalog order, for the per-platform columns.
    QList<const Platform *> platforms;
    for (const SyncItem &item : items)
        for (const QString &id : item.integrationIds)
            for (const Platform &p : PlatformCatalog::all())
                if (item.post && std::any_of(item.post->targets.cbegin(), item.post->targets.cend(),
                                             [&](const PostTarget &t) { return t.integrationId == id && t.platform == p.id; })
                    && !platforms.contains(&p) && !p.bundlePrefix.isEmpty())
                    platforms.append(&p);
    QStringList header{QStringLiteral("teamId"), QStringLiteral("title"), QStringLiteral("postDate"),
                       QStringLiteral("status"), QStringLiteral("socialAccountTypes"), QStringLiteral("text")};
    for (const Platform *p : std::as_const(platforms))
        header << p->bundlePrefix + QStringLiteral("Text") << p->bundlePrefix + QStringLiteral("MediaUrls");
    // bundle.social reads this file, not a person: text starting with = or @ goes as written.
    const CsvWriter writer(',', CsvWriter::Formulas::Keep);
    QByteArray out;
    writer.appendRecord(out, header);
    for (const SyncItem &item : items) {
        const Post &post = *item.post;
        QStringList types;
        for (const PostTarget &t : post.targets)
            if (item.integrationIds.contains(t.integrationId))
                if (const Platform *p = PlatformCatalog::find(t.platform); p && !types.contains(p->bundleName))
                    types.append(p->bundleName);
        const QString title = post.title.isEmpty() ? post.content.left(60).simplified() : post.title;
        const qint64 when = post.scheduledAt.value_or(Clock::nowSecs() + 3600);
        QStringList row{m_teamId, title, isoUtc(when),
                        post.status == PostStatus::Draft ? QStringLiteral("DRAFT") : QStringLiteral("SCHEDULED"),
                        types.join(u','), post.content};
        for (const Platform *p : std::as_const(platforms)) {
            const bool mine = std::any_of(post.targets.cbegin(), post.targets.cend(), [&](const PostTarget &t) {
                return t.platform == p->id && item.integrationIds.contains(t.integrationId);
            });
            QStringList media;
            for (const MediaRef &m : post.media)
                if (m.platform.isEmpty() || m.platform == p->id)
                    media.append(m.url);
            row << (mine ? post.platformOverrides.value(p->id).toString() : QString())
                << (mine ? media.join(u'#') : QString());
        }
        writer.appendRecord(out, row);
    }
    return out;
}

void BundleSocialProvider::push(const QList<SyncItem> &items, const QByteArray &batchKey, const Send &send, const Done &done)
{
    auto job = std::make_shared<Job>();
    job->items = items;
    job->key = batchKey;
    job->send = send;
    job->done = done;
    job->fileName = QString::fromLatin1(batchKey) + QStringLiteral(".csv");
    job->outcomes = QList<ItemOutcome>(items.size());
    job->answered = QList<bool>(items.size(), false);
    if (items.first().operation != u"create")
        return job->finish(ItemOutcome::failed(tr("bundle.social's API (seed 003) takes new posts as CSV imports; "
                                                  "edit or delete this post in bundle.social itself.")));
    // A request that went out before without an answer (from this engine, or
    // one that was stopped mid-request) may have landed: look first.
    if (items.first().resend)
        findUpload(job);
    else
        upload(job);
}

void BundleSocialProvider::findUpload(const std::shared_ptr<Job> &job)
{
    job->send({"GET", Imports + QStringLiteral("?offset=0&limit=50"), {}, {}, {}, 0}, [this, job](const HttpReply &reply) {
        if (reply.status != 200)
            return job->finish(unsuccessful(reply));
        const QJsonArray imports = QJsonDocument::fromJson(reply.body).object().value(u"items").toArray();
        for (const QJsonValue &v : imports) {
            const QJsonObject import = v.toObject();
            if (import.value(u"fileName").toString() == job->fileName) {
                job->importId = import.value(u"id").toString();
                return poll(job, 0);
            }
        }
        upload(job); // it never landed
    });
}

void BundleSocialProvider::upload(const std::shared_ptr<Job> &job)
{
    const QByteArray boundary = "almanac-" + job->key;
    QByteArray body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
        + job->fileName.toUtf8() + "\"\r\nContent-Type: text/csv\r\n\r\n" + csv(job->items) + "\r\n--" + boundary + "--\r\n";
    job->send({"POST", Imports, body, "multipart/form-data; boundary=" + boundary, {}, 0}, [this, job](const HttpReply &reply) {
        if (reply.status != 200 && reply.status != 201)
            return job->finish(unsuccessful(reply));
        job->importId = QJsonDocument::fromJson(reply.body).object().value(u"id").toString();
        if (job->importId.isEmpty()) // landed, but unreadable: the next try finds it by name
            return job->finish(retry(tr("bundle.social's answer to the upload could not be read.")));
        poll(job, PollBaseMs);
    });
}

void BundleSocialProvider::poll(const std::shared_ptr<Job> &job, int delayMs)
{
    if (++job->polls > MaxPolls) // found by name and polled again at the next try
        return job->finish(retry(tr("bundle.social was still processing the import after %1 checks; Almanac looks again "
                                    "later.").arg(MaxPolls)));
    const QString path = Imports + u'/' + job->importId + QStringLiteral("/status");
    job->send({"GET", path, {}, {}, {}, delayMs}, [this, job, delayMs](const HttpReply &reply) {
        if (reply.status != 200)
            return job->finish(unsuccessful(reply)); // sent again later: found by name, polled again
        const QJsonObject status = QJsonDocument::fromJson(reply.body).object();
        const QString state = status.value(u"status").toString();
        const int next = qBound(PollBaseMs, delayMs * 2, PollCapMs);
        if (state == u"PENDING" || state == u"PROCESSING")
            return poll(job, next);
        if (state == u"COMPLETED" || state == u"COMPLETED_WITH_ERRORS")
            return readRows(job, 0);
        if (state == u"FAILED")
            return job->finish(ItemOutcome::failed(tr("bundle.social refused the import: %1").arg(status.value(u"error").toString())));
        if (state == u"RATE_LIMITED") {
            // The wait is on the full import object, not the lightweight status.
            job->send({"GET", Imports + u'/' + job->importId, {}, {}, {}, 0}, [this, job](const HttpReply &full) {
                const QDateTime reset = QDateTime::fromString(
                    QJsonDocument::fromJson(full.body).object().value(u"rateLimitResetAt").toString(), Qt::ISODateWithMs);
                const qint64 wait = reset.isValid() ? QDateTime::currentDateTimeUtc().msecsTo(reset) : PollCapMs;
                poll(job, int(qBound(qint64(PollBaseMs), wait, qint64(3600 * 1000))));
            });
            return;
        }
        job->finish(retry(tr("bundle.social's import status \"%1\" is not one Almanac knows.").arg(state)));
    });
}

void BundleSocialProvider::readRows(const std::shared_ptr<Job> &job, int offset)
{
    const QString path = Imports + u'/' + job->importId + QStringLiteral("/rows?offset=%1&limit=%2").arg(offset).arg(RowsPerPage);
    job->send({"GET", path, {}, {}, {}, 0}, [this, job, offset](const HttpReply &reply) {
        if (reply.status != 200)
            return job->finish(unsuccessful(reply));
        const QJsonObject page = QJsonDocument::fromJson(reply.body).object();
        const QJsonArray rows = page.value(u"items").toArray();
        for (const QJsonValue &v : rows) {
            const QJsonObject row = v.toObject();
            const int index = row.value(u"rowNumber").toInt() - 1; // the first data row is 1
            if (index < 0 || index >= job->items.size())
                continue;
            job->answered[index] = true;
            job->outcomes[index] = row.value(u"status").toString() == u"SUCCESS"
                ? ItemOutcome::synced(row.value(u"postId").toString())
                : ItemOutcome::failed(tr("Refused by bundle.social (row %1): %2").arg(index + 1).arg(row.value(u"error").toString()));
        }
        const int total = page.value(u"total").toInt();
        // Never more pages than the import has rows, whatever total the host claims.
        if (!rows.isEmpty() && offset + RowsPerPage < total && offset + RowsPerPage < job->items.size())
            return readRows(job, offset + RowsPerPage);
        if (std::find(job->answered.cbegin(), job->answered.cend(), false) != job->answered.cend())
            return job->finish(retry(tr("bundle.social's import has no result for some of its rows yet.")));
        job->done(job->outcomes);
    });
}

} // namespace Almanac
