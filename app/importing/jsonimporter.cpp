// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/importing/jsonimporter.h"

#include "models/domain/clock.h"
#include "models/domain/jsonwriter.h"
#include "models/domain/mediapolicy.h"
#include "models/domain/postjson.h"
#include "models/store/database.h"
#include "models/store/importwriter.h"
#include "models/store/integrationrepository.h"
#include "models/validation/postrules.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QTimeZone>
#include <QUrl>

#include <optional>

namespace Almanac {

namespace {

QString shortText(const QString &text)
{
    QString s = text.simplified();
    return s.size() > 30 ? s.left(29) + u'…' : s;
}

} // namespace

bool JsonImporter::looksLikeJson(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QByteArray head = file.read(4096);
    for (char c : head) {
        if (c == ' ' || c == '\t' || c == '\r' || c == '\n')
            continue;
        return c == '{' || c == '[';
    }
    return false;
}

JsonImporter::JsonImporter(QSqlDatabase db, Options options)
    : m_db(std::move(db))
    , m_options(std::move(options))
{
}

JsonImportOutcome JsonImporter::run()
{
    using Status = JsonImportOutcome::Status;
    JsonImportOutcome out;
    auto refuse = [&out](const QString &why) {
        out.status = Status::FileRefused;
        out.errors = {why};
        return out;
    };
    const QString name = QFileInfo(m_options.filePath).fileName();
    QFile file(m_options.filePath);
    if (!file.open(QIODevice::ReadOnly))
        return refuse(tr("Could not open %1: %2.").arg(m_options.filePath, file.errorString()));
    // Read whole, but never more than the cap: a size the file system reports
    // is not trusted (a pipe or /dev/zero reports none).
    const QByteArray bytes = file.read(MaxFileBytes + 1);
    if (bytes.size() > MaxFileBytes)
        return refuse(tr("%1 is larger than %2; Almanac reads JSON exports up to that size. Export fewer posts (a range "
                         "of days) and import each part.")
                          .arg(name, QLocale().formattedDataSize(MaxFileBytes)));
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return refuse(tr("%1 is not valid JSON: %2 at byte %3.").arg(name, parseError.errorString()).arg(parseError.offset));
    QJsonArray items;
    if (doc.isArray())
        items = doc.array();
    else if (doc.object().value(u"posts").isArray())
        items = doc.object().value(u"posts").toArray();
    else
        return refuse(tr("%1 is JSON, but not a list of posts; expected an Almanac export ({\"posts\": [...]}) or an "
                         "array of posts.").arg(name));
    if (items.isEmpty())
        return refuse(tr("%1 holds no posts.").arg(name));

    std::optional<Transaction> tx;
    if (!m_options.dryRun) {
        tx.emplace(m_db, Transaction::Lock::Immediate); // the accounts checked cannot change before the commit
        if (!tx->isActive()) {
            out.status = Status::StoreFailed;
            out.errors = {tr("Could not start writing to the store.")};
            return out;
        }
    }
    const QList<Integration> integrations = IntegrationRepository(m_db).list();
    const qint64 now = m_options.now ? m_options.now : Clock::nowSecs();
    // Files on this computer named as media: listed for the user to confirm.
    for (const QJsonValue &item : std::as_const(items))
        for (const QJsonValue &m : item[u"media"].toArray()) {
            const QString url = m.isString() ? m.toString() : m[u"url"].toString();
            if (!MediaPolicy::isLocalFile(url) || QFileInfo(MediaPolicy::localPath(url)).isRelative())
                continue; // a relative path is refused below
            const QString path = MediaPolicy::confirmedPath(MediaPolicy::localPath(url));
            if (!out.localFiles.contains(path))
                out.localFiles.append(path);
        }
    // The composer's rules (validatePost names its fields as JSON does), with
    // the import's rules for media: the plan came from someone else.
    ValidationContext context{integrations, QTimeZone::utc(), now, ValidationContext::DefaultDaysAhead};
    context.importedMedia = true;
    context.allowLocalNetworkMedia = m_options.allowLocalNetworkMedia;
    context.confirmedFiles = m_options.dryRun ? out.localFiles : m_options.confirmedFiles;
    const PostRules rules(context);

    struct Judged
    {
        Post post;
        QVarLengthArray<int, 4> targets;
        QByteArray raw;
    };
    QList<Judged> judged;
    judged.reserve(items.size());
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QJsonObject item = items.at(i).toObject();
        QStringList problems;
        Post post;
        post.content = item.value(u"content").toString();
        post.title = item.value(u"title").toString();
        post.postType = item.value(u"post_type").toString(QStringLiteral("post"));
        for (const QJsonValue &t : item.value(u"tags").toArray())
            post.tags.append(t.toString());
        post.platformOverrides = item.value(u"platform_overrides").toObject();
        post.platformSettings = item.value(u"platform_settings").toObject();
        for (const QJsonValue &m : item.value(u"media").toArray()) {
            if (m.isString())
                post.media.append({m.toString(), QString(), QString()});
            else
                post.media.append({m[u"url"].toString(), m[u"platform"].toString(), m[u"alt"].toString()});
            // A file is kept as the path the user confirmed, links followed: the
            // file read when it is published is the file that was named.
            MediaRef &added = post.media.last();
            if (MediaPolicy::isLocalFile(added.url) && !QFileInfo(MediaPolicy::localPath(added.url)).isRelative())
                added.url = QUrl::fromLocalFile(MediaPolicy::confirmedPath(MediaPolicy::localPath(added.url))).toString();
        }
        const QJsonValue when = item.value(u"scheduled_at");
        if (when.isString()) {
            const QDateTime at = QDateTime::fromString(when.toString(), Qt::ISODate);
            if (!at.isValid() || at.timeSpec() == Qt::LocalTime)
                problems.append(tr("scheduled_at: \"%1\" is not a time with a zone; expected ISO 8601 such as "
                                   "2026-05-01T09:00:00Z.").arg(when.toString()));
            else
                post.scheduledAt = at.toSecsSinceEpoch();
        } else if (!when.isNull() && !when.isUndefined()) {
            problems.append(tr("scheduled_at: expected a time such as \"2026-05-01T09:00:00Z\", or null for an "
                               "undated draft."));
        }
        post.status = post.scheduledAt && item.value(u"status").toString() != u"draft" ? PostStatus::Scheduled
                                                                                       : PostStatus::Draft;
        QVarLengthArray<int, 4> targetIndexes; // each target's place in `integrations`, for the writer
        for (const QJsonValue &id : item.value(u"integrations").toArray()) {
            const auto found = std::find_if(integrations.cbegin(), integrations.cend(),
                                            [&](const Integration &in) { return in.id == id.toString(); });
            PostTarget t;
            t.integrationId = id.toString();
            t.platform = found != integrations.cend() ? found->platform : QString();
            t.status = post.status;
            post.targets.append(t);
            targetIndexes.append(int(found - integrations.cbegin())); // unknown ones fail validation below
        }
        RowVerdict verdict;
        rules.validatePost(post, verdict);
        for (const RowIssue &issue : std::as_const(verdict.errors))
            problems.append(issue.column + QStringLiteral(": ") + issue.message);
        if (!problems.isEmpty()) {
            for (const QString &p : std::as_const(problems))
                out.errors.append(tr("post %1 (\"%2\"): %3").arg(i + 1).arg(shortText(post.content), p));
            continue;
        }
        judged.append({post, targetIndexes, QJsonDocument(item).toJson(QJsonDocument::Compact)});
    }
    out.posts = judged.size();
    if (!out.errors.isEmpty()) {
        out.status = Status::ValidationFailed;
        return out;
    }
    if (m_options.dryRun)
        return out;

    ImportWriter writer(m_db, integrations);
    ImportJob job;
    job.fileName = name;
    job.fileSize = file.size();
    job.dialect = QStringLiteral("json");
    job.timeZone = QStringLiteral("UTC");
    job.rowsTotal = int(items.size());
    auto storeFailed = [&out](const QString &why) {
        out.status = Status::StoreFailed;
        out.errors = {why};
        return out;
    };
    if (auto r = writer.begin(job); !r)
        return storeFailed(r.error());
    qint64 number = 0;
    for (Judged &j : judged) {
        ImportRow row;
        row.importId = job.id;
        row.rowNumber = ++number;
        row.rawJson = j.raw;
        JsonWriter json(row.normalizedJson);
        writePostJson(json, j.post, PostJsonShape::Resolved);
        if (auto r = writer.addPost(j.post, EncodedPost(j.post, std::span<const int>(j.targets.cbegin(), j.targets.cend())), row); !r)
            return storeFailed(r.error());
        ++job.rowsCommitted;
    }
    if (auto r = writer.finish(job); !r)
        return storeFailed(r.error());
    if (auto r = tx->commit(); !r)
        return storeFailed(r.error());
    out.status = Status::Committed;
    out.importId = job.id;
    return out;
}

} // namespace Almanac
