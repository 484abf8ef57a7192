// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/store/database.h"

#include "models/store/migrations.h"
#include "models/store/sqlitestatement.h"
#include "models/store/writebackhint.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

#include <optional>
#include <QStandardPaths>

#include <atomic>

namespace Almanac {

Error sqlError(const QString &what, const QSqlError &error)
{
    return Error{Database::tr("%1: %2").arg(what, error.text())};
}

QString Database::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/almanac.sqlite");
}

Database::Database(const QString &connectionName)
    : m_connectionName(connectionName)
{
    // Before the first connection opens, SQLite's global configuration can still
    // change; later it is refused, harmlessly. The hint comes second: finding
    // the VFS it wraps initializes SQLite.
    static const bool configured = [] {
        const bool library = SqliteStatement::configureLibrary();
        const bool hint = WritebackHint::install();
        return library && hint;
    }();
    Q_UNUSED(configured);
}

Database::~Database()
{
    close();
}

bool Database::isOpen() const
{
    return QSqlDatabase::contains(m_connectionName) && connection().isOpen();
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

void Database::close()
{
    if (!QSqlDatabase::contains(m_connectionName))
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

Result<void> Database::exec(const QString &sql)
{
    QSqlQuery q(connection());
    if (!q.exec(sql))
        return sqlError(tr("Could not run \"%1\"").arg(sql.left(60)), q.lastError());
    return {};
}

Result<void> Database::open(const QString &path)
{
    close();
    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath()))
        return Error{tr("Could not create the folder %1 for the store.").arg(info.absolutePath())};
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QSQLITE")))
        return Error{tr("The Qt SQLite driver is not installed (package libqt6sql6-sqlite).")};
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    db.setDatabaseName(path);
    // Another process (the daemon, the CLI) may hold the write lock for a moment.
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db.open())
        return sqlError(tr("Could not open the store %1").arg(path), db.lastError());
    m_path = path;

    {
        QSqlQuery check(db);
        if (!check.exec(QStringLiteral("PRAGMA schema_version")))
            return Error{tr("%1 is not an Almanac store (not an SQLite database): %2").arg(path, check.lastError().text())};
    } // a statement left open would hold a read transaction and block the journal mode change
    // Posts and import rows run to a kilobyte each: larger pages split less and
    // keep rows off overflow pages. Takes effect only when the file is created.
    for (const char *pragma : {"PRAGMA page_size=16384", "PRAGMA journal_mode=WAL", "PRAGMA foreign_keys=ON",
                               "PRAGMA synchronous=NORMAL"}) {
        // The window, almanacd and the CLI may open a new store at the same
        // moment: switching it to WAL needs it to themselves for an instant,
        // and the busy handler does not cover that. Try again for a while.
        Result<void> r = exec(QString::fromLatin1(pragma));
        for (int attempt = 1; !r && r.error().contains(QLatin1String("locked")) && attempt < 100; ++attempt) {
            QThread::msleep(20 + 10 * qMin(attempt, 10));
            r = exec(QString::fromLatin1(pragma));
        }
        if (!r)
            return r;
    }
    return migrate();
}

void Database::setCacheSize(int mebibytes)
{
    (void)exec(QStringLiteral("PRAGMA cache_size=-%1").arg(mebibytes * 1024));
}

int Database::schemaVersion() const
{
    QSqlQuery q(connection());
    if (q.exec(QStringLiteral("PRAGMA user_version")) && q.next())
        return q.value(0).toInt();
    return -1;
}

Result<void> Database::migrate()
{
    const QList<QStringList> &migrations = schemaMigrations();
    if (schemaVersion() == migrations.size())
        return {}; // the common case: no lock taken
    // Under the write lock, with the version read inside it: of several
    // programs opening an old store at once, one migrates and the others find
    // the work done. The busy handler waits for the lock up to its timeout;
    // past that, try again rather than fail to start.
    std::optional<Transaction> tx;
    for (int attempt = 0; attempt < 50; ++attempt) {
        tx.emplace(connection(), Transaction::Lock::Immediate);
        if (tx->isActive())
            break;
        tx.reset();
        QThread::msleep(100);
    }
    if (!tx)
        return Error{tr("Could not start bringing the store %1 up to date: another program keeps it busy.").arg(m_path)};
    const int current = schemaVersion();
    if (current > migrations.size())
        return Error{tr("The store %1 has schema version %2, newer than this Almanac understands (%3). Update "
                        "Almanac to open it.")
                         .arg(m_path)
                         .arg(current)
                         .arg(migrations.size())};
    for (int version = current + 1; version <= migrations.size(); ++version) {
        for (const QString &statement : migrations.at(version - 1)) {
            if (auto r = exec(statement); !r)
                return Error{tr("Migration to schema version %1 failed: %2").arg(version).arg(r.error())};
        }
        if (auto r = exec(QStringLiteral("PRAGMA user_version=%1").arg(version)); !r)
            return r;
    }
    return tx->commit(); // every step or none
}

Database::BulkMode::BulkMode(Database &db, qint64 sourceBytes)
    : m_db(db)
{
    // An import writes about four bytes of store (posts, history, indexes) per
    // byte of CSV. When those pages fit in 128 MiB they all stay in memory until
    // the commit writes them once, rather than being spilled to the WAL and read
    // back to rebuild the indexes: the realistic benchmark's 56k rows (74 MB of
    // store) took 8% longer with 64 MiB. A larger import spills whatever the
    // cache (100k simple rows, 145 MB of store, took as long with 128 MiB as
    // with 64), so it keeps 64 MiB.
    constexpr qint64 MiB = 1 << 20, Fits = 128 * MiB;
    // (A pipe's size is unknown, 0: it gets the smaller cache.)
    const qint64 cache = sourceBytes > 0 && 4 * sourceBytes <= Fits ? Fits : 64 * MiB;
    (void)m_db.exec(QStringLiteral("PRAGMA cache_size=-%1").arg(cache / 1024));
    (void)m_db.exec(QStringLiteral("PRAGMA foreign_keys=OFF"));
}

Database::BulkMode::~BulkMode()
{
    (void)m_db.exec(QStringLiteral("PRAGMA foreign_keys=ON"));
    (void)m_db.exec(QStringLiteral("PRAGMA cache_size=-2000"));
}

Transaction::Transaction(QSqlDatabase db, Lock lock)
    : m_db(std::move(db))
{
    if (lock == Lock::Deferred) {
        m_active = m_db.transaction();
    } else {
        QSqlQuery q(m_db);
        m_active = q.exec(QStringLiteral("BEGIN IMMEDIATE"));
    }
}

Transaction::~Transaction()
{
    if (m_active)
        rollback();
}

Result<void> Transaction::commit()
{
    if (!m_active)
        return Error{Database::tr("No transaction is open.")};
    m_active = false;
    if (!m_db.commit()) {
        const QSqlError e = m_db.lastError();
        m_db.rollback();
        return sqlError(Database::tr("Could not save the change"), e);
    }
    return {};
}

void Transaction::rollback()
{
    if (m_active) {
        m_db.rollback();
        m_active = false;
    }
}

Savepoint::Savepoint(QSqlDatabase db)
    : m_db(std::move(db))
{
    static std::atomic<quint64> counter = 0;
    m_name = QStringLiteral("almanac_%1").arg(++counter);
    QSqlQuery q(m_db);
    m_active = q.exec(QStringLiteral("SAVEPOINT ") + m_name);
}

Savepoint::~Savepoint()
{
    if (!m_active)
        return;
    QSqlQuery q(m_db);
    q.exec(QStringLiteral("ROLLBACK TO ") + m_name);
    q.exec(QStringLiteral("RELEASE ") + m_name);
}

Result<void> Savepoint::release()
{
    if (!m_active)
        return Error{Database::tr("No savepoint is open.")};
    m_active = false;
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("RELEASE ") + m_name)) {
        const QSqlError e = q.lastError();
        q.exec(QStringLiteral("ROLLBACK TO ") + m_name);
        q.exec(QStringLiteral("RELEASE ") + m_name);
        return sqlError(Database::tr("Could not save the change"), e);
    }
    return {};
}

} // namespace Almanac
