// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <optional>

namespace Almanac {

// An ISO 8601 date-time or date (a date is its midnight UTC); nullopt for an
// empty text, and *ok false for one that is neither.
std::optional<qint64> parseInstant(const QString &text, bool *ok);

// A secret piped in (never an argument: arguments show in the process list).
QString firstLineOfStdin();

} // namespace Almanac
