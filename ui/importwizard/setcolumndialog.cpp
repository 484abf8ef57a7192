// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/importwizard/setcolumndialog.h"

#include "models/csv/csvdialect.h"
#include "models/validation/postrules.h"
#include "ui/importwizard/scheduleeditor.h"

#include <QComboBox>
#include <QCompleter>
#include <QPointer>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace Almanac {

SetColumnDialog::SetColumnDialog(const QStringList &headers, const DialectMapping &mapping, int rows,
                                 const QTimeZone &zone, int defaultMinute, const QStringList &accounts,
                                 QWidget *parent)
    : QDialog(parent)
    , m_column(new QComboBox)
    , m_editors(new QStackedWidget)
    , m_text(new QLineEdit)
    , m_when(ScheduleEditor::create(mapping.columnOf(ColumnRole::ScheduleTime) >= 0, nullptr))
    , m_scheduleColumn(mapping.scheduleColumn())
{
    setObjectName(QStringLiteral("setColumnDialog"));
    setWindowTitle(tr("Set a Column"));
    m_column->setObjectName(QStringLiteral("setColumnCombo"));
    for (int i = 0; i < headers.size(); ++i) {
        const ColumnBinding binding = i < mapping.columns.size() ? mapping.columns.at(i) : ColumnBinding{};
        // A column of a few words offers them as it is typed in.
        const bool bundle = mapping.dialect == CsvDialect::BundleSocial;
        m_accepted.append(binding.role == ColumnRole::PostType       ? PostRules::postTypes()
                          : binding.role == ColumnRole::Integrations ? accounts
                          : binding.role == ColumnRole::Status
                              ? (bundle ? QStringList{QStringLiteral("SCHEDULED"), QStringLiteral("DRAFT")}
                                        : QStringList{QStringLiteral("scheduled"), QStringLiteral("draft")})
                              : QStringList{});
        const QString field = DialectDetector::canonicalName(mapping.dialect, binding);
        const QString name = headers.at(i).isEmpty() ? tr("(column %1)").arg(i + 1) : headers.at(i);
        m_column->addItem(field.isEmpty() ? tr("%1 (ignored)").arg(name)
                                          : tr("%1: %2").arg(name, DialectDetector::fieldLabel(mapping.dialect, field)),
                          i);
    }
    m_text->setObjectName(QStringLiteral("setColumnText"));
    m_when->setObjectName(QStringLiteral("setColumnWhen"));
    ScheduleEditor::show(m_when, std::nullopt, zone, defaultMinute);
    m_editors->addWidget(m_text);
    m_editors->addWidget(m_when);
    m_editors->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);

    auto *form = new QFormLayout;
    form->addRow(tr("&Column:"), m_column);
    form->addRow(tr("&Value:"), m_editors);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Set for %Ln Row(s)", nullptr, rows));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Every selected row gets this value; each is checked again at once.")));
    layout->addLayout(form);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_column, &QComboBox::currentIndexChanged, this, &SetColumnDialog::columnChosen);
    m_column->setCurrentIndex(qMax(0, m_column->findData(m_scheduleColumn)));
    columnChosen();
}

void SetColumnDialog::columnChosen()
{
    const bool time = column() == m_scheduleColumn && m_scheduleColumn >= 0;
    m_editors->setCurrentWidget(time ? static_cast<QWidget *>(m_when) : m_text);
    const QStringList accepted = m_accepted.value(column());
    // Qt 6 deletes a completer the line edit owns when another is set; an
    // earlier Qt did not. (Deleting it here too crashed on the second column.)
    const QPointer<QCompleter> before = m_text->completer();
    QCompleter *completer = nullptr;
    if (!accepted.isEmpty()) {
        completer = new QCompleter(accepted, m_text);
        completer->setCaseSensitivity(Qt::CaseInsensitive);
        // In the field as it is typed: a list would cover the dialog's buttons,
        // and a click meant for Set landed on another word.
        completer->setCompletionMode(QCompleter::InlineCompletion);
    }
    m_text->setCompleter(completer);
    delete before.data();
    m_text->setPlaceholderText(accepted.isEmpty() ? QString() : tr("One of: %1").arg(accepted.join(QStringLiteral(", "))));
    m_editors->currentWidget()->setFocus();
}

void SetColumnDialog::chooseColumn(int column)
{
    if (const int index = m_column->findData(column); index >= 0)
        m_column->setCurrentIndex(index);
}

int SetColumnDialog::column() const
{
    return m_column->currentData().toInt();
}

QString SetColumnDialog::value() const
{
    if (m_editors->currentWidget() == m_when)
        return ScheduleEditor::cellText(m_when);
    // A word of the column's own, however it was typed ("x-jane" is the account x-JaneDoe's id only as written).
    const QString typed = m_text->text().trimmed();
    for (const QString &word : m_accepted.value(column()))
        if (word.compare(typed, Qt::CaseInsensitive) == 0)
            return word;
    return m_text->text();
}

} // namespace Almanac
