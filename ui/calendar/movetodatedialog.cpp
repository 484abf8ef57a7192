// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/calendar/movetodatedialog.h"

#include "ui/calendar/datetimetyping.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>

namespace Almanac {

MoveToDateDialog::MoveToDateDialog(int postCount, QDate initial, QWidget *parent)
    : QDialog(parent)
    , m_date(new QDateEdit(initial))
{
    setObjectName(QStringLiteral("moveDialog"));
    setWindowTitle(tr("Move Posts"));
    m_date->setObjectName(QStringLiteral("moveDate"));
    m_date->setCalendarPopup(true);
    DateTimeTyping::install(m_date);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Move %Ln post(s)", nullptr, postCount));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *form = new QFormLayout(this);
    form->addRow(new QLabel(tr("Each post keeps its time of day.")));
    form->addRow(tr("&Date:"), m_date);
    form->addRow(buttons);
    // Wide enough for its title and the date's calendar button.
    setMinimumWidth(fontMetrics().averageCharWidth() * 44);
}

QDate MoveToDateDialog::date() const
{
    return m_date->date();
}

} // namespace Almanac
