// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/domain/post.h"

#include <QColor>
#include <QIcon>
#include <QString>

class QPainter;
class QPalette;
class QRect;

namespace Almanac {

class CalendarModel;
struct PostSummary;

// How the calendar draws platforms and posts, in one place for every view.
namespace CalendarStyle {

// The platform's brand colour, for chips and the filter panel.
QColor platformColor(const QString &platformId);
// A small square badge in the platform's colour with its initial.
QIcon platformIcon(const QString &platformId);
// The style sheet of a text that says what is wrong (the one red of every form).
QString errorStyleSheet();

// Draws one post as a chip: status marker, time, platform badges, first words.
// `timeText` may be empty (the week view shows time by position).
void paintChip(QPainter &painter, const QRect &rect, const QPalette &palette, const PostSummary &post,
               const QString &timeText, bool selected, bool dimmed = false);
// The chip of a row of the calendar model, with its local time.
void paintChip(QPainter &painter, const QRect &rect, const QPalette &palette, const CalendarModel &model, int row,
               bool selected, bool dimmed = false);
// The height of one chip line for the painter's font.
int chipHeight(const QFontMetrics &metrics);

} // namespace CalendarStyle

} // namespace Almanac
