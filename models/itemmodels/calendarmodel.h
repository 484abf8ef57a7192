// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/domain/wallclock.h"
#include "models/store/postrepository.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QHash>
#include <QSet>
#include <QSqlDatabase>
#include <QTimeZone>

#include <array>

namespace Almanac {

// What the calendar shows: the filter panel's choices and the search box.
struct CalendarFilter
{
    QSet<QString> hiddenIntegrations; // unchecked accounts
    QSet<PostStatus> hiddenStatuses;
    QStringList tags;                 // only posts with one of these tags, in any case; empty: every post
    QString search;                   // words of the text or tags; "#tag" matches a tag, or the hashtag in the text, whole

    bool matches(const PostSummary &post) const;
    friend bool operator==(const CalendarFilter &, const CalendarFilter &) = default;
};

// The posts of the visible days, for the month, week and list views. It reads
// only that range (one scan of the time index), filters in memory, and knows
// each post's day and wall-clock minute in the user's zone, so views never
// convert times while they paint.
class CalendarModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { TimeColumn, StatusColumn, DestinationsColumn, ContentColumn, TagsColumn, ColumnCount };
    enum Role {
        PostIdRole = Qt::UserRole + 1,
        ScheduledAtRole, // qint64, UTC epoch seconds
        LocalDateRole,   // QDate in the user's zone
        LocalMinuteRole, // int, minutes since local midnight
        StatusRole,      // int (PostStatus)
        PlatformsRole,   // QStringList
        TagsRole,        // QStringList
        SortRole,        // what the list view sorts a column by
    };

    explicit CalendarModel(QSqlDatabase db, QObject *parent = nullptr);

    // The days shown, [first, end), in the model's zone.
    void setRange(QDate first, QDate end);
    QDate firstDay() const { return m_first; }
    QDate endDay() const { return m_end; }
    void setTimeZone(const QTimeZone &zone);
    const QTimeZone &timeZone() const { return m_clock.zone(); }
    const WallClock &wallClock() const { return m_clock; }
    void setFilter(const CalendarFilter &filter);
    const CalendarFilter &filter() const { return m_filter; }
    // Re-reads the range from the store (after any change).
    void reload();

    const PostSummary &post(int row) const { return m_all.at(m_visible.at(row)).post; }
    // A post's destinations as people know them ("Bluesky @acme.bsky.social").
    QStringList destinationNames(int row) const;
    QDate localDate(int row) const { return m_all.at(m_visible.at(row)).date; }
    int localMinute(int row) const { return m_all.at(m_visible.at(row)).minute; }
    int rowOf(const QString &postId) const; // -1 when not shown
    // Shown posts per status, indexed by PostStatus.
    std::array<int, 6> statusCounts() const;
    // Every tag used by a post of the range (shown or filtered out), sorted.
    QStringList tagsInRange() const;
    // Posts of the range hidden by the filter.
    int hiddenCount() const { return int(m_all.size() - m_visible.size()); }

    // The UTC instant of a wall-clock time in the model's zone (see WallClock).
    qint64 toUtc(QDate date, int minute) const { return m_clock.toUtc(date, minute); }
    // Now (Clock) in the model's zone.
    WallClock::Local now() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

private:
    struct Entry
    {
        PostSummary post;
        QDate date;
        int minute = 0;
    };
    void applyFilter();

    QSqlDatabase m_db;
    QHash<QString, QString> m_destinationNames; // integration id -> as people know it
    QDate m_first, m_end;
    WallClock m_clock;
    CalendarFilter m_filter;
    QList<Entry> m_all;
    QList<int> m_visible; // indexes into m_all, in time order
    QHash<QString, int> m_rowById;
};

} // namespace Almanac
