// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/store/storebackup.h"

#include "models/domain/clock.h"
#include "models/store/database.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QThread>
#include <QUuid>

#include <sqlite3.h>

namespace Almanac {

namespace {

// A raw SQLite connection, closed on scope exit.
struct Connection
{
    sqlite3 *db = nullptr;
    ~Connection() { sqlite3_close_v2(db); }
    int open(const QString &path, int flags) { return sqlite3_open_v2(QFile::encodeName(path).constData(), &db, flags, nullptr); }
    QString error() const { return db ? QString::fromUtf8(sqlite3_errmsg(db)) : QString(); }
    // The first column of the first row, as text; empty when there is none.
    QString value(const char *sql) const
    {
        sqlite3_stmt *st = nullptr;
        QString out;
        if (sqlite3_prepare_v2(db, sql, -1, &st, nullptr) == SQLITE_OK && sqlite3_step(st) == SQLITE_ROW)
            out = QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(st, 0)));
        sqlite3_finalize(st);
        return out;
    }
};

// Copies every page of `from` into `to`, a slice at a time, so other
// connections keep working between slices and progress can be told.
Result<void> copyPages(sqlite3 *from, sqlite3 *to, const StoreBackup::Progress &progress)
{
    sqlite3_backup *backup = sqlite3_backup_init(to, "main", from, "main");
    if (!backup)
        return Error{QString::fromUtf8(sqlite3_errmsg(to))};
    int rc = SQLITE_OK;
    while (rc == SQLITE_OK || rc == SQLITE_BUSY || rc == SQLITE_LOCKED) {
        rc = sqlite3_backup_step(backup, 1024); // 4 MiB a slice with 4 KiB pages
        if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED)
            QThread::msleep(20); // another connection is writing: let it finish
        const int total = sqlite3_backup_pagecount(backup);
        if (progress && total > 0 && !progress(1.0 - double(sqlite3_backup_remaining(backup)) / total)) {
            sqlite3_backup_finish(backup);
            return Error{StoreBackup::tr("Stopped.")};
        }
    }
    sqlite3_backup_finish(backup);
    if (rc != SQLITE_DONE)
        return Error{QString::fromUtf8(sqlite3_errstr(rc))};
    return {};
}

QString stamp()
{
    return QDateTime::fromSecsSinceEpoch(Clock::nowSecs(), Qt::UTC).toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
}

} // namespace

QString StoreBackup::defaultFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/backups");
}

Result<void> StoreBackup::backup(const QString &storePath, const QString &file, const Progress &progress)
{
    Connection store;
    if (store.open(storePath, SQLITE_OPEN_READONLY) != SQLITE_OK)
        return Error{tr("The store %1 cannot be read: %2").arg(storePath, store.error())};
    const QString part = file + QStringLiteral(".part");
    QFile::remove(part);
    {
        Connection copy;
        if (copy.open(part, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE) != SQLITE_OK)
            return Error{tr("%1 cannot be written: %2").arg(file, copy.error())};
        if (auto r = copyPages(store.db, copy.db, progress); !r) {
            sqlite3_close_v2(std::exchange(copy.db, nullptr));
            QFile::remove(part);
            return Error{tr("The backup to %1 failed: %2").arg(file, r.error())};
        }
        // One self-contained file: no write-ahead log beside it.
        sqlite3_exec(copy.db, "PRAGMA journal_mode=DELETE", nullptr, nullptr, nullptr);
    }
    QFile::remove(file);
    if (!QFile::rename(part, file)) {
        QFile::remove(part);
        return Error{tr("%1 cannot be written.").arg(file)};
    }
    return {};
}

Result<StoreBackup::Summary> StoreBackup::inspect(const QString &file)
{
    if (!QFileInfo(file).isFile())
        return Error{tr("%1 does not exist.").arg(file)};
    Connection backup;
    if (backup.open(file, SQLITE_OPEN_READONLY) != SQLITE_OK)
        return Error{tr("%1 cannot be read: %2").arg(file, backup.error())};
    const QString check = backup.value("PRAGMA quick_check");
    if (check.isEmpty())
        return Error{tr("%1 is not an Almanac backup (it is not an SQLite database).").arg(file)};
    if (check != u"ok")
        return Error{tr("%1 is damaged: %2").arg(file, check)};
    if (backup.value("SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name IN ('posts', 'post_targets', 'integrations')") != u"3")
        return Error{tr("%1 is not an Almanac backup (it has no posts, destinations and accounts).").arg(file)};
    Summary summary;
    summary.schemaVersion = backup.value("PRAGMA user_version").toInt();
    if (summary.schemaVersion > Database::SchemaVersion)
        return Error{tr("%1 comes from a newer Almanac (store version %2; this one reads up to %3). Update Almanac to restore it.")
                         .arg(file)
                         .arg(summary.schemaVersion)
                         .arg(Database::SchemaVersion)};
    summary.posts = backup.value("SELECT COUNT(*) FROM posts").toLongLong();
    summary.integrations = backup.value("SELECT COUNT(*) FROM integrations").toLongLong();
    return summary;
}

Result<QString> StoreBackup::restore(const QString &storePath, const QString &file, const QString &safetyFolder,
                                     const Progress &progress)
{
    if (auto checked = inspect(file); !checked)
        return Error{checked.error()};
    if (!QDir().mkpath(safetyFolder))
        return Error{tr("The folder %1 cannot be made for a copy of the current store.").arg(safetyFolder)};
    const QString safety = safetyFolder + QStringLiteral("/before-restore-%1.sqlite").arg(stamp());
    if (auto r = backup(storePath, safety); !r)
        return Error{tr("Nothing was restored: the current store could not be copied first. %1").arg(r.error())};
    {
        Connection source;
        Connection store;
        if (source.open(file, SQLITE_OPEN_READONLY) != SQLITE_OK)
            return Error{tr("%1 cannot be read: %2").arg(file, source.error())};
        if (store.open(storePath, SQLITE_OPEN_READWRITE) != SQLITE_OK)
            return Error{tr("The store %1 cannot be written: %2").arg(storePath, store.error())};
        sqlite3_busy_timeout(store.db, 10000);
        if (auto r = copyPages(source.db, store.db, progress); !r)
            return Error{tr("The restore failed and the store is as it was: %1").arg(r.error())};
    }
    // A backup from an older Almanac: the usual migrations bring it up to date.
    Database upgraded(QStringLiteral("almanac-restore-%1").arg(QUuid::createUuid().toString(QUuid::Id128)));
    if (auto r = upgraded.open(storePath); !r)
        return Error{tr("The backup was restored but could not be brought up to date: %1. The store before it is in %2.")
                         .arg(r.error(), safety)};
    return safety;
}

Result<QString> StoreBackup::daily(const QString &storePath, const QString &folder, int keep)
{
    QDir dir(folder);
    if (!dir.exists() && !QDir().mkpath(folder))
        return Error{tr("The backup folder %1 cannot be made.").arg(folder)};
    const QStringList kept = dir.entryList({QStringLiteral("almanac-2*.sqlite")}, QDir::Files, QDir::Name); // oldest first
    if (!kept.isEmpty()) {
        const QDateTime newest = QDateTime::fromString(kept.last().mid(8, 16), QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
        if (newest.isValid() && QDateTime(newest.date(), newest.time(), Qt::UTC).toSecsSinceEpoch() > Clock::nowSecs() - 24 * 3600)
            return QString(); // today's is there
    }
    const QString file = dir.filePath(QStringLiteral("almanac-%1.sqlite").arg(stamp()));
    if (auto r = backup(storePath, file); !r)
        return Error{r.error()};
    QStringList all = dir.entryList({QStringLiteral("almanac-2*.sqlite")}, QDir::Files, QDir::Name);
    while (all.size() > keep)
        dir.remove(all.takeFirst());
    return file;
}

} // namespace Almanac
