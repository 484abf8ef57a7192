// SPDX-License-Identifier: GPL-3.0-or-later
#include "teststore.h"

#include "models/store/integrationrepository.h"
#include "models/store/providerrepository.h"

#include <QFile>
#include <QSqlQuery>
#include <QTest>

namespace Almanac::Test {

TestStore::TestStore(const QString &connectionName)
    : m_path(m_dir.filePath(QStringLiteral("store.sqlite")))
    , m_db(connectionName)
{
    const auto r = m_db.open(m_path);
    if (!r)
        qFatal("cannot open the test store: %s", qPrintable(r.error()));
}

void TestStore::addIntegration(const QString &id, const QString &platform, const QString &provider)
{
    Integration in;
    in.id = id;
    in.platform = platform;
    in.provider = provider;
    const auto r = IntegrationRepository(m_db.connection()).add(in);
    if (!r)
        qFatal("cannot add integration %s: %s", qPrintable(id), qPrintable(r.error()));
}

void TestStore::addNamedIntegration(const QString &id, const QString &platform, const QString &name, const QString &handle)
{
    Integration in;
    in.id = id;
    in.platform = platform;
    in.name = name;
    in.handle = handle;
    const auto r = IntegrationRepository(m_db.connection()).add(in);
    if (!r)
        qFatal("cannot add integration %s: %s", qPrintable(id), qPrintable(r.error()));
}

void TestStore::addOpenPostAccount(const QByteArray &baseUrl, const QString &remoteId)
{
    ProviderAccount op;
    op.name = QStringLiteral("op");
    op.kind = QStringLiteral("openpost");
    op.baseUrl = QString::fromLatin1(baseUrl);
    if (const auto r = ProviderRepository(m_db.connection()).add(op); !r)
        qFatal("cannot add the provider account: %s", qPrintable(r.error()));
    Integration in;
    in.id = QStringLiteral("int_x");
    in.platform = QStringLiteral("x");
    in.providerAccount = QStringLiteral("op");
    in.remoteId = remoteId;
    if (const auto r = IntegrationRepository(m_db.connection()).add(in); !r)
        qFatal("cannot add int_x: %s", qPrintable(r.error()));
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return f.readAll();
}

qint64 scalar(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql) || !q.next())
        qFatal("query failed: %s", qPrintable(sql));
    return q.value(0).toLongLong();
}

} // namespace Almanac::Test
