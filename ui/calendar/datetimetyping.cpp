// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/calendar/datetimetyping.h"

#include <QKeyEvent>
#include <QLineEdit>
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
        const QDateTimeEdit::Section here = m_field->currentSection();
        if (continuesYear(digitSection, here, c))
            return true;
        if (here == QDateTimeEdit::YearSection)
            m_yearDigits = digitSection == QDateTimeEdit::YearSection ? m_yearDigits + c : QString(c);
        else
            m_yearDigits.clear();
        // A part clicked into, not selected: the first digit starts it afresh,
        // as when Tab or a separator chose it (Qt put it beside the old one).
        const auto *text = m_field->findChild<QLineEdit *>(QString(), Qt::FindDirectChildrenOnly);
        if (digitSection != here && text && !text->hasSelectedText())
            m_field->setSelectedSection(here);
        m_digitSection = here;
        return false;
    }
    m_yearDigits.clear();
    if (c.isLetter())
        return m_field->currentSection() == QDateTimeEdit::AmPmSection && pickHalfOfDay(typed);
    // A separator right after a part Qt filled and left: it is already in the next.
    return c.isPrint() && digitSection != QDateTimeEdit::NoSection
        && m_field->currentSection() != digitSection;
}

bool DateTimeTyping::continuesYear(QDateTimeEdit::Section last, QDateTimeEdit::Section here, QChar digit)
{
    // Only right after two digits of a two-digit year that read as a century,
    // typed in a row ("2026" where the field writes 26).
    const QString format = m_field->displayFormat();
    const bool twoDigitYear = format.contains(QLatin1String("yy")) && !format.contains(QLatin1String("yyyy"));
    if (!twoDigitYear || last == QDateTimeEdit::NoSection || here == QDateTimeEdit::YearSection
        || m_yearDigits.size() < 2 || m_yearDigits.size() >= 4
        || !(m_yearDigits.startsWith(QLatin1String("19")) || m_yearDigits.startsWith(QLatin1String("20"))))
        return false;
    m_yearDigits += digit;
    if (m_yearDigits.size() == 4) {
        const QDate date = m_field->date();
        const QDate typedYear(m_yearDigits.toInt(), date.month(), 1);
        m_field->setDate(QDate(typedYear.year(), date.month(), qMin(date.day(), typedYear.daysInMonth())));
    }
    m_field->setSelectedSection(here);
    m_digitSection = QDateTimeEdit::YearSection; // a separator next is the year's, already passed
    return true;
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
