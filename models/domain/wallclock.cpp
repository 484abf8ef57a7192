// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/domain/wallclock.h"

#include <QDateTime>
#include <QLocale>
#include <QRegularExpression>

#include <optional>

namespace Almanac {

namespace {

constexpr qint64 JulianDayOfEpoch = 2440588; // 1970-01-01
constexpr qint64 OffsetBucket = 900;

qint64 floorDiv(qint64 a, qint64 b)
{
    return a / b - (a % b != 0 && (a < 0) != (b < 0));
}

qint64 wallSeconds(QDate date, int minute)
{
    return (date.toJulianDay() - JulianDayOfEpoch) * 86400 + qint64(minute) * 60;
}

} // namespace

WallClock::WallClock(const QTimeZone &zone)
    : m_zone(zone)
{
}

int WallClock::offsetAt(qint64 utc) const
{
    const qint64 bucket = floorDiv(utc, OffsetBucket);
    auto found = m_offsets.constFind(bucket);
    if (found != m_offsets.constEnd())
        return *found;
    const int offset = m_zone.offsetFromUtc(QDateTime::fromSecsSinceEpoch(bucket * OffsetBucket, QTimeZone::utc()));
    m_offsets.insert(bucket, offset);
    return offset;
}

WallClock::Local WallClock::toLocal(qint64 utc) const
{
    const qint64 local = utc + offsetAt(utc);
    const qint64 day = floorDiv(local, 86400);
    return {QDate::fromJulianDay(day + JulianDayOfEpoch), int((local - day * 86400) / 60)};
}

qint64 WallClock::toUtc(QDate date, int minute) const
{
    const qint64 wall = wallSeconds(date, minute);
    // Around one transition there are at most two offsets; a wall time valid
    // under one of them is a real instant (the earlier one when both are).
    const int before = offsetAt(wall - 86400), after = offsetAt(wall + 86400);
    std::optional<qint64> best;
    for (int offset : {before, after})
        if (offsetAt(wall - offset) == offset && (!best || wall - offset < *best))
            best = wall - offset;
    return best.value_or(wall - before);
}

bool WallClock::exists(QDate date, int minute) const
{
    const Local back = toLocal(toUtc(date, minute));
    return back.date == date && back.minute == minute;
}

QString shortTimeFormat()
{
    // Some locales' short format (C's among them) carries seconds; a calendar never shows them.
    QString format = QLocale().timeFormat(QLocale::ShortFormat);
    format.remove(QRegularExpression(QStringLiteral("[:.]ss?")));
    // CLDR's "B" (a period of the day: 上午, 下午) is no Qt format letter and
    // showed as a literal B (zh_TW's "Bh:mm"): AM/PM is what Qt can write there.
    if (!format.contains(u'\''))
        format.replace(QRegularExpression(QStringLiteral("B+")), QStringLiteral("AP"));
    return format;
}

QString shortTime(int minute)
{
    static const QString format = shortTimeFormat();
    return QLocale().toString(QTime(minute / 60, minute % 60), format);
}

QString shortDateTime(QDate date, int minute)
{
    return QLocale().toString(date, QLocale::ShortFormat) + u' ' + shortTime(minute);
}

QString compactTime(int minute)
{
    static const bool twelveHour = shortTimeFormat().contains(u'a', Qt::CaseInsensitive);
    if (!twelveHour)
        return shortTime(minute);
    const QLocale locale;
    const int hour = minute / 60 % 24;
    QString text = QString::number(hour % 12 == 0 ? 12 : hour % 12);
    if (minute % 60 != 0)
        text += u':' + QString::number(minute % 60).rightJustified(2, u'0');
    return text + (hour < 12 ? locale.amText() : locale.pmText()).toLower();
}

} // namespace Almanac
