// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QHash>
#include <QTimeZone>

namespace Almanac {

// Wall-clock time in one zone <-> UTC instants, for the calendar and the
// composer. Offsets are cached per quarter hour (zones change offset on quarter
// hours), because QTimeZone lookups are slow next to painting a month.
class WallClock final
{
public:
    explicit WallClock(const QTimeZone &zone = QTimeZone::systemTimeZone());

    const QTimeZone &zone() const { return m_zone; }

    struct Local
    {
        QDate date;
        int minute = 0; // since local midnight
    };
    Local toLocal(qint64 utc) const;
    // The instant of a wall-clock time. A time the clocks skip (spring forward)
    // comes out as the same instant as that time read before the change, which
    // shows as the time plus the gap; a time that happens twice takes the first.
    qint64 toUtc(QDate date, int minute) const;
    // Whether the wall-clock time exists (is not in a spring-forward gap).
    bool exists(QDate date, int minute) const;
    int offsetAt(qint64 utc) const;

private:
    QTimeZone m_zone;
    mutable QHash<qint64, int> m_offsets; // by 15-minute bucket of UTC
};

// A wall-clock time of day as the user's locale writes it, without seconds ("09:30", "9:30 AM").
QString shortTime(int minute);
QString shortTimeFormat();
// A date and its time of day, short, as the locale writes them ("12/1/26 9:30 AM").
QString shortDateTime(QDate date, int minute);
// The same, as short as it can be for a narrow calendar chip: "9am", "2:30pm"
// where the locale uses AM and PM, else the short form ("09:30").
QString compactTime(int minute);

} // namespace Almanac
