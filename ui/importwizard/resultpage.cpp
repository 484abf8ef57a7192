// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/importwizard/resultpage.h"

#include "ui/importwizard/importwizard.h"

#include <QAbstractButton>
#include <QFileInfo>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace Almanac {

ResultPage::ResultPage()
    : m_result(new QLabel)
    , m_undo(new QPushButton(tr("&Undo Import")))
{
    setTitle(tr("Imported"));
    setSubTitle(tr("The new posts are selected in the calendar."));
    m_result->setObjectName(QStringLiteral("resultText"));
    m_result->setWordWrap(true);
    m_undo->setObjectName(QStringLiteral("undoImportButton"));
    m_undo->setToolTip(tr("Remove exactly the posts this import created"));
    // Enter finishes the wizard; it must never undo the import by accident.
    m_undo->setAutoDefault(false);
    auto *history = new QPushButton(tr("Import &History…"));
    history->setObjectName(QStringLiteral("historyButton"));
    history->setAutoDefault(false);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_undo);
    buttons->addWidget(history);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_result);
    layout->addLayout(buttons);
    layout->addStretch();
    connect(m_undo, &QPushButton::clicked, this, [this] {
        auto *wizard = static_cast<ImportWizard *>(this->wizard());
        m_undo->setEnabled(false); // a second press must not undo it twice
        m_result->setText(tr("Undoing the import…"));
        Q_EMIT wizard->undoImportRequested(wizard->outcome().importId);
    });
    connect(history, &QPushButton::clicked, this, [this] { Q_EMIT static_cast<ImportWizard *>(wizard())->historyRequested(); });
}

void ResultPage::showUndone(bool undone)
{
    if (undone) {
        m_result->setText(tr("The import was undone: its posts are gone; the import history keeps its rows."));
        return;
    }
    m_result->setText(tr("The import was not undone; the message in the window says why."));
    m_undo->setEnabled(true);
}

void ResultPage::initializePage()
{
    auto *wizard = static_cast<ImportWizard *>(this->wizard());
    const ImportOutcome &outcome = wizard->outcome();
    QString text = tr("%Ln post(s) from %1 are in your calendar.", nullptr, int(outcome.rowsValid))
                       .arg(QFileInfo(wizard->filePath()).fileName());
    if (outcome.rowsExcluded)
        text += u' ' + tr("%Ln excluded row(s) are recorded in the import history.", nullptr, int(outcome.rowsExcluded));
    m_result->setText(text);
    m_undo->setEnabled(true);
    wizard->button(QWizard::FinishButton)->setFocus();
}

} // namespace Almanac
