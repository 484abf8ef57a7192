// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/importwizard/scheduleeditor.h"

#include "models/domain/clock.h"
#include "models/domain/wallclock.h"
#include "models/itemmodels/importpreviewmodel.h"
#include "ui/calendar/datetimetyping.h"

#include <QDateTimeEdit>

namespace Almanac {

namespace ScheduleEditor {

namespace {
const QString DateFormat = QStringLiteral("yyyy-MM-dd");
const QString DateTimeFormat = QStringLiteral("yyyy-MM-dd HH:mm");
} // namespace

QDateTimeEdit *create(bool dateOnly, QWidget *parent)
{
    auto *editor = new QDateTimeEdit(parent);
    editor->setCalendarPopup(true);
    // The locale's own order on screen, so 05/03 is never misread here.
    editor->setDisplayFormat(dateOnly ? QLocale().dateFormat(QLocale::ShortFormat)
                                      : QLocale().dateFormat(QLocale::ShortFormat) + u' ' + shortTimeFormat());
    editor->setProperty("dateOnly", dateOnly);
    DateTimeTyping::install(editor);
    return editor;
}

void show(QDateTimeEdit *editor, std::optional<qint64> utc, const QTimeZone &zone, int defaultMinute)
{
    QDateTime at;
    if (utc) {
        at = QDateTime::fromSecsSinceEpoch(*utc, zone);
    } else {
        const QDate tomorrow = QDateTime::fromSecsSinceEpoch(Clock::nowSecs(), zone).date().addDays(1);
        at = QDateTime(tomorrow, QTime(defaultMinute / 60, defaultMinute % 60), zone);
    }
    // The editor keeps wall-clock values: the zone is in the text it writes, not in it.
    editor->setDateTime(QDateTime(at.date(), at.time()));
}

QString cellText(const QDateTimeEdit *editor)
{
    return editor->dateTime().toString(editor->property("dateOnly").toBool() ? DateFormat : DateTimeFormat);
}

} // namespace ScheduleEditor

ScheduleCellDelegate::ScheduleCellDelegate(bool dateOnly, const QTimeZone &zone, int defaultMinute, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_dateOnly(dateOnly)
    , m_zone(zone)
    , m_defaultMinute(defaultMinute)
{
}

QWidget *ScheduleCellDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &, const QModelIndex &) const
{
    return ScheduleEditor::create(m_dateOnly, parent);
}

void ScheduleCellDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    const QVariant utc = index.data(ImportPreviewModel::ScheduledAtRole);
    ScheduleEditor::show(static_cast<QDateTimeEdit *>(editor),
                         utc.isNull() ? std::nullopt : std::optional<qint64>(utc.toLongLong()), m_zone, m_defaultMinute);
}

void ScheduleCellDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    model->setData(index, ScheduleEditor::cellText(static_cast<QDateTimeEdit *>(editor)), Qt::EditRole);
}

} // namespace Almanac
