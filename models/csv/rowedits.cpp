// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/csv/rowedits.h"

namespace Almanac {

namespace {

// Puts a row's fixes into its fields (views or copies), growing them for a fix past the last field.
template<typename Fields>
void putFixes(const QHash<int, QByteArray> &fixes, Fields &fields)
{
    for (auto e = fixes.cbegin(); e != fixes.cend(); ++e) {
        while (fields.size() <= e.key())
            fields.append(typename Fields::value_type());
        fields[e.key()] = e.value();
    }
}

} // namespace

RowEdits::Fields RowEdits::applyFixes(qint64 row, Fields fields, QVarLengthArray<QByteArrayView, 32> &scratch) const
{
    const auto edits = cells.constFind(row);
    if (edits == cells.cend())
        return fields;
    scratch.clear();
    scratch.append(fields.data(), qsizetype(fields.size()));
    putFixes(*edits, scratch);
    return {scratch.data(), size_t(scratch.size())};
}

void RowEdits::apply(qint64 row, QList<QByteArray> &fields) const
{
    if (const auto edits = cells.constFind(row); edits != cells.cend())
        putFixes(*edits, fields);
}

} // namespace Almanac
