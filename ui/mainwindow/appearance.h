// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Almanac::Appearance {

// Applies the palette the user chose: "light" and "dark" set Fusion with a
// light or a dark palette; "system" goes back to the platform's style and
// palette. The first call, at start, notes what the platform chose.
void apply(const QString &palette);

} // namespace Almanac::Appearance
