// SPDX-License-Identifier: GPL-3.0-or-later
// What the sync integration tests share: quick retries, running an engine until
// the outbox is drained, and counting rows.
#pragma once

#include "app/secrets/secretstore.h"
#include "app/sync/syncengine.h"
#include "teststore.h"

#include <QElapsedTimer>
#include <QSqlQuery>
#include <QTest>

namespace Almanac::Test {

// Short timeouts and backoff, so faults cost milliseconds in the tests.
inline SyncEngine::Options fastRetries()
{
    SyncEngine::Options o;
    o.transferTimeoutMs = 400;
    o.retryBaseMs = 20;
    o.retryCapMs = 200;
    return o;
}

// Runs an engine until the outbox holds nothing to send (false if `timeoutMs` passes first).
inline bool drain(TestStore &store, SecretStore &secrets, int timeoutMs = 30000)
{
    SyncEngine engine(store.path(), &secrets, fastRetries());
    if (!engine.start().ok())
        return false;
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < timeoutMs) {
        QTest::qWait(20);
        if (engine.status().pending == 0 && !engine.status().busy)
            return true;
    }
    qWarning("still pending: %lld, busy %d, last error: %s", engine.status().pending, engine.status().busy,
             qPrintable(engine.status().lastError));
    return false;
}

inline qint64 count(TestStore &store, const QString &sql)
{
    QSqlQuery q(store.connection());
    if (!q.exec(sql) || !q.next())
        qFatal("query failed: %s", qPrintable(sql));
    return q.value(0).toLongLong();
}

// Every content at the server exactly once.
template<typename Server>
void verifyNoDuplicates(const Server &server)
{
    const QMap<QString, int> counts = server.contentCounts();
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        QVERIFY2(it.value() == 1, qPrintable(QStringLiteral("%1 is at the server %2 times").arg(it.key()).arg(it.value())));
}

} // namespace Almanac::Test
