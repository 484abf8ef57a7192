// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/calendar/weekview.h"

#include "models/domain/wallclock.h"
#include "models/itemmodels/calendarmodel.h"
#include "ui/calendar/calendarstyle.h"

#include <QLocale>
#include <QPainter>
#include <QScrollBar>
#include <QTimer>

#include <limits>

namespace Almanac {

namespace {
constexpr int MaxLanes = 4; // chips side by side at one time before the rest become "+N"
}

WeekView::WeekView(CalendarModel *model, QItemSelectionModel *selection, QWidget *parent)
    : CalendarGridView(model, selection, parent)
    , m_nowTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("weekView"));
    setAccessibleName(tr("Week"));
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    m_nowTimer->setInterval(60 * 1000);
    connect(m_nowTimer, &QTimer::timeout, viewport(), qOverload<>(&QWidget::update));
    m_nowTimer->start();
}

void WeekView::setWeek(QDate day)
{
    m_first = weekStart(day);
    requestLayout();
}

int WeekView::headerHeight() const
{
    return 2 * fontMetrics().height() + 10;
}

int WeekView::gutterWidth() const
{
    return fontMetrics().horizontalAdvance(shortTime(23 * 60)) + 14;
}

int WeekView::hourHeight() const
{
    // Half an hour holds a chip of two lines: the time and badges, then words.
    return qMax(48, 2 * (CalendarStyle::chipHeight(fontMetrics(), 2) + 2));
}

void WeekView::updateScrollRange()
{
    const int content = 24 * hourHeight();
    const int visible = viewport()->height() - headerHeight();
    verticalScrollBar()->setRange(0, qMax(0, content - visible));
    verticalScrollBar()->setPageStep(visible);
    verticalScrollBar()->setSingleStep(hourHeight() / 2);
}

void WeekView::resizeEvent(QResizeEvent *event)
{
    CalendarGridView::resizeEvent(event);
    updateScrollRange();
}

void WeekView::scrollToMinute(int minute)
{
    updateScrollRange();
    verticalScrollBar()->setValue(minute * hourHeight() / 60);
}

void WeekView::reveal(int row)
{
    // Unless its hour is in sight already, an hour before it at the top.
    const int y = yOfMinute(model()->localMinute(row));
    if (y < headerHeight() || y + hourHeight() / 2 > viewport()->height())
        scrollToMinute(qMax(0, model()->localMinute(row) - 60));
}

int WeekView::yOfMinute(int minute) const
{
    return headerHeight() + minute * hourHeight() / 60 - verticalScrollBar()->value();
}

QRect WeekView::columnRect(int day) const
{
    const int left = gutterWidth();
    const int width = viewport()->width() - left;
    const int x0 = left + width * day / 7, x1 = left + width * (day + 1) / 7;
    QRect r(x0, yOfMinute(0), x1 - x0, 24 * hourHeight());
    if (layoutDirection() == Qt::RightToLeft)
        r.moveLeft(viewport()->width() - r.right() - 1);
    return r;
}

std::optional<QDate> WeekView::dateAt(QPoint pos) const
{
    if (pos.y() < headerHeight())
        return std::nullopt;
    for (int day = 0; day < 7; ++day) {
        const QRect c = columnRect(day);
        if (pos.x() >= c.left() && pos.x() <= c.right())
            return m_first.addDays(day);
    }
    return std::nullopt;
}

int WeekView::minuteAt(QPoint pos) const
{
    const int minute = (pos.y() - yOfMinute(0)) * 60 / hourHeight();
    return qBound(0, minute / SnapMinutes * SnapMinutes, 24 * 60 - SnapMinutes);
}

QPoint WeekView::pointOf(QDate date, int minute) const
{
    const qint64 day = m_first.daysTo(date);
    if (day < 0 || day >= 7)
        return {};
    return QPoint(columnRect(int(day)).center().x(), yOfMinute(qMax(0, minute)) + 2);
}

void WeekView::relayout()
{
    const int chip = CalendarStyle::chipHeight(fontMetrics());
    const int slot = qMax(chip, hourHeight() / 2); // the least room a post takes: half an hour of the grid
    const int tallest = qMax(slot, CalendarStyle::chipHeight(fontMetrics(), 4));
    for (int day = 0; day < 7; ++day) {
        const QDate date = m_first.addDays(day);
        const QRect column = columnRect(day).adjusted(2, 0, -3, 0);
        // Posts whose slots overlap, directly or through others, form a group
        // that shares the column among the lanes it needs; a post alone keeps
        // the whole width. Each takes the first lane free at its time.
        struct Placed
        {
            int row, top, lane, group;
        };
        QList<Placed> placed;
        QList<int> groupLanes; // lanes each group needs
        QList<int> laneEnds;   // y where each lane of the current group becomes free
        int groupEnd = std::numeric_limits<int>::min();
        QList<MoreLink> overflow;
        // The day's posts from top to bottom: by UTC, an hour the clocks repeat
        // would come back up; a post at 23:59 still shows whole.
        QList<std::pair<int, int>> posts; // (top, row)
        for (int row = 0; row < model()->rowCount(); ++row)
            if (model()->localDate(row) == date)
                posts.append({qMin(yOfMinute(model()->localMinute(row)), yOfMinute(24 * 60) - slot), row});
        std::stable_sort(posts.begin(), posts.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
        for (const auto &[top, row] : std::as_const(posts)) {
            if (top >= groupEnd) {
                groupLanes.append(0);
                laneEnds.clear();
            }
            int lane = 0;
            while (lane < laneEnds.size() && laneEnds.at(lane) > top)
                ++lane;
            if (lane == MaxLanes) {
                if (!overflow.isEmpty() && overflow.last().rect.bottom() > top)
                    ++overflow.last().count;
                else
                    overflow.append({QRect(0, top, 0, slot), date, 1});
                continue;
            }
            if (lane == laneEnds.size())
                laneEnds.append(0);
            laneEnds[lane] = top + slot;
            groupEnd = qMax(groupEnd, top + slot);
            groupLanes.last() = qMax(groupLanes.last(), lane + 1);
            placed.append({row, top, lane, int(groupLanes.size()) - 1});
        }
        const qsizetype firstChip = m_chips.size();
        for (const Placed &p : std::as_const(placed)) {
            const int laneWidth = column.width() / groupLanes.at(p.group);
            m_chips.append({QRect(column.left() + p.lane * laneWidth, p.top, laneWidth - 1, slot - 1), p.row});
        }
        // "+N more" sits at the right of its time: the chips beside it make room for it.
        for (MoreLink more : std::as_const(overflow)) {
            const int w = fontMetrics().horizontalAdvance(tr("+%Ln more", nullptr, more.count)) + 8;
            more.rect = QRect(column.right() - w, more.rect.top(), w, chip);
            m_more.append(more);
            for (qsizetype i = firstChip; i < m_chips.size(); ++i) {
                QRect &rect = m_chips[i].rect;
                if (rect.intersects(more.rect))
                    rect.setRight(qMax(rect.left() + 8, more.rect.left() - 2));
            }
        }
        // A chip grows down, for more of its words, until the next chip below it.
        for (qsizetype i = firstChip; i < m_chips.size(); ++i) {
            QRect &rect = m_chips[i].rect;
            int bottom = qMin(rect.top() + tallest, column.bottom());
            for (qsizetype j = i + 1; j < m_chips.size() && m_chips.at(j).rect.top() < bottom; ++j) {
                const QRect &below = m_chips.at(j).rect;
                if (below.top() > rect.top() && below.left() <= rect.right() && below.right() >= rect.left())
                    bottom = below.top();
            }
            rect.setBottom(qMax(rect.bottom(), bottom - 2));
        }
    }
}

void WeekView::paintEvent(QPaintEvent *)
{
    ensureLayout();
    QPainter p(viewport());
    const QPalette pal = palette();
    const QLocale locale;
    const int header = headerHeight();
    const int hour = hourHeight();
    p.fillRect(viewport()->rect(), pal.color(QPalette::Base));

    const WallClock::Local now = model()->now();
    p.save();
    p.setClipRect(QRect(0, header, viewport()->width(), viewport()->height() - header));
    // Past days and hours shaded; hour lines; the drop slot.
    for (int day = 0; day < 7; ++day) {
        const QDate date = m_first.addDays(day);
        const QRect column = columnRect(day);
        if (date < now.date)
            p.fillRect(column, pal.color(QPalette::AlternateBase));
        else if (date == now.date)
            p.fillRect(QRect(column.left(), column.top(), column.width(),
                             yOfMinute(now.minute) - column.top()),
                       pal.color(QPalette::AlternateBase));
        p.setPen(pal.color(QPalette::Mid));
        p.drawLine(column.topLeft(), column.bottomLeft());
    }
    for (int h = 0; h <= 24; ++h) {
        const int y = yOfMinute(h * 60);
        p.setPen(pal.color(QPalette::Mid));
        p.drawLine(gutterWidth(), y, viewport()->width(), y);
        if (h < 24) {
            QColor half = pal.color(QPalette::Midlight);
            p.setPen(QPen(half, 1, Qt::DotLine));
            p.drawLine(gutterWidth(), y + hour / 2, viewport()->width(), y + hour / 2);
            p.setPen(pal.color(QPalette::PlaceholderText));
            p.drawText(QRect(0, y - fontMetrics().height() / 2, gutterWidth() - 6, fontMetrics().height()),
                       Qt::AlignRight | Qt::AlignVCenter, shortTime(h * 60));
        }
    }
    if (dropDate() && dropMinute() >= 0) {
        const qint64 day = m_first.daysTo(*dropDate());
        const QRect column = columnRect(int(day));
        const QRect slot(column.left() + 2, yOfMinute(dropMinute()), column.width() - 5,
                         qMax(CalendarStyle::chipHeight(fontMetrics()), hour / 2));
        QColor drop = pal.color(QPalette::Highlight);
        drop.setAlpha(dropIsInThePast() ? 30 : 90); // faint where it would be refused
        p.fillRect(slot, drop);
        p.setPen(pal.color(QPalette::Text));
        p.drawText(slot.adjusted(4, 0, 0, 0), Qt::AlignLeft | Qt::AlignVCenter,
                   shortTime(dropMinute()));
    }
    for (const Chip &chip : std::as_const(m_chips))
        CalendarStyle::paintChip(p, chip.rect, pal, *model(), chip.row, isSelected(chip.row),
                                 isDragging() && isSelected(chip.row));
    p.setPen(pal.color(QPalette::Link));
    for (const MoreLink &more : std::as_const(m_more))
        p.drawText(more.rect, Qt::AlignCenter, tr("+%Ln more", nullptr, more.count));
    // Now.
    const qint64 today = m_first.daysTo(now.date);
    if (today >= 0 && today < 7) {
        const QRect column = columnRect(int(today));
        const int y = yOfMinute(now.minute);
        p.setRenderHint(QPainter::Antialiasing);
        p.setPen(QPen(QColor(0xd7, 0x30, 0x27), 2));
        p.drawLine(column.left(), y, column.right(), y);
        p.setBrush(QColor(0xd7, 0x30, 0x27));
        p.drawEllipse(QPoint(column.left(), y), 4, 4);
    }
    p.restore();

    // Day headers stay on top while the hours scroll.
    p.fillRect(QRect(0, 0, viewport()->width(), header), pal.color(QPalette::Window));
    for (int day = 0; day < 7; ++day) {
        const QDate date = m_first.addDays(day);
        const QRect column = columnRect(day);
        const QRect r(column.left(), 2, column.width(), header - 4);
        const bool isToday = date == now.date;
        if (date == currentDate() && hasFocus()) {
            p.setPen(QPen(pal.color(QPalette::Highlight), 2));
            p.drawRect(r.adjusted(1, 1, -2, -2));
        }
        QFont f = font();
        f.setBold(isToday);
        p.setFont(f);
        p.setPen(isToday ? pal.color(QPalette::Highlight) : pal.color(QPalette::WindowText));
        p.drawText(r, Qt::AlignCenter,
                   locale.dayName(date.dayOfWeek(), QLocale::ShortFormat) + u'\n'
                       + locale.toString(date, QStringLiteral("d MMM")));
        p.setFont(font());
    }
    p.setPen(pal.color(QPalette::Mid));
    p.drawLine(0, header - 1, viewport()->width(), header - 1);
}

} // namespace Almanac
