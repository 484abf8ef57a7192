// SPDX-License-Identifier: GPL-3.0-or-later
// A confirmed import killed with SIGKILL part way leaves the store with all of
// the import or none of it. The child is almanac-cli's import, which runs the
// very CsvImporter the wizard's Confirm runs (one transaction for the posts,
// their targets and outbox rows, the import and its rows). It is killed at
// several moments spread over the write, and the store is checked after
// reopening it, as the next start of the app would.
#include "models/store/database.h"
#include "models/store/integrationrepository.h"
#include "teststore.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Almanac;
using Almanac::Test::scalar;

namespace {

constexpr int Rows = 60000;

} // namespace

class TestImportCrash : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_csv;

    // A fresh store holding the two accounts the file posts to.
    QString freshStore(const QString &name)
    {
        const QString path = m_dir.filePath(name);
        Database db(QStringLiteral("setup-") + name);
        if (!db.open(path))
            qFatal("cannot create the store");
        for (const auto &[id, platform] : {std::pair{"int_x", "x"}, std::pair{"int_li", "linkedin"}}) {
            Integration in;
            in.id = QString::fromLatin1(id);
            in.platform = QString::fromLatin1(platform);
            if (!IntegrationRepository(db.connection()).add(in))
                qFatal("cannot add an integration");
        }
        return path;
    }

    // Starts the import and kills it after `killAfterMs` (never, if negative).
    // Returns whether the kill found it still running.
    bool importAndKill(const QString &store, int killAfterMs, qint64 *elapsedMs = nullptr)
    {
        QProcess cli;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("ALMANAC_NOW"), QStringLiteral("2026-04-20T00:00:00Z"));
        cli.setProcessEnvironment(env);
        cli.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        QElapsedTimer timer;
        timer.start();
        cli.start(QStringLiteral(ALMANAC_CLI), {QStringLiteral("--db"), store, QStringLiteral("import"), m_csv});
        if (!cli.waitForStarted())
            qFatal("almanac-cli did not start");
        bool killed = false;
        if (killAfterMs >= 0 && !cli.waitForFinished(killAfterMs)) {
            cli.kill(); // SIGKILL: no handler, no cleanup, no rollback by the process itself
            killed = true;
        }
        cli.waitForFinished(60000);
        if (elapsedMs)
            *elapsedMs = timer.elapsed();
        if (!killed && (cli.exitStatus() != QProcess::NormalExit || cli.exitCode() != 0))
            qFatal("the import failed on its own (exit %d)", cli.exitCode());
        return killed;
    }

    // Reopens the store and checks it holds the whole import or nothing of it.
    // Returns the number of posts.
    qint64 checkAllOrNothing(const QString &store, const QString &connection)
    {
        Database db(connection);
        if (!db.open(store))
            qFatal("the store does not open after the kill");
        const QSqlDatabase c = db.connection();
        [&] { // QVERIFY/QCOMPARE return from the enclosing function
            QSqlQuery check(c);
            QVERIFY(check.exec(QStringLiteral("PRAGMA integrity_check")) && check.next());
            QCOMPARE(check.value(0).toString(), QStringLiteral("ok"));
        }();
        const qint64 posts = scalar(c, QStringLiteral("SELECT COUNT(*) FROM posts"));
        const qint64 targets = scalar(c, QStringLiteral("SELECT COUNT(*) FROM post_targets"));
        const qint64 imports = scalar(c, QStringLiteral("SELECT COUNT(*) FROM imports"));
        const qint64 rows = scalar(c, QStringLiteral("SELECT COUNT(*) FROM import_rows"));
        const qint64 outbox = scalar(c, QStringLiteral("SELECT COUNT(*) FROM outbox"));
        const bool nothing = posts == 0 && targets == 0 && imports == 0 && rows == 0 && outbox == 0;
        const bool everything = posts == Rows && targets == Rows && imports == 1 && rows == Rows;
        if (!nothing && !everything)
            qFatal("half an import: %lld posts, %lld targets, %lld imports, %lld rows, %lld outbox rows", posts,
                   targets, imports, rows, outbox);
        // The indexes a large import sets aside are back either way.
        if (scalar(c, QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE type = 'index' AND name = 'posts_by_time'")) != 1)
            qFatal("the time index is missing after the kill");
        return posts;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_csv = m_dir.filePath(QStringLiteral("large.csv"));
        QFile f(m_csv);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QByteArray out = "content,integrations,schedule_at\n";
        for (int i = 0; i < Rows; ++i)
            out += "\"Post " + QByteArray::number(i) + ", with a comma and a \"\"quote\"\"\"," + (i % 2 ? "x" : "int_li")
                + ",2026-05-" + QByteArray::number(1 + i % 28).rightJustified(2, '0') + "T"
                + QByteArray::number(i % 24).rightJustified(2, '0') + ":" + QByteArray::number(i % 60).rightJustified(2, '0')
                + ":00Z\n";
        QCOMPARE(f.write(out), out.size());
    }

    void killedAtAnyMomentLeavesAllOrNothing()
    {
        // How long a whole import takes here, to spread the kills over it.
        const QString timing = freshStore(QStringLiteral("timing.sqlite"));
        qint64 full = 0;
        importAndKill(timing, -1, &full);
        QCOMPARE(checkAllOrNothing(timing, QStringLiteral("check-timing")), qint64(Rows));
        qInfo("a whole import of %d rows took %lld ms", Rows, full);

        int killedMidway = 0, none = 0, all = 0;
        for (const double at : {0.05, 0.2, 0.35, 0.5, 0.65, 0.8, 0.9, 0.97}) {
            const QString store = freshStore(QStringLiteral("run-%1.sqlite").arg(int(at * 100)));
            const int delay = int(full * at);
            const bool killed = importAndKill(store, delay);
            const qint64 posts = checkAllOrNothing(store, QStringLiteral("check-%1").arg(int(at * 100)));
            killedMidway += killed;
            (posts == 0 ? none : all)++;
            qInfo("killed after %d ms (%s): %lld posts", delay, killed ? "mid-import" : "it had finished", posts);
        }
        // The kills did land while the import ran (else this proved nothing).
        QVERIFY2(killedMidway >= 4, qPrintable(QStringLiteral("only %1 kills landed mid-import").arg(killedMidway)));
        QVERIFY(none >= 1);
    }
};

QTEST_GUILESS_MAIN(TestImportCrash)
#include "tst_importcrash.moc"
