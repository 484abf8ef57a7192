// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QHash>
#include <QList>
#include <QSet>
#include <QVarLengthArray>

#include <span>

namespace Almanac {

// What the user changed in a file's rows before importing it: fixed cells and
// rows left out. The wizard's preview shows the rows through it and the import
// that confirms reads them through it, so both see the same rows.
struct RowEdits
{
    using Fields = std::span<const QByteArrayView>;

    QHash<qint64, QHash<int, QByteArray>> cells; // spreadsheet row -> file column -> the new value (UTF-8)
    QSet<qint64> excluded;                       // rows left out: recorded as excluded, never judged or written

    bool isEmpty() const { return cells.isEmpty() && excluded.isEmpty(); }
    bool isExcluded(qint64 row) const { return !excluded.isEmpty() && excluded.contains(row); }
    // The row's fields with its fixes: `fields` itself when it has none, else
    // views into `scratch` (which must outlive them) and into the fixes.
    Fields apply(qint64 row, Fields fields, QVarLengthArray<QByteArrayView, 32> &scratch) const
    {
        return cells.isEmpty() ? fields : applyFixes(row, fields, scratch); // most imports fix nothing
    }
    // The same for fields the caller owns.
    void apply(qint64 row, QList<QByteArray> &fields) const;

private:
    Fields applyFixes(qint64 row, Fields fields, QVarLengthArray<QByteArrayView, 32> &scratch) const;
};

} // namespace Almanac
