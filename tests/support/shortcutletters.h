// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace Almanac::Test {

// The characters after each single & of a widget text ("&File" -> F; "&&" is a
// literal ampersand), in order.
inline QList<QChar> shortcutLetters(const QString &text)
{
    QList<QChar> out;
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != u'&')
            continue;
        if (text.at(i + 1) != u'&')
            out.append(text.at(i + 1));
        ++i;
    }
    return out;
}

} // namespace Almanac::Test
