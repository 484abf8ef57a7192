// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/domain/controlcharacters.h"

namespace Almanac {

void replaceControlCharacters(QString &text, QStringView kept)
{
    for (QChar &c : text)
        if (c.category() == QChar::Other_Control && !kept.contains(c))
            c = QChar(QChar::ReplacementCharacter);
}

} // namespace Almanac
