// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/domain/integration.h"
#include "models/store/database.h"

#include <QTemporaryDir>

namespace Almanac::Test {

// A real SQLite store in a fresh temporary folder, removed afterwards.
class TestStore final
{
public:
    explicit TestStore(const QString &connectionName = QStringLiteral("test"));

    QString path() const { return m_path; }
    Database &database() { return m_db; }
    QSqlDatabase connection() const { return m_db.connection(); }
    void addIntegration(const QString &id, const QString &platform, const QString &provider = QStringLiteral("local"));
    // A local account with the name and handle people see.
    void addNamedIntegration(const QString &id, const QString &platform, const QString &name, const QString &handle);
    // The OpenPost account "op" at `baseUrl`, and the X account int_x through it (its id there: `remoteId`).
    void addOpenPostAccount(const QByteArray &baseUrl, const QString &remoteId = QStringLiteral("int_x_abc"));
    QString dir() const { return m_dir.path(); }

private:
    QTemporaryDir m_dir;
    QString m_path;
    Database m_db;
};

// Reads a whole file (test data), failing the test if it cannot.
QByteArray readFile(const QString &path);

// The first column of the first row `sql` returns, failing the test if it cannot.
qint64 scalar(const QSqlDatabase &db, const QString &sql);

} // namespace Almanac::Test
