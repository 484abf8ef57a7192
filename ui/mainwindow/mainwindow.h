// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QMainWindow>
#include <QPointer>

class QActionGroup;
class QLabel;
class QLineEdit;
class QMenu;
class QProgressDialog;
class QToolButton;
class QUndoStack;

namespace Almanac {

class BackgroundImport;
class CalendarModel;
class CalendarWidget;
class ComposerDialog;
class Database;
class FilterPanel;
class UnscheduledPanel;
class MessageBar;
struct ImportOutcome;

// The main window: the calendar (month, week, list) with its toolbar, filter
// panel and status bar; the composer for new and existing posts; File > Import
// CSV (the same import as almanac-cli); undo and redo of every edit.
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(Database &database, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Validates the file in the background, shows what it found, and imports
    // on the user's word. Also reached by dropping a .csv on the window.
    void importCsv(const QString &path);
    CalendarModel *calendarModel() const { return m_model; }
    CalendarWidget *calendar() const { return m_calendar; }
    QUndoStack *undoStack() const { return m_undo; }
    // Opens the composer on a new post at a local day and minute (-1: the next free hour).
    ComposerDialog *newPost(QDate date = {}, int minute = -1);
    ComposerDialog *openPost(const QString &postId);

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createActions();
    void createFilterDock();
    void createUnscheduledDock();
    void chooseCsv();
    void chooseTimeZone();
    void editTagsOfSelection();
    void moveSelectionToDate();
    void showAbout();
    void updateStatusBar();
    void updateSelectionActions();
    void reloadIntegrations();
    void showWelcomeIfEmpty();
    void startImport(const QString &path, bool dryRun, bool skipInvalid);
    void importFinished(const ImportOutcome &outcome);
    void restoreSettings();
    ComposerDialog *showComposer(ComposerDialog *composer);

    Database &m_database;
    QUndoStack *m_undo;
    CalendarModel *m_model;
    CalendarWidget *m_calendar;
    MessageBar *m_messages;
    FilterPanel *m_filters = nullptr;
    UnscheduledPanel *m_unscheduled = nullptr;
    QLineEdit *m_search = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_counts = nullptr;
    QToolButton *m_zone = nullptr;
    QActionGroup *m_modes = nullptr;
    QMenu *m_viewMenu = nullptr;
    QList<QAction *> m_selectionActions; // enabled only while posts are selected
    QPointer<BackgroundImport> m_import;
    QPointer<QProgressDialog> m_progress;
};

} // namespace Almanac
