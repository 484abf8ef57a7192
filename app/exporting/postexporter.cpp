// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/exporting/postexporter.h"

#include "models/csv/csvwriter.h"
#include "models/domain/clock.h"
#include "models/domain/endpointpolicy.h"
#include "models/domain/jsonwriter.h"
#include "models/domain/platform.h"
#include "models/domain/postjson.h"
#include "models/store/integrationrepository.h"
#include "models/store/postrepository.h"

#include <QDateTime>
#include <QHash>
#include <QIODevice>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QSet>

#include <algorithm>

namespace Almanac {

namespace {

constexpr qint64 FlushBytes = 1 << 20;
constexpr int ProgressEvery = 256;

// What a platform's media column lists: the media for every platform first, then its own.
QStringList mediaUrlsFor(const QList<MediaRef> &media, const QString &platform)
{
    QStringList shared, own;
    for (const MediaRef &m : media) {
        if (m.platform.isEmpty())
            shared.append(m.url);
        else if (m.platform == platform)
            own.append(m.url);
    }
    return shared + own;
}

QString settingText(const QJsonValue &value)
{
    if (value.isBool())
        return value.toBool() ? QStringLiteral("TRUE") : QStringLiteral("FALSE");
    if (value.isDouble())
        return QString::number(value.toDouble(), 'g', 17);
    if (value.isArray()) {
        QStringList items;
        for (const QJsonValue &v : value.toArray())
            items.append(v.toString());
        return items.join(u'#');
    }
    return value.toString();
}

QString compactJson(const QJsonObject &object)
{
    return object.isEmpty() ? QString() : QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

// iCalendar (RFC 5545): TEXT values escape \ ; , and line breaks; content lines
// fold at 75 octets, never inside a UTF-8 sequence; lines end in CRLF.
QByteArray icsText(const QString &text)
{
    QByteArray out;
    const QByteArray utf8 = text.toUtf8();
    out.reserve(utf8.size());
    for (qsizetype i = 0; i < utf8.size(); ++i) {
        const char c = utf8.at(i);
        if (c == '\\' || c == ';' || c == ',')
            out.append('\\').append(c);
        else if (c == '\n')
            out.append("\\n");
        else if ((uchar(c) >= 0x20 && c != 0x7F) || c == '\t') // other controls are not TEXT (RFC 5545 3.3.11)
            out.append(c);
    }
    return out;
}

void icsLine(QByteArray &out, QByteArrayView name, QByteArrayView value)
{
    // Whatever a value holds (a server's answer among them), it never ends the
    // line it is on: a CR, LF or other control byte would start a property of
    // its own (an injected ATTACH:, say).
    QByteArray line = name.toByteArray() + ':';
    line.reserve(line.size() + value.size());
    for (char c : value)
        if (uchar(c) >= 0x20 || c == '\t')
            line.append(c);
    qsizetype start = 0;
    int limit = 75;
    while (line.size() - start > limit) {
        qsizetype cut = start + limit;
        while (cut > start && (uchar(line.at(cut)) & 0xC0) == 0x80)
            --cut; // a continuation byte: fold before its sequence starts
        out.append(line.constData() + start, cut - start).append("\r\n ");
        start = cut;
        limit = 74; // the leading space counts
    }
    out.append(line.constData() + start, line.size() - start).append("\r\n");
}

QByteArray icsTime(qint64 utc)
{
    return QDateTime::fromSecsSinceEpoch(utc, Qt::UTC).toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'")).toLatin1();
}

} // namespace

QString exportFormatName(ExportFormat format)
{
    switch (format) {
    case ExportFormat::OpenPostCsv: return QStringLiteral("openpost");
    case ExportFormat::BundleSocialCsv: return QStringLiteral("bundlesocial");
    case ExportFormat::Json: return QStringLiteral("json");
    case ExportFormat::ICalendar: return QStringLiteral("ics");
    }
    return {};
}

std::optional<ExportFormat> exportFormatFromName(QStringView name)
{
    for (ExportFormat f : {ExportFormat::OpenPostCsv, ExportFormat::BundleSocialCsv, ExportFormat::Json,
                           ExportFormat::ICalendar})
        if (name.compare(exportFormatName(f), Qt::CaseInsensitive) == 0)
            return f;
    if (name.compare(u"bundle.social", Qt::CaseInsensitive) == 0)
        return ExportFormat::BundleSocialCsv;
    if (name.compare(u"ical", Qt::CaseInsensitive) == 0 || name.compare(u"icalendar", Qt::CaseInsensitive) == 0)
        return ExportFormat::ICalendar;
    return std::nullopt;
}

QString exportFormatSuffix(ExportFormat format)
{
    switch (format) {
    case ExportFormat::Json: return QStringLiteral("json");
    case ExportFormat::ICalendar: return QStringLiteral("ics");
    default: return QStringLiteral("csv");
    }
}

// What the posts to export need from the format, and what it will lose.
struct PostExporter::Survey
{
    qint64 posts = 0;
    // OpenPost: Almanac's own columns, written only when some post needs them.
    bool status = false, title = false, overrides = false, settings = false;
    // bundle.social: the platforms targeted (catalog order) and their setting columns in use.
    QList<const Platform *> platforms;
    QHash<QString, QSet<QString>> settingColumns; // platform id -> column names used
    // Losses, counted in posts.
    qint64 undated = 0, untitled = 0, tagged = 0, typed = 0, altText = 0, platformMedia = 0, sharedMedia = 0,
           unsafeUrls = 0, beyondScheduled = 0, foreignSettings = 0, noBundle = 0;
};

PostExporter::PostExporter(QSqlDatabase db, ExportOptions options)
    : m_db(std::move(db))
    , m_options(std::move(options))
{
}

Result<void> PostExporter::forEachPost(const std::function<bool(const Post &)> &visit)
{
    PostRepository posts(m_db);
    if (!m_options.scope.postIds.isEmpty()) {
        // In calendar order, like the other scopes, whatever order they were named in.
        QList<Post> chosen;
        for (qsizetype i = 0; i < m_options.scope.postIds.size(); i += 500)
            chosen.append(posts.findMany(m_options.scope.postIds.mid(i, 500)));
        std::sort(chosen.begin(), chosen.end(), [](const Post &a, const Post &b) {
            const qint64 ta = a.scheduledAt.value_or(std::numeric_limits<qint64>::max());
            const qint64 tb = b.scheduledAt.value_or(std::numeric_limits<qint64>::max());
            return ta != tb ? ta < tb : a.id < b.id;
        });
        for (const Post &p : std::as_const(chosen))
            if (!visit(p))
                return {};
        return {};
    }
    PostQuery query;
    query.from = m_options.scope.from;
    query.to = m_options.scope.to;
    query.includeUndated = !query.from && !query.to;
    bool going = true;
    return posts.forEach(query, [&](const Post &p) {
        if (going)
            going = visit(p);
    });
}

PostExporter::Survey PostExporter::survey()
{
    Survey s;
    QSet<const Platform *> platforms;
    // A store that cannot be read here fails the writing pass too, which says why.
    (void)forEachPost([&](const Post &post) {
        ++s.posts;
        s.status |= post.status == PostStatus::Draft && post.scheduledAt.has_value();
        s.title |= !post.title.isEmpty();
        s.overrides |= !post.platformOverrides.isEmpty();
        s.settings |= !post.platformSettings.isEmpty();
        s.undated += !post.scheduledAt;
        s.untitled += post.title.isEmpty();
        s.tagged += !post.tags.isEmpty();
        s.typed += post.postType != u"post";
        s.beyondScheduled += post.status != PostStatus::Draft && post.status != PostStatus::Scheduled;
        bool alt = false, perPlatform = false, shared = false, unsafe = false, foreign = false, noBundle = false;
        for (const MediaRef &m : post.media) {
            alt |= !m.altText.isEmpty();
            perPlatform |= !m.platform.isEmpty();
            shared |= m.platform.isEmpty();
            unsafe |= m.url.contains(u' ') || m.url.contains(u'#') || m.url.contains(u'\n');
        }
        for (const PostTarget &t : post.targets) {
            const Platform *p = PlatformCatalog::find(t.platform);
            if (!p || p->bundlePrefix.isEmpty()) {
                noBundle = true;
                continue;
            }
            platforms.insert(p);
            const QJsonObject settings = post.platformSettings.value(p->id).toObject();
            for (auto it = settings.constBegin(); it != settings.constEnd(); ++it) {
                if (std::any_of(p->bundleColumns.cbegin(), p->bundleColumns.cend(),
                                [&](const SettingField &f) { return f.name == it.key(); }))
                    s.settingColumns[p->id].insert(it.key());
                else
                    foreign = true;
            }
        }
        s.altText += alt;
        s.platformMedia += perPlatform;
        s.sharedMedia += shared;
        s.unsafeUrls += unsafe;
        s.foreignSettings += foreign;
        s.noBundle += noBundle;
        return true;
    });
    for (const Platform &p : PlatformCatalog::all())
        if (platforms.contains(&p))
            s.platforms.append(&p);
    return s;
}

QStringList PostExporter::notes(const Survey &s) const
{
    QStringList out;
    auto say = [&out](qint64 count, const char *text) {
        if (count > 0)
            out.append(tr(text, nullptr, int(count)));
    };
    switch (m_options.format) {
    case ExportFormat::OpenPostCsv:
        say(s.altText, QT_TR_N_NOOP("%n post(s) have alt text, which the OpenPost dialect has no column for (JSON keeps it)."));
        say(s.platformMedia, QT_TR_N_NOOP("%n post(s) have media for one platform only; the OpenPost dialect lists them for "
                             "every platform (bundle.social CSV or JSON keeps them apart)."));
        say(s.unsafeUrls, QT_TR_N_NOOP("%n post(s) have a media address with a space or # in it, which the media column "
                          "cannot hold apart from the next address."));
        say(s.beyondScheduled, QT_TR_N_NOOP("%n post(s) are published, failed or cancelled; the file has them as scheduled, "
                               "and importing it again asks for times in the future."));
        break;
    case ExportFormat::BundleSocialCsv:
        say(s.undated, QT_TR_N_NOOP("%n draft(s) have no date, and bundle.social needs a postDate: their rows are written with "
                       "it empty, to fill in before an import."));
        say(s.untitled, QT_TR_N_NOOP("%n post(s) have no internal title, which bundle.social requires: their first words are "
                        "used."));
        say(s.tagged, QT_TR_N_NOOP("%n post(s) have tags, which the bundle.social dialect has no column for."));
        say(s.typed, QT_TR_N_NOOP("%n post(s) have a post type other than post; the bundle.social dialect says it per "
                     "platform (e.g. instagramType) only."));
        say(s.altText, QT_TR_N_NOOP("%n post(s) have alt text, which the bundle.social dialect has no column for."));
        say(s.sharedMedia, QT_TR_N_NOOP("%n post(s) have media for every platform; the bundle.social dialect lists them "
                           "under each platform."));
        say(s.foreignSettings, QT_TR_N_NOOP("%n post(s) have platform settings bundle.social has no column for."));
        say(s.noBundle, QT_TR_N_NOOP("%n post(s) go to a platform bundle.social does not know; it is named by the account's "
                        "ID."));
        say(s.beyondScheduled, QT_TR_N_NOOP("%n post(s) are published, failed or cancelled; the file has them as SCHEDULED."));
        break;
    case ExportFormat::ICalendar:
        say(s.undated, QT_TR_N_NOOP("%n draft(s) have no date and are left out of the calendar."));
        break;
    case ExportFormat::Json:
        break;
    }
    return out;
}

Result<ExportOutcome> PostExporter::writeFile(const QString &path, const Progress &progress)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error{tr("Could not write %1: %2.").arg(path, file.errorString())};
    Result<ExportOutcome> r = write(file, progress);
    if (!r) {
        file.cancelWriting();
        return r;
    }
    if (!file.commit())
        return Error{tr("Could not write %1: %2.").arg(path, file.errorString())};
    return r;
}

Result<ExportOutcome> PostExporter::write(QIODevice &out, const Progress &progress)
{
    const ExportFormat format = m_options.format;
    if (format == ExportFormat::BundleSocialCsv && m_options.teamId.trimmed().isEmpty())
        return Error{
            tr("A bundle.social CSV needs the team ID for its teamId column; give the one from bundle.social's "
               "team settings.")};
    const Survey s = survey();
    ExportOutcome outcome;
    outcome.notes = notes(s);

    // bundle.social names a destination by its platform when the store has one
    // account there, else by the account's ID (the importer reads both).
    QHash<QString, int> accountsPerPlatform;
    const QList<Integration> integrations = IntegrationRepository(m_db).list();
    for (const Integration &in : integrations)
        ++accountsPerPlatform[in.platform];

    QByteArray buffer;
    bool stopped = false;
    bool writeFailed = false;
    auto flush = [&](bool force) {
        if (writeFailed || (!force && buffer.size() < FlushBytes))
            return;
        if (out.write(buffer) != buffer.size())
            writeFailed = true;
        buffer.clear();
    };

    const CsvWriter csv;
    QStringList header;
    QList<QPair<const Platform *, QString>> settingColumns; // bundle.social
    if (format == ExportFormat::OpenPostCsv) {
        header = {QStringLiteral("content"), QStringLiteral("integrations"), QStringLiteral("schedule_at"),
                  QStringLiteral("post_type"), QStringLiteral("media"), QStringLiteral("tags")};
        if (s.status)
            header << QStringLiteral("status");
        if (s.title)
            header << QStringLiteral("title");
        if (s.overrides)
            header << QStringLiteral("platform_overrides");
        if (s.settings)
            header << QStringLiteral("platform_settings");
        csv.appendRecord(buffer, header);
    } else if (format == ExportFormat::BundleSocialCsv) {
        header = {QStringLiteral("teamId"), QStringLiteral("title"), QStringLiteral("postDate"),
                  QStringLiteral("status"), QStringLiteral("socialAccountTypes"), QStringLiteral("text")};
        for (const Platform *p : s.platforms) {
            header << p->bundlePrefix + QStringLiteral("Text") << p->bundlePrefix + QStringLiteral("MediaUrls");
            for (const SettingField &f : p->bundleColumns)
                if (s.settingColumns.value(p->id).contains(f.name)) {
                    header << f.name;
                    settingColumns.append({p, f.name});
                }
        }
        csv.appendRecord(buffer, header);
    } else if (format == ExportFormat::Json) {
        buffer.append("{\"format\":\"almanac-posts\",\"version\":1,\"exported_at\":\"")
            .append(isoUtcUtf8(Clock::nowSecs()))
            .append("\",\"posts\":[");
    } else {
        icsLine(buffer, "BEGIN", "VCALENDAR");
        icsLine(buffer, "VERSION", "2.0");
        icsLine(buffer, "PRODID", "-//Almanac//Almanac content calendar//EN");
        icsLine(buffer, "CALSCALE", "GREGORIAN");
        icsLine(buffer, "X-WR-CALNAME", icsText(tr("Almanac posts")));
    }

    qint64 done = 0;
    auto row = [&](const Post &post) {
        if (format == ExportFormat::OpenPostCsv) {
            QStringList ids, urls;
            for (const PostTarget &t : post.targets)
                ids.append(t.integrationId);
            for (const MediaRef &m : post.media)
                urls.append(m.url);
            QStringList fields{post.content, ids.join(u','),
                               post.scheduledAt ? isoUtc(*post.scheduledAt) : QString(), post.postType,
                               urls.join(u'\n'), post.tags.join(u',')};
            if (s.status)
                fields << (post.status == PostStatus::Draft ? QStringLiteral("draft")
                           : post.scheduledAt          ? QStringLiteral("scheduled")
                                                       : QString());
            if (s.title)
                fields << post.title;
            if (s.overrides)
                fields << compactJson(post.platformOverrides);
            if (s.settings)
                fields << compactJson(post.platformSettings);
            csv.appendRecord(buffer, fields);
        } else if (format == ExportFormat::BundleSocialCsv) {
            QStringList accounts;
            for (const PostTarget &t : post.targets) {
                const Platform *p = PlatformCatalog::find(t.platform);
                accounts.append(p && !p->bundleName.isEmpty() && accountsPerPlatform.value(t.platform) == 1
                                    ? p->bundleName
                                    : t.integrationId);
            }
            QStringList fields{m_options.teamId.trimmed(),
                               post.title.isEmpty() ? post.content.left(60).simplified() : post.title,
                               post.scheduledAt ? isoUtc(*post.scheduledAt) : QString(),
                               post.status == PostStatus::Draft ? QStringLiteral("DRAFT") : QStringLiteral("SCHEDULED"),
                               accounts.join(u','), post.content};
            for (const Platform *p : s.platforms) {
                const bool targeted = std::any_of(post.targets.cbegin(), post.targets.cend(),
                                                  [p](const PostTarget &t) { return t.platform == p->id; });
                fields << (targeted ? post.platformOverrides.value(p->id).toString() : QString())
                       << (targeted ? mediaUrlsFor(post.media, p->id).join(u'#') : QString());
                for (const auto &[platform, column] : std::as_const(settingColumns))
                    if (platform == p)
                        fields << (targeted ? settingText(post.platformSettings.value(p->id).toObject().value(column))
                                            : QString());
            }
            csv.appendRecord(buffer, fields);
        } else if (format == ExportFormat::Json) {
            if (done > 0)
                buffer.append(',');
            buffer.append('\n');
            JsonWriter json(buffer);
            writePostJson(json, post, PostJsonShape::Export);
        } else {
            if (!post.scheduledAt) {
                ++outcome.skipped;
                return;
            }
            icsLine(buffer, "BEGIN", "VEVENT");
            // The post's id never changes, so a calendar app that subscribed to an
            // earlier export updates the event instead of showing it twice.
            icsLine(buffer, "UID", QByteArray(post.id.toUtf8() + "@almanac"));
            icsLine(buffer, "DTSTAMP", icsTime(post.updatedAt));
            icsLine(buffer, "CREATED", icsTime(post.createdAt));
            icsLine(buffer, "LAST-MODIFIED", icsTime(post.updatedAt));
            icsLine(buffer, "DTSTART", icsTime(*post.scheduledAt));
            icsLine(buffer, "DTEND", icsTime(*post.scheduledAt + 15 * 60));
            QString summary = post.title;
            if (summary.isEmpty()) {
                summary = post.content.section(u'\n', 0, 0).simplified();
                if (summary.size() > 80)
                    summary = summary.left(79) + u'…';
            }
            icsLine(buffer, "SUMMARY", icsText(summary));
            icsLine(buffer, "DESCRIPTION", icsText(post.content));
            if (!post.tags.isEmpty()) {
                QByteArrayList tags;
                for (const QString &t : post.tags)
                    tags.append(icsText(t));
                icsLine(buffer, "CATEGORIES", tags.join(','));
            }
            icsLine(buffer, "STATUS", post.status == PostStatus::Draft       ? "TENTATIVE"
                                      : post.status == PostStatus::Cancelled ? "CANCELLED"
                                                                             : "CONFIRMED");
            for (const PostTarget &t : post.targets)
                if (!t.platformPostUrl.isEmpty() && EndpointPolicy::serverUrlRefusal(t.platformPostUrl).isEmpty()) {
                    icsLine(buffer, "URL", QUrl(t.platformPostUrl, QUrl::StrictMode).toEncoded()); // a URI: percent-encoded
                    break;
                }
            QByteArrayList destinations;
            for (const PostTarget &t : post.targets)
                destinations.append(icsText(t.integrationId));
            icsLine(buffer, "X-ALMANAC-STATUS", postStatusName(post.status).toUtf8());
            icsLine(buffer, "X-ALMANAC-INTEGRATIONS", destinations.join(','));
            icsLine(buffer, "END", "VEVENT");
        }
        ++outcome.posts;
    };

    if (auto r = forEachPost([&](const Post &post) {
            row(post);
            ++done;
            flush(false);
            if (progress && done % ProgressEvery == 0 && !progress(done, s.posts))
                stopped = true;
            return !stopped && !writeFailed;
        });
        !r)
        return Error{r.error()};
    if (stopped)
        return Error{tr("The export was stopped; no file was written.")};

    if (format == ExportFormat::Json)
        buffer.append("\n]}\n");
    else if (format == ExportFormat::ICalendar)
        icsLine(buffer, "END", "VCALENDAR");
    flush(true);
    if (writeFailed)
        return Error{tr("Could not write the export: %1.").arg(out.errorString())};
    if (progress)
        progress(done, s.posts);
    return outcome;
}

} // namespace Almanac
