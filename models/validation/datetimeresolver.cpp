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

} // namespace

DateTimeResolver::DateTimeResolver(const QTimeZone &zone)
    : m_zone(zone)
{
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

QString DateTimeResolver::acceptedForms()
{
    return QCoreApplication::translate("DateTimeResolver",
                                       "an ISO 8601 date and time such as 2026-05-01T09:00:00Z, "
                                       "2026-05-01T09:00:00+02:00 or 2026-05-01 09:00");
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

DateTimeResolver::Result DateTimeResolver::resolve(QByteArrayView s) const
{
    Result r;
    int y, mo, d, h, mi, sec = 0;
    if (s.size() < 16 || !parseDateAt(s, &y, &mo, &d) || (s[10] != 'T' && s[10] != 't' && s[10] != ' ')
        || !digits(s, 11, 2, &h) || s[13] != ':' || !digits(s, 14, 2, &mi) || h > 23 || mi > 59)
        return r;
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
    if (i == s.size()) {
        const LocalResolution local = resolveLocal(wall);
        r.outcome = local.outcome;
        r.utc = wall - local.offset;
        r.laterUtc = wall - local.laterOffset;
        return r;
    }
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
        return r;
    }
    if (i != s.size())
        return r;
    r.outcome = Outcome::Ok;
    r.hadOffset = true;
    r.utc = wall - offset;
    return r;
}

} // namespace Almanac
