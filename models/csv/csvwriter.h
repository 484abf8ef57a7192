// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QStringList>

namespace Almanac {

// Writes CSV records (RFC 4180, CRLF-free: LF line ends, fields quoted when they
// hold the delimiter, a quote or a line break). A cell that a spreadsheet would
// run as a formula (starting with = + - @, or a tab or carriage return) gets a
// leading apostrophe: exports are opened in spreadsheets, and a cell from a
// file someone else wrote must not become a formula there.
class CsvWriter final
{
public:
    explicit CsvWriter(char delimiter = ',') : m_delimiter(delimiter) {}

    // Appends one record, with its line end, to `out`.
    void appendRecord(QByteArray &out, const QStringList &fields) const;

    static QByteArray neutralized(const QByteArray &utf8);

private:
    char m_delimiter;
};

} // namespace Almanac
