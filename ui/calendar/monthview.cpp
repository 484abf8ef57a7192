// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/calendar/monthview.h"

#include "models/domain/wallclock.h"
#include "models/itemmodels/calendarmodel.h"
#include "ui/calendar/calendarstyle.h"

#include <QItemSelectionModel>
#include <QLocale>
#include <QPainter>
#include <QToolTip>

namespace Almanac {

MonthView::MonthView(CalendarModel *model, QItemSelectionModel *selection, QWidget *parent)
    : CalendarGridView(model, selection, parent)
{
    setObjectName(QStringLiteral("monthView"));
    setAccessibleName(tr("Month"));
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
}

void MonthView::setMonth(QDate month)
{
    m_month = QDate(month.year(), month.month(), 1);
    requestLayout();
}

QDate MonthView::firstShownDay() const
{
    return weekStart(m_month);
}

int MonthView::headerHeight() const
{
    return fontMetrics().height() + 8;
}

QRect MonthView::cellRect(int index) const
{
    const QRect area = viewport()->rect().adjusted(0, headerHeight(), 0, 0);
    const int col = index % 7, row = index / 7;
    const int x0 = area.left() + area.width() * col / 7, x1 = area.left() + area.width() * (col + 1) / 7;
    const int y0 = area.top() + area.height() * row / Weeks, y1 = area.top() + area.height() * (row + 1) / Weeks;
    QRect r(x0, y0, x1 - x0, y1 - y0);
    if (layoutDirection() == Qt::RightToLeft)
        r.moveLeft(area.right() - r.right() + area.left());
    return r;
}

std::optional<QDate> MonthView::dateAt(QPoint pos) const
{
    for (int i = 0; i < 7 * Weeks; ++i)
        if (cellRect(i).contains(pos))
            return firstShownDay().addDays(i);
    return std::nullopt;
}

QPoint MonthView::pointOf(QDate date, int) const
{
    const qint64 index = firstShownDay().daysTo(date);
    if (index < 0 || index >= 7 * Weeks)
        return {};
    const QRect cell = cellRect(int(index));
    return QPoint(cell.center().x(), cell.bottom() - 4);
}

void MonthView::relayout()
{
    m_rowsByDate.clear();
    for (int row = 0; row < model()->rowCount(); ++row)
        m_rowsByDate[model()->localDate(row)].append(row);
    const int dayLine = fontMetrics().height() + 4;
    const QDate first = firstShownDay();
    for (int i = 0; i < 7 * Weeks; ++i) {
        const auto found = m_rowsByDate.constFind(first.addDays(i));
        if (found == m_rowsByDate.constEnd())
            continue;
        const QList<int> &rows = *found;
        const QRect cell = cellRect(i).adjusted(2, dayLine, -2, -2);
        // Density by room: a quiet day's posts get lines for their words, a busy day's one line each.
        int lines = 4;
        while (lines > 1 && rows.size() * (CalendarStyle::chipHeight(fontMetrics(), lines) + 1) > cell.height() + 1)
            --lines;
        const int chip = CalendarStyle::chipHeight(fontMetrics(), lines);
        const int fit = qMax(0, (cell.height() + 1) / (chip + 1));
        const int shown = rows.size() <= fit ? int(rows.size()) : qMax(0, fit - 1);
        for (int k = 0; k < shown; ++k)
            m_chips.append({QRect(cell.left(), cell.top() + k * (chip + 1), cell.width(), chip), rows.at(k)});
        if (shown < rows.size())
            m_more.append({QRect(cell.left(), cell.top() + shown * (chip + 1), cell.width(), chip),
                           first.addDays(i), int(rows.size() - shown)});
    }
}

void MonthView::paintEvent(QPaintEvent *)
{
    ensureLayout();
    QPainter p(viewport());
    const QPalette pal = palette();
    const QLocale locale;
    p.fillRect(viewport()->rect(), pal.color(QPalette::Base));

    // Weekday names.
    const QDate first = firstShownDay();
    const int header = headerHeight();
    p.setPen(pal.color(QPalette::PlaceholderText));
    for (int col = 0; col < 7; ++col) {
        QRect r = cellRect(col);
        r.setTop(0);
        r.setHeight(header);
        p.drawText(r, Qt::AlignCenter, locale.dayName(first.addDays(col).dayOfWeek(), QLocale::ShortFormat));
    }

    const QDate today = model()->now().date;
    const QColor grid = pal.color(QPalette::Mid);
    const QColor outside = pal.color(QPalette::AlternateBase);
    const int dayLine = fontMetrics().height() + 4;
    for (int i = 0; i < 7 * Weeks; ++i) {
        const QDate date = first.addDays(i);
        const QRect cell = cellRect(i);
        if (date.month() != m_month.month() || date < today)
            p.fillRect(cell, outside);
        if (dropDate() == date) {
            QColor drop = pal.color(QPalette::Highlight);
            drop.setAlpha(date < today ? 30 : 70);
            p.fillRect(cell, drop);
        }
        p.setPen(grid);
        p.setBrush(Qt::NoBrush);
        p.drawRect(cell.adjusted(0, 0, -1, -1));
        // The day number; today in a filled circle, the keyboard's day framed.
        const QString number = date.day() == 1 ? locale.toString(date, QStringLiteral("d MMM")) : QString::number(date.day());
        QRect numberRect(cell.left() + 4, cell.top() + 2, cell.width() - 8, dayLine - 2);
        if (date == today) {
            const int w = qMax(fontMetrics().horizontalAdvance(number) + 8, dayLine - 2);
            const QRect badge(numberRect.left() - 2, numberRect.top(), w, dayLine - 2);
            p.setRenderHint(QPainter::Antialiasing);
            p.setPen(Qt::NoPen);
            p.setBrush(pal.color(QPalette::Highlight));
            p.drawRoundedRect(badge, badge.height() / 2.0, badge.height() / 2.0);
            p.setPen(pal.color(QPalette::HighlightedText));
            p.drawText(badge, Qt::AlignCenter, number);
        } else {
            p.setPen(date.month() == m_month.month() ? pal.color(QPalette::Text) : pal.color(QPalette::PlaceholderText));
            p.drawText(numberRect, Qt::AlignLeft | Qt::AlignVCenter, number);
        }
        if (date == currentDate() && hasFocus()) {
            p.setPen(QPen(pal.color(QPalette::Highlight), 2));
            p.setBrush(Qt::NoBrush);
            p.drawRect(cell.adjusted(1, 1, -2, -2));
        }
    }

    for (const Chip &chip : std::as_const(m_chips))
        CalendarStyle::paintChip(p, chip.rect, pal, *model(), chip.row, isSelected(chip.row),
                                 isDragging() && isSelected(chip.row));
    p.setPen(pal.color(QPalette::Link));
    for (const MoreLink &more : std::as_const(m_more))
        p.drawText(more.rect.adjusted(6, 0, 0, 0), Qt::AlignLeft | Qt::AlignVCenter, tr("+%Ln more", nullptr, more.count));
}

void MonthView::reveal(int row)
{
    const QDate date = model()->localDate(row);
    const QRect more = moreLinkRect(date);
    if (!chipRect(model()->post(row).id).isEmpty() || more.isEmpty())
        return;
    const QString words = model()->index(row, CalendarModel::ContentColumn).data().toString();
    QToolTip::showText(viewport()->mapToGlobal(more.center()),
                       tr("Selected, among the day's other posts: %1. Enter opens it.").arg(words), viewport(), more);
}

} // namespace Almanac
