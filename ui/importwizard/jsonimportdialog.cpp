// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/importwizard/jsonimportdialog.h"

#include "app/importing/jsonimporter.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace Almanac {

JsonImportDialog::JsonImportDialog(const QString &fileName, const JsonImportOutcome &check, QWidget *parent)
    : QDialog(parent)
    , m_files(new QListWidget)
    , m_import(nullptr)
{
    setWindowTitle(tr("Import JSON Export"));
    auto *question = new QLabel(tr("Add the %Ln post(s) in %1 to the calendar?", nullptr, int(check.posts)).arg(fileName));
    question->setObjectName(QStringLiteral("jsonImportQuestion"));
    question->setWordWrap(true);
    QFont bold = question->font();
    bold.setBold(true);
    question->setFont(bold);
    auto *undo = new QLabel(tr("They become one import, which Import History can undo."));
    undo->setWordWrap(true);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(question);
    layout->addWidget(undo);

    auto *filesNote = new QLabel(tr("These posts would upload files from this computer. A plan from someone else can "
                                    "name any file, so check each one you expect to be published:"));
    filesNote->setObjectName(QStringLiteral("localFilesNote"));
    filesNote->setWordWrap(true);
    m_files->setObjectName(QStringLiteral("localFiles"));
    m_files->setAccessibleName(tr("Files from this computer"));
    for (const QString &path : check.localFiles) {
        auto *item = new QListWidgetItem(QDir::toNativeSeparators(path), m_files);
        item->setData(Qt::UserRole, path);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
    filesNote->setVisible(!check.localFiles.isEmpty());
    m_files->setVisible(!check.localFiles.isEmpty());
    layout->addWidget(filesNote);
    layout->addWidget(m_files, 1);

    m_waiting = new QLabel(tr("Check every file to import the posts, or Cancel to import nothing."));
    m_waiting->setObjectName(QStringLiteral("checkEveryFile"));
    m_waiting->setWordWrap(true);
    layout->addWidget(m_waiting);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    // Enter imports once Import is enabled; until then it does nothing (never a silent Cancel).
    buttons->button(QDialogButtonBox::Cancel)->setAutoDefault(false);
    m_import = buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    m_import->setObjectName(QStringLiteral("importButton"));
    m_import->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    connect(m_files, &QListWidget::itemChanged, this, &JsonImportDialog::updateImportButton);
    updateImportButton();
    resize(check.localFiles.isEmpty() ? QSize(420, 140) : QSize(560, 320));
}

QStringList JsonImportDialog::confirmedFiles() const
{
    QStringList files;
    for (int i = 0; i < m_files->count(); ++i)
        if (m_files->item(i)->checkState() == Qt::Checked)
            files.append(m_files->item(i)->data(Qt::UserRole).toString());
    return files;
}

void JsonImportDialog::updateImportButton()
{
    const bool all = confirmedFiles().size() == m_files->count();
    m_import->setEnabled(all);
    m_import->setDefault(all);
    m_waiting->setVisible(!all);
}

} // namespace Almanac
