// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QStringList>

namespace Almanac {

// Writes CSV records (RFC 4180, CRLF-free: LF line ends, fields quoted when they
// hold the delimiter, a quote or a line break). A cell that a spreadsheet would
// run as a formula (starting with = + - @, or a tab or carriage return) gets a
// leading apostrophe: exports are opened in spreadsheets, and a cell from a
// file someone else wrote must not become a formula there. So that such a file
// still reads back as written, a cell that already starts with apostrophes
// before one of those characters gets one more, and the reader takes exactly
// one off (unneutralized): "=1" -> "'=1" -> "=1", "'=1" -> "''=1" -> "'=1".
class CsvWriter final
{
public:
    enum class Formulas {
        Neutralize, // for files people open (exports, reports)
        Keep,       // for files only a program reads (an upload to an API)
    };

    explicit CsvWriter(char delimiter = ',', Formulas formulas = Formulas::Neutralize)
        : m_delimiter(delimiter), m_formulas(formulas)
    {
    }

    // Appends one record, with its line end, to `out`.
    void appendRecord(QByteArray &out, const QStringList &fields) const;

    static QByteArray neutralized(const QByteArray &utf8);
    // The cell as it was before neutralized(); any other cell unchanged.
    static QByteArrayView unneutralized(QByteArrayView cell);

private:
    char m_delimiter;
    Formulas m_formulas;
};

} // namespace Almanac
