// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/calendar/datetimetyping.h"

#include <QAbstractSpinBox>
#include <QKeyEvent>
#include <QLineEdit>
#include <QLocale>

namespace Almanac {

void DateTimeTyping::install(QDateTimeEdit *field)
{
    auto *typing = new DateTimeTyping(field);
    field->installEventFilter(typing);
    // A click in the text moves the cursor without a key: what was being
    // typed is over (the clicks go to the field's line edit).
    if (QLineEdit *text = typing->lineEdit())
        text->installEventFilter(typing);
}

DateTimeTyping::DateTimeTyping(QDateTimeEdit *field)
    : QObject(field)
    , m_field(field)
{
}

QLineEdit *DateTimeTyping::lineEdit() const
{
    return m_field->findChild<QLineEdit *>(QString(), Qt::FindDirectChildrenOnly);
}

void DateTimeTyping::forget()
{
    m_digitSection = QDateTimeEdit::NoSection;
    m_yearDigits.clear();
    m_separator.clear();
}

bool DateTimeTyping::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::MouseButtonPress:
    case QEvent::FocusIn:
    case QEvent::FocusOut:
    case QEvent::InputMethod:
        forget();
        return false;
    case QEvent::KeyPress: break;
    default: return false;
    }
    if (watched != m_field)
        return false;
    const auto *key = static_cast<QKeyEvent *>(event);
    const QString typed = key->text();
    const QDateTimeEdit::Section digitSection = std::exchange(m_digitSection, QDateTimeEdit::NoSection);
    const QString separator = std::exchange(m_separator, QString());
    if (typed.size() != 1 || (key->modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier))) {
        forget();
        return false;
    }
    const QChar c = typed.front();
    if (c.isDigit()) {
        const QDateTimeEdit::Section here = m_field->currentSection();
        if (continuesYear(digitSection, here, c))
            return true;
        const QChar plain = QChar(u'0' + c.digitValue()); // a digit of any script, as the year's test reads it
        if (here == QDateTimeEdit::YearSection)
            m_yearDigits = digitSection == QDateTimeEdit::YearSection ? m_yearDigits + plain : QString(plain);
        else
            m_yearDigits.clear();
        // A part clicked into, not selected: where Qt would refuse the digit
        // beside the old ones ("44" is no hour), it starts the part afresh.
        if (digitSection != here && refusedAtCursor(c))
            m_field->setSelectedSection(here);
        m_digitSection = here;
        return false;
    }
    m_yearDigits.clear();
    if (c.isLetter())
        return m_field->currentSection() == QDateTimeEdit::AmPmSection && pickHalfOfDay(typed);
    // The separator of a part Qt filled and left is already passed: typed
    // anyway, it would skip the next part too. Only that separator, though,
    // one character at a time ("26. 12." in Korean); any other goes to Qt.
    const QString skipped = digitSection != QDateTimeEdit::NoSection && m_field->currentSection() != digitSection
                                ? separatorBeforeSelection()
                                : separator;
    if (!skipped.isEmpty() && skipped.front() == c) {
        m_separator = skipped.mid(1);
        return true;
    }
    return false;
}

QString DateTimeTyping::separatorBeforeSelection() const
{
    const QLineEdit *text = lineEdit();
    if (!text || !text->hasSelectedText())
        return {};
    const QString shown = text->text();
    qsizetype from = text->selectionStart();
    qsizetype to = from;
    while (from > 0 && !shown.at(from - 1).isLetterOrNumber())
        --from;
    QString separator = shown.mid(from, to - from);
    separator.remove(QChar(0x200e)).remove(QChar(0x200f)); // direction marks are not typed
    return separator;
}

bool DateTimeTyping::refusedAtCursor(QChar digit) const
{
    const QLineEdit *text = lineEdit();
    if (!text || text->hasSelectedText())
        return false;
    QString candidate = text->text();
    int pos = text->cursorPosition();
    candidate.insert(pos, digit);
    ++pos;
    // validate() is public in QAbstractSpinBox (protected in QDateTimeEdit).
    return static_cast<const QAbstractSpinBox *>(m_field)->validate(candidate, pos) == QValidator::Invalid;
}

bool DateTimeTyping::continuesYear(QDateTimeEdit::Section last, QDateTimeEdit::Section here, QChar digit)
{
    // Only right after two digits of a two-digit year that read as a century,
    // typed in a row ("2026" where the field writes 26): in the part Qt moved
    // on to, or in the year itself where it is the last part.
    const QString format = m_field->displayFormat();
    const bool twoDigitYear = format.contains(QLatin1String("yy")) && !format.contains(QLatin1String("yyyy"));
    const bool inARow = last == QDateTimeEdit::YearSection;
    if (!twoDigitYear || !inARow || m_yearDigits.size() < 2 || m_yearDigits.size() >= 4
        || !(m_yearDigits.startsWith(QLatin1String("19")) || m_yearDigits.startsWith(QLatin1String("20"))))
        return false;
    m_yearDigits += QChar(u'0' + digit.digitValue());
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
