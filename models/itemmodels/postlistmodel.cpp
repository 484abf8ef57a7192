// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/itemmodels/postlistmodel.h"

#include "models/domain/clock.h"
#include "models/domain/platform.h"
#include "models/store/integrationrepository.h"
#include "models/store/postrepository.h"

#include <QDateTime>
#include <QLocale>
#include <QMimeData>

namespace Almanac {

PostListModel::PostListModel(QSqlDatabase db, QObject *parent)
    : QAbstractTableModel(parent)
    , m_db(std::move(db))
{
    reload();
}

void PostListModel::setStatusFilter(std::optional<PostStatus> status)
{
    if (m_status == status)
        return;
    m_status = status;
    reload();
}

QString PostListModel::postIdsMimeType()
{
    return QStringLiteral("application/x-almanac-post-ids");
}

QStringList PostListModel::postIdsFrom(const QMimeData *mime)
{
    if (!mime || !mime->hasFormat(postIdsMimeType()))
        return {};
    return QString::fromUtf8(mime->data(postIdsMimeType())).split(u'\n', Qt::SkipEmptyParts);
}

void PostListModel::setUndatedDraftsOnly(bool only)
{
    if (m_undatedDraftsOnly == only)
        return;
    m_undatedDraftsOnly = only;
    reload();
}

void PostListModel::setTimeZone(const QTimeZone &zone)
{
    m_zone = zone;
    if (!m_posts.isEmpty())
        Q_EMIT dataChanged(index(0, TimeColumn), index(int(m_posts.size()) - 1, TimeColumn));
}

void PostListModel::reload()
{
    // The first page is read inside the reset, and nothing is fetched while views
    // are still handling it: rows inserted mid-reset would confuse them.
    m_busy = true;
    beginResetModel();
    m_destinationNames = IntegrationRepository(m_db).destinationNames();
    m_posts.clear();
    m_atEnd = false;
    m_posts = fetchPage();
    endResetModel();
    m_busy = false;
}

QList<Post> PostListModel::fetchPage()
{
    PostQuery query;
    query.status = m_undatedDraftsOnly ? std::optional(PostStatus::Draft) : m_status;
    query.includeDated = !m_undatedDraftsOnly;
    query.limit = m_pageSize;
    if (!m_posts.isEmpty())
        query.after = PostQuery::Cursor{m_posts.last().scheduledAt, m_posts.last().id};
    QList<Post> page = PostRepository(m_db).query(query);
    m_atEnd = page.size() < m_pageSize;
    return page;
}

bool PostListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_atEnd && !m_busy;
}

void PostListModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    const QList<Post> page = fetchPage();
    if (page.isEmpty())
        return;
    // A view handling the insertion may ask for more; the next page starts
    // after this one, so it has to wait until this one is in.
    m_busy = true;
    beginInsertRows({}, int(m_posts.size()), int(m_posts.size() + page.size()) - 1);
    m_posts.append(page);
    endInsertRows();
    m_busy = false;
}

int PostListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_posts.size());
}

int PostListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString PostListModel::timeText(const Post &post) const
{
    if (!post.scheduledAt)
        return tr("No date");
    const QDateTime local = QDateTime::fromSecsSinceEpoch(*post.scheduledAt, m_zone);
    return QLocale().toString(local, QLocale::ShortFormat);
}

QVariant PostListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Post &post = m_posts.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TimeColumn: return timeText(post);
        case StatusColumn: return postStatusLabel(post.status);
        case DestinationsColumn: {
            QStringList names;
            for (const PostTarget &t : post.targets)
                names.append(m_destinationNames.value(t.integrationId, t.integrationId));
            return names.join(QStringLiteral(", "));
        }
        case ContentColumn: {
            QString snippet = post.content.left(140);
            snippet.replace(u'\n', u' ');
            return snippet;
        }
        case TypeColumn: return post.postType;
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == TimeColumn && post.scheduledAt)
            return tr("%1 UTC").arg(isoUtc(*post.scheduledAt));
        if (index.column() == ContentColumn)
            return post.content;
        if (index.column() == DestinationsColumn) {
            QStringList lines;
            for (const PostTarget &t : post.targets)
            {
                const QString who = m_destinationNames.value(t.integrationId, t.integrationId);
                lines.append(t.lastError.isEmpty() ? QStringLiteral("%1: %2").arg(who, postStatusLabel(t.status))
                                                   : QStringLiteral("%1: %2 (%3)").arg(who, postStatusLabel(t.status), t.lastError));
            }
            return lines.join(u'\n');
        }
        break;
    case PostIdRole: return post.id;
    case StatusRole: return postStatusName(post.status);
    case ScheduledAtRole: return post.scheduledAt ? QVariant(*post.scheduledAt) : QVariant();
    }
    return {};
}

Qt::ItemFlags PostListModel::flags(const QModelIndex &index) const
{
    return index.isValid() ? Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled | Qt::ItemNeverHasChildren
                           : Qt::NoItemFlags;
}

QStringList PostListModel::mimeTypes() const
{
    return {postIdsMimeType()};
}

QMimeData *PostListModel::mimeData(const QModelIndexList &indexes) const
{
    QStringList ids;
    for (const QModelIndex &index : indexes) {
        const QString id = index.data(PostIdRole).toString();
        if (!id.isEmpty() && !ids.contains(id))
            ids.append(id);
    }
    if (ids.isEmpty())
        return nullptr;
    auto *mime = new QMimeData;
    mime->setData(postIdsMimeType(), ids.join(u'\n').toUtf8());
    return mime;
}

QVariant PostListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn: return tr("Time");
    case StatusColumn: return tr("Status");
    case DestinationsColumn: return tr("Destinations");
    case ContentColumn: return tr("Content");
    case TypeColumn: return tr("Type");
    }
    return {};
}

} // namespace Almanac
