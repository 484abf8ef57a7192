// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/store/writebackhint.h"
#include "teststore.h"

#include <QCryptographicHash>
#include <QSqlQuery>
#include <QTest>

using namespace Almanac;
using Almanac::Test::scalar;

namespace {

// A digest of every blob, in order, to tell the data came back byte for byte.
QByteArray digestOfBlobs(const QSqlDatabase &db)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT b FROM blobs ORDER BY rowid")))
        qFatal("cannot read the blobs");
    QCryptographicHash hash(QCryptographicHash::Sha256);
    while (q.next())
        hash.addData(q.value(0).toByteArray());
    return hash.result();
}

void run(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql))
        qFatal("query failed: %s", qPrintable(sql));
}

constexpr qint64 MiB = 1 << 20;

} // namespace

class TestWritebackHint : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
#ifndef Q_OS_LINUX
        QSKIP("the hint uses Linux's sync_file_range");
#endif
    }

    void aLargeWriteIsHintedAndReadsBackWhole()
    {
        Test::TestStore store;
        run(store.connection(), QStringLiteral("CREATE TABLE blobs (b BLOB NOT NULL)"));
        const qint64 before = WritebackHint::hintsGiven();

        // 24 MiB in one transaction.
        constexpr int Blobs = 24;
        run(store.connection(), QStringLiteral("BEGIN"));
        for (int i = 0; i < Blobs; ++i)
            run(store.connection(), QStringLiteral("INSERT INTO blobs VALUES (randomblob(%1))").arg(MiB));
        run(store.connection(), QStringLiteral("COMMIT"));
        const QByteArray written = digestOfBlobs(store.connection());
        // The pages are written twice: to the WAL at the commit, then into the
        // store by a checkpoint (at the commit, past 1,000 pages, or on closing).
        store.database().close();
        const qint64 perCopy = Blobs * MiB / WritebackHint::HintEvery;
        const qint64 hinted = WritebackHint::hintsGiven() - before;
        QVERIFY2(hinted >= 2 * perCopy - 2, qPrintable(QStringLiteral("%1 hints for %2 MiB written twice").arg(hinted).arg(Blobs)));

        QVERIFY(store.database().open(store.path()));
        QCOMPARE(scalar(store.connection(), QStringLiteral("SELECT count(*) FROM blobs")), Blobs);
        QCOMPARE(digestOfBlobs(store.connection()), written);
        QSqlQuery check(store.connection());
        QVERIFY(check.exec(QStringLiteral("PRAGMA integrity_check")) && check.next());
        QCOMPARE(check.value(0).toString(), QStringLiteral("ok"));
    }

    void aSmallWriteGivesNoHint()
    {
        Test::TestStore store;
        const qint64 before = WritebackHint::hintsGiven();
        run(store.connection(), QStringLiteral("CREATE TABLE notes (n TEXT)"));
        for (int i = 0; i < 200; ++i)
            run(store.connection(), QStringLiteral("INSERT INTO notes VALUES ('note %1')").arg(i));
        store.database().close();
        QCOMPARE(WritebackHint::hintsGiven(), before);
    }
};

QTEST_GUILESS_MAIN(TestWritebackHint)
#include "tst_writebackhint.moc"
