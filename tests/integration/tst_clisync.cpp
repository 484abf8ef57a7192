// SPDX-License-Identifier: GPL-3.0-or-later
// almanac-cli's provider, sync and retry-failed commands end to end: the real
// binary as a child process, a fake OpenPost in this process (whose event loop
// runs while the child works), exit codes and JSON shapes.
#include "fakemastodon.h"
#include "fakeopenpost.h"
#include "fakeposteverywhere.h"
#include "models/store/database.h"
#include "models/store/integrationrepository.h"
#include "models/store/postrepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace Almanac::Test;
using Fault = FakeOpenPost::Fault;

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
};

} // namespace

class TestCliSync : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_db;
    QByteArray m_key = "op_test_key";

    // Runs almanac-cli without blocking this thread's event loop (the fake server lives on it).
    Run cli(const QStringList &args, bool withKey = true)
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("ALMANAC_NOW"), QStringLiteral("2026-04-20T00:00:00Z"));
        env.insert(QStringLiteral("TZ"), QStringLiteral("UTC"));
        env.remove(QStringLiteral("ALMANAC_API_KEY_OP"));
        if (withKey) {
            env.insert(QStringLiteral("ALMANAC_API_KEY_OP"), QString::fromLatin1(m_key));
            env.insert(QStringLiteral("ALMANAC_API_KEY_PE"), QStringLiteral("pe_test_key"));
        }
        p.setProcessEnvironment(env);
        QSignalSpy finished(&p, &QProcess::finished);
        p.start(QStringLiteral(ALMANAC_CLI), QStringList{QStringLiteral("--db"), m_db} + args);
        if (!finished.wait(60000))
            qFatal("almanac-cli did not finish");
        return {p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
    }

    // A fresh store with provider "op" at `baseUrl`, two integrations and three posts.
    void setUp(const QByteArray &baseUrl)
    {
        m_db = m_dir.filePath(QStringLiteral("store-%1.sqlite").arg(QDateTime::currentMSecsSinceEpoch()));
        QCOMPARE(cli({QStringLiteral("provider"), QStringLiteral("add"), QStringLiteral("op"), QStringLiteral("--kind"),
                      QStringLiteral("openpost"), QStringLiteral("--base-url"), QString::fromLatin1(baseUrl)})
                     .exitCode,
                 0);
        for (const auto &[id, platform, remote] : {std::tuple{"int_x", "x", "int_x_abc"}, std::tuple{"int_li", "linkedin", "int_li_abc"}})
            QCOMPARE(cli({QStringLiteral("integrations"), QStringLiteral("add"), QStringLiteral("--id"), QString::fromLatin1(id),
                          QStringLiteral("--platform"), QString::fromLatin1(platform), QStringLiteral("--provider"),
                          QStringLiteral("op"), QStringLiteral("--remote-id"), QString::fromLatin1(remote)})
                         .exitCode,
                     0);
        QFile csv(m_dir.filePath(QStringLiteral("plan.csv")));
        QVERIFY(csv.open(QIODevice::WriteOnly));
        csv.write("content,integrations,schedule_at\nOne,x;linkedin,2026-05-01T09:00:00Z\n"
                  "Two,x,2026-05-02T09:00:00Z\nThree,linkedin,2026-05-03T09:00:00Z\n");
        csv.close();
        QCOMPARE(cli({QStringLiteral("import"), csv.fileName()}).exitCode, 0);
    }

    QJsonArray listedPosts() { return cli({QStringLiteral("list"), QStringLiteral("--json")}).json().value(u"posts").toArray(); }

private Q_SLOTS:
    // integrations test signs in as the window's Test Connection does, and the
    // instance's own limits then count in every check (a 700-character post
    // passes on an instance that takes 1,000).
    void integrationsTestKeepsTheInstancesLimits()
    {
        FakeMastodon masto;
        m_db = m_dir.filePath(QStringLiteral("store-masto.sqlite"));
        QCOMPARE(cli({QStringLiteral("integrations"), QStringLiteral("add"), QStringLiteral("--id"), QStringLiteral("int_m"),
                      QStringLiteral("--platform"), QStringLiteral("mastodon"), QStringLiteral("--service-url"),
                      QString::fromLatin1(masto.baseUrl())})
                     .exitCode,
                 0);
        QFile csv(m_dir.filePath(QStringLiteral("long.csv")));
        QVERIFY(csv.open(QIODevice::WriteOnly));
        csv.write("content,integrations,schedule_at\n" + QByteArray(700, 'a') + ",int_m,2026-05-01T09:00:00Z\n");
        csv.close();
        const QStringList dryRun{QStringLiteral("import"), csv.fileName(), QStringLiteral("--dry-run")};
        QCOMPARE(cli(dryRun).exitCode, 1); // Mastodon's 500 until the instance says otherwise

        qputenv("ALMANAC_SECRET_INT_M", "wrong");
        const Run refused = cli({QStringLiteral("integrations"), QStringLiteral("test"), QStringLiteral("int_m")});
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains("401"), refused.err.constData());
        QVERIFY(!refused.err.contains("wrong"));
        qputenv("ALMANAC_SECRET_INT_M", "masto_token");
        const Run tested = cli({QStringLiteral("integrations"), QStringLiteral("test"), QStringLiteral("int_m")});
        qunsetenv("ALMANAC_SECRET_INT_M");
        QCOMPARE(tested.exitCode, 0);
        QVERIFY2(tested.out.contains("@acme") && tested.out.contains("1000 characters"), tested.out.constData());
        QCOMPARE(cli(dryRun).exitCode, 0);
        QCOMPARE(cli({QStringLiteral("integrations"), QStringLiteral("test"), QStringLiteral("nobody")}).exitCode, 2);
    }

    void syncPushesAndListShowsIt()
    {
        FakeOpenPost server(m_key);
        server.addIntegration(QStringLiteral("int_x_abc"), QStringLiteral("twitter"));
        server.addIntegration(QStringLiteral("int_li_abc"), QStringLiteral("linkedin"));
        setUp(server.baseUrl());
        const Run providers = cli({QStringLiteral("provider"), QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(providers.json().value(u"providers").toArray().first().toObject().value(u"kind").toString(), QStringLiteral("openpost"));
        QCOMPARE(listedPosts().first().toObject().value(u"sync_state").toString(), QStringLiteral("pending"));

        const Run sync = cli({QStringLiteral("sync"), QStringLiteral("--json")});
        QCOMPARE(sync.exitCode, 0);
        QCOMPARE(sync.json().value(u"pushed").toInt(), 4); // 3 posts, 4 destinations
        QCOMPARE(sync.json().value(u"pending").toInt(), 0);
        QVERIFY(sync.json().value(u"stopped").isNull());
        QCOMPARE(int(server.posts().size()), 3);
        QVERIFY(!sync.out.contains(m_key) && !sync.err.contains(m_key));
        for (const QJsonValue &v : listedPosts()) {
            const QJsonObject post = v.toObject();
            QCOMPARE(post.value(u"provider").toString(), QStringLiteral("op"));
            QCOMPARE(post.value(u"sync_state").toString(), QStringLiteral("synced"));
            QVERIFY(server.posts().contains(post.value(u"remote_id").toString()));
            QVERIFY(post.value(u"last_error").isNull());
            QVERIFY(post.value(u"targets").toArray().first().toObject().contains(u"platform_post_url"));
        }
        // Nothing left: a second sync sends nothing.
        QCOMPARE(cli({QStringLiteral("sync")}).exitCode, 0);
        QCOMPARE(server.requests(), 1);
    }

    void cancelGroupCancelsItThereAndHere()
    {
        FakeOpenPost server(m_key);
        server.addIntegration(QStringLiteral("int_x_abc"), QStringLiteral("twitter"));
        server.addIntegration(QStringLiteral("int_li_abc"), QStringLiteral("linkedin"));
        setUp(server.baseUrl());
        QCOMPARE(cli({QStringLiteral("sync")}).exitCode, 0);
        QCOMPARE(int(server.posts().size()), 3);
        const QString group = server.posts().first().value(u"group_id").toString();
        const Run cancel = cli({QStringLiteral("cancel-group"), group});
        QCOMPARE(cancel.exitCode, 0);
        QVERIFY2(cancel.out.contains(QByteArray("cancelled the group " + group.toUtf8() + ": 4 destinations")), cancel.out.constData());
        QCOMPARE(int(server.posts().size()), 0);
        for (const QJsonValue &v : listedPosts())
            QCOMPARE(v.toObject().value(u"status").toString(), QStringLiteral("cancelled"));
        const Run unknown = cli({QStringLiteral("cancel-group"), QStringLiteral("grp_nope")});
        QCOMPARE(unknown.exitCode, 1);
        QVERIFY2(unknown.err.contains("No post here was created in the group grp_nope"), unknown.err.constData());
    }

    void killedMidSyncLosesNothingAndDuplicatesNothing()
    {
        FakeOpenPost server(m_key);
        server.addIntegration(QStringLiteral("int_x_abc"), QStringLiteral("twitter"));
        server.addIntegration(QStringLiteral("int_li_abc"), QStringLiteral("linkedin"));
        setUp(server.baseUrl());
        // 120 more posts: three groups. The second group is created at the server,
        // but its answer never comes: the CLI waits, and is killed there.
        QFile csv(m_dir.filePath(QStringLiteral("more.csv")));
        QVERIFY(csv.open(QIODevice::WriteOnly));
        csv.write("content,integrations,schedule_at\n");
        for (int i = 0; i < 120; ++i)
            csv.write(QStringLiteral("More %1,x,2026-05-04T09:%2:00Z\n").arg(i).arg(i % 60, 2, 10, QChar(u'0')).toUtf8());
        csv.close();
        QCOMPARE(cli({QStringLiteral("import"), csv.fileName()}).exitCode, 0);
        server.setFaults([](const FakeHttpServer::Request &, int n) { return n == 2 ? Fault::HangAfterCommit : Fault::None; });

        QProcess child;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("ALMANAC_NOW"), QStringLiteral("2026-04-20T00:00:00Z"));
        env.insert(QStringLiteral("ALMANAC_API_KEY_OP"), QString::fromLatin1(m_key));
        child.setProcessEnvironment(env);
        child.start(QStringLiteral(ALMANAC_CLI), {QStringLiteral("--db"), m_db, QStringLiteral("sync")});
        QTRY_COMPARE_WITH_TIMEOUT(server.requests(), 2, 20000); // the hung one is in
        QTRY_COMPARE_WITH_TIMEOUT(int(server.posts().size()), 100, 5000); // two groups of 50
        child.kill(); // SIGKILL, mid-request
        QVERIFY(child.waitForFinished(5000));
        QCOMPARE(child.exitStatus(), QProcess::CrashExit);

        // The next run sends the unanswered group again under its key: no second copy.
        server.setFaults({});
        const Run again = cli({QStringLiteral("sync"), QStringLiteral("--json")});
        QCOMPARE(again.exitCode, 0);
        QCOMPARE(int(server.posts().size()), 123);
        const QMap<QString, int> counts = server.contentCounts();
        for (auto it = counts.cbegin(); it != counts.cend(); ++it)
            QVERIFY2(it.value() == 1, qPrintable(it.key()));
        for (const QJsonValue &v : listedPosts())
            QCOMPARE(v.toObject().value(u"sync_state").toString(), QStringLiteral("synced"));
    }

    void refusedPostsExitOneThenRetry()
    {
        FakeOpenPost server(m_key);
        server.addIntegration(QStringLiteral("int_x_abc"), QStringLiteral("twitter")); // LinkedIn is not connected there
        setUp(server.baseUrl());
        const Run sync = cli({QStringLiteral("sync"), QStringLiteral("--json")});
        QCOMPARE(sync.exitCode, 1);
        const QJsonArray failed = sync.json().value(u"failed").toArray();
        QCOMPARE(failed.size(), 4); // the group is all or nothing
        QVERIFY(failed.first().toObject().value(u"error").toString().contains(QStringLiteral("int_li_abc is not connected")));
        QCOMPARE(listedPosts().first().toObject().value(u"sync_state").toString(), QStringLiteral("failed"));

        // Connected now: retry-failed queues them again, sync sends them.
        server.addIntegration(QStringLiteral("int_li_abc"), QStringLiteral("linkedin"));
        const Run onlyX = cli({QStringLiteral("retry-failed"), QStringLiteral("--platform"), QStringLiteral("x")});
        QCOMPARE(onlyX.exitCode, 0);
        QVERIFY2(onlyX.out.startsWith("2 failed destinations queued again"), onlyX.out.constData());
        QCOMPARE(cli({QStringLiteral("retry-failed")}).exitCode, 0);
        QCOMPARE(cli({QStringLiteral("sync")}).exitCode, 0);
        QCOMPARE(int(server.posts().size()), 3);
    }

    void offlineAndMissingKeyStopEarlyWithEverythingQueued()
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        const QByteArray url = "http://127.0.0.1:" + QByteArray::number(probe.serverPort());
        probe.close();
        setUp(url);
        const Run offline = cli({QStringLiteral("sync"), QStringLiteral("--json"), QStringLiteral("--timeout"), QStringLiteral("20")});
        QCOMPARE(offline.exitCode, 3);
        QCOMPARE(offline.json().value(u"stopped").toString(), QStringLiteral("offline"));
        QCOMPARE(offline.json().value(u"pending").toInt(), 4);

        const Run noKey = cli({QStringLiteral("sync")}, false);
        QCOMPARE(noKey.exitCode, 3);
        QVERIFY2(noKey.err.contains("ALMANAC_API_KEY_OP"), noKey.err.constData());
        for (const QJsonValue &v : listedPosts())
            QCOMPARE(v.toObject().value(u"sync_state").toString(), QStringLiteral("pending"));
    }

    void retryFailedAsksPostEverywhereWithFiltersOnly()
    {
        FakePostEverywhere pe;
        m_db = m_dir.filePath(QStringLiteral("pe.sqlite"));
        QCOMPARE(cli({QStringLiteral("provider"), QStringLiteral("add"), QStringLiteral("pe"), QStringLiteral("--kind"),
                      QStringLiteral("posteverywhere"), QStringLiteral("--base-url"), QString::fromLatin1(pe.baseUrl())})
                     .exitCode,
                 0);
        const Run unfiltered = cli({QStringLiteral("retry-failed")});
        QCOMPARE(unfiltered.exitCode, 0);
        QVERIFY2(unfiltered.out.contains("refuses a retry without a filter"), unfiltered.out.constData());
        QCOMPARE(pe.requests(), 0); // never the whole failure history

        const Run filtered = cli({QStringLiteral("retry-failed"), QStringLiteral("--platform"), QStringLiteral("x"),
                                  QStringLiteral("--since"), QStringLiteral("2026-06-10")});
        QCOMPARE(filtered.exitCode, 0);
        QVERIFY2(filtered.out.contains("pe: 0 destinations queued for retry there."), filtered.out.constData());
        QCOMPARE(pe.lastRetryFilter().value(u"platform").toString(), QStringLiteral("x"));
        QCOMPARE(pe.lastRetryFilter().value(u"failed_after").toString(), QStringLiteral("2026-06-10T00:00:00Z"));

        // --post: the post's destination at PostEverywhere, by its ids there
        // (the post, and the social account, not every account's post of that
        // id), even before a refresh has told the store it failed.
        QString postId;
        {
            Almanac::Database db(QStringLiteral("retry-post"));
            QVERIFY(db.open(m_db).ok());
            Almanac::Integration viaPe;
            viaPe.id = QStringLiteral("int_pe");
            viaPe.platform = QStringLiteral("linkedin");
            viaPe.providerAccount = QStringLiteral("pe");
            viaPe.remoteId = QStringLiteral("77");
            QVERIFY(Almanac::IntegrationRepository(db.connection()).add(viaPe).ok());
            Almanac::Post p;
            p.content = QStringLiteral("Sent to PostEverywhere");
            p.status = Almanac::PostStatus::Scheduled;
            p.scheduledAt = 1780300800; // 2026-06-01T08:00:00Z
            p.targets.append({viaPe.id, QString(), p.status, {}, {}, 0, {}, 0, false});
            QVERIFY(Almanac::PostRepository(db.connection()).insert(p).ok());
            postId = p.id;
            QSqlQuery q(db.connection());
            QVERIFY(q.exec(QStringLiteral("UPDATE outbox SET state = 'done'")));
            QVERIFY(q.exec(QStringLiteral("UPDATE post_targets SET remote_id = 'pe_9'")));
        }
        const Run named = cli({QStringLiteral("retry-failed"), QStringLiteral("--post"), postId});
        QCOMPARE(named.exitCode, 0);
        QVERIFY2(named.out.contains("pe: 0 destinations queued for retry there."), named.out.constData());
        QCOMPARE(pe.lastRetryFilter().value(u"post_ids").toVariant().toStringList(), QStringList{QStringLiteral("pe_9")});
        QCOMPARE(pe.lastRetryFilter().value(u"account_id").toInteger(), 77);
        QVERIFY(!pe.lastRetryFilter().contains(u"platform"));
    }

    void badProviderInputIsRefusedClearly()
    {
        m_db = m_dir.filePath(QStringLiteral("bad.sqlite"));
        const Run kind = cli({QStringLiteral("provider"), QStringLiteral("add"), QStringLiteral("op"), QStringLiteral("--kind"),
                              QStringLiteral("buffer"), QStringLiteral("--base-url"), QStringLiteral("https://x.example")});
        QCOMPARE(kind.exitCode, 2);
        QVERIFY2(kind.err.contains("\"buffer\" is not a provider kind; expected one of openpost, posteverywhere, bundlesocial"),
                 kind.err.constData());
        const Run url = cli({QStringLiteral("provider"), QStringLiteral("add"), QStringLiteral("op"), QStringLiteral("--kind"),
                             QStringLiteral("openpost"), QStringLiteral("--base-url"), QStringLiteral("api.openpost.so")});
        QCOMPARE(url.exitCode, 2);
        QVERIFY2(url.err.contains("is not a base URL"), url.err.constData());
        const Run account = cli({QStringLiteral("integrations"), QStringLiteral("add"), QStringLiteral("--id"), QStringLiteral("a"),
                                 QStringLiteral("--platform"), QStringLiteral("x"), QStringLiteral("--provider"), QStringLiteral("nobody")});
        QCOMPARE(account.exitCode, 2);
        QVERIFY2(account.err.contains("There is no provider account \"nobody\""), account.err.constData());
    }
};

QTEST_GUILESS_MAIN(TestCliSync)
#include "tst_clisync.moc"
