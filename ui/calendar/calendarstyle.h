// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/domain/post.h"

#include <QColor>
#include <QIcon>
#include <QPixmap>
#include <QRect>
#include <QString>
#include <QStringList>

class QFont;
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

// The size of the thumbnails chips ask for (drawn smaller in small chips).
constexpr int ThumbnailSize = 64;

// Where each part of a chip goes, laid out for the room it has: the status,
// the time (shorter in a narrow chip; none when `minute` is -1), the accounts'
// badges, the first words (over several lines in a tall chip) and a thumbnail
// of its first media. Badges that do not fit are left to the chip's edge,
// which shows the platforms' colours.
struct ChipLayout
{
    QRect status;
    QString time;
    QRect timeRect;
    QList<QRect> badges;
    QStringList badgePlatforms; // the platform of each badge
    QStringList words;          // the lines of words shown
    QRect wordsRect;
    int lineHeight = 0;
    QRect thumbnail; // empty: none shown
};
ChipLayout layoutChip(const QRect &rect, const QFont &font, const PostSummary &post, int minute, bool hasThumbnail);
// The layout of a row of the calendar model's chip.
ChipLayout layoutChip(const QRect &rect, const QFont &font, const CalendarModel &model, int row);

// Draws one post as a chip, as layoutChip places it.
void paintChip(QPainter &painter, const QRect &rect, const QPalette &palette, const PostSummary &post, int minute,
               const QPixmap &thumbnail, bool selected, bool dimmed = false);
// The chip of a row of the calendar model, with its local time and thumbnail.
void paintChip(QPainter &painter, const QRect &rect, const QPalette &palette, const CalendarModel &model, int row,
               bool selected, bool dimmed = false);
// The height of a chip of so many lines for the painter's font.
int chipHeight(const QFontMetrics &metrics, int lines = 1);

} // namespace CalendarStyle

} // namespace Almanac
