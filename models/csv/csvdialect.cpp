// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/csv/csvdialect.h"

#include <QCoreApplication>
#include <QHash>

namespace Almanac {

namespace {

struct Alias
{
    const char *name;
    ColumnRole role;
};

// Header names are matched case-insensitively; the first of each role is canonical.
constexpr Alias openPostColumns[] = {
    {"content", ColumnRole::Content},          {"text", ColumnRole::Content},
    {"body", ColumnRole::Content},             {"integrations", ColumnRole::Integrations},
    {"integration", ColumnRole::Integrations}, {"platforms", ColumnRole::Integrations},
    {"channels", ColumnRole::Integrations},    {"schedule_at", ColumnRole::ScheduleAt},
    {"scheduled_at", ColumnRole::ScheduleAt},  {"publish_at", ColumnRole::ScheduleAt},
    {"date", ColumnRole::ScheduleDate},        {"schedule_date", ColumnRole::ScheduleDate},
    {"publish_date", ColumnRole::ScheduleDate}, {"time", ColumnRole::ScheduleTime},
    {"schedule_time", ColumnRole::ScheduleTime}, {"publish_time", ColumnRole::ScheduleTime},
    {"media", ColumnRole::Media},
    {"media_urls", ColumnRole::Media},         {"media_url", ColumnRole::Media},
    {"post_type", ColumnRole::PostType},       {"type", ColumnRole::PostType},
    {"tags", ColumnRole::Tags},                {"title", ColumnRole::Title},
    {"platform_overrides", ColumnRole::PlatformOverrides},
    {"platform_settings", ColumnRole::PlatformSettings}, {"status", ColumnRole::Status},
};

constexpr Alias bundleColumns[] = {
    {"teamId", ColumnRole::TeamId},       {"title", ColumnRole::Title},
    {"postDate", ColumnRole::PostDate},   {"status", ColumnRole::Status},
    {"socialAccountTypes", ColumnRole::SocialAccountTypes}, {"text", ColumnRole::Text},
};

// A date column (with or without a time column beside it) stands for schedule_at: see map().
constexpr ColumnRole openPostRequired[] = {ColumnRole::Content, ColumnRole::Integrations, ColumnRole::ScheduleAt};
constexpr ColumnRole bundleRequired[] = {ColumnRole::TeamId, ColumnRole::Title, ColumnRole::PostDate,
                                         ColumnRole::Status, ColumnRole::SocialAccountTypes};

template<size_t N>
ColumnRole lookup(const Alias (&table)[N], const QString &lowerName)
{
    for (const Alias &a : table)
        if (lowerName == QLatin1StringView(a.name).toString().toLower())
            return a.role;
    return ColumnRole::Ignored;
}

// bundle.social per-platform columns: <prefix>Text, <prefix>MediaUrls, and the catalog's bundleColumns.
ColumnBinding bundlePlatformColumn(const QString &header)
{
    const QString lower = header.toLower();
    for (const Platform &p : PlatformCatalog::all()) {
        if (p.bundlePrefix.isEmpty())
            continue;
        const QString prefix = p.bundlePrefix.toLower();
        if (!lower.startsWith(prefix))
            continue;
        const QStringView rest = QStringView(lower).mid(prefix.size());
        if (rest == u"text")
            return {ColumnRole::PlatformText, header, &p, nullptr};
        if (rest == u"mediaurls")
            return {ColumnRole::PlatformMedia, header, &p, nullptr};
        for (const SettingField &f : p.bundleColumns)
            if (f.name.toLower() == lower)
                return {ColumnRole::PlatformSetting, header, &p, &f};
    }
    return {ColumnRole::Ignored, header, nullptr, nullptr};
}

ColumnBinding bind(CsvDialect dialect, const QString &header)
{
    const QString lower = header.trimmed().toLower();
    if (dialect == CsvDialect::OpenPost)
        return {lookup(openPostColumns, lower), header, nullptr, nullptr};
    const ColumnRole role = lookup(bundleColumns, lower);
    if (role != ColumnRole::Ignored)
        return {role, header, nullptr, nullptr};
    return bundlePlatformColumn(header.trimmed());
}

int score(CsvDialect dialect, const QStringList &header)
{
    int s = 0;
    for (const QString &h : header) {
        const ColumnBinding b = bind(dialect, h);
        // Columns only one dialect has weigh more than shared ones like "text".
        if (b.role != ColumnRole::Ignored)
            s += (b.role == ColumnRole::Text || b.role == ColumnRole::Content) ? 1 : 2;
    }
    return s;
}

} // namespace

QString csvDialectName(CsvDialect dialect)
{
    return dialect == CsvDialect::OpenPost ? QStringLiteral("openpost") : QStringLiteral("bundlesocial");
}

QString csvDialectDisplayName(CsvDialect dialect)
{
    return dialect == CsvDialect::OpenPost ? QStringLiteral("OpenPost") : QStringLiteral("bundle.social");
}

std::optional<CsvDialect> csvDialectFromName(QStringView name)
{
    if (name.compare(u"openpost", Qt::CaseInsensitive) == 0)
        return CsvDialect::OpenPost;
    if (name.compare(u"bundlesocial", Qt::CaseInsensitive) == 0 || name.compare(u"bundle.social", Qt::CaseInsensitive) == 0)
        return CsvDialect::BundleSocial;
    return std::nullopt;
}

int DialectMapping::columnOf(ColumnRole role) const
{
    for (int i = 0; i < columns.size(); ++i)
        if (columns.at(i).role == role)
            return i;
    return -1;
}

int DialectMapping::scheduleColumn() const
{
    for (ColumnRole role : {ColumnRole::ScheduleAt, ColumnRole::ScheduleDate, ColumnRole::PostDate})
        if (const int column = columnOf(role); column >= 0)
            return column;
    return -1;
}

QString DialectMapping::headerOf(ColumnRole role) const
{
    const int i = columnOf(role);
    return i >= 0 ? columns.at(i).header : DialectDetector::canonicalName(dialect, role);
}

QString DialectDetector::canonicalName(CsvDialect dialect, ColumnRole role)
{
    auto first = [role](const auto &table) {
        for (const Alias &a : table)
            if (a.role == role)
                return QString::fromLatin1(a.name);
        return QString();
    };
    return dialect == CsvDialect::OpenPost ? first(openPostColumns) : first(bundleColumns);
}

QStringList DialectDetector::knownColumns(CsvDialect dialect)
{
    QStringList out;
    if (dialect == CsvDialect::OpenPost) {
        for (const Alias &a : openPostColumns)
            out.append(QString::fromLatin1(a.name));
        return out;
    }
    for (const Alias &a : bundleColumns)
        out.append(QString::fromLatin1(a.name));
    for (const Platform &p : PlatformCatalog::all()) {
        if (p.bundlePrefix.isEmpty())
            continue;
        out.append(p.bundlePrefix + QStringLiteral("Text"));
        out.append(p.bundlePrefix + QStringLiteral("MediaUrls"));
        for (const SettingField &f : p.bundleColumns)
            out.append(f.name);
    }
    return out;
}

QStringList DialectDetector::fieldNames(CsvDialect dialect)
{
    QStringList out;
    for (const QString &name : knownColumns(dialect)) {
        const ColumnBinding b = bind(dialect, name);
        if (canonicalName(dialect, b) == name)
            out.append(name);
    }
    return out;
}

QString DialectDetector::fieldLabel(CsvDialect dialect, const QString &name)
{
    const ColumnBinding b = bind(dialect, name);
    const QString platform = b.platform ? b.platform->displayName : QString();
    switch (b.role) {
    case ColumnRole::Ignored: return name;
    case ColumnRole::Content:
    case ColumnRole::Text: return tr("Text of the post");
    case ColumnRole::Integrations: return tr("Accounts (IDs or platforms)");
    case ColumnRole::SocialAccountTypes: return tr("Platforms");
    case ColumnRole::ScheduleAt:
    case ColumnRole::PostDate: return tr("Scheduled time");
    case ColumnRole::ScheduleDate: return tr("Scheduled date");
    case ColumnRole::ScheduleTime: return tr("Time of day");
    case ColumnRole::Media: return tr("Media links");
    case ColumnRole::PostType: return tr("Post type");
    case ColumnRole::Tags: return tr("Tags");
    case ColumnRole::PlatformOverrides: return tr("Text per platform");
    case ColumnRole::PlatformSettings: return tr("Settings per platform");
    case ColumnRole::TeamId: return tr("bundle.social team");
    case ColumnRole::Title: return tr("Internal title");
    case ColumnRole::Status: return tr("Status (draft or scheduled)");
    case ColumnRole::PlatformText: return tr("Text for %1").arg(platform);
    case ColumnRole::PlatformMedia: return tr("Media links for %1").arg(platform);
    case ColumnRole::PlatformSetting: return tr("%1 setting: %2").arg(platform, name);
    }
    return name;
}

QString DialectDetector::canonicalName(CsvDialect dialect, const ColumnBinding &binding)
{
    switch (binding.role) {
    case ColumnRole::Ignored: return {};
    case ColumnRole::PlatformText: return binding.platform->bundlePrefix + QStringLiteral("Text");
    case ColumnRole::PlatformMedia: return binding.platform->bundlePrefix + QStringLiteral("MediaUrls");
    case ColumnRole::PlatformSetting: return binding.setting->name;
    default: return canonicalName(dialect, binding.role);
    }
}

DialectMapping DialectDetector::map(const QStringList &header, std::optional<CsvDialect> forced,
                                   const QStringList &fileNames)
{
    const bool mapped = fileNames.size() == header.size();
    auto shownName = [&](int i) { return mapped ? fileNames.at(i) : header.at(i); };
    DialectMapping m;
    if (forced) {
        m.dialect = *forced;
    } else {
        const int openPost = score(CsvDialect::OpenPost, header);
        const int bundle = score(CsvDialect::BundleSocial, header);
        if (openPost == 0 && bundle == 0) {
            m.errors.append(tr("The header row (%1) is not one Almanac knows. Expected the OpenPost columns "
                               "content, integrations, schedule_at (optional: media, post_type, tags) or the "
                               "bundle.social columns teamId, title, postDate, status, socialAccountTypes, text.")
                                .arg(header.join(QStringLiteral(", "))));
            return m;
        }
        m.dialect = bundle > openPost ? CsvDialect::BundleSocial : CsvDialect::OpenPost;
    }

    // A time of day is read beside a date column only: a file with schedule_at
    // and a column that happens to be called "time" keeps it as unknown, as before.
    bool dateColumn = false, scheduleAt = false;
    for (const QString &h : header) {
        dateColumn = dateColumn || bind(m.dialect, h).role == ColumnRole::ScheduleDate;
        scheduleAt = scheduleAt || bind(m.dialect, h).role == ColumnRole::ScheduleAt;
    }
    QHash<QString, int> seen;
    for (int i = 0; i < header.size(); ++i) {
        const QString &h = header.at(i);
        ColumnBinding b = bind(m.dialect, h);
        if (b.role == ColumnRole::ScheduleTime && !dateColumn && scheduleAt)
            b.role = ColumnRole::Ignored;
        // A column the user chose to ignore is not warned about.
        const bool userIgnored = mapped && h.trimmed().isEmpty() && !fileNames.at(i).trimmed().isEmpty();
        if (b.role == ColumnRole::Ignored && !userIgnored) {
            m.warnings.append(shownName(i).trimmed().isEmpty()
                                  ? tr("Column %1 has no name; its values are kept in the import history but not "
                                       "used.").arg(i + 1)
                                  : tr("Column %1 \"%2\" is not one of the %3 columns; its values are kept in "
                                       "the import history but not used.")
                                        .arg(i + 1)
                                        .arg(shownName(i), csvDialectDisplayName(m.dialect)));
        } else if (b.role != ColumnRole::Ignored) {
            // A date column and schedule_at both say when: one of them is enough.
            const ColumnRole same = b.role == ColumnRole::ScheduleDate ? ColumnRole::ScheduleAt : b.role;
            const QString key = QString::number(int(same)) + u':' + (b.platform ? b.platform->id : QString())
                + u':' + (b.setting ? b.setting->name : QString());
            const auto dup = seen.constFind(key);
            if (dup != seen.constEnd()) {
                m.errors.append(tr("Columns %1 \"%2\" and %3 \"%4\" mean the same field; keep only one of them.")
                                    .arg(*dup + 1)
                                    .arg(shownName(*dup))
                                    .arg(i + 1)
                                    .arg(shownName(i)));
            } else {
                seen.insert(key, i);
            }
        }
        m.columns.append(b);
    }

    const auto required = m.dialect == CsvDialect::OpenPost ? QList<ColumnRole>(std::begin(openPostRequired), std::end(openPostRequired))
                                                             : QList<ColumnRole>(std::begin(bundleRequired), std::end(bundleRequired));
    QStringList missing;
    // A time column without its date says so below, in place of "schedule_at is missing".
    const bool scheduleGiven = m.columnOf(ColumnRole::ScheduleDate) >= 0 || m.columnOf(ColumnRole::ScheduleTime) >= 0;
    for (ColumnRole role : required)
        if (m.columnOf(role) < 0 && !(role == ColumnRole::ScheduleAt && scheduleGiven))
            missing.append(canonicalName(m.dialect, role));
    if (const int time = m.columnOf(ColumnRole::ScheduleTime); time >= 0 && m.columnOf(ColumnRole::ScheduleDate) < 0)
        m.errors.append(tr("Column %1 \"%2\" holds a time of day, but no column is the date it belongs to; name a "
                           "column date (or map one to Scheduled date).")
                            .arg(time + 1)
                            .arg(shownName(time)));
    if (!missing.isEmpty()) {
        QStringList found = header; // the fields that are read (an ignored column is not one)
        found.removeAll(QString());
        m.errors.append(tr("The %1 header is missing the required column(s) %2. Found: %3.", nullptr, int(missing.size()))
                            .arg(csvDialectDisplayName(m.dialect), missing.join(QStringLiteral(", ")),
                                 found.isEmpty() ? tr("none") : found.join(QStringLiteral(", "))));
    }
    return m;
}

} // namespace Almanac
