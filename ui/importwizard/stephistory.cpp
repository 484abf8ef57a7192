// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/importwizard/stephistory.h"

namespace Almanac {

void StepHistory::add(Step step)
{
    if (m_undo.size() == MaxSteps)
        m_undo.removeFirst();
    m_undo.append(std::move(step));
    m_redo.clear();
}

const StepHistory::Step *StepHistory::undo(ImportPreviewModel &model)
{
    if (m_undo.isEmpty())
        return nullptr;
    m_redo.append(m_undo.takeLast());
    m_redo.last().takeBack(model);
    return &m_redo.last();
}

const StepHistory::Step *StepHistory::redo(ImportPreviewModel &model)
{
    if (m_redo.isEmpty())
        return nullptr;
    m_undo.append(m_redo.takeLast());
    m_undo.last().redo(model);
    return &m_undo.last();
}

void StepHistory::clear()
{
    m_undo.clear();
    m_redo.clear();
}

ImportPreviewModel::FieldsBefore StepHistory::valuesNow(const ImportPreviewModel &model, int column,
                                                        const ImportPreviewModel::FieldsBefore &changed)
{
    ImportPreviewModel::FieldsBefore now;
    const auto &edits = model.cellEdits();
    for (auto it = changed.cbegin(); it != changed.cend(); ++it) {
        const auto row = edits.constFind(it.key());
        now.insert(it.key(), row != edits.cend() && row->contains(column) ? std::optional<QByteArray>(row->value(column))
                                                                          : std::nullopt);
    }
    return now;
}

} // namespace Almanac
