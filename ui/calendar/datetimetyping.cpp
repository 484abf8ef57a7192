// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/calendar/datetimetyping.h"

#include <QKeyEvent>
#include <QLocale>

namespace Almanac {

void DateTimeTyping::install(QDateTimeEdit *field)
{
    field->installEventFilter(new DateTimeTyping(field));
}

DateTimeTyping::DateTimeTyping(QDateTimeEdit *field)
    : QObject(field)
    , m_field(field)
{
}

bool DateTimeTyping::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_field || event->type() != QEvent::KeyPress)
        return false;
    const auto *key = static_cast<QKeyEvent *>(event);
    const QString typed = key->text();
    const QDateTimeEdit::Section digitSection = std::exchange(m_digitSection, QDateTimeEdit::NoSection);
    if (typed.size() != 1 || (key->modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier)))
        return false;
    const QChar c = typed.front();
    if (c.isDigit()) {
        m_digitSection = m_field->currentSection();
        return false;
    }
    if (c.isLetter())
        return m_field->currentSection() == QDateTimeEdit::AmPmSection && pickHalfOfDay(typed);
    // A separator right after a part Qt filled and left: it is already in the next.
    return c.isPrint() && digitSection != QDateTimeEdit::NoSection
        && m_field->currentSection() != digitSection;
}

bool DateTimeTyping::pickHalfOfDay(const QString &typed)
{
    const QLocale locale = m_field->locale();
    const bool am = locale.amText().startsWith(typed, Qt::CaseInsensitive);
    const bool pm = locale.pmText().startsWith(typed, Qt::CaseInsensitive);
    if (am == pm) // neither, or both start so: Qt's own reading
        return false;
    const QTime time = m_field->time();
    m_field->setTime(QTime(time.hour() % 12 + (pm ? 12 : 0), time.minute(), time.second()));
    m_field->setSelectedSection(QDateTimeEdit::AmPmSection);
    return true;
}

} // namespace Almanac
