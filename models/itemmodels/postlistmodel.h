// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/domain/post.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QSqlDatabase>
#include <QTimeZone>

class QMimeData;

#include <optional>

namespace Almanac {

// Posts in time order (or only the drafts without a date, which the calendar
// cannot show). Rows are fetched a page at a time (keyset paging on the store's
// (scheduled_at, id) index) as the view scrolls, so a store of a million posts
// opens at once. Rows drag out as post ids (see postIdsMimeType()).
class PostListModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { TimeColumn, StatusColumn, DestinationsColumn, ContentColumn, TypeColumn, ColumnCount };
    enum Role { PostIdRole = Qt::UserRole + 1, StatusRole, ScheduledAtRole };

    explicit PostListModel(QSqlDatabase db, QObject *parent = nullptr);

    // The MIME type of dragged posts: their ids, one per line.
    static QString postIdsMimeType();
    static QStringList postIdsFrom(const QMimeData *mime);

    void setStatusFilter(std::optional<PostStatus> status);
    // Only drafts that have no date yet.
    void setUndatedDraftsOnly(bool only);
    std::optional<PostStatus> statusFilter() const { return m_status; }
    void setTimeZone(const QTimeZone &zone);
    void setPageSize(int rows) { m_pageSize = rows; }
    // Re-reads from the store (after an import or any other change).
    void reload();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    Qt::DropActions supportedDragActions() const override { return Qt::MoveAction; }
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

private:
    QString timeText(const Post &post) const;
    QList<Post> fetchPage();

    QSqlDatabase m_db;
    QHash<QString, QString> m_destinationNames; // integration id -> as people know it
    QList<Post> m_posts;
    std::optional<PostStatus> m_status;
    QTimeZone m_zone = QTimeZone::systemTimeZone();
    int m_pageSize = 200;
    bool m_undatedDraftsOnly = false;
    bool m_atEnd = false;
    bool m_busy = false; // a page is going in: no other may be fetched yet
};

} // namespace Almanac
