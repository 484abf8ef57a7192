// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/mainwindow/backupactions.h"

#include "app/settings/appsettings.h"
#include "models/store/database.h"
#include "models/store/storebackup.h"
#include "ui/mainwindow/workerprogress.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QFutureWatcher>
#include <QTimer>
#include <QtConcurrent>


namespace Almanac {

BackupActions::BackupActions(Database &database, QWidget *window)
    : QObject(window)
    , m_database(database)
    , m_window(window)
    , m_backUp(new QAction(tr("&Back Up Store…"), this))
    , m_restore(new QAction(tr("&Restore From Backup…"), this))
    , m_daily(new QTimer(this))
{
    m_backUp->setObjectName(QStringLiteral("backUpAction"));
    m_backUp->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B));
    m_backUp->setStatusTip(tr("Save every post, account and import into one file"));
    m_restore->setObjectName(QStringLiteral("restoreAction"));
    m_restore->setStatusTip(tr("Replace the store with a backup (the current store is kept in the backups folder)"));
    connect(m_backUp, &QAction::triggered, this, &BackupActions::askAndBackUp);
    connect(m_restore, &QAction::triggered, this, &BackupActions::askAndRestore);
    // A laptop that stays open for days still gets its daily copy.
    connect(m_daily, &QTimer::timeout, this, qOverload<>(&BackupActions::backUpDaily));
}

void BackupActions::addTo(QMenu *menu)
{
    menu->addAction(m_backUp);
    menu->addAction(m_restore);
}

void BackupActions::askAndBackUp()
{
    const QString suggested = QDir::home().filePath(
        tr("Almanac backup %1.sqlite").arg(QDate::currentDate().toString(Qt::ISODate)));
    const QString file = QFileDialog::getSaveFileName(m_window, tr("Back Up Store"), suggested,
                                                      tr("Almanac backups (*.sqlite);;All files (*)"));
    if (!file.isEmpty())
        backUp(file);
}

void BackupActions::backUp(const QString &file)
{
    const QString store = m_database.path();
    runWithProgress<Result<void>>(
        m_window, tr("Backing up to %1…").arg(QDir::toNativeSeparators(file)),
        [store, file](const WorkerProgress &progress) { return StoreBackup::backup(store, file, progress); },
        [this, file](const Result<void> &r) {
            if (r)
                Q_EMIT message(tr("Backed up to %1.").arg(QDir::toNativeSeparators(file)), false);
            else
                Q_EMIT message(r.error(), true);
            Q_EMIT finished();
        });
}

void BackupActions::askAndRestore()
{
    const QString file = QFileDialog::getOpenFileName(m_window, tr("Restore From Backup"), AppSettings().backupFolder(),
                                                      tr("Almanac backups (*.sqlite);;All files (*)"));
    if (file.isEmpty())
        return;
    const Result<StoreBackup::Summary> summary = StoreBackup::inspect(file);
    if (!summary) {
        QMessageBox::warning(m_window, tr("Restore From Backup"), tr("Nothing was restored: %1").arg(summary.error()));
        return;
    }
    QMessageBox ask(QMessageBox::Question, tr("Restore From Backup"),
                    tr("Replace everything in Almanac with this backup?"), QMessageBox::Cancel, m_window);
    ask.setInformativeText(tr("%1 holds %2 and %3. The store as it is now is kept in the backups folder first, so "
                              "this can be undone by restoring that copy.")
                               .arg(QDir::toNativeSeparators(file),
                                    tr("%Ln post(s)", nullptr, int(summary.value().posts)),
                                    tr("%Ln account(s)", nullptr, int(summary.value().integrations))));
    QPushButton *replace = ask.addButton(tr("&Replace"), QMessageBox::DestructiveRole);
    ask.setDefaultButton(QMessageBox::Cancel);
    ask.exec();
    if (ask.clickedButton() == replace)
        restore(file);
}

void BackupActions::restore(const QString &file)
{
    const QString store = m_database.path();
    const QString folder = AppSettings().backupFolder(); // where the store as it is now is kept
    runWithProgress<Result<QString>>(
        m_window, tr("Restoring %1…").arg(QDir::toNativeSeparators(file)),
        [store, file, folder](const WorkerProgress &progress) {
            return StoreBackup::restore(store, file, folder, progress);
        },
        [this, file](const Result<QString> &r) {
            if (r) {
                Q_EMIT restored();
                Q_EMIT message(tr("Restored %1. The store as it was is kept in %2.")
                                   .arg(QDir::toNativeSeparators(file), QDir::toNativeSeparators(r.value())),
                               false);
            } else {
                Q_EMIT message(r.error(), true);
            }
            Q_EMIT finished();
        });
}

void BackupActions::backUpDaily()
{
    const AppSettings settings;
    if (settings.dailyBackups())
        backUpDaily(settings.backupFolder(), settings.backupsKept());
    else if (!m_daily->isActive())
        m_daily->start(6 * 3600 * 1000); // turned on later in Settings: the next check finds it due
}

void BackupActions::backUpDaily(const QString &folder, int keep)
{
    if (!m_daily->isActive())
        m_daily->start(6 * 3600 * 1000);
    const QString store = m_database.path();
    auto *watcher = new QFutureWatcher<Result<QString>>(this);
    connect(watcher, &QFutureWatcher<Result<QString>>::finished, this, [this, watcher] {
        const Result<QString> r = watcher->result();
        if (!r)
            Q_EMIT message(tr("Today's automatic backup failed: %1").arg(r.error()), true);
        watcher->deleteLater();
    });
    watcher->setFuture(QtConcurrent::run([store, folder, keep] { return StoreBackup::daily(store, folder, keep); }));
}

} // namespace Almanac
