// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/domain/controlcharacters.h"

namespace Almanac {

void replaceControlCharacters(QString &text, QStringView kept)
{
    for (QChar &c : text)
        if (c.category() == QChar::Other_Control && !kept.contains(c))
            c = QChar(QChar::ReplacementCharacter);
}

QString quotedValue(QString text)
{
    if (text.size() > 60)
        text = text.left(57) + QStringLiteral("…");
    text.replace(QLatin1Char('\n'), QStringLiteral("⏎"));
    replaceControlCharacters(text);
    return u'"' + text + u'"';
}

} // namespace Almanac
