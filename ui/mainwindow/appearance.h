// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Almanac::Appearance {

// Applies the palette the user chose: "system" leaves the platform's, "light"
// and "dark" set Fusion with a light or a dark palette.
void apply(const QString &palette);

} // namespace Almanac::Appearance
