// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractScrollArea>
#include <QDate>
#include <QPoint>

#include <optional>

class QItemSelectionModel;

namespace Almanac {

class CalendarModel;

// What the month and week views share: chips laid out over days, selecting them
// with the mouse (Ctrl toggles, Shift extends) and the keyboard (arrows move
// between days, Tab walks a day's posts), dragging them
// to another day or time, and the requests that follow. The views draw; the
// CalendarWidget turns their requests into edits.
class CalendarGridView : public QAbstractScrollArea
{
    Q_OBJECT

public:
    CalendarGridView(CalendarModel *model, QItemSelectionModel *selection, QWidget *parent = nullptr);

    // The day the keyboard is on; it follows clicks and arrow keys.
    QDate currentDate() const { return m_current; }
    void setCurrentDate(QDate date);
    // Where a chip of the post is drawn, in viewport coordinates (empty if hidden).
    QRect chipRect(const QString &postId) const;
    // Where a day's "+N more" link is drawn (empty if the day has room for all its posts).
    QRect moreLinkRect(QDate date) const;
    // The centre of a day (and, in the week view, of a minute), in viewport coordinates.
    virtual QPoint pointOf(QDate date, int minute = -1) const = 0;
    // The first day of the week holding `day`, by the locale's first day of the week.
    static QDate weekStart(QDate day);
    // The day weeks start on in every view (Settings; the locale's by default).
    static void setFirstDayOfWeek(Qt::DayOfWeek day);

Q_SIGNALS:
    void postActivated(const QString &postId);
    // minute < 0: the view has no times (month); the composer picks a default.
    void newPostRequested(QDate date, int minute);
    // The chip of `postId` (and the rest of the selection with it) dropped on a
    // day, and in the week view at a minute (else -1: keep each post's time).
    void dropRequested(const QString &postId, QDate date, int minute, bool copy);
    // Posts dragged in from outside the view (the undated drafts), dropped on a
    // day, and in the week view at a minute (else -1).
    void scheduleRequested(const QStringList &postIds, QDate date, int minute);
    void dayPopupRequested(QDate date);
    void currentDateChanged(QDate date);
    void deleteRequested();

protected:
    struct Chip
    {
        QRect rect;
        int row = -1;
    };
    struct MoreLink
    {
        QRect rect;
        QDate date;
        int count = 0;
    };

    // Rebuilds m_chips and m_more for the current size, model and scroll position.
    virtual void relayout() = 0;
    virtual std::optional<QDate> dateAt(QPoint pos) const = 0;
    // The minute of the day at a point, snapped to the view's grid; -1 when the view has no times.
    virtual int minuteAt(QPoint pos) const { Q_UNUSED(pos); return -1; }

    void requestLayout();
    void ensureLayout() const;
    int chipAt(QPoint pos) const;
    bool isSelected(int row) const;
    // A chip of this view is being dragged (the selection goes with it).
    bool isDragging() const { return m_dragging; }
    // Where a drag (of a chip, or of posts from outside) would drop now: the
    // day, and the minute of the chip's top (or -1). No day: nothing is dragged.
    std::optional<QDate> dropDate() const { return m_dropDate; }
    int dropMinute() const { return m_dropMinute; }
    // The drop would land at a time that has passed (a day before today, or
    // an hour of today that is over): it is refused.
    bool dropIsInThePast() const;
    int draggedRow() const { return m_pressRow; }

    CalendarModel *model() const { return m_model; }
    QList<Chip> m_chips;
    QList<MoreLink> m_more;

    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    bool focusNextPrevChild(bool next) override;
    // Brings a chip the keyboard selected into sight (the week view scrolls to its hour).
    virtual void reveal(int row) { Q_UNUSED(row); }
    void resizeEvent(QResizeEvent *event) override;
    void scrollContentsBy(int dx, int dy) override;
    bool viewportEvent(QEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dragLeaveEvent(QDragLeaveEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void selectOnly(int row);
    // Tab and Shift+Tab: the next or previous post of the day the keyboard is
    // on; false past its last or first, so the focus leaves the view.
    bool selectNextPostOfDay(bool next);
    void updateDropTarget(QPoint pos);
    void cancelDrag();

    CalendarModel *m_model;
    QItemSelectionModel *m_selection;
    QDate m_current;
    bool m_layoutDirty = true;
    int m_anchorRow = -1;
    // A press on a chip, and the drag it may become.
    int m_pressRow = -1;
    QPoint m_pressPos;
    QPoint m_grabOffset; // from the chip's top-left corner
    bool m_dragging = false;
    bool m_pressKeptSelection = false;
    std::optional<QDate> m_dropDate;
    int m_dropMinute = -1;
    static Qt::DayOfWeek s_firstDayOfWeek;
};

} // namespace Almanac
