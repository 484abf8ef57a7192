// SPDX-License-Identifier: GPL-3.0-or-later
// A post goes out once, at its time, or says clearly why not: with two
// schedulers on one store, a lease shorter than a publish, a store another
// connection keeps busy, a slow account beside a healthy one, and sends whose
// outcome nobody knows (docs/delivery.md).
#include "app/publish/localscheduler.h"
#include "app/secrets/secretstore.h"
#include "app/sync/syncengine.h"
#include "fakehttpserver.h"
#include "fakemastodon.h"
#include "fakeopenpost.h"
#include "models/store/integrationrepository.h"
#include "models/store/postrepository.h"
#include "models/store/providerrepository.h"
#include "models/store/schedulerepository.h"
#include "schedulerround.h"
#include "teststore.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTest>
#include <QTimer>

#include <memory>

using namespace Almanac;
using namespace Almanac::Test;
using Reply = FakeHttpServer::Reply;
using Delivery = FakeHttpServer::Reply::Delivery;

namespace {

constexpr qint64 Now = 1776643200; // 2026-04-20T00:00:00Z

void addHook(TestStore &store, const QString &id, const QString &platform, const QString &url)
{
    Integration in;
    in.id = id;
    in.platform = platform;
    in.serviceUrl = platform == u"mastodon" ? url : QString();
    if (!IntegrationRepository(store.connection()).add(in).ok())
        qFatal("integration");
    if (platform == u"webhook")
        qputenv(SecretStore::webhookUrlVariable(id).constData(), url.toUtf8());
}

LocalScheduler::Options quick()
{
    LocalScheduler::Options o;
    o.retryBaseMs = 50;
    o.retryCapMs = 200;
    return o;
}

QSqlQuery sql(TestStore &store, const QString &statement)
{
    QSqlQuery q(store.connection());
    if (!q.exec(statement))
        qFatal("%s: %s", qPrintable(statement), qPrintable(q.lastError().text()));
    return q;
}

// A destination as a process that died mid-send left it: publishing, its lease
// run out, the intent to send written `agoMs` before now.
void leftMidSend(TestStore &store, const QString &postId, qint64 agoMs, int stalls = 0)
{
    const qint64 nowMs = QDateTime::currentMSecsSinceEpoch();
    sql(store, QStringLiteral("UPDATE post_targets SET status = 'publishing', lease_owner = 'dead', lease_until = %1, "
                              "lease_token = 7, intent_at = %2, stalls = %3 WHERE post_id = '%4'")
                   .arg(nowMs - 1000).arg(nowMs - agoMs).arg(stalls).arg(postId));
    sql(store, QStringLiteral("UPDATE posts SET status = 'publishing' WHERE id = '%1'").arg(postId));
}

} // namespace

class TestExactlyOnce : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        qputenv("ALMANAC_NOW", "2026-04-20T00:00:00Z");
        QStandardPaths::setTestModeEnabled(true);
    }

    // Case 1: a lease shorter than the publish is renewed while it runs, so a
    // second scheduler never takes the same destination.
    void aLeaseIsRenewedWhileThePublishRuns()
    {
        TestStore store;
        int posts = 0;
        FakeHttpServer hook([&](const FakeHttpServer::Request &) {
            ++posts;
            Reply r{200, QByteArray(30, ' '), {}, Delivery::Trickle};
            r.trickleMs = 100; // three seconds to answer, a byte at a time
            return r;
        });
        addHook(store, QStringLiteral("hook"), QStringLiteral("webhook"), QString::fromLatin1(hook.baseUrl()));
        const QString id = duePost(store, QStringLiteral("hook"), Now - 60);
        MemorySecretStore secrets;
        LocalScheduler::Options options = quick();
        options.leaseMs = 600;
        LocalScheduler first(store.path(), &secrets, options);
        LocalScheduler second(store.path(), &secrets, options);
        QVERIFY(first.open().ok() && second.open().ok());
        bool firstDone = false;
        QList<LocalScheduler::Outcome> outcomes;
        first.runOnce([&](const QList<LocalScheduler::Outcome> &o) {
            outcomes = o;
            firstDone = true;
        });
        QTest::qWait(1500); // past the first lease: only a renewal keeps it
        const QList<LocalScheduler::Outcome> secondOutcomes = runRound(second, 10000);
        QCOMPARE(secondOutcomes.size(), 0);
        QTRY_VERIFY_WITH_TIMEOUT(firstDone, 10000);
        QCOMPARE(outcomes.size(), 1);
        QCOMPARE(outcomes.first().result, QStringLiteral("published"));
        QCOMPARE(posts, 1);
        QCOMPARE(PostRepository(store.connection()).find(id)->status, PostStatus::Published);
    }

    // A holder that lost its claim (another process took it) never records over the new holder.
    void aLostClaimRecordsNothing()
    {
        TestStore store;
        FakeHttpServer hook([&](const FakeHttpServer::Request &) {
            Reply r{200, QByteArray(10, ' '), {}, Delivery::Trickle};
            r.trickleMs = 100;
            return r;
        });
        addHook(store, QStringLiteral("hook"), QStringLiteral("webhook"), QString::fromLatin1(hook.baseUrl()));
        const QString id = duePost(store, QStringLiteral("hook"), Now - 60);
        MemorySecretStore secrets;
        LocalScheduler scheduler(store.path(), &secrets, quick());
        QVERIFY(scheduler.open().ok());
        bool done = false;
        QList<LocalScheduler::Outcome> outcomes;
        scheduler.runOnce([&](const QList<LocalScheduler::Outcome> &o) {
            outcomes = o;
            done = true;
        });
        QTRY_VERIFY(sql(store, QStringLiteral("SELECT count(*) FROM post_targets WHERE intent_at IS NOT NULL")).next());
        QTest::qWait(200);
        sql(store, QStringLiteral("UPDATE post_targets SET lease_owner = 'other', lease_token = lease_token + 1"));
        QTRY_VERIFY_WITH_TIMEOUT(done, 10000);
        QCOMPARE(outcomes.size(), 0); // the new holder reports it
        QSqlQuery q = sql(store, QStringLiteral("SELECT status, lease_owner FROM post_targets WHERE post_id = '%1'").arg(id));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("publishing"));
        QCOMPARE(q.value(1).toString(), QStringLiteral("other"));
    }

    // Case 2: a store another connection keeps busy past the busy timeout: the
    // result waits and lands, and is reported only once stored.
    void aResultIsWrittenUntilItLands()
    {
        TestStore store;
        // Another writer takes the store the moment the post arrives, as a long
        // import committing would, and keeps it past the busy timeout.
        Database blocker(QStringLiteral("blocker"));
        QVERIFY(blocker.open(store.path()).ok());
        QElapsedTimer held;
        int posts = 0;
        FakeHttpServer hook([&](const FakeHttpServer::Request &) {
            if (++posts == 1 && QSqlQuery(blocker.connection()).exec(QStringLiteral("BEGIN IMMEDIATE"))) {
                held.start();
                QTimer::singleShot(7000, this, [&] { QSqlQuery(blocker.connection()).exec(QStringLiteral("COMMIT")); });
            }
            return Reply{200, "{}", {}, Delivery::Send};
        });
        addHook(store, QStringLiteral("hook"), QStringLiteral("webhook"), QString::fromLatin1(hook.baseUrl()));
        const QString id = duePost(store, QStringLiteral("hook"), Now - 60);
        MemorySecretStore secrets;
        LocalScheduler scheduler(store.path(), &secrets, quick());
        QVERIFY(scheduler.open().ok());
        const QList<LocalScheduler::Outcome> outcomes = runRound(scheduler, 30000);
        QVERIFY(held.isValid());
        QVERIFY2(held.elapsed() >= 6500, qPrintable(QString::number(held.elapsed()))); // it waited for the store
        QCOMPARE(outcomes.size(), 1);
        QCOMPARE(outcomes.first().result, QStringLiteral("published"));
        QCOMPARE(PostRepository(store.connection()).find(id)->status, PostStatus::Published);
        // Nothing left to send again.
        QCOMPARE(runRound(scheduler, 10000).size(), 0);
        QCOMPARE(posts, 1);
    }

    // Case 5: a slow account delays only itself; a publish that never ends ends at its deadline.
    void aSlowAccountDelaysOnlyItself()
    {
        TestStore store;
        FakeHttpServer slow([](const FakeHttpServer::Request &) { return Reply{200, {}, {}, Delivery::Hang}; });
        QElapsedTimer clock;
        qint64 fastAt = -1;
        FakeHttpServer fast([&](const FakeHttpServer::Request &) {
            fastAt = clock.elapsed();
            return Reply{200, "{}", {}, Delivery::Send};
        });
        addHook(store, QStringLiteral("slow"), QStringLiteral("webhook"), QString::fromLatin1(slow.baseUrl()));
        addHook(store, QStringLiteral("fast"), QStringLiteral("webhook"), QString::fromLatin1(fast.baseUrl()));
        for (int i = 0; i < 6; ++i) // more than ever run at once, all due before the fast one
            duePost(store, QStringLiteral("slow"), Now - 120 + i, QStringLiteral("Slow %1").arg(i));
        const QString fastPost = duePost(store, QStringLiteral("fast"), Now - 60, QStringLiteral("Fast"));
        MemorySecretStore secrets;
        LocalScheduler::Options options = quick();
        options.publishDeadlineMs = 800;
        options.transferTimeoutMs = 60000; // the hang is caught by the deadline, not the transfer timeout
        LocalScheduler scheduler(store.path(), &secrets, options);
        QVERIFY(scheduler.open().ok());
        clock.start();
        const QList<LocalScheduler::Outcome> outcomes = runRound(scheduler, 30000);
        const qint64 took = clock.elapsed();
        QVERIFY2(fastAt >= 0 && fastAt < 1000, qPrintable(QString::number(fastAt))); // not behind the slow one
        QCOMPARE(PostRepository(store.connection()).find(fastPost)->status, PostStatus::Published);
        int timedOut = 0;
        for (const LocalScheduler::Outcome &o : outcomes)
            if (o.integrationId == u"slow") {
                QCOMPARE(o.result, QStringLiteral("retry"));
                QVERIFY2(o.error.contains(u"did not finish"), qPrintable(o.error));
                ++timedOut;
            }
        QCOMPARE(timedOut, 6);
        QVERIFY2(took < 9000, qPrintable(QString::number(took))); // six deadlines in a row, not forever
    }

    // More due than a round lists at once, all of it for one stuck account: the
    // round takes up more, so a healthy account's later post is not held back.
    void aStuckAccountsBacklogDoesNotHoldTheOthers()
    {
        TestStore store;
        FakeHttpServer stuck([](const FakeHttpServer::Request &) { return Reply{200, {}, {}, Delivery::Hang}; });
        int fastPosts = 0;
        FakeHttpServer fast([&](const FakeHttpServer::Request &) {
            ++fastPosts;
            return Reply{200, "{}", {}, Delivery::Send};
        });
        addHook(store, QStringLiteral("stuck"), QStringLiteral("webhook"), QString::fromLatin1(stuck.baseUrl()));
        addHook(store, QStringLiteral("fast"), QStringLiteral("webhook"), QString::fromLatin1(fast.baseUrl()));
        {
            Transaction tx(store.connection());
            for (int i = 0; i < 520; ++i)
                duePost(store, QStringLiteral("stuck"), Now - 3000 + i, QStringLiteral("Backlog %1").arg(i));
            QVERIFY(tx.commit().ok());
        }
        duePost(store, QStringLiteral("fast"), Now - 60, QStringLiteral("Healthy"));
        MemorySecretStore secrets;
        LocalScheduler::Options options = quick();
        options.graceSecs = 24 * 3600;
        auto scheduler = std::make_unique<LocalScheduler>(store.path(), &secrets, options);
        QVERIFY(scheduler->open().ok());
        scheduler->runOnce([](const QList<LocalScheduler::Outcome> &) {});
        QTRY_COMPARE_WITH_TIMEOUT(fastPosts, 1, 5000); // while the stuck account's first post still hangs
        scheduler.reset();
    }

    // Case 7: a publisher that fails at once ends the round once, with one outcome.
    void aPublisherFailingAtOnceIsReportedOnce()
    {
        TestStore store;
        Integration in;
        in.id = QStringLiteral("nourl");
        in.platform = QStringLiteral("webhook");
        QVERIFY(IntegrationRepository(store.connection()).add(in).ok());
        qunsetenv(SecretStore::webhookUrlVariable(in.id).constData());
        duePost(store, QStringLiteral("nourl"), Now - 60);
        MemorySecretStore secrets;
        QVERIFY(secrets.setWebhookUrl(in.id, QStringLiteral("not a url")).ok());
        LocalScheduler scheduler(store.path(), &secrets, quick());
        QVERIFY(scheduler.open().ok());
        int rounds = 0;
        QList<LocalScheduler::Outcome> outcomes;
        scheduler.runOnce([&](const QList<LocalScheduler::Outcome> &o) {
            ++rounds;
            outcomes += o;
        });
        QTRY_COMPARE(rounds, 1);
        QTest::qWait(200);
        QCOMPARE(rounds, 1);
        QCOMPARE(outcomes.size(), 1);
        QCOMPARE(outcomes.first().result, QStringLiteral("failed"));
    }

    // Cases 9 and the crash between send and record: an unknown outcome is
    // settled by what the destination can dedupe.
    void anUnknownOutcomeIsSettledByTheDeliveryModel()
    {
        TestStore store;
        FakeMastodon masto;
        int discordPosts = 0, hookPosts = 0;
        FakeHttpServer discord([&](const FakeHttpServer::Request &) {
            ++discordPosts;
            return Reply{204, {}, {}, Delivery::Send};
        });
        FakeHttpServer hook([&](const FakeHttpServer::Request &) {
            ++hookPosts;
            return Reply{200, "{}", {}, Delivery::Send};
        });
        addHook(store, QStringLiteral("masto"), QStringLiteral("mastodon"), QString::fromLatin1(masto.baseUrl()));
        addHook(store, QStringLiteral("disco"), QStringLiteral("discord"), {});
        addHook(store, QStringLiteral("hook"), QStringLiteral("webhook"), QString::fromLatin1(hook.baseUrl()));
        MemorySecretStore secrets;
        QVERIFY(secrets.setIntegrationSecret(QStringLiteral("masto"), QStringLiteral("masto_token")).ok());
        QVERIFY(secrets.setIntegrationSecret(QStringLiteral("disco"), QString::fromLatin1(discord.baseUrl()) + QStringLiteral("/api/webhooks/1/t")).ok());
        const QString mastoOld = duePost(store, QStringLiteral("masto"), Now - 60, QStringLiteral("Sent two hours ago"));
        const QString mastoRecent = duePost(store, QStringLiteral("masto"), Now - 50, QStringLiteral("Sent ten minutes ago"));
        const QString discordPost = duePost(store, QStringLiteral("disco"), Now - 60, QStringLiteral("To Discord"));
        const QString hookPost = duePost(store, QStringLiteral("hook"), Now - 60, QStringLiteral("To the hook"));
        const QString poison = duePost(store, QStringLiteral("hook"), Now - 40, QStringLiteral("Crashed three times"));
        leftMidSend(store, mastoOld, 2 * 3600 * 1000);
        leftMidSend(store, mastoRecent, 10 * 60 * 1000);
        leftMidSend(store, discordPost, 5000);
        leftMidSend(store, hookPost, 5000);
        leftMidSend(store, poison, 5000, 3);
        LocalScheduler scheduler(store.path(), &secrets, quick());
        QVERIFY(scheduler.open().ok());
        QHash<QString, LocalScheduler::Outcome> byPost;
        for (const LocalScheduler::Outcome &o : runRound(scheduler, 20000))
            byPost.insert(o.postId, o);
        // Mastodon forgets its key after about an hour: not sent again, the user decides.
        QCOMPARE(byPost.value(mastoOld).result, QStringLiteral("unconfirmed"));
        QVERIFY2(byPost.value(mastoOld).error.contains(u"mark it published"), qPrintable(byPost.value(mastoOld).error));
        // Within the hour its key makes a resend safe.
        QCOMPARE(byPost.value(mastoRecent).result, QStringLiteral("published"));
        QCOMPARE(masto.statuses().size(), 1);
        // Discord cannot tell a repeat: never sent again behind the user's back.
        QCOMPARE(byPost.value(discordPost).result, QStringLiteral("unconfirmed"));
        QCOMPARE(discordPosts, 0);
        // A generic webhook drops repeats by webhook-id: sent again.
        QCOMPARE(byPost.value(hookPost).result, QStringLiteral("published"));
        // Three stalls in a row: set aside with its reason.
        QCOMPARE(byPost.value(poison).result, QStringLiteral("failed"));
        QVERIFY2(byPost.value(poison).error.contains(u"Set aside"), qPrintable(byPost.value(poison).error));
        QCOMPARE(hookPosts, 1);
        QSqlQuery q = sql(store, QStringLiteral("SELECT unconfirmed, status FROM post_targets WHERE post_id = '%1'").arg(discordPost));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 1);
        QCOMPARE(q.value(1).toString(), QStringLiteral("failed"));
        // The user checks the channel: it went out.
        QVERIFY(ScheduleRepository(store.connection()).confirmPublished(discordPost, QStringLiteral("disco")).ok());
        QCOMPARE(PostRepository(store.connection()).find(discordPost)->status, PostStatus::Published);
    }

    // Case 3: two sync engines on one store (the window's and almanacd's) and a
    // host that answers slowly: one engine per provider account, every post
    // at the host once.
    void twoSyncEnginesNeverDoublePostsAtTheProvider()
    {
        TestStore store;
        FakeOpenPost server;
        server.addIntegration(QStringLiteral("int_x_abc"), QStringLiteral("twitter"));
        server.setAnswerDelayMs(400);
        store.addOpenPostAccount(server.baseUrl());
        {
            Transaction tx(store.connection());
            for (int i = 0; i < 120; ++i)
                duePost(store, QStringLiteral("int_x"), Now + 86400 + i * 60, QStringLiteral("Provider post %1").arg(i));
            QVERIFY(tx.commit().ok());
        }
        MemorySecretStore secrets;
        QVERIFY(secrets.setProviderKey(QStringLiteral("op"), QStringLiteral("op_test_key")).ok());
        SyncEngine::Options options;
        options.retryBaseMs = 20;
        options.retryCapMs = 200;
        options.transferTimeoutMs = 5000;
        SyncEngine window(store.path(), &secrets, options);
        SyncEngine daemon(store.path(), &secrets, options);
        QVERIFY(window.start().ok());
        QVERIFY(daemon.start().ok());
        QTRY_VERIFY_WITH_TIMEOUT(server.posts().size() == 120, 60000);
        QTRY_VERIFY_WITH_TIMEOUT([&] {
            QSqlQuery q = sql(store, QStringLiteral("SELECT count(*) FROM outbox WHERE state <> 'done'"));
            return q.next() && q.value(0).toInt() == 0;
        }(), 30000);
        QTest::qWait(500);
        QCOMPARE(int(server.posts().size()), 120);
        const QMap<QString, int> counts = server.contentCounts();
        for (auto it = counts.cbegin(); it != counts.cend(); ++it)
            QVERIFY2(it.value() == 1, qPrintable(it.key()));
    }

    // scheduler run --once ends within its timeout and says what is still running.
    void aRoundEndsAtItsTimeoutSayingWhatStillRuns()
    {
        TestStore store;
        FakeHttpServer stuck([](const FakeHttpServer::Request &) { return Reply{200, {}, {}, Delivery::Hang}; });
        addHook(store, QStringLiteral("hook"), QStringLiteral("webhook"), QString::fromLatin1(stuck.baseUrl()));
        duePost(store, QStringLiteral("hook"), Now - 60, QStringLiteral("Stuck at the receiver"));
        QProcess cli;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment(); // the webhook's URL, headless
        env.insert(QStringLiteral("ALMANAC_NOW"), QStringLiteral("2026-04-20T00:00:00Z"));
        cli.setProcessEnvironment(env);
        QElapsedTimer t;
        t.start();
        cli.start(QStringLiteral(ALMANAC_CLI), {QStringLiteral("--db"), store.path(), QStringLiteral("scheduler"), QStringLiteral("run"),
                                               QStringLiteral("--once"), QStringLiteral("--timeout"), QStringLiteral("2"),
                                               QStringLiteral("--grace-minutes"), QStringLiteral("60")});
        QSignalSpy finished(&cli, &QProcess::finished);
        QVERIFY(finished.wait(20000));
        QVERIFY2(t.elapsed() < 10000, qPrintable(QString::number(t.elapsed())));
        QCOMPARE(cli.exitCode(), 3);
        const QByteArray err = cli.readAllStandardError();
        QVERIFY2(err.contains("still running: \xe2\x80\x9cStuck at the receiver"), err.constData());
    }

    // A send to Discord that got no answer is not retried blindly either.
    void aDiscordSendWithoutAnAnswerIsUnconfirmed()
    {
        TestStore store;
        int posts = 0;
        FakeHttpServer discord([&](const FakeHttpServer::Request &) {
            ++posts;
            return Reply{204, {}, {}, Delivery::Drop}; // took it, then the connection broke
        });
        addHook(store, QStringLiteral("disco"), QStringLiteral("discord"), {});
        MemorySecretStore secrets;
        QVERIFY(secrets.setIntegrationSecret(QStringLiteral("disco"), QString::fromLatin1(discord.baseUrl()) + QStringLiteral("/api/webhooks/1/t")).ok());
        duePost(store, QStringLiteral("disco"), Now - 60);
        LocalScheduler scheduler(store.path(), &secrets, quick());
        QVERIFY(scheduler.open().ok());
        const QList<LocalScheduler::Outcome> outcomes = runRound(scheduler, 20000);
        QCOMPARE(outcomes.size(), 1);
        QCOMPARE(outcomes.first().result, QStringLiteral("unconfirmed"));
        QTest::qWait(300);
        QCOMPARE(runRound(scheduler, 10000).size(), 0);
        QCOMPARE(posts, 1);
    }
};

QTEST_MAIN(TestExactlyOnce)
#include "tst_exactlyonce.moc"
