// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QFrame>

class QListView;

namespace Almanac {

class CalendarModel;

// Every post of one day, when the month cell is too small for them: opened by
// "+N more", closed by a click outside or Escape. Double-click or Enter opens
// a post.
class DayPopup final : public QFrame
{
    Q_OBJECT

public:
    DayPopup(CalendarModel *model, QDate date, QWidget *parent = nullptr);
    QListView *list() const { return m_list; }

Q_SIGNALS:
    void postActivated(const QString &postId);

private:
    QListView *m_list;
};

} // namespace Almanac
