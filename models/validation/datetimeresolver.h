// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>
#include <QHash>
#include <QTimeZone>

#include <optional>

namespace Almanac {

// How a numeric date such as 05/03/2027 is read: day first (5 March),
// month first (3 May) or year first (2027-03-05). Unknown: only where the
// value itself says (a day above 12, a year in front, a dotted date).
enum class DateOrder { Unknown, DayMonthYear, MonthDayYear, YearMonthDay };
// "dmy", "mdy", "ymd" (the CLI's --date-order); nullopt for anything else.
std::optional<DateOrder> dateOrderFromName(QStringView name);
QString dateOrderName(DateOrder order); // empty for Unknown

// Parses date-times from UTF-8 bytes and resolves them to a UTC instant: ISO
// 8601, and the forms spreadsheets write (05/03/2027 9:00, 03/20/2027 2:30 PM,
// 21.03.2027 10:00, a date alone at the default posting time). A time with `Z`
// or an offset is exact; a time without one is read as wall-clock time in the
// chosen IANA zone: a time that does not exist there (the hour skipped when
// clocks go forward) is refused, and a time that happens twice (clocks go back)
// takes the first occurrence and says so.
class DateTimeResolver final
{
public:
    // AmbiguousOrder: a numeric date that reads as two days (05/03/2027) with no order chosen.
    enum class Outcome { Ok, Ambiguous, Malformed, Nonexistent, AmbiguousOrder };
    struct Result
    {
        Outcome outcome = Outcome::Malformed;
        qint64 utc = 0;        // UTC epoch seconds (Ok, Ambiguous)
        bool hadOffset = false;
        qint64 laterUtc = 0;   // the second occurrence (Ambiguous)
    };

    // `defaultMinute`: the wall-clock minute of the day a date alone is read at.
    explicit DateTimeResolver(const QTimeZone &zone, DateOrder order = DateOrder::Unknown, int defaultMinute = 9 * 60);

    Result resolve(QByteArrayView text) const;
    const QTimeZone &zone() const { return m_zone; }
    DateOrder order() const { return m_order; }

    // What the error messages say is accepted, with examples a week after `now`
    // (UTC epoch seconds), so the example itself would be accepted.
    static QString acceptedForms(qint64 now);
    // What a value says of the order by itself: day first (a first number above
    // 12, or dots), month first (a second number above 12), year first, or Unknown.
    static DateOrder orderShownBy(QByteArrayView text);
    // Whether `text` starts with a numeric date (05/03/2027, 5.3.2027, 2027-03-05):
    // a date whose order a file may need to say.
    static bool isSheetDate(QByteArrayView text);
    // Days since 1970-01-01 of a proleptic Gregorian date.
    static qint64 daysFromCivil(int y, int m, int d);
    // Parses an ISO date "2026-05-01" (used for date-only settings).
    static bool parseDate(QByteArrayView text, qint64 *days = nullptr);

private:
    struct LocalResolution
    {
        Outcome outcome;
        int offset;
        int laterOffset;
    };
    LocalResolution resolveLocal(qint64 wallSecs) const;
    // The spreadsheet forms, once ISO 8601 did not match.
    Result resolveSheet(QByteArrayView text) const;
    Result resolveWall(qint64 wallSecs) const;
    int offsetAt(qint64 utcSecs) const;

    QTimeZone m_zone;
    DateOrder m_order;
    int m_defaultMinute;
    mutable QHash<qint64, LocalResolution> m_cache; // per 15-minute bucket of wall-clock time
};

} // namespace Almanac
