// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringView>

namespace Almanac {

// Text a file or a server supplied is shown, never obeyed: each control
// character in it (C0, DEL and C1, a terminal's escape sequences among them)
// becomes U+FFFD, except those in `kept` (a message's own line breaks, say).
// The import's quoted values and every line almanac-cli prints go through here.
void replaceControlCharacters(QString &text, QStringView kept = {});

// A value a message echoes: in quotes, at most 60 characters, line breaks as
// "⏎" and control characters replaced, so messages about many rows differ only
// inside their quotes.
QString quotedValue(QString text);

} // namespace Almanac
