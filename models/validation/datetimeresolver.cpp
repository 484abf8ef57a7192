// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/validation/datetimeresolver.h"

#include <QCoreApplication>
#include <QDateTime>

namespace Almanac {

namespace {

bool digits(QByteArrayView s, qsizetype at, int count, int *out)
{
    if (at + count > s.size())
        return false;
    int v = 0;
    for (int i = 0; i < count; ++i) {
        const char c = s[at + i];
        if (c < '0' || c > '9')
            return false;
        v = v * 10 + (c - '0');
    }
    *out = v;
    return true;
}

int daysInMonth(int y, int m)
{
    static constexpr int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    const bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    return m == 2 && leap ? 29 : days[m - 1];
}

bool parseDateAt(QByteArrayView s, int *y, int *m, int *d)
{
    return digits(s, 0, 4, y) && s.size() >= 10 && s[4] == '-' && digits(s, 5, 2, m) && s[7] == '-'
        && digits(s, 8, 2, d) && *m >= 1 && *m <= 12 && *d >= 1 && *d <= daysInMonth(*y, *m);
}

// A numeric date of three groups with one separator (/ . -), as written.
struct SheetDate
{
    int first = 0, second = 0, third = 0;
    int firstDigits = 0, thirdDigits = 0;
    char separator = 0;
    qsizetype end = 0; // just after the date
};

bool readNumber(QByteArrayView s, qsizetype &i, int maxDigits, int *value, int *count)
{
    const qsizetype start = i;
    int v = 0;
    while (i < s.size() && s[i] >= '0' && s[i] <= '9' && i - start < maxDigits)
        v = v * 10 + (s[i++] - '0');
    *value = v;
    *count = int(i - start);
    return *count > 0;
}

std::optional<SheetDate> readSheetDate(QByteArrayView s)
{
    SheetDate d;
    qsizetype i = 0;
    int secondDigits = 0;
    if (!readNumber(s, i, 4, &d.first, &d.firstDigits) || i >= s.size())
        return std::nullopt;
    d.separator = s[i];
    if (d.separator != '/' && d.separator != '.' && d.separator != '-')
        return std::nullopt;
    ++i;
    if (!readNumber(s, i, 2, &d.second, &secondDigits) || i >= s.size() || s[i] != d.separator)
        return std::nullopt;
    ++i;
    if (!readNumber(s, i, 4, &d.third, &d.thirdDigits))
        return std::nullopt;
    d.end = i;
    // Year first takes four digits in front; otherwise the year is the last group, of four digits.
    if (d.firstDigits == 4 ? d.thirdDigits > 2 : (d.firstDigits > 2 || d.thirdDigits != 4))
        return std::nullopt;
    return d;
}

DateOrder orderOf(const SheetDate &d)
{
    if (d.firstDigits == 4)
        return DateOrder::YearMonthDay;
    if (d.first > 12 || d.separator == '.')
        return DateOrder::DayMonthYear; // dotted dates are day first wherever they are written
    if (d.second > 12)
        return DateOrder::MonthDayYear;
    return DateOrder::Unknown;
}

// H:MM[:SS] with an optional AM/PM, after the date; *seconds: of the day.
bool readSheetTime(QByteArrayView s, qsizetype i, int *seconds)
{
    int h = 0, m = 0, sec = 0, count = 0;
    if (!readNumber(s, i, 2, &h, &count) || i >= s.size() || s[i] != ':')
        return false;
    ++i;
    if (!readNumber(s, i, 2, &m, &count) || count != 2)
        return false;
    if (i < s.size() && s[i] == ':') {
        ++i;
        if (!readNumber(s, i, 2, &sec, &count) || count != 2)
            return false;
    }
    while (i < s.size() && s[i] == ' ')
        ++i;
    if (i < s.size()) {
        const QByteArrayView rest = s.sliced(i);
        const bool am = rest.compare("AM", Qt::CaseInsensitive) == 0 || rest.compare("A.M.", Qt::CaseInsensitive) == 0;
        const bool pm = rest.compare("PM", Qt::CaseInsensitive) == 0 || rest.compare("P.M.", Qt::CaseInsensitive) == 0;
        if ((!am && !pm) || h < 1 || h > 12)
            return false;
        h = h % 12 + (pm ? 12 : 0);
    }
    if (h > 23 || m > 59 || sec > 59)
        return false;
    *seconds = h * 3600 + m * 60 + sec;
    return true;
}

} // namespace

std::optional<DateOrder> dateOrderFromName(QStringView name)
{
    if (name.compare(u"dmy", Qt::CaseInsensitive) == 0)
        return DateOrder::DayMonthYear;
    if (name.compare(u"mdy", Qt::CaseInsensitive) == 0)
        return DateOrder::MonthDayYear;
    if (name.compare(u"ymd", Qt::CaseInsensitive) == 0)
        return DateOrder::YearMonthDay;
    return std::nullopt;
}

QString dateOrderName(DateOrder order)
{
    switch (order) {
    case DateOrder::DayMonthYear: return QStringLiteral("dmy");
    case DateOrder::MonthDayYear: return QStringLiteral("mdy");
    case DateOrder::YearMonthDay: return QStringLiteral("ymd");
    case DateOrder::Unknown: break;
    }
    return {};
}

DateTimeResolver::DateTimeResolver(const QTimeZone &zone, DateOrder order, int defaultMinute)
    : m_zone(zone)
    , m_order(order)
    , m_defaultMinute(defaultMinute)
{
}

bool DateTimeResolver::isSheetDate(QByteArrayView text)
{
    return readSheetDate(text).has_value();
}

DateOrder DateTimeResolver::orderShownBy(QByteArrayView text)
{
    const std::optional<SheetDate> d = readSheetDate(text);
    return d ? orderOf(*d) : DateOrder::Unknown;
}

qint64 DateTimeResolver::daysFromCivil(int y, int m, int d)
{
    y -= m <= 2;
    const qint64 era = (y >= 0 ? y : y - 399) / 400;
    const qint64 yoe = y - era * 400;
    const qint64 doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const qint64 doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

bool DateTimeResolver::parseDate(QByteArrayView text, qint64 *days)
{
    int y, m, d;
    if (text.size() != 10 || !parseDateAt(text, &y, &m, &d))
        return false;
    if (days)
        *days = daysFromCivil(y, m, d);
    return true;
}

QString DateTimeResolver::acceptedForms(qint64 now)
{
    const QDate day = QDateTime::fromSecsSinceEpoch(now + 7 * 86400, Qt::UTC).date();
    return QCoreApplication::translate("DateTimeResolver",
                                       "a date and time such as %1, %2, %3 or %4 (day first), or %5 (month first)")
        .arg(day.toString(QStringLiteral("yyyy-MM-dd'T'09:00:00'Z'")), day.toString(QStringLiteral("yyyy-MM-dd 09:00")),
             day.toString(QStringLiteral("dd/MM/yyyy 14:30")), day.toString(QStringLiteral("dd.MM.yyyy")),
             day.toString(QStringLiteral("MM/dd/yyyy 2:30")) + QStringLiteral(" PM"));
}

int DateTimeResolver::offsetAt(qint64 utcSecs) const
{
    return m_zone.offsetFromUtc(QDateTime::fromSecsSinceEpoch(utcSecs, Qt::UTC));
}

DateTimeResolver::LocalResolution DateTimeResolver::resolveLocal(qint64 wallSecs) const
{
    const qint64 bucket = wallSecs >= 0 ? wallSecs / 900 : (wallSecs - 899) / 900;
    const auto cached = m_cache.constFind(bucket);
    if (cached != m_cache.constEnd())
        return *cached;

    // The offsets in force a day before and a day after bracket any transition
    // near this wall-clock time; each is right if it maps back onto itself.
    const qint64 probe = bucket * 900;
    const int before = offsetAt(probe - 86400);
    const int after = offsetAt(probe + 86400);
    const bool beforeFits = offsetAt(probe - before) == before;
    const bool afterFits = offsetAt(probe - after) == after;
    LocalResolution r{Outcome::Ok, before, before};
    if (before != after && beforeFits && afterFits) {
        // Both fit: the wall-clock time happens twice. The earlier instant has the larger offset.
        r = {Outcome::Ambiguous, qMax(before, after), qMin(before, after)};
    } else if (afterFits && !beforeFits) {
        r = {Outcome::Ok, after, after};
    } else if (!beforeFits && !afterFits) {
        r = {Outcome::Nonexistent, before, after};
    }
    if (m_cache.size() > 4096)
        m_cache.clear();
    m_cache.insert(bucket, r);
    return r;
}

DateTimeResolver::Result DateTimeResolver::resolveWall(qint64 wall) const
{
    Result r;
    const LocalResolution local = resolveLocal(wall);
    r.outcome = local.outcome;
    r.utc = wall - local.offset;
    r.laterUtc = wall - local.laterOffset;
    return r;
}

DateTimeResolver::Result DateTimeResolver::resolveSheet(QByteArrayView s) const
{
    Result r;
    const std::optional<SheetDate> date = readSheetDate(s);
    if (!date)
        return r;
    DateOrder order = orderOf(*date);
    if (order == DateOrder::Unknown)
        order = m_order;
    if (order == DateOrder::Unknown) {
        r.outcome = Outcome::AmbiguousOrder;
        return r;
    }
    int y = date->third, m = date->second, d = date->first;
    if (order == DateOrder::YearMonthDay)
        y = date->first, d = date->third;
    else if (order == DateOrder::MonthDayYear)
        m = date->first, d = date->second;
    if (m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m))
        return r;
    qsizetype i = date->end;
    int seconds = m_defaultMinute * 60; // a date alone: the default posting time
    if (i < s.size()) {
        if (s[i] != ' ' && s[i] != 'T')
            return r;
        while (i < s.size() && s[i] == ' ')
            ++i;
        if (i < s.size() && s[i] == 'T')
            ++i;
        if (!readSheetTime(s, i, &seconds))
            return r;
    }
    return resolveWall(daysFromCivil(y, m, d) * 86400 + seconds);
}

DateTimeResolver::Result DateTimeResolver::resolve(QByteArrayView s) const
{
    Result r;
    int y, mo, d, h, mi, sec = 0;
    if (s.size() < 16 || !parseDateAt(s, &y, &mo, &d) || (s[10] != 'T' && s[10] != 't' && s[10] != ' ')
        || !digits(s, 11, 2, &h) || s[13] != ':' || !digits(s, 14, 2, &mi) || h > 23 || mi > 59)
        return resolveSheet(s);
    qsizetype i = 16;
    if (i < s.size() && s[i] == ':') {
        if (!digits(s, i + 1, 2, &sec) || sec > 59)
            return r;
        i += 3;
        if (i < s.size() && (s[i] == '.' || s[i] == ',')) { // fractions of a second are dropped
            ++i;
            const qsizetype fracStart = i;
            while (i < s.size() && s[i] >= '0' && s[i] <= '9')
                ++i;
            if (i == fracStart)
                return r;
        }
    }
    const qint64 wall = daysFromCivil(y, mo, d) * 86400 + h * 3600 + mi * 60 + sec;
    if (i == s.size())
        return resolveWall(wall);
    int offset = 0;
    if (s[i] == 'Z' || s[i] == 'z') {
        ++i;
    } else if (s[i] == '+' || s[i] == '-') {
        const int sign = s[i] == '-' ? -1 : 1;
        int oh, om = 0;
        if (!digits(s, i + 1, 2, &oh))
            return r;
        i += 3;
        if (i < s.size() && s[i] == ':')
            ++i;
        if (i < s.size()) {
            if (!digits(s, i, 2, &om))
                return r;
            i += 2;
        }
        if (oh > 14 || om > 59)
            return r;
        offset = sign * (oh * 3600 + om * 60);
    } else {
        return resolveSheet(s); // "2027-03-10 10:30 PM": an ISO date and a sheet's 12-hour time
    }
    if (i != s.size())
        return r;
    r.outcome = Outcome::Ok;
    r.hadOffset = true;
    r.utc = wall - offset;
    return r;
}

} // namespace Almanac
