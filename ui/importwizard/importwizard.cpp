// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/importwizard/importwizard.h"

#include "ui/mainwindow/appearance.h"
#include "app/settings/appsettings.h"
#include "models/itemmodels/importpreviewmodel.h"
#include "models/store/database.h"
#include "ui/importwizard/confirmpage.h"
#include "ui/importwizard/filepage.h"
#include "ui/importwizard/mappage.h"
#include "ui/importwizard/previewpage.h"
#include "ui/importwizard/resultpage.h"

#include <QFileInfo>
#include <QMessageBox>
#include <QPushButton>
#include <QTimer>

namespace Almanac {

ImportWizard::ImportWizard(Database &database, const QTimeZone &userZone, QWidget *parent)
    : QWizard(parent)
    , m_database(database)
    , m_userZone(userZone)
{
    setObjectName(QStringLiteral("importWizard"));
    setWindowTitle(tr("Import CSV"));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnLastPage);
    setOption(QWizard::NoCancelButtonOnLastPage);
    setAcceptDrops(true);
    setPage(FilePageId, new FilePage);
    setPage(MapPageId, new MapPage);
    setPage(PreviewPageId, new PreviewPage);
    setPage(ConfirmPageId, new ConfirmPage);
    setPage(ResultPageId, new ResultPage);
    // A large file is worked through in a large window: the size the user gave
    // it, next time too (the size alone, fitted to this screen: a place kept
    // from a larger monitor could leave the buttons off this one).
    const QSize kept = AppSettings().dialogSize(objectName());
    Appearance::fitToScreen(this, kept.isValid() ? kept : QSize(1100, 720));
    connect(this, &QDialog::finished, this, [this] { AppSettings().setDialogSize(objectName(), size()); });
}

ImportWizard::~ImportWizard() = default;

void ImportWizard::openFile(const QString &path)
{
    static_cast<FilePage *>(page(FilePageId))->chooseFile(path);
    if (m_probe.error.isEmpty() && currentId() == FilePageId)
        QTimer::singleShot(0, this, &QWizard::next);
}

void ImportWizard::setFile(const QString &path, const CsvProbe &probe)
{
    m_path = path;
    m_probe = probe;
    if (probe.error.isEmpty())
        Q_EMIT fileChosen(QFileInfo(path).absoluteFilePath());
}

DialectMapping ImportWizard::dialectMapping() const
{
    return DialectDetector::map(m_mapping.columnNames, m_mapping.dialect, m_probe.header);
}

void ImportWizard::setPreviewModel(std::unique_ptr<ImportPreviewModel> model)
{
    m_preview = std::move(model);
}

ImportOptions ImportWizard::importOptions(bool dryRun) const
{
    ImportOptions options;
    options.filePath = m_path;
    options.storePath = m_database.path();
    options.dialect = m_mapping.dialect;
    options.columnNames = m_mapping.columnNames;
    options.timeZone = m_mapping.zone;
    options.dateOrder = m_mapping.dateOrder;
    options.defaultMinute = AppSettings().defaultPostingMinute();
    options.dryRun = dryRun;
    options.allowLocalNetworkMedia = AppSettings().allowLocalNetworkMedia();
    if (m_preview) {
        options.edits = m_preview->edits();
    }
    return options;
}

void ImportWizard::setImported(const ImportOutcome &outcome)
{
    m_outcome = outcome;
    if (outcome.committed())
        Q_EMIT imported(outcome.importId);
}

void ImportWizard::importUndone(qint64 importId, bool undone)
{
    if (m_outcome.importId == importId)
        static_cast<ResultPage *>(page(ResultPageId))->showUndone(undone);
}

void ImportWizard::reject()
{
    const bool fixed = m_preview && !m_preview->edits().isEmpty() && !m_outcome.committed()
        && currentId() != ResultPageId;
    if (!fixed)
        return QWizard::reject();
    if (findChild<QMessageBox *>(QStringLiteral("discardFixesBox")))
        return; // already asking
    auto *ask = new QMessageBox(QMessageBox::Question, tr("Discard Your Fixes?"),
                                tr("You fixed or left out rows of %1. Closing now loses those changes; the file "
                                   "itself is not changed.")
                                    .arg(QFileInfo(m_path).fileName()),
                                QMessageBox::NoButton, this);
    ask->setObjectName(QStringLiteral("discardFixesBox"));
    ask->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *discard = ask->addButton(tr("&Discard Fixes"), QMessageBox::DestructiveRole);
    discard->setObjectName(QStringLiteral("discardFixes"));
    QPushButton *keepEditing = ask->addButton(tr("&Keep Editing"), QMessageBox::RejectRole);
    keepEditing->setObjectName(QStringLiteral("keepEditing"));
    ask->setDefaultButton(keepEditing);
    ask->setEscapeButton(keepEditing);
    connect(ask, &QMessageBox::buttonClicked, this, [this, discard](QAbstractButton *clicked) {
        if (clicked == discard)
            QWizard::reject();
    });
    ask->open();
}

} // namespace Almanac
