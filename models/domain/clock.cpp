// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/domain/clock.h"

#include <QDateTime>
#include <QTimeZone>

namespace Almanac {

qint64 Clock::nowSecs()
{
    static const QByteArray pinned = qgetenv("ALMANAC_NOW");
    if (!pinned.isEmpty()) {
        const QDateTime t = QDateTime::fromString(QString::fromLatin1(pinned), Qt::ISODate);
        if (t.isValid())
            return t.toSecsSinceEpoch();
    }
    return QDateTime::currentSecsSinceEpoch();
}

QByteArray isoUtcUtf8(qint64 epochSecs)
{
    // Civil-from-days (Howard Hinnant), so hot paths need no QDateTime.
    qint64 days = epochSecs >= 0 ? epochSecs / 86400 : (epochSecs - 86399) / 86400;
    qint64 secs = epochSecs - days * 86400;
    days += 719468;
    const qint64 era = (days >= 0 ? days : days - 146096) / 146097;
    const qint64 doe = days - era * 146097;
    const qint64 yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    qint64 y = yoe + era * 400;
    const qint64 doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const qint64 mp = (5 * doy + 2) / 153;
    const qint64 d = doy - (153 * mp + 2) / 5 + 1;
    const qint64 m = mp < 10 ? mp + 3 : mp - 9;
    if (m <= 2)
        ++y;
    if (y < 0 || y > 9999) { // beyond what a schedule holds: printf's form
        char buf[48];
        const int n = std::snprintf(buf, sizeof buf, "%04lld-%02lld-%02lldT%02lld:%02lld:%02lldZ",
                                    static_cast<long long>(y), static_cast<long long>(m), static_cast<long long>(d),
                                    static_cast<long long>(secs / 3600), static_cast<long long>((secs / 60) % 60),
                                    static_cast<long long>(secs % 60));
        return QByteArray(buf, n);
    }
    // Digit by digit: every post written and every time checked comes through here.
    char buf[20];
    auto two = [&buf](int at, qint64 value) {
        buf[at] = char('0' + value / 10);
        buf[at + 1] = char('0' + value % 10);
    };
    two(0, y / 100);
    two(2, y % 100);
    buf[4] = '-';
    two(5, m);
    buf[7] = '-';
    two(8, d);
    buf[10] = 'T';
    two(11, secs / 3600);
    buf[13] = ':';
    two(14, (secs / 60) % 60);
    buf[16] = ':';
    two(17, secs % 60);
    buf[19] = 'Z';
    return QByteArray(buf, sizeof buf);
}

QString isoUtc(qint64 epochSecs)
{
    return QString::fromLatin1(isoUtcUtf8(epochSecs));
}

} // namespace Almanac
