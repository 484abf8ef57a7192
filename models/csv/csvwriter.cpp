// SPDX-License-Identifier: GPL-3.0-or-later
#include "csvwriter.h"

namespace Almanac {

QByteArray CsvWriter::neutralized(const QByteArray &utf8)
{
    if (!utf8.isEmpty() && QByteArrayView("=+-@\t\r").contains(utf8.front()))
        return '\'' + utf8;
    return utf8;
}

void CsvWriter::appendRecord(QByteArray &out, const QStringList &fields) const
{
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i)
            out.append(m_delimiter);
        const QByteArray cell = neutralized(fields.at(i).toUtf8());
        const bool quote = cell.contains(m_delimiter) || cell.contains('"') || cell.contains('\n') || cell.contains('\r');
        if (!quote) {
            out.append(cell);
            continue;
        }
        out.append('"');
        for (char c : cell) {
            if (c == '"')
                out.append('"');
            out.append(c);
        }
        out.append('"');
    }
    out.append('\n');
}

} // namespace Almanac
