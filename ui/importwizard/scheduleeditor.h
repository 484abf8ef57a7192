// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStyledItemDelegate>
#include <QTimeZone>

#include <optional>

class QDateTimeEdit;

namespace Almanac {

// The editor of a scheduled time in the wizard: a date and a time, or a date
// alone when the file keeps the time of day in a column of its own. It writes
// a cell as the file's own cells are read: wall-clock time in the Map page's
// zone ("2027-03-21 14:30").
namespace ScheduleEditor {

QDateTimeEdit *create(bool dateOnly, QWidget *parent);
// Shows `utc` in `zone`; nothing yet: tomorrow at `defaultMinute`.
void show(QDateTimeEdit *editor, std::optional<qint64> utc, const QTimeZone &zone, int defaultMinute);
QString cellText(const QDateTimeEdit *editor);

} // namespace ScheduleEditor

// The preview's time cells edited with ScheduleEditor instead of as text.
class ScheduleCellDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    ScheduleCellDelegate(bool dateOnly, const QTimeZone &zone, int defaultMinute, QObject *parent);

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;

private:
    const bool m_dateOnly;
    const QTimeZone m_zone;
    const int m_defaultMinute;
};

} // namespace Almanac
