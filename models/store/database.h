// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/domain/result.h"

#include <QSqlDatabase>
#include <QString>
#include <QCoreApplication>

namespace Almanac {

// One SQLite store file, opened on one named connection (QtSql connections
// belong to the thread that opened them: each thread opens its own Database on
// the same file). Opening sets WAL and foreign keys and brings the schema up to
// date, one migration per transaction.
class Database final
{
    Q_DECLARE_TR_FUNCTIONS(Database)

public:
    static constexpr int SchemaVersion = 9;

    // <AppDataLocation>/almanac.sqlite
    static QString defaultPath();

    explicit Database(const QString &connectionName = QStringLiteral("almanac"));
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    Result<void> open(const QString &path);
    void close();
    bool isOpen() const;

    QSqlDatabase connection() const;
    // Pages kept in memory for this connection (SQLite's default is 2 MiB). The
    // desktop app raises it so the calendar re-reads the range it shows from memory.
    void setCacheSize(int mebibytes);
    QString path() const { return m_path; }
    int schemaVersion() const;

    // For one bulk import, around its transaction: raises the page cache and turns
    // off foreign-key enforcement, restoring both on destruction. Only for a
    // writer that references nothing but rows it wrote or read inside the same
    // write transaction (SQLite checks each reference with an extra lookup, 7% of
    // an import's time, and cannot toggle the check inside a transaction).
    // `sourceBytes`: the size of what is imported, which sizes the cache.
    class BulkMode final
    {
    public:
        BulkMode(Database &db, qint64 sourceBytes);
        ~BulkMode();

    private:
        Database &m_db;
    };

private:
    Result<void> migrate();
    Result<void> exec(const QString &sql);

    QString m_connectionName;
    QString m_path;
};

// One user action, one transaction: rolls back unless commit() was called.
class Transaction final
{
    Q_DECLARE_TR_FUNCTIONS(Transaction)

public:
    enum class Lock {
        Deferred, // takes the write lock at the first write
        Immediate, // takes it now: what the transaction reads cannot change before it commits
    };
    explicit Transaction(QSqlDatabase db, Lock lock = Lock::Deferred);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    bool isActive() const { return m_active; }
    Result<void> commit();
    void rollback();

private:
    QSqlDatabase m_db;
    bool m_active = false;
};

// Makes one write atomic whether or not a transaction is open: a SAVEPOINT
// nests inside the caller's transaction, or is a transaction of its own.
// Rolls back to where it began unless release() was called.
class Savepoint final
{
    Q_DECLARE_TR_FUNCTIONS(Savepoint)

public:
    explicit Savepoint(QSqlDatabase db);
    ~Savepoint();
    Savepoint(const Savepoint &) = delete;
    Savepoint &operator=(const Savepoint &) = delete;

    bool isActive() const { return m_active; }
    Result<void> release();

private:
    QSqlDatabase m_db;
    QString m_name;
    bool m_active = false;
};

// The query's error as a message, with what was being done.
Error sqlError(const QString &what, const class QSqlError &error);

} // namespace Almanac
