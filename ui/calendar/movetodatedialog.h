// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QDialog>

class QDateEdit;

namespace Almanac {

// Edit > Move to Date: the day the selected posts move to, each keeping its time of day.
class MoveToDateDialog final : public QDialog
{
    Q_OBJECT

public:
    MoveToDateDialog(int postCount, QDate initial, QWidget *parent = nullptr);
    QDate date() const;

private:
    QDateEdit *m_date;
};

} // namespace Almanac
