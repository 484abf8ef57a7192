// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/sync/syncengine.h"
#include "models/store/outboxrepository.h"
#include "ui/settings/settingsdialog.h"

#include <QDate>
#include <QMainWindow>
#include <QPointer>

#include <memory>

class QUndoStack;

namespace Almanac {

class BackupActions;
class DesktopServices;
class ExportDialog;
class MainActions;
class MainStatusBar;
class TrayIcon;
class ImportFlows;
class ImportWizard;
class SecretStore;
class CalendarModel;
class CalendarWidget;
class ComposerDialog;
class Database;
class FilterPanel;
class UnscheduledPanel;
class FailedPanel;
class MessageBar;

// The main window: the calendar (month, week, list) with its toolbar, filter
// panel and status bar; the composer for new and existing posts; File > Import
// CSV (the same import as almanac-cli); undo and redo of every edit.
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(Database &database, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens the import wizard (on a file, when given; ImportFlows). Also reached
    // by dropping a .csv on the window and by opening one with Almanac. An
    // Almanac JSON export is checked and imported after asking (nullptr then).
    ImportWizard *importCsv(const QString &path = {});
    void importJson(const QString &path);
    SettingsDialog *showSettings();
    // Starts or stops publishing to local accounts from this window (Settings).
    void setPublishingWhileOpen(bool on);
    // Pause Publishing in the tray: stops it until resumed (not a setting).
    void pausePublishing(bool paused);
    // Files handed over by a second `almanac FILE` (SingleInstance): come forward, open them.
    void openFiles(const QStringList &files);
    void bringToFront();
    TrayIcon *trayIcon() const { return m_tray; }
    ExportDialog *showExport();
    CalendarModel *calendarModel() const { return m_model; }
    CalendarWidget *calendar() const { return m_calendar; }
    QUndoStack *undoStack() const { return m_undo; }
    // Opens the composer on a new post at a local day and minute (-1: the next free hour).
    ComposerDialog *newPost(QDate date = {}, int minute = -1);
    ComposerDialog *openPost(const QString &postId);
    // Starts syncing to the hosted schedulers in the background, when any
    // provider account is set up. `secrets` must outlive the window.
    void startSync(SecretStore *secrets, const SyncEngine::Options &options = {});
    // The daily copy of the store into the backups folder (the newest seven kept).
    void startDailyBackups();
    // The store is thrown away when the window closes (the demo's): Settings
    // offers no almanacd to publish it while the window is closed.
    void setThrowawayStore(bool throwaway) { m_throwawayStore = throwaway; }

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void connectActions();
    void connectServices();
    void showPublishingRound(int published, int failed, const QString &error);
    void createFilterDock();
    void createUnscheduledDock();
    void createFailedDock();
    // Retry in the Failed view, and Send It Again in the composer.
    void retryFailed(const OutboxRepository::FailedFilter &filter);
    void editTagsOfSelection();
    void moveSelectionToDate();
    void showAbout();
    void updateStatusBar();
    void updateSelectionActions();
    void reloadIntegrations();
    void showWelcomeIfEmpty();
    void showSyncStatus(const SyncStatus &status);
    void showProviders();
    void showAccounts();
    void applySettings(const SettingsDialog::Changes &changes);
    void applyTimeZone(const QTimeZone &zone);
    void updateTrayCounts();
    void restoreSettings();
    ComposerDialog *showComposer(ComposerDialog *composer);

    Database &m_database;
    QUndoStack *m_undo;
    CalendarModel *m_model;
    CalendarWidget *m_calendar;
    MessageBar *m_messages;
    DesktopServices *m_services; // sync and publishing behind the window
    std::unique_ptr<MainActions> m_actions;
    MainStatusBar *m_status = nullptr;
    FilterPanel *m_filters = nullptr;
    UnscheduledPanel *m_unscheduled = nullptr;
    FailedPanel *m_failed = nullptr;
    ImportFlows *m_imports = nullptr;
    TrayIcon *m_tray = nullptr;
    bool m_publishingPaused = false;
    bool m_throwawayStore = false;
    SyncStatus m_lastSyncStatus;
    BackupActions *m_backups = nullptr;
    QString m_retryNote; // what the last Retry could not do, said again with the schedulers' answers
};

} // namespace Almanac
