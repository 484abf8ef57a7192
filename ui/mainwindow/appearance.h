// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSize>
#include <QString>

class QWidget;

namespace Almanac::Appearance {

// Applies the palette the user chose: "light" and "dark" set Fusion with a
// light or a dark palette; "system" goes back to the platform's style and
// palette. The first call, at start, notes what the platform chose.
void apply(const QString &palette);

// `wanted`, made small enough for `available` (a screen's area less its panels)
// with room left for the window's frame.
QSize fittedSize(QSize wanted, QSize available);
// Resizes a window to `wanted`, or smaller to fit its screen, so that on a
// 1280x720 screen no button ends up below its bottom edge.
void fitToScreen(QWidget *window, QSize wanted);

} // namespace Almanac::Appearance
