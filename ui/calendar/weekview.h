// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/calendar/calendargridview.h"

class QTimer;

namespace Almanac {

// Seven columns by 24 wall-clock hours; each post sits at its local time, so a
// week with a daylight-saving change still lines up hour for hour. A line
// marks "now". Drops snap to quarter hours.
class WeekView final : public CalendarGridView
{
    Q_OBJECT

public:
    WeekView(CalendarModel *model, QItemSelectionModel *selection, QWidget *parent = nullptr);

    // The week shown (any day of it), starting on the locale's first day of the week.
    void setWeek(QDate day);
    QDate firstDay() const { return m_first; }
    void scrollToMinute(int minute);
    QPoint pointOf(QDate date, int minute = -1) const override;
    static constexpr int SnapMinutes = 15;

    QSize minimumSizeHint() const override { return {560, 360}; }

protected:
    void relayout() override;
    std::optional<QDate> dateAt(QPoint pos) const override;
    int minuteAt(QPoint pos) const override;
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void reveal(int row) override;

private:
    int headerHeight() const;
    int gutterWidth() const;
    int hourHeight() const;
    QRect columnRect(int day) const; // the whole day's column, in content coordinates shifted by the scroll
    int yOfMinute(int minute) const;
    void updateScrollRange();

    QDate m_first;
    QTimer *m_nowTimer = nullptr;
};

} // namespace Almanac
