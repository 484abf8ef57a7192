// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>

#include <functional>

class QAction;
class QActionGroup;
class QLabel;
class QLineEdit;
class QMainWindow;
class QObject;
class QMenu;
class QToolBar;
class QUndoStack;

namespace Almanac {

class BackupActions;

// The main window's menus, actions and toolbar: their words, shortcuts, icons
// and object names, in one place. The window connects them to what they do.
// Their words are the window's (one catalog for translators).
class MainActions final
{
    Q_DECLARE_TR_FUNCTIONS(Almanac::MainWindow)

public:
    MainActions(QMainWindow *window, QUndoStack *undo, BackupActions *backups);

    // File
    QAction *newPost, *importCsv, *importHistory, *importJson, *exportPosts, *sync, *providers, *accounts, *quit;
    QMenu *recent;
    // Edit
    QAction *open, *duplicate, *move, *tags, *remove, *settings;
    QList<QAction *> selectionActions; // enabled only while posts are selected
    // View
    QActionGroup *modes;    // month, week, list; each action's data is its CalendarMode
    QAction *today, *previous, *next, *refresh;
    QActionGroup *palettes; // each action's data is its palette key
    QMenu *view;            // the docks add their toggles here
    // Help
    QAction *about, *shortcuts;
    // The toolbar's range title and search box, and Find (which focuses the box).
    QLabel *title;
    QLineEdit *search;
    QAction *find;

    // Open Recent lists the files imported lately; `open` opens one (it may be gone since).
    void fillRecent(QObject *context, const std::function<void(const QString &path)> &open);

private:
    void createFileMenu(QMainWindow *window, BackupActions *backups);
    void createEditMenu(QMainWindow *window, QUndoStack *undo);
    void createViewMenu(QMainWindow *window);
    void createToolBar(QMainWindow *window);
};

} // namespace Almanac
