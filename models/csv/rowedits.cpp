// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/csv/rowedits.h"

namespace Almanac {

RowEdits::Fields RowEdits::applyFixes(qint64 row, Fields fields, QVarLengthArray<QByteArrayView, 32> &scratch) const
{
    const auto edits = cells.constFind(row);
    if (edits == cells.cend())
        return fields;
    scratch.clear();
    scratch.append(fields.data(), qsizetype(fields.size()));
    for (auto e = edits->cbegin(); e != edits->cend(); ++e) {
        while (scratch.size() <= e.key())
            scratch.append(QByteArrayView());
        scratch[e.key()] = e.value();
    }
    return {scratch.data(), size_t(scratch.size())};
}

void RowEdits::apply(qint64 row, QList<QByteArray> &fields) const
{
    const auto edits = cells.constFind(row);
    if (edits == cells.cend())
        return;
    for (auto e = edits->cbegin(); e != edits->cend(); ++e) {
        while (fields.size() <= e.key())
            fields.append(QByteArray());
        fields[e.key()] = e.value();
    }
}

} // namespace Almanac
