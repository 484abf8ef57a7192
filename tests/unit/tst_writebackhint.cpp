// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/store/writebackhint.h"
#include "teststore.h"

#include <QCryptographicHash>
#include <QFileInfo>
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

    // A window's commits come seconds apart: however much they add up to, no
    // hint. Two runs of ~5.7 MB (one 16 KiB WAL frame a commit), more than a
    // second apart, would make one hint if they were counted together.
    void commitsFarApartGiveNoHint()
    {
        Test::TestStore store;
        run(store.connection(), QStringLiteral("CREATE TABLE notes (n TEXT)"));
        const qint64 before = WritebackHint::hintsGiven();
        const auto commits = [&store] {
            for (int i = 0; i < 350; ++i)
                run(store.connection(), QStringLiteral("INSERT INTO notes VALUES ('note %1')").arg(i));
        };
        commits();
        QTest::qSleep(1200);
        commits();
        QCOMPARE(WritebackHint::hintsGiven(), before);
        QVERIFY(QFileInfo(store.path() + QStringLiteral("-wal")).size() > WritebackHint::HintEvery);
        store.database().close();
        QCOMPARE(WritebackHint::hintsGiven(), before);
    }

    // SQLite's temporary files (a temp table, a sort that spills) are thrown
    // away on close: they are never pushed to disk.
    void temporaryFilesGiveNoHint()
    {
        Test::TestStore store;
        run(store.connection(), QStringLiteral("PRAGMA temp_store=FILE"));
        const qint64 before = WritebackHint::hintsGiven();
        run(store.connection(), QStringLiteral("CREATE TEMP TABLE scratch (b BLOB)"));
        run(store.connection(), QStringLiteral("BEGIN"));
        for (int i = 0; i < 24; ++i)
            run(store.connection(), QStringLiteral("INSERT INTO scratch VALUES (randomblob(%1))").arg(MiB));
        run(store.connection(), QStringLiteral("COMMIT"));
        QCOMPARE(scalar(store.connection(), QStringLiteral("SELECT count(*) FROM scratch")), 24);
        QCOMPARE(WritebackHint::hintsGiven(), before);
    }

    void installingTwiceIsHarmless()
    {
        QVERIFY(WritebackHint::install());
        QVERIFY(WritebackHint::install());
        Test::TestStore store; // opens, writes and closes: the wrappers still reach SQLite's calls
        run(store.connection(), QStringLiteral("CREATE TABLE t (x)"));
        store.database().close();
    }
};

QTEST_GUILESS_MAIN(TestWritebackHint)
#include "tst_writebackhint.moc"
