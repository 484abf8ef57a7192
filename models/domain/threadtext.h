// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/domain/platform.h"

#include <QStringList>

namespace Almanac {

// A thread is one text whose parts are separated by a line holding only "---"
// (the CSV dialect's rule, so a thread written here imports and exports as is).
// Threads belong to the platforms that have them: a destination's text is a
// thread where its platform has threads and the text has parts (or the whole
// post is of type "thread"); elsewhere a post is one post.
namespace ThreadText {

QStringList parts(const QString &text);
// What goes out to a destination: the parts of a thread, or the text whole.
QStringList partsToPublish(bool platformHasThreads, const QString &postType, const QString &text);
QString join(const QStringList &parts);
// Splits a text into parts that each fit the platform's limit by its counting
// rule, breaking at paragraphs, then sentences, then words, and numbers them
// "1/3", "2/3", … (the numbers count toward the limit). A text that fits is one part.
QStringList split(const QString &text, const Platform &platform);

} // namespace ThreadText

} // namespace Almanac
