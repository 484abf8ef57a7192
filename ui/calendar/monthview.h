// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/calendar/calendargridview.h"

#include <QHash>

namespace Almanac {

// Six weeks of days; each day lists its posts as chips in time order and, when
// they do not fit, a "+N more" link that opens the day's list.
class MonthView final : public CalendarGridView
{
    Q_OBJECT

public:
    MonthView(CalendarModel *model, QItemSelectionModel *selection, QWidget *parent = nullptr);

    // The month shown (any day of it); the grid starts on the week's first day.
    void setMonth(QDate month);
    QDate month() const { return m_month; }
    QDate firstShownDay() const;
    static constexpr int Weeks = 6;
    QPoint pointOf(QDate date, int minute = -1) const override;

    QSize minimumSizeHint() const override { return {560, 420}; }

protected:
    void relayout() override;
    std::optional<QDate> dateAt(QPoint pos) const override;
    void paintEvent(QPaintEvent *event) override;
    // A post the keyboard selected under "+N more" is said where the link is.
    void reveal(int row) override;

private:
    QRect cellRect(int index) const; // 0..41, row-major
    int headerHeight() const;

    QDate m_month;
    QHash<QDate, QList<int>> m_rowsByDate;
};

} // namespace Almanac
