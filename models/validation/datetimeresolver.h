// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>
#include <QHash>
#include <QTimeZone>

namespace Almanac {

// Parses ISO 8601 date-times from UTF-8 bytes and resolves them to a UTC
// instant. A time with `Z` or an offset is exact; a time without one is read as
// wall-clock time in the chosen IANA zone: a time that does not exist there (the
// hour skipped when clocks go forward) is refused, and a time that happens twice
// (clocks go back) takes the first occurrence and says so.
class DateTimeResolver final
{
public:
    enum class Outcome { Ok, Ambiguous, Malformed, Nonexistent };
    struct Result
    {
        Outcome outcome = Outcome::Malformed;
        qint64 utc = 0;        // UTC epoch seconds (Ok, Ambiguous)
        bool hadOffset = false;
        qint64 laterUtc = 0;   // the second occurrence (Ambiguous)
    };

    explicit DateTimeResolver(const QTimeZone &zone);

    Result resolve(QByteArrayView text) const;
    const QTimeZone &zone() const { return m_zone; }

    // "2026-05-01T09:00:00Z or 2026-05-01T09:00:00+02:00": what the error messages say is accepted.
    static QString acceptedForms();
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
    int offsetAt(qint64 utcSecs) const;

    QTimeZone m_zone;
    mutable QHash<qint64, LocalResolution> m_cache; // per 15-minute bucket of wall-clock time
};

} // namespace Almanac
