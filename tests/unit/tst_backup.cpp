// SPDX-License-Identifier: GPL-3.0-or-later
// Backup and restore of the whole store (SQLite's online backup API): 100k
// posts there and back, refusals that change nothing, the daily copies (the
// newest seven kept), and the CLI's backup/restore commands.
#include "models/store/postrepository.h"
#include "models/store/storebackup.h"
#include "teststore.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Almanac;
using namespace Almanac::Test;

namespace {

qint64 count(TestStore &store, const char *table)
{
    QSqlQuery q(store.connection());
    if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM %1").arg(QLatin1StringView(table))) || !q.next())
        qFatal("count");
    return q.value(0).toLongLong();
}

// `n` scheduled posts to one account, written straight in SQL (fast enough for 100k).
void fill(TestStore &store, int n)
{
    store.addIntegration(QStringLiteral("acme_x"), QStringLiteral("x"));
    QSqlQuery q(store.connection());
    const QString rows = QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < %1) ").arg(n);
    if (!q.exec(rows + QStringLiteral("INSERT INTO posts (id, content, scheduled_at, status, tags, created_at, updated_at) "
                                      "SELECT printf('post-%07d', i), 'Post number ' || i || ' ☕', 1790000000 + i * 60, 'scheduled', "
                                      "'[\"launch\"]', 1780000000, 1780000000 FROM n"))
        || !q.exec(rows + QStringLiteral("INSERT INTO post_targets (post_id, integration_id, platform, status, updated_at) "
                                         "SELECT printf('post-%07d', i), 'acme_x', 'x', 'scheduled', 1780000000 FROM n")))
        qFatal("fill");
}

} // namespace

class TestBackup : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aHundredThousandPostsThereAndBack()
    {
        TestStore store;
        fill(store, 100000);
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("plan.almanac-backup"));
        QList<double> steps;
        QVERIFY(StoreBackup::backup(store.path(), file, [&](double done) { steps.append(done); return true; }).ok());
        QVERIFY(!QFile::exists(file + QStringLiteral(".part")));
        QVERIFY(steps.size() > 1 && steps.last() == 1.0); // progress in slices
        QCOMPARE(StoreBackup::inspect(file).value().posts, 100000);

        // Everything goes; the backup brings it back, and keeps the emptied store aside.
        QVERIFY(QSqlQuery(store.connection()).exec(QStringLiteral("DELETE FROM posts")));
        QCOMPARE(count(store, "post_targets"), 0); // cascaded
        const Result<QString> safety = StoreBackup::restore(store.path(), file, dir.filePath(QStringLiteral("safety")));
        QVERIFY2(safety.ok(), qPrintable(safety.ok() ? QString() : safety.error()));
        QCOMPARE(count(store, "posts"), 100000); // the open connection sees the restored store
        QCOMPARE(count(store, "post_targets"), 100000);
        QSqlQuery check(store.connection());
        QVERIFY(check.exec(QStringLiteral("PRAGMA integrity_check")) && check.next());
        QCOMPARE(check.value(0).toString(), QStringLiteral("ok"));
        const std::optional<Post> post = PostRepository(store.connection()).find(QStringLiteral("post-0054321"));
        QVERIFY(post);
        QCOMPARE(post->content, QStringLiteral("Post number 54321 ☕"));
        QCOMPARE(post->targets.size(), 1);
        QCOMPARE(StoreBackup::inspect(safety.value()).value().posts, 0); // the way back to before the restore
    }

    void whatIsNotABackupIsRefusedAndChangesNothing_data()
    {
        QTest::addColumn<QByteArray>("kind");
        QTest::addColumn<QString>("reason");
        QTest::newRow("text") << QByteArray("text") << QStringLiteral("not an Almanac backup (it is not an SQLite database)");
        QTest::newRow("other database") << QByteArray("other") << QStringLiteral("has no posts, destinations and accounts");
        QTest::newRow("newer Almanac") << QByteArray("newer") << QStringLiteral("comes from a newer Almanac");
        QTest::newRow("missing") << QByteArray("missing") << QStringLiteral("does not exist");
    }

    void whatIsNotABackupIsRefusedAndChangesNothing()
    {
        QFETCH(QByteArray, kind);
        QFETCH(QString, reason);
        TestStore store;
        fill(store, 10);
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("candidate"));
        if (kind == "text") {
            QFile f(file);
            QVERIFY(f.open(QIODevice::WriteOnly) && f.write("content,integrations\nhello,x\n") > 0);
        } else if (kind == "other" || kind == "newer") {
            TestStore other(QStringLiteral("other"));
            QVERIFY(StoreBackup::backup(other.path(), file).ok());
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("edit"));
            db.setDatabaseName(file);
            QVERIFY(db.open());
            QVERIFY(QSqlQuery(db).exec(kind == "other" ? QStringLiteral("DROP TABLE post_targets") : QStringLiteral("PRAGMA user_version = 99")));
            db.close();
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(QStringLiteral("edit"));
        }
        const Result<QString> restored = StoreBackup::restore(store.path(), file, dir.filePath(QStringLiteral("safety")));
        QVERIFY(!restored.ok());
        QVERIFY2(restored.error().contains(reason), qPrintable(restored.error()));
        QVERIFY2(restored.error().contains(file), qPrintable(restored.error())); // which file
        QCOMPARE(count(store, "posts"), 10);
        QVERIFY(!QDir(dir.filePath(QStringLiteral("safety"))).exists()); // not even the safety copy was needed
    }

    void dailyBackupsKeepTheNewestSeven()
    {
        TestStore store;
        fill(store, 5);
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("backups"));
        QVERIFY(QDir().mkpath(folder));
        for (int day = 1; day <= 8; ++day) { // eight older ones
            QFile old(QStringLiteral("%1/almanac-202601%2T030000Z.sqlite").arg(folder).arg(day, 2, 10, QLatin1Char('0')));
            QVERIFY(old.open(QIODevice::WriteOnly));
        }
        const Result<QString> written = StoreBackup::daily(store.path(), folder);
        QVERIFY(written.ok() && !written.value().isEmpty());
        QCOMPARE(StoreBackup::inspect(written.value()).value().posts, 5);
        const QStringList kept = QDir(folder).entryList({QStringLiteral("almanac-*.sqlite")}, QDir::Files, QDir::Name);
        QCOMPARE(kept.size(), 7);
        QCOMPARE(kept.first(), QStringLiteral("almanac-20260103T030000Z.sqlite")); // the oldest went
        QCOMPARE(QDir(folder).filePath(kept.last()), written.value());
        // Not again the same day.
        QCOMPARE(StoreBackup::daily(store.path(), folder).value(), QString());
    }

    void theCliBacksUpAndRestores()
    {
        TestStore store;
        fill(store, 20);
        QTemporaryDir dir;
        auto cli = [&](const QStringList &args) {
            QProcess p;
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(QStringLiteral("XDG_DATA_HOME"), dir.filePath(QStringLiteral("data")));
            p.setProcessEnvironment(env);
            p.start(QStringLiteral(ALMANAC_CLI), QStringList{QStringLiteral("--db"), store.path()} + args);
            if (!p.waitForFinished(30000))
                qFatal("almanac-cli did not finish");
            return std::pair{p.exitCode(), QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError())};
        };
        const QString file = dir.filePath(QStringLiteral("plan.sqlite"));
        auto [backedUp, out1] = cli({QStringLiteral("backup"), file});
        QVERIFY2(backedUp == 0, qPrintable(out1));
        QVERIFY(QSqlQuery(store.connection()).exec(QStringLiteral("DELETE FROM posts WHERE id > 'post-0000010'")));
        auto [restored, out2] = cli({QStringLiteral("restore"), file});
        QVERIFY2(restored == 0, qPrintable(out2));
        QVERIFY2(out2.contains(u"20 posts") && out2.contains(u"before-restore-"), qPrintable(out2));
        QCOMPARE(count(store, "posts"), 20);
        auto [refused, out3] = cli({QStringLiteral("restore"), dir.filePath(QStringLiteral("nothing.sqlite"))});
        QCOMPARE(refused, 2);
        QVERIFY2(out3.contains(u"nothing was restored"), qPrintable(out3));
    }
};

QTEST_GUILESS_MAIN(TestBackup)
#include "tst_backup.moc"
