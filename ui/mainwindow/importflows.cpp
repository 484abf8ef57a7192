// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/mainwindow/importflows.h"

#include "app/importing/importjobs.h"
#include "app/importing/jsonimporter.h"
#include "app/settings/appsettings.h"
#include "models/store/database.h"
#include "models/store/importrepository.h"
#include "ui/importwizard/importhistorydialog.h"
#include "ui/importwizard/importwizard.h"
#include "ui/importwizard/jsonimportdialog.h"
#include "ui/mainwindow/messagebar.h"
#include "ui/mainwindow/workerprogress.h"

#include <QFileInfo>
#include <QMessageBox>
#include <QTimeZone>

namespace Almanac {

ImportFlows::ImportFlows(Database &database, QWidget *window, MessageBar *messages, std::function<QTimeZone()> zone)
    : QObject(window)
    , m_database(database)
    , m_window(window)
    , m_messages(messages)
    , m_zone(std::move(zone))
{
}

ImportWizard *ImportFlows::importCsv(const QString &path)
{
    if (!path.isEmpty() && JsonImporter::looksLikeJson(path)) {
        importJson(path); // an Almanac JSON export, dropped or opened like a CSV
        return nullptr;
    }
    if (m_wizard && m_wizard->isVisible()) { // a closed one is on its way out
        m_wizard->raise();
        m_wizard->activateWindow();
        if (!path.isEmpty() && m_wizard->currentId() == ImportWizard::FilePageId)
            m_wizard->openFile(path);
        return m_wizard;
    }
    m_wizard = new ImportWizard(m_database, m_zone(), m_window);
    m_wizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_wizard, &ImportWizard::imported, this, &ImportFlows::showImported);
    connect(m_wizard, &ImportWizard::undoImportRequested, this, &ImportFlows::undoImport);
    connect(this, &ImportFlows::importUndone, m_wizard, &ImportWizard::importUndone);
    connect(m_wizard, &ImportWizard::historyRequested, this, &ImportFlows::showHistory);
    connect(m_wizard, &ImportWizard::fileChosen, this, [](const QString &file) { AppSettings().addRecentFile(file); });
    m_wizard->open();
    if (!path.isEmpty())
        m_wizard->openFile(path);
    return m_wizard;
}

void ImportFlows::importJson(const QString &path)
{
    AppSettings().addRecentFile(QFileInfo(path).absoluteFilePath());
    const QString name = QFileInfo(path).fileName();
    runJsonImport(path, {}, true, [this, path, name](const JsonImportOutcome &check) {
        if (check.status != JsonImportOutcome::Status::Validated) {
            auto *box = new QMessageBox(QMessageBox::Warning, tr("Import JSON Export"),
                                        check.status == JsonImportOutcome::Status::ValidationFailed
                                            ? tr("Nothing was imported: %Ln problem(s) in %1.", nullptr, int(check.errors.size())).arg(name)
                                            : tr("Nothing was imported."),
                                        QMessageBox::Ok, m_window);
            box->setAttribute(Qt::WA_DeleteOnClose);
            box->setInformativeText(check.errors.mid(0, 5).join(u'\n'));
            if (check.errors.size() > 5)
                box->setDetailedText(check.errors.join(u'\n'));
            box->open();
            return;
        }
        auto *ask = new JsonImportDialog(name, check, m_window);
        ask->setAttribute(Qt::WA_DeleteOnClose);
        connect(ask, &QDialog::accepted, this, [this, path, ask] {
            runJsonImport(path, ask->confirmedFiles(), false, [this](const JsonImportOutcome &done) {
                if (!done.committed()) {
                    m_messages->showMessage(tr("Nothing was imported: %1").arg(done.errors.join(u' ')), MessageBar::Kind::Warning);
                    return;
                }
                showImported(done.importId);
            });
        });
        ask->open();
    });
}

void ImportFlows::runJsonImport(const QString &path, const QStringList &confirmedFiles, bool dryRun,
                               std::function<void(const JsonImportOutcome &)> then)
{
    JsonImporter::Options options{path, dryRun, 0};
    options.allowLocalNetworkMedia = AppSettings().allowLocalNetworkMedia();
    options.confirmedFiles = confirmedFiles;
    const QString store = m_database.path();
    const QString name = QFileInfo(path).fileName();
    runWithProgress<JsonImportOutcome>(
        m_window, dryRun ? tr("Reading %1…").arg(name) : tr("Importing %1…").arg(name),
        [store, options](const WorkerProgress &) { return ImportJobs::importJson(store, options); }, std::move(then));
}

void ImportFlows::showImported(qint64 importId)
{
    Q_EMIT postsChanged();
    const Result<ImportRepository::ImportedPosts> found = ImportRepository(m_database.connection()).posts(importId);
    if (!found || found.value().ids.isEmpty())
        return;
    // The calendar goes to the earliest new post (not the file's first row, which
    // may be months later) and selects the new posts it shows.
    const ImportRepository::ImportedPosts &made = found.value();
    Q_EMIT imported(made.ids, made.earliest.value_or(0));
    m_messages->showMessage(tr("Imported %Ln post(s).", nullptr, int(made.ids.size())), MessageBar::Kind::Information,
                            tr("Undo Import"), [this, importId] { undoImport(importId); });
}

void ImportFlows::showHistory()
{
    auto *history = new ImportHistoryDialog(m_database, m_window);
    history->setAttribute(Qt::WA_DeleteOnClose);
    connect(history, &ImportHistoryDialog::undoImportRequested, this, &ImportFlows::undoImport);
    connect(this, &ImportFlows::importUndone, history, &ImportHistoryDialog::reload);
    history->open();
}

void ImportFlows::undoImport(qint64 importId)
{
    // On a worker: a large import takes a while to remove. The wizard and the
    // import history hear importUndone when it is done.
    runWithProgress<Result<int>>(
        m_window, tr("Undoing the import…"),
        [store = m_database.path(), importId](const WorkerProgress &) { return ImportJobs::undoImport(store, importId); },
        [this, importId](const Result<int> &removed) {
            if (!removed) {
                m_messages->showMessage(removed.error(), MessageBar::Kind::Warning);
                Q_EMIT importUndone(importId, false);
                return;
            }
            Q_EMIT postsChanged();
            m_messages->showMessage(tr("Import undone: %Ln post(s) removed.", nullptr, removed.value()),
                                    MessageBar::Kind::Information);
            Q_EMIT importUndone(importId, true);
        });
}

} // namespace Almanac
