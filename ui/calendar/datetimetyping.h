// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTimeEdit>
#include <QObject>

class QLineEdit;

namespace Almanac {

// Makes a date or time field take what a person types, where Qt's own field
// (6.4) silently keeps the old value:
// - a letter in the AM/PM part ("p") picks that half of the day at once. Qt
//   showed "4:00 P", then put AM back when the field lost focus, so a post
//   typed for 4 PM was saved for 4 AM;
// - the separator Qt passed when it filled a part and moved on ("12" then
//   "/") is taken as passed, one character at a time; Qt moved on a second
//   time, so "12/18/26" typed from the month became 12/9/18. Any other
//   character ("9 pm": the space) goes to Qt;
// - a year typed whole where the field writes two digits ("12/20/2026" in
//   M/d/yy) is that year: Qt took "20" and put "26" in the hour;
// - a digit typed in a part clicked into, that Qt would refuse beside the old
//   digits ("44" is no hour), starts the part afresh.
// A click, a focus change or input-method text ends what was being typed.
// Installed on a field, it lives as long as the field.
class DateTimeTyping final : public QObject
{
    Q_OBJECT

public:
    static void install(QDateTimeEdit *field);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    explicit DateTimeTyping(QDateTimeEdit *field);
    QLineEdit *lineEdit() const; // the field's own text
    void forget();               // a click, a focus change: what was being typed is over
    bool pickHalfOfDay(const QString &typed);
    // The separator Qt passed to select the part it moved on to ("/", ". ").
    QString separatorBeforeSelection() const;
    // Whether Qt would refuse `digit` typed at the cursor, beside the part's digits.
    bool refusedAtCursor(QChar digit) const;
    // The third and fourth digit of a year typed whole where the field writes
    // two ("2026" in M/d/yy: Qt took 20 and moved on); true if it took `digit`.
    bool continuesYear(QDateTimeEdit::Section last, QDateTimeEdit::Section here, QChar digit);

    QDateTimeEdit *m_field;
    // The part a digit was typed in, while the next key may still be the
    // separator after it; NoSection otherwise.
    QDateTimeEdit::Section m_digitSection = QDateTimeEdit::NoSection;
    QString m_yearDigits; // typed in a row into the year part (as ASCII digits)
    QString m_separator;  // the rest of a separator being passed, one character at a time
};

} // namespace Almanac
