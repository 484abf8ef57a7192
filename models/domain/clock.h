// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace Almanac {

// "Now" for every rule that depends on it (future dates, the 180-day window).
// ALMANAC_NOW (ISO 8601 with offset) pins it, so golden tests and scripted
// runs give the same verdicts on any day.
class Clock final
{
public:
    static qint64 nowSecs(); // UTC epoch seconds
};

// UTC epoch seconds <-> ISO 8601 "2026-05-01T09:00:00Z".
QString isoUtc(qint64 epochSecs);
QByteArray isoUtcUtf8(qint64 epochSecs);

} // namespace Almanac
