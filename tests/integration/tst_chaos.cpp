// SPDX-License-Identifier: GPL-3.0-or-later
// Chaos: the window's background engines (BackgroundScheduler and
// BackgroundSync, on their threads in this process), an almanacd and
// almanac-cli schedulers and syncs started over and over and SIGKILLed at
// random moments, new posts written as the composer writes them all along, a
// webhook that trickles or drops its answers after taking the post, a Discord
// channel that drops answers, an OpenPost that drops answers after committing,
// and a store another connection locks for seconds at a time; for two minutes
// (ALMANAC_CHAOS_SECONDS to change it). Then everything settles, and the fakes
// count every post: each exactly once (by webhook-id where the receiver
// dedupes), or, where the destination cannot dedupe, at most once and
// Unconfirmed with a reason; none lost.
#include "app/publish/backgroundscheduler.h"
#include "app/secrets/secretstore.h"
#include "app/sync/backgroundsync.h"
#include "fakehttpserver.h"
#include "fakeopenpost.h"
#include "models/store/integrationrepository.h"
#include "models/store/postrepository.h"
#include "models/store/providerrepository.h"
#include "schedulerround.h"
#include "teststore.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTest>
#include <QThread>
#include <QTimer>

#include <atomic>
#include <functional>

using namespace Almanac;
using namespace Almanac::Test;
using Reply = FakeHttpServer::Reply;
using Delivery = FakeHttpServer::Reply::Delivery;

namespace {

constexpr qint64 Now = 1776643200; // 2026-04-20T00:00:00Z
constexpr int PostsAtStart = 20; // to each destination; more come all along

int chaosSeconds()
{
    const int configured = qEnvironmentVariableIntValue("ALMANAC_CHAOS_SECONDS");
    return configured > 0 ? configured : 120;
}

} // namespace

class TestChaos : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        qputenv("ALMANAC_NOW", "2026-04-20T00:00:00Z");
        QStandardPaths::setTestModeEnabled(true);
    }

    void everyPostOnceOrUnconfirmedNoneLost()
    {
        QRandomGenerator rng(20261204); // the same chaos every run
        TestStore store;

        // The webhook takes every post; some answers trickle, some never come.
        QHash<QByteArray, int> hookIds;
        FakeHttpServer hook([&](const FakeHttpServer::Request &r) {
            ++hookIds[r.header("webhook-id")];
            const quint32 roll = rng.bounded(10);
            Reply reply{200, QByteArray(10, ' '), {}, roll < 2 ? Delivery::Drop : roll < 4 ? Delivery::Trickle : Delivery::Send};
            reply.trickleMs = 100;
            return reply;
        });
        // Discord takes every message; some answers never come.
        QHash<QString, int> discordTexts;
        FakeHttpServer discord([&](const FakeHttpServer::Request &r) {
            ++discordTexts[QJsonDocument::fromJson(r.body).object().value(u"content").toString()];
            return Reply{204, {}, {}, rng.bounded(10) < 2 ? Delivery::Drop : Delivery::Send};
        });
        FakeOpenPost openpost("op_test_key");
        openpost.addIntegration(QStringLiteral("int_x_abc"), QStringLiteral("twitter"));
        openpost.setFaults([&](const FakeHttpServer::Request &, int) {
            return rng.bounded(10) < 2 ? FakeHostedApi::Fault::DropAfterCommit : FakeHostedApi::Fault::None;
        });

        for (const auto &[id, platform] : {std::pair{"hook", "webhook"}, std::pair{"disco", "discord"}}) {
            Integration in;
            in.id = QString::fromLatin1(id);
            in.platform = QString::fromLatin1(platform);
            QVERIFY(IntegrationRepository(store.connection()).add(in).ok());
        }
        store.addOpenPostAccount(openpost.baseUrl());
        // Secrets the headless way, for this process and the CLIs it starts.
        qputenv("ALMANAC_WEBHOOK_URL_HOOK", hook.baseUrl() + "/in");
        qputenv("ALMANAC_SECRET_HOOK", "whsec_Y2hhb3MtdGVzdC1rZXk=");
        qputenv("ALMANAC_SECRET_DISCO", discord.baseUrl() + "/api/webhooks/1/chaos");
        qputenv("ALMANAC_API_KEY_OP", "op_test_key");
        // Posts for each destination, written as the composer writes them: a
        // first batch, then three more every two seconds while the chaos runs.
        QHash<QString, QString> discordPost; // text -> post id
        int written = 0;
        auto writePosts = [&] {
            Transaction tx(store.connection());
            if (!tx.isActive())
                return; // the store is locked now; next time
            const int i = written;
            auto post = [&](const char *integration, qint64 at, const QString &text) {
                Post p;
                p.content = text;
                p.status = PostStatus::Scheduled;
                p.scheduledAt = at;
                p.targets.append({QString::fromLatin1(integration), QString(), p.status, {}, {}, 0, {}, 0, false});
                return PostRepository(store.connection()).insert(p).ok() ? p.id : QString();
            };
            const QString hook = post("hook", Now - 300 + i, QStringLiteral("Hook %1").arg(i));
            const QString disco = post("disco", Now - 300 + i, QStringLiteral("Discord %1").arg(i));
            const QString provider = post("int_x", Now + 86400 + i * 60, QStringLiteral("Provider %1").arg(i));
            if (!hook.isEmpty() && !disco.isEmpty() && !provider.isEmpty() && tx.commit().ok()) {
                discordPost.insert(QStringLiteral("Discord %1").arg(i), disco);
                ++written;
            }
        };
        while (written < PostsAtStart)
            writePosts();

        // The window's engines, on their threads: short leases, quick retries.
        MemorySecretStore schedulerSecrets, syncSecrets; // read the environment first, as the other programs do
        LocalScheduler::Options publishing;
        publishing.leaseMs = 3000;
        publishing.retryBaseMs = 100;
        publishing.retryCapMs = 500;
        publishing.maxAttempts = 50;
        publishing.graceSecs = 24 * 3600;
        publishing.transferTimeoutMs = 3000;
        BackgroundScheduler window(store.path(), &schedulerSecrets, publishing, 300);
        window.start();
        SyncEngine::Options syncing;
        syncing.retryBaseMs = 100;
        syncing.retryCapMs = 500;
        syncing.transferTimeoutMs = 3000;
        syncing.claimLeaseMs = 3000;
        BackgroundSync engine(store.path(), &syncSecrets, syncing);
        QString engineFailed;
        connect(&engine, &BackgroundSync::failedToStart, this, [&](const QString &why) { engineFailed = why; });
        engine.start();
        QTimer composer;
        connect(&composer, &QTimer::timeout, this, [&] {
            writePosts();
            engine.kick(); // as the window does after a save
        });
        composer.start(2000);

        // Another connection, on a thread of its own (a busy store makes SQLite
        // wait inside the call), takes the write lock for a second or two now and then.
        std::atomic_bool chaos = true;
        QThread *locker = QThread::create([&store, &chaos] {
            Database blocker(QStringLiteral("chaos-blocker"));
            if (!blocker.open(store.path()).ok())
                return;
            QRandomGenerator lockRng(7);
            while (chaos) {
                QThread::msleep(2000);
                QSqlQuery lock(blocker.connection());
                if (lock.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
                    QThread::msleep(500 + lockRng.bounded(1500));
                    QSqlQuery(blocker.connection()).exec(QStringLiteral("COMMIT"));
                }
            }
        });
        locker->start();

        // CLIs started over and over, some killed mid-way.
        QList<QProcess *> clis;
        auto startProgram = [&](const QString &program, const QStringList &args, int killWithinMs, bool alwaysKill) {
            auto *p = new QProcess(this);
            p->setProcessEnvironment(QProcessEnvironment::systemEnvironment());
            p->setStandardOutputFile(QProcess::nullDevice());
            p->setStandardErrorFile(QProcess::nullDevice());
            p->start(program, QStringList{QStringLiteral("--db"), store.path()} + args);
            clis.append(p);
            QTimer::singleShot(int(200 + rng.bounded(quint32(killWithinMs))), p, [p, &rng, alwaysKill] {
                if (p->state() != QProcess::NotRunning && (alwaysKill || rng.bounded(2) == 0))
                    p->kill(); // SIGKILL, at a random moment
            });
            return p;
        };
        auto startCli = [&](const QStringList &args) { startProgram(QStringLiteral(ALMANAC_CLI), args, 2500, false); };
        // One almanacd at a time, killed within ten seconds and started again.
        bool chaosRunning = true;
        std::function<void()> startDaemon = [&] {
            QProcess *d = startProgram(QStringLiteral(ALMANACD),
                                       {QStringLiteral("--interval"), QStringLiteral("1"), QStringLiteral("--grace-minutes"),
                                        QStringLiteral("1440"), QStringLiteral("--lease-seconds"), QStringLiteral("3")},
                                       10000, true);
            connect(d, &QProcess::finished, this, [&] {
                if (chaosRunning)
                    QTimer::singleShot(int(rng.bounded(1000)), this, startDaemon);
            });
        };
        startDaemon();
        QTimer spawn;
        connect(&spawn, &QTimer::timeout, this, [&] {
            if (rng.bounded(2) == 0)
                startCli({QStringLiteral("scheduler"), QStringLiteral("run"), QStringLiteral("--once"),
                          QStringLiteral("--lease-seconds"), QStringLiteral("3"), QStringLiteral("--grace-minutes"),
                          QStringLiteral("1440")});
            else
                startCli({QStringLiteral("sync"), QStringLiteral("--timeout"), QStringLiteral("5")});
        });
        spawn.start(700);

        QTest::qWait(chaosSeconds() * 1000); // the chaos
        chaosRunning = false;
        spawn.stop();
        composer.stop();
        chaos = false;
        locker->wait();
        delete locker;
        for (QProcess *p : std::as_const(clis))
            if (p->state() != QProcess::NotRunning)
                p->kill();

        // Settle: the window's engines alone, the hosts well behaved, until nothing is open.
        openpost.setFaults({});
        auto open = [&] {
            QSqlQuery q(store.connection());
            // Destinations Almanac publishes itself, still to go; rows still to sync (a synced
            // post stays "scheduled" at the provider, which publishes it at its time).
            q.exec(QStringLiteral("SELECT (SELECT count(*) FROM post_targets t JOIN integrations i ON i.id = t.integration_id "
                                  "WHERE i.provider = 'local' AND t.status IN ('scheduled', 'publishing')) + "
                                  "(SELECT count(*) FROM outbox WHERE state IN ('pending', 'sent'))"));
            return q.next() ? q.value(0).toInt() : -1;
        };
        engine.kick();
        (void)QTest::qWaitFor([&] { return open() == 0; }, 90000);
        if (open() != 0) { // what is left, for the one reading the failure
            QSqlQuery q(store.connection());
            q.exec(QStringLiteral("SELECT post_id, integration_id, status, lease_until, intent_at, last_error FROM post_targets "
                                  "WHERE status IN ('scheduled', 'publishing')"));
            while (q.next())
                qWarning("open target: %s %s %s lease %lld intent %lld %s", qPrintable(q.value(0).toString()), qPrintable(q.value(1).toString()),
                         qPrintable(q.value(2).toString()), q.value(3).toLongLong(), q.value(4).toLongLong(), qPrintable(q.value(5).toString()));
            q.exec(QStringLiteral("SELECT id, post_id, state, attempts, next_attempt_at, COALESCE(last_error,'') FROM outbox WHERE state IN ('pending','sent') LIMIT 5"));
            while (q.next())
                qWarning("open outbox: %lld %s %s attempts %d next %lld %s", q.value(0).toLongLong(), qPrintable(q.value(1).toString()),
                         qPrintable(q.value(2).toString()), q.value(3).toInt(), q.value(4).toLongLong(), qPrintable(q.value(5).toString()));
            q.exec(QStringLiteral("SELECT provider, owner, pid, lease_until, token FROM provider_claims"));
            while (q.next())
                qWarning("claim: %s %s pid %lld lease %lld token %lld", qPrintable(q.value(0).toString()), qPrintable(q.value(1).toString()),
                         q.value(2).toLongLong(), q.value(3).toLongLong(), q.value(4).toLongLong());
            qWarning("now %lld, engine pending %lld busy %d error %s %s", QDateTime::currentMSecsSinceEpoch(), engine.status().pending,
                     engine.status().busy, qPrintable(engine.status().lastError), qPrintable(engineFailed));
        }
        QCOMPARE(open(), 0);
        qInfo("%d posts to each destination, written while it ran", written);
        QVERIFY(written > PostsAtStart); // the composer kept writing through the chaos

        // The webhook drops repeats by webhook-id: every post arrived, none lost.
        QCOMPARE(int(hookIds.size()), written);
        // The provider dedupes by key: each post there once.
        QCOMPARE(int(openpost.posts().size()), written);
        for (int n : openpost.contentCounts())
            QCOMPARE(n, 1);
        // Discord cannot dedupe: never twice; and a post not known to be there is Unconfirmed, with its reason.
        for (int i = 0; i < written; ++i) {
            const QString text = QStringLiteral("Discord %1").arg(i);
            QVERIFY2(discordTexts.value(text) <= 1, qPrintable(text));
            QSqlQuery q(store.connection());
            QVERIFY(q.exec(QStringLiteral("SELECT status, unconfirmed, COALESCE(last_error, '') FROM post_targets WHERE post_id = '%1'")
                               .arg(discordPost.value(text))) && q.next());
            const QString status = q.value(0).toString();
            if (status == u"published")
                QCOMPARE(discordTexts.value(text), 1);
            else
                QVERIFY2(q.value(1).toInt() == 1 && q.value(2).toString().startsWith(u"Unconfirmed"),
                         qPrintable(text + u' ' + status + u' ' + q.value(2).toString()));
        }
        for (QProcess *p : std::as_const(clis))
            p->waitForFinished(2000);
    }
};

QTEST_MAIN(TestChaos)
#include "tst_chaos.moc"
