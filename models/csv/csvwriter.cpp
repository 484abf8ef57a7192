// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/csv/csvwriter.h"

namespace Almanac {

namespace {

// Whether the cell starts with a spreadsheet formula character after any apostrophes.
bool looksLikeFormula(QByteArrayView cell)
{
    qsizetype i = 0;
    while (i < cell.size() && cell.at(i) == '\'')
        ++i;
    return i < cell.size() && QByteArrayView("=+-@\t\r").contains(cell.at(i));
}

} // namespace

QByteArray CsvWriter::neutralized(const QByteArray &utf8)
{
    return looksLikeFormula(utf8) ? '\'' + utf8 : utf8;
}

QByteArrayView CsvWriter::unneutralized(QByteArrayView cell)
{
    return !cell.isEmpty() && cell.front() == '\'' && looksLikeFormula(cell) ? cell.sliced(1) : cell;
}

void CsvWriter::appendRecord(QByteArray &out, const QStringList &fields) const
{
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i)
            out.append(m_delimiter);
        const QByteArray cell = m_formulas == Formulas::Neutralize ? neutralized(fields.at(i).toUtf8()) : fields.at(i).toUtf8();
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
