// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QAction;
class QMenu;
class QTimer;
class QWidget;

namespace Almanac {

class Database;

// File → Back Up Store… and Restore From Backup…, each on a worker with a
// progress dialog that can stop it, and the daily copy into the backups folder
// (at start, then every few hours it checks whether one is due).
class BackupActions final : public QObject
{
    Q_OBJECT

public:
    BackupActions(Database &database, QWidget *window);

    void addTo(QMenu *menu);
    void backUp(const QString &file);       // without asking where (tests)
    void restore(const QString &file);      // without asking whether (tests)
    // The daily copy as Settings say (on or off, folder, how many kept), if one is due.
    void backUpDaily();
    void backUpDaily(const QString &folder, int keep); // into `folder` whatever Settings say (tests)

Q_SIGNALS:
    // The store's content was replaced: everything shown from it is stale.
    void restored();
    // Something to tell the user: done, or why not.
    void message(const QString &text, bool problem);
    void finished(); // a backup or restore ended, whichever way (tests wait for it)

private:
    void askAndBackUp();
    void askAndRestore();

    Database &m_database;
    QWidget *m_window;
    QAction *m_backUp;
    QAction *m_restore;
    QTimer *m_daily;
};

} // namespace Almanac
