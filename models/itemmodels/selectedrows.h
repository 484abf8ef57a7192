// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractItemModel>
#include <QItemSelection>
#include <QList>

#include <algorithm>
#include <vector>

namespace Almanac {

// The rows a selection holds, each once, in order, by walking its ranges.
// (QItemSelectionModel::selectedRows() asks each row of each range whether it
// is selected, quadratic in the ranges: selecting the 123k posts of an import
// froze the window for two minutes.)
inline QList<int> selectedRowsOf(const QItemSelection &selection, int rowCount)
{
    std::vector<bool> seen(size_t(std::max(rowCount, 0)));
    QList<int> rows;
    for (const QItemSelectionRange &range : selection)
        for (int row = std::max(range.top(), 0); row <= range.bottom() && row < rowCount; ++row)
            if (!seen[size_t(row)]) {
                seen[size_t(row)] = true;
                rows.append(row);
            }
    std::sort(rows.begin(), rows.end());
    return rows;
}

// Whole rows of `model`, consecutive ones as one range.
inline QItemSelection selectionOfRows(QList<int> rows, const QAbstractItemModel *model)
{
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    rows.erase(rows.begin(), std::lower_bound(rows.begin(), rows.end(), 0)); // no row: not a row
    QItemSelection selection;
    const int lastColumn = model->columnCount() - 1;
    for (qsizetype i = 0; i < rows.size();) {
        qsizetype last = i;
        while (last + 1 < rows.size() && rows.at(last + 1) == rows.at(last) + 1)
            ++last;
        selection.append(QItemSelectionRange(model->index(rows.at(i), 0), model->index(rows.at(last), lastColumn)));
        i = last + 1;
    }
    return selection;
}

} // namespace Almanac
