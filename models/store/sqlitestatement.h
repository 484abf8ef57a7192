// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>
#include <QSqlDatabase>
#include <QString>

#include <optional>

struct sqlite3;
struct sqlite3_stmt;

namespace Almanac {

// A prepared statement on the SQLite connection under a QSqlDatabase, for the
// bulk paths only (an import writes millions of values): it binds UTF-8 and
// integers straight into SQLite, where QSqlQuery would build a QVariant and look
// up a placeholder name per value. It runs inside the QSqlDatabase's transaction.
class SqliteStatement final
{
public:
    // The sqlite3 handle behind a QSQLITE connection, or null.
    static sqlite3 *handleOf(const QSqlDatabase &db);
    // Sets SQLite up for Almanac's use (see the definition); true if it took
    // effect, which needs it to run before SQLite initializes.
    static bool configureLibrary();

    SqliteStatement(sqlite3 *db, const char *sql);
    ~SqliteStatement();
    SqliteStatement(const SqliteStatement &) = delete;
    SqliteStatement &operator=(const SqliteStatement &) = delete;

    bool isValid() const { return m_stmt != nullptr; }

    // Parameters count from 1, as in SQL. Text must outlive step().
    void bind(int index, QByteArrayView utf8);
    void bind(int index, const QString &text);
    void bind(int index, qint64 value);
    void bind(int index, const std::optional<qint64> &value);
    void bindNull(int index);
    // Binds NULL for empty text.
    void bindOrNull(int index, QByteArrayView utf8);

    // Runs the statement and resets it for the next row; false on error.
    bool exec();
    // Steps a query to its next row; false at the end or on an error
    // (errorMessage() says which). Columns count from 0; text stays valid until the next step.
    bool next();
    qint64 integer(int column) const;
    bool isNull(int column) const;
    QByteArrayView text(int column) const;
    QString errorMessage() const;

private:
    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_stmt = nullptr;
    QString m_error;
};

} // namespace Almanac
