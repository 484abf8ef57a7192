// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/settings/appsettings.h"

#include <QDate>
#include <QWidget>

class QItemSelectionModel;
class QSortFilterProxyModel;
class QStackedWidget;
class QTableView;
class QUndoStack;

namespace Almanac {

class CalendarGridView;
class CalendarModel;
class Database;
class MonthView;
class WeekView;

// The month, week and list views of the calendar over one model, the range
// they show, the selection, and the edits made in them (drag to move, Ctrl-drag
// to copy, delete, tags), each pushed onto the undo stack as one transaction.
class CalendarWidget final : public QWidget
{
    Q_OBJECT

public:
    CalendarWidget(Database &database, CalendarModel *model, QUndoStack *undoStack, QWidget *parent = nullptr);

    void setMode(CalendarMode mode);
    CalendarMode mode() const { return m_mode; }
    // The day the views are on; the range follows it (its month, or its week).
    void setAnchorDate(QDate date);
    QDate anchorDate() const { return m_anchor; }
    void goToday();
    void goPrevious();
    void goNext();
    // "November 2026", "23 – 29 Nov 2026": what the toolbar shows.
    QString title() const;

    QStringList selectedPostIds() const;
    bool hasSelectedPosts() const;
    void selectPosts(const QStringList &ids);

    void deleteSelected();
    void duplicateSelected();
    // Moves each selected post to `date`, keeping its time of day.
    void moveSelectedTo(QDate date);
    void changeTagsOfSelected(const QStringList &add, const QStringList &remove);
    // Gives drafts without a date one: `date` at `minute` (-1: 09:00). One undo step.
    void scheduleUndated(const QStringList &ids, QDate date, int minute);

    MonthView *monthView() const { return m_month; }
    WeekView *weekView() const { return m_week; }
    QTableView *listView() const { return m_list; }

Q_SIGNALS:
    void titleChanged(const QString &title);
    void openPostRequested(const QString &postId);
    void newPostRequested(QDate date, int minute);
    // A refused edit or a store error, in words for the user.
    void message(const QString &text);
    void selectionChanged();

private:
    void applyRange();
    void dropPosts(const QString &postId, QDate date, int minute, bool copy);
    // New UTC times for the selection shifted by days and minutes; empty (and a message) if refused.
    // Whether a post may be scheduled at `at` (ahead, within the limit); else says why.
    bool isSchedulable(qint64 at);
    // A post published or being published (at a model row; -1: none) stays
    // where it went out; the message that says so.
    bool wentOut(int row) const;
    void refuseMovingWhatWentOut();
    std::optional<QList<qint64>> shiftedTimes(const QStringList &ids, int days, int minutes, bool copying);
    void push(std::unique_ptr<class PostCommand> command);
    void showDayPopup(QDate date);
    CalendarGridView *gridView() const;

    Database &m_database;
    CalendarModel *m_model;
    QUndoStack *m_undo;
    QItemSelectionModel *m_selection;
    QSortFilterProxyModel *m_sorted;
    QStackedWidget *m_stack;
    MonthView *m_month;
    WeekView *m_week;
    QTableView *m_list;
    CalendarMode m_mode = CalendarMode::Month;
    QDate m_anchor;
    QStringList m_keepSelected; // carried across a model reload
};

} // namespace Almanac
