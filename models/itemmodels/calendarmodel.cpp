// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/itemmodels/calendarmodel.h"

#include "models/domain/clock.h"
#include "models/domain/platform.h"
#include "models/store/integrationrepository.h"

#include <QDateTime>
#include <QLocale>

namespace Almanac {

namespace {

QString snippet(const QString &content)
{
    QString s = content.left(200).simplified();
    return s.size() > 120 ? s.left(119) + QStringLiteral("…") : s;
}

// Whether `text` holds `hashtag` ("#launch") whole, in any case: "#launch"
// and "#Launch!" do, "#launches" and "#launch_day" do not.
bool hasHashtag(const QString &text, const QString &hashtag)
{
    for (qsizetype at = text.indexOf(hashtag, 0, Qt::CaseInsensitive); at >= 0;
         at = text.indexOf(hashtag, at + 1, Qt::CaseInsensitive)) {
        const qsizetype end = at + hashtag.size();
        const bool wordGoesOn = end < text.size()
            && (text.at(end).isLetterOrNumber() || text.at(end) == u'_' || text.at(end).isMark());
        if (!wordGoesOn)
            return true;
    }
    return false;
}

} // namespace

bool CalendarFilter::matches(const PostSummary &post) const
{
    if (hiddenStatuses.contains(post.status))
        return false;
    if (!hiddenIntegrations.isEmpty() && !post.integrationIds.isEmpty()
        && std::all_of(post.integrationIds.cbegin(), post.integrationIds.cend(),
                       [this](const QString &id) { return hiddenIntegrations.contains(id); }))
        return false;
    if (!tags.isEmpty() && std::none_of(tags.cbegin(), tags.cend(), [&](const QString &t) {
            return post.tags.contains(t, Qt::CaseInsensitive);
        }))
        return false;
    const QStringList words = search.split(u' ', Qt::SkipEmptyParts);
    for (const QString &word : words) {
        if (word.startsWith(u'#') && word.size() > 1) {
            if (!post.tags.contains(word.mid(1), Qt::CaseInsensitive) && !hasHashtag(post.content, word))
                return false;
            continue;
        }
        if (!post.content.contains(word, Qt::CaseInsensitive)
            && std::none_of(post.tags.cbegin(), post.tags.cend(),
                            [&](const QString &t) { return t.contains(word, Qt::CaseInsensitive); }))
            return false;
    }
    return true;
}

CalendarModel::CalendarModel(QSqlDatabase db, QObject *parent)
    : QAbstractTableModel(parent)
    , m_db(std::move(db))
{
}

void CalendarModel::setRange(QDate first, QDate end)
{
    if (first == m_first && end == m_end)
        return;
    m_first = first;
    m_end = end;
    reload();
}

void CalendarModel::setTimeZone(const QTimeZone &zone)
{
    if (zone == m_clock.zone())
        return;
    m_clock = WallClock(zone);
    reload();
}

void CalendarModel::setFilter(const CalendarFilter &filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    beginResetModel();
    applyFilter();
    endResetModel();
}

void CalendarModel::reload()
{
    beginResetModel();
    m_destinationNames = IntegrationRepository(m_db).destinationNames();
    m_all.clear();
    if (m_first.isValid() && m_end > m_first) {
        QList<PostSummary> posts = PostRepository(m_db).summaries(toUtc(m_first, 0), toUtc(m_end, 0));
        m_all.reserve(posts.size());
        for (PostSummary &p : posts) {
            const WallClock::Local local = m_clock.toLocal(p.scheduledAt);
            m_all.append({std::move(p), local.date, local.minute});
        }
    }
    applyFilter();
    endResetModel();
}

QStringList CalendarModel::destinationNames(int row) const
{
    QStringList names;
    for (const QString &id : post(row).integrationIds)
        names.append(m_destinationNames.value(id, id));
    return names;
}

void CalendarModel::applyFilter()
{
    m_visible.clear();
    m_rowById.clear();
    m_visible.reserve(m_all.size());
    m_rowById.reserve(m_all.size());
    for (int i = 0; i < m_all.size(); ++i) {
        if (!m_filter.matches(m_all.at(i).post))
            continue;
        m_rowById.insert(m_all.at(i).post.id, int(m_visible.size()));
        m_visible.append(i);
    }
}

WallClock::Local CalendarModel::now() const
{
    return m_clock.toLocal(Clock::nowSecs());
}

int CalendarModel::rowOf(const QString &postId) const
{
    return m_rowById.value(postId, -1);
}

std::array<int, 6> CalendarModel::statusCounts() const
{
    std::array<int, 6> counts{};
    for (int i : m_visible)
        ++counts[size_t(m_all.at(i).post.status)];
    return counts;
}

QStringList CalendarModel::tagsInRange() const
{
    // One tag however it is capitalised ("Holidays", "holidays"), as the
    // filter and the search treat it; spelled as it first comes.
    QHash<QString, QString> tags;
    for (const Entry &e : m_all)
        for (const QString &t : e.post.tags)
            if (const QString key = t.toCaseFolded(); !tags.contains(key))
                tags.insert(key, t);
    QStringList sorted(tags.cbegin(), tags.cend());
    sorted.sort(Qt::CaseInsensitive);
    return sorted;
}

int CalendarModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_visible.size());
}

int CalendarModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

Qt::ItemFlags CalendarModel::flags(const QModelIndex &index) const
{
    return index.isValid() ? Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren : Qt::NoItemFlags;
}

QVariant CalendarModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Entry &e = m_all.at(m_visible.at(index.row()));
    const PostSummary &p = e.post;
    switch (role) {
    case PostIdRole: return p.id;
    case ScheduledAtRole: return p.scheduledAt;
    case LocalDateRole: return e.date;
    case LocalMinuteRole: return e.minute;
    case StatusRole: return int(p.status);
    case PlatformsRole: return p.platforms;
    case TagsRole: return p.tags;
    case SortRole:
        switch (index.column()) {
        case TimeColumn: return p.scheduledAt;
        case StatusColumn: return int(p.status);
        default: return data(index, Qt::DisplayRole);
        }
    case Qt::ToolTipRole:
        if (index.column() == DestinationsColumn)
            return destinationNames(index.row()).join(u'\n');
        if (index.column() == ContentColumn)
            return p.content.left(1000);
        return {};
    case Qt::DisplayRole:
        switch (index.column()) {
        case TimeColumn:
            return QString(QLocale().toString(e.date, QLocale::ShortFormat) + u' '
                + shortTime(e.minute));
        case StatusColumn: return postStatusLabel(p.status);
        case DestinationsColumn: {
            QStringList names;
            for (const QString &platform : p.platforms) {
                const Platform *known = PlatformCatalog::find(platform);
                const QString name = known ? known->displayName : platform;
                if (!names.contains(name))
                    names.append(name);
            }
            return names.join(QStringLiteral(", "));
        }
        case ContentColumn: return snippet(p.content);
        case TagsColumn: return p.tags.join(QStringLiteral(", "));
        }
        return {};
    default: return {};
    }
}

QVariant CalendarModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TimeColumn: return tr("Time");
    case StatusColumn: return tr("Status");
    case DestinationsColumn: return tr("Destinations");
    case ContentColumn: return tr("Text");
    case TagsColumn: return tr("Tags");
    }
    return {};
}

} // namespace Almanac
