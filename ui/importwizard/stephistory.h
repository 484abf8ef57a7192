// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/itemmodels/importpreviewmodel.h"

#include <QList>
#include <QString>

#include <functional>

namespace Almanac {

// The import preview's changes to many rows (Set a Column, Move Times, Leave
// Out Rows with Errors), a few steps deep: each can be taken back, and one
// taken back can be done again until another change is made.
class StepHistory
{
public:
    struct Step
    {
        QString undoWhat, undone; // the Undo button's words; what the page says once it is taken back
        std::function<void(ImportPreviewModel &)> takeBack;
        QString redoWhat, done; // the Redo button's words; what the page says once it is done (again)
        std::function<void(ImportPreviewModel &)> redo;
    };

    void add(Step step); // a new change: what was taken back stays so
    // The step taken back or done again, for its words; nothing when there is none.
    const Step *undo(ImportPreviewModel &model);
    const Step *redo(ImportPreviewModel &model);
    void clear();
    const Step *nextUndo() const { return m_undo.isEmpty() ? nullptr : &m_undo.last(); }
    const Step *nextRedo() const { return m_redo.isEmpty() ? nullptr : &m_redo.last(); }

    // The values `column` has now in the rows `changed` names: what a change
    // left, to do it again after an Undo (ImportPreviewModel::restoreFields).
    static ImportPreviewModel::FieldsBefore valuesNow(const ImportPreviewModel &model, int column,
                                                      const ImportPreviewModel::FieldsBefore &changed);

private:
    static constexpr qsizetype MaxSteps = 20; // each holds what every row it changed had before and after
    QList<Step> m_undo, m_redo;
};

} // namespace Almanac
