// SPDX-License-Identifier: GPL-3.0-or-later
// The local scheduler against in-process webhook receivers on 127.0.0.1:
// signed generic webhooks (HMAC checked here), Discord and Slack shapes,
// failures retried or final, missed schedules, and two scheduler processes on
// one store publishing 500 due posts exactly once each.
#include "app/publish/blueskypublisher.h"
#include "app/publish/localscheduler.h"
#include "app/secrets/secretstore.h"
#include "app/settings/appsettings.h"
#include "fakehttpserver.h"
#include "fakemastodon.h"
#include "models/store/integrationrepository.h"
#include "models/store/outboxrepository.h"
#include "models/store/postrepository.h"
#include "schedulerround.h"
#include "teststore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageAuthenticationCode>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTest>
#include <QUrlQuery>

using namespace Almanac;
using namespace Almanac::Test;

namespace {

const qint64 Now = QDateTime::fromString(QStringLiteral("2026-04-20T00:00:00Z"), Qt::ISODate).toSecsSinceEpoch();

// Records what arrives; answers with `status` (a queue of statuses, then 200).
struct Receiver
{
    QList<FakeHttpServer::Request> received;
    QList<int> statuses;
    FakeHttpServer server{[this](const FakeHttpServer::Request &r) {
        received.append(r);
        const int status = statuses.isEmpty() ? 200 : statuses.takeFirst();
        return FakeHttpServer::Reply{status, status == 200 ? QByteArray("{\"url\":\"https://hooks.example/p/1\"}") : QByteArray("{\"error\":\"nope\"}"),
                                     {}, FakeHttpServer::Reply::Delivery::Send};
    }};
};

QString addHook(TestStore &store, const QString &id, const QString &platform, const QString &serviceUrl)
{
    Integration in;
    in.id = id;
    in.platform = platform;
    in.serviceUrl = serviceUrl;
    // A generic webhook's URL is a secret: never in the store. The environment
    // is the headless way to give it, and reaches the CLI and almanacd run below.
    if (keepsUrlInKeychain(platform))
        qputenv(SecretStore::webhookUrlVariable(id).constData(), serviceUrl.toUtf8());
    if (!IntegrationRepository(store.connection()).add(in).ok())
        qFatal("integration");
    return id;
}

QList<LocalScheduler::Outcome> runOnce(TestStore &store, SecretStore &secrets)
{
    LocalScheduler scheduler(store.path(), &secrets, LocalScheduler::Options{});
    if (!scheduler.open().ok())
        qFatal("open");
    return runRound(scheduler, 20000);
}

} // namespace

class TestScheduler : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        qputenv("ALMANAC_NOW", "2026-04-20T00:00:00Z");
        QStandardPaths::setTestModeEnabled(true); // AppSettings away from the user's
    }

    void signedWebhookPublishesOnce()
    {
        TestStore store;
        Receiver hook;
        addHook(store, QStringLiteral("hook"), QStringLiteral("webhook"), QString::fromLatin1(hook.server.baseUrl()) + QStringLiteral("/in"));
        MemorySecretStore secrets;
        QVERIFY(secrets.setIntegrationSecret(QStringLiteral("hook"), QStringLiteral("s3cret")).ok());
        const QString id = duePost(store, QStringLiteral("hook"), Now - 60);
        duePost(store, QStringLiteral("hook"), Now + 3600); // not due yet
        const QList<LocalScheduler::Outcome> outcomes = runOnce(store, secrets);
        QCOMPARE(outcomes.size(), 1);
        QCOMPARE(outcomes.first().result, QStringLiteral("published"));
        QCOMPARE(hook.received.size(), 1);
        const FakeHttpServer::Request &r = hook.received.first();
        // The receiver can check who sent it, and when (Standard Webhooks: id.timestamp.body).
        const QByteArray webhookId = r.header("webhook-id");
        const QByteArray timestamp = r.header("webhook-timestamp");
        QCOMPARE(webhookId, (id + QStringLiteral("/hook")).toUtf8());
        QVERIFY(qAbs(timestamp.toLongLong() - QDateTime::currentSecsSinceEpoch()) < 60);
        const QByteArray expected = "v1," + QMessageAuthenticationCode::hash(webhookId + '.' + timestamp + '.' + r.body, "s3cret",
                                                                            QCryptographicHash::Sha256).toBase64();
        QCOMPARE(r.header("webhook-signature"), expected);
        QVERIFY(r.header("x-almanac-signature").isEmpty()); // the body-only signature could be replayed
        // A replay with a new timestamp does not verify under the old signature.
        const QByteArray replayed = "v1," + QMessageAuthenticationCode::hash(webhookId + '.' + QByteArray::number(timestamp.toLongLong() + 3600) + '.' + r.body,
                                                                           "s3cret", QCryptographicHash::Sha256).toBase64();
        QVERIFY(replayed != expected);
        QCOMPARE(r.header("idempotency-key"), (id + QStringLiteral("/hook")).toUtf8());
        QCOMPARE(QJsonDocument::fromJson(r.body).object().value(u"content").toString(), QStringLiteral("Hello, hooks"));
        const Post post = *PostRepository(store.connection()).find(id);
        QCOMPARE(post.status, PostStatus::Published);
        QCOMPARE(post.targets.first().platformPostUrl, QStringLiteral("https://hooks.example/p/1"));
        // Published: nothing left to do.
        QCOMPARE(runOnce(store, secrets).size(), 0);
        QCOMPARE(hook.received.size(), 1);
    }

    void discordAndSlackShapes()
    {
        TestStore store;
        Receiver hook;
        addHook(store, QStringLiteral("dc"), QStringLiteral("discord"), {});
        addHook(store, QStringLiteral("sl"), QStringLiteral("slack"), {});
        MemorySecretStore secrets;
        QVERIFY(secrets.setIntegrationSecret(QStringLiteral("dc"), QString::fromLatin1(hook.server.baseUrl()) + QStringLiteral("/discord")).ok());
        QVERIFY(secrets.setIntegrationSecret(QStringLiteral("sl"), QString::fromLatin1(hook.server.baseUrl()) + QStringLiteral("/slack")).ok());
        duePost(store, QStringLiteral("dc"), Now - 60, QStringLiteral("To Discord"));
        duePost(store, QStringLiteral("sl"), Now - 60, QStringLiteral("To Slack"));
        runOnce(store, secrets);
        QCOMPARE(hook.received.size(), 2);
        for (const FakeHttpServer::Request &r : hook.received) {
            const QJsonObject body = QJsonDocument::fromJson(r.body).object();
            if (r.path == "/discord")
                QCOMPARE(body.value(u"content").toString(), QStringLiteral("To Discord"));
            else
                QCOMPARE(body.value(u"text").toString(), QStringLiteral("To Slack"));
        }
    }

    void failuresRetryOrEndWithTheReason()
    {
        TestStore store;
        Receiver hook;
        hook.statuses = {500, 400};
        addHook(store, QStringLiteral("hook"), QStringLiteral("webhook"), QString::fromLatin1(hook.server.baseUrl()));
        MemorySecretStore secrets;
        const QString id = duePost(store, QStringLiteral("hook"), Now - 60);
        QCOMPARE(runOnce(store, secrets).first().result, QStringLiteral("retry")); // 500: again later
        Post post = *PostRepository(store.connection()).find(id);
        QCOMPARE(post.targets.first().status, PostStatus::Scheduled);
        QCOMPARE(post.targets.first().attemptCount, 1);
        QCOMPARE(runOnce(store, secrets).size(), 0); // not before its time
        QSqlQuery(store.connection()).exec(QStringLiteral("UPDATE post_targets SET next_attempt_at = 0"));
        const QList<LocalScheduler::Outcome> second = runOnce(store, secrets);
        QCOMPARE(second.first().result, QStringLiteral("failed")); // 400: final
        post = *PostRepository(store.connection()).find(id);
        QCOMPARE(post.status, PostStatus::Failed);
        QVERIFY2(post.targets.first().lastError.contains(QStringLiteral("HTTP 400")), qPrintable(post.targets.first().lastError));
    }

    void aSleptMachineMarksLatePostsMissed()
    {
        TestStore store;
        Receiver hook;
        addHook(store, QStringLiteral("hook"), QStringLiteral("webhook"), QString::fromLatin1(hook.server.baseUrl()));
        MemorySecretStore secrets;
        const QString late = duePost(store, QStringLiteral("hook"), Now - 3600);    // an hour late
        const QString inGrace = duePost(store, QStringLiteral("hook"), Now - 600); // ten minutes: still fine
        // Both were written the day before.
        QVERIFY(QSqlQuery(store.connection()).exec(QStringLiteral("UPDATE post_targets SET updated_at = %1").arg(Now - 86400)));
        runOnce(store, secrets);
        QCOMPARE(hook.received.size(), 1);
        const Post missed = *PostRepository(store.connection()).find(late);
        QCOMPARE(missed.targets.first().status, PostStatus::Failed);
        QVERIFY2(missed.targets.first().lastError.startsWith(QStringLiteral("Missed:")), qPrintable(missed.targets.first().lastError));
        QCOMPARE(PostRepository(store.connection()).find(inGrace)->status, PostStatus::Published);
        // The user decides to publish it anyway: Retry in the Failed view queues it again, and it goes.
        OutboxRepository::FailedFilter retry;
        retry.postIds = {late};
        QCOMPARE(OutboxRepository(store.connection()).requeueFailed(retry).value(), 1);
        runOnce(store, secrets);
        QCOMPARE(hook.received.size(), 2);
        QCOMPARE(PostRepository(store.connection()).find(late)->status, PostStatus::Published);
    }

    // Discord takes 30 posts a minute per webhook: a burst of 31 sends 30 at
    // once and holds the 31st for the minute, rather than earning 429s.
    void aBurstIsPacedToThePlatformsLimit()
    {
        TestStore store;
        Receiver discord;
        addHook(store, QStringLiteral("disc"), QStringLiteral("discord"), {});
        MemorySecretStore secrets;
        QVERIFY(secrets.setIntegrationSecret(QStringLiteral("disc"), QString::fromLatin1(discord.server.baseUrl()) + QStringLiteral("/api/webhooks/1/x")).ok());
        for (int i = 0; i < 31; ++i)
            duePost(store, QStringLiteral("disc"), Now - 60 + i, QStringLiteral("Post %1").arg(i));
        LocalScheduler scheduler(store.path(), &secrets, LocalScheduler::Options{});
        QVERIFY(scheduler.open().ok());
        bool done = false;
        scheduler.runOnce([&](const QList<LocalScheduler::Outcome> &) { done = true; });
        QTRY_COMPARE_WITH_TIMEOUT(discord.received.size(), 30, 10000);
        QTest::qWait(1500);
        QCOMPARE(discord.received.size(), 30);
        QVERIFY(!done); // the round waits for the minute to pass
        QSqlQuery left(store.connection());
        QVERIFY(left.exec(QStringLiteral("SELECT COUNT(*) FROM post_targets WHERE status = 'scheduled'")) && left.next());
        QCOMPARE(left.value(0).toInt(), 1); // not claimed while it waits: another process may take it
    }

    // Lateness the scheduler caused itself (it saw the post in time and is
    // retrying it) never makes a post "missed": only a scheduler that was not
    // running at the post's time (asleep, off) leaves the decision to the user.
    void aPostSeenInTimeIsNeverMissed()
    {
        TestStore store;
        Receiver hook;
        hook.statuses = {500}; // the first try fails
        addHook(store, QStringLiteral("hook"), QStringLiteral("webhook"), QString::fromLatin1(hook.server.baseUrl()));
        MemorySecretStore secrets;
        const QString id = duePost(store, QStringLiteral("hook"), Now - 1800);
        QVERIFY(QSqlQuery(store.connection()).exec(QStringLiteral("UPDATE post_targets SET updated_at = %1").arg(Now - 86400)));
        AppSettings().setPublishGraceMinutes(60);
        LocalScheduler::Options options;
        options.followSettings = true;
        options.retryBaseMs = 10;
        options.retryCapMs = 20;
        LocalScheduler scheduler(store.path(), &secrets, options);
        QVERIFY(scheduler.open().ok());
        QCOMPARE(runRound(scheduler).value(0).result, QStringLiteral("retry"));
        // By the next round it is later than the grace window allows (here: a smaller window).
        AppSettings().setPublishGraceMinutes(10);
        QTest::qWait(50);
        QCOMPARE(runRound(scheduler).value(0).result, QStringLiteral("published"));
        QCOMPARE(PostRepository(store.connection()).find(id)->status, PostStatus::Published);
        AppSettings().setPublishGraceMinutes(15);
    }

    // The grace window is the user's setting (Publishing Accounts), read each round.
    void theGraceWindowFollowsTheSetting()
    {
        TestStore store;
        Receiver hook;
        addHook(store, QStringLiteral("hook"), QStringLiteral("webhook"), QString::fromLatin1(hook.server.baseUrl()));
        MemorySecretStore secrets;
        const QString halfAnHour = duePost(store, QStringLiteral("hook"), Now - 1800);
        QVERIFY(QSqlQuery(store.connection()).exec(QStringLiteral("UPDATE post_targets SET updated_at = %1").arg(Now - 86400)));
        AppSettings().setPublishGraceMinutes(60);
        LocalScheduler::Options options;
        options.followSettings = true;
        LocalScheduler scheduler(store.path(), &secrets, options);
        QVERIFY(scheduler.open().ok());
        QCOMPARE(runRound(scheduler).value(0).result, QStringLiteral("published"));
        // Ten minutes now: the next one that late waits for the user.
        AppSettings().setPublishGraceMinutes(10);
        duePost(store, QStringLiteral("hook"), Now - 1800);
        QVERIFY(QSqlQuery(store.connection()).exec(
            QStringLiteral("UPDATE post_targets SET updated_at = %1 WHERE post_id <> '%2'").arg(Now - 86400).arg(halfAnHour)));
        QCOMPARE(runRound(scheduler).value(0).result, QStringLiteral("missed"));
        QCOMPARE(hook.received.size(), 1);
        AppSettings().setPublishGraceMinutes(15);
    }

    void aSchedulerKilledMidPublishLosesNothing()
    {
        TestStore store;
        // The receiver takes the first post and never answers; later ones are answered.
        QHash<QByteArray, int> deliveries;
        FakeHttpServer hook([&](const FakeHttpServer::Request &r) {
            const bool first = deliveries.isEmpty();
            ++deliveries[r.header("idempotency-key")];
            return FakeHttpServer::Reply{200, "{}", {}, first ? FakeHttpServer::Reply::Delivery::Hang : FakeHttpServer::Reply::Delivery::Send};
        });
        addHook(store, QStringLiteral("hook"), QStringLiteral("webhook"), QString::fromLatin1(hook.baseUrl()));
        QStringList ids;
        for (int i = 0; i < 3; ++i)
            ids.append(duePost(store, QStringLiteral("hook"), Now - 60, QStringLiteral("Post %1").arg(i)));
        auto start = [&](int leaseSeconds) {
            auto *p = new QProcess(this);
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(QStringLiteral("ALMANAC_NOW"), QStringLiteral("2026-04-20T00:00:00Z"));
            p->setProcessEnvironment(env);
            p->start(QStringLiteral(ALMANAC_CLI), {QStringLiteral("--db"), store.path(), QStringLiteral("scheduler"), QStringLiteral("run"),
                                                   QStringLiteral("--once"), QStringLiteral("--lease-seconds"), QString::number(leaseSeconds)});
            return p;
        };
        QProcess *first = start(2);
        QTRY_VERIFY_WITH_TIMEOUT(deliveries.size() >= 1, 10000);
        QTest::qWait(300);
        first->kill(); // mid-publish: one destination is held under its lease
        QVERIFY(first->waitForFinished(5000));
        const auto held = std::count_if(ids.cbegin(), ids.cend(), [&](const QString &id) {
            return PostRepository(store.connection()).find(id)->targets.first().status == PostStatus::Publishing;
        });
        QCOMPARE(held, 1); // the one the receiver never answered
        // A second run before the lease expires leaves the held one alone; after it, it is retried.
        QTest::qWait(2500);
        QProcess *second = start(2);
        QSignalSpy finished(second, &QProcess::finished);
        QVERIFY(finished.wait(20000));
        for (const QString &id : std::as_const(ids))
            QCOMPARE(PostRepository(store.connection()).find(id)->status, PostStatus::Published);
        // Nothing lost; the one that went twice went with the same key, for the receiver to drop.
        QCOMPARE(deliveries.size(), 3);
        int repeats = 0;
        for (int n : std::as_const(deliveries))
            repeats += n - 1;
        QVERIFY(repeats <= 1);
    }

    void mastodonThreadWithAnImage()
    {
        TestStore store;
        FakeMastodon masto;
        // The first status meets a dropped connection after it was made: the resend must not make a second.
        masto.setFaults([](const FakeHttpServer::Request &r, int) {
            static int statuses = 0;
            return r.path == "/api/v1/statuses" && ++statuses == 1 ? FakeMastodon::Fault::DropAfterCommit : FakeMastodon::Fault::None;
        });
        addHook(store, QStringLiteral("masto"), QStringLiteral("mastodon"), QString::fromLatin1(masto.baseUrl()));
        MemorySecretStore secrets;
        QVERIFY(secrets.setIntegrationSecret(QStringLiteral("masto"), QStringLiteral("masto_token")).ok());
        const QString image = store.dir() + QStringLiteral("/cup.png");
        {
            QFile f(image);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(QByteArray("\x89PNG\r\n\x1a\n", 8) + QByteArray(2000, 'c'));
        }
        Post p;
        p.content = QStringLiteral("How we roast, a thread.\n---\n1. Green beans.\n---\n2. A profile per lot.");
        p.postType = QStringLiteral("thread");
        p.status = PostStatus::Scheduled;
        p.scheduledAt = Now - 60;
        p.media.append({QUrl::fromLocalFile(image).toString(), {}, QStringLiteral("A cup of coffee")});
        p.platformSettings.insert(QStringLiteral("mastodon"), QJsonObject{{QStringLiteral("visibility"), QStringLiteral("unlisted")}});
        p.targets.append({QStringLiteral("masto"), QString(), p.status, {}, {}, 0, {}, 0});
        QVERIFY(PostRepository(store.connection()).insert(p).ok());

        LocalScheduler::Options options;
        options.mediaPollMs = 20;
        options.retryBaseMs = 10;
        LocalScheduler scheduler(store.path(), &secrets, options);
        QVERIFY(scheduler.open().ok());
        // The drop is retried on the next round.
        for (int round = 0; round < 3 && PostRepository(store.connection()).find(p.id)->status != PostStatus::Published; ++round) {
            QTest::qWait(50);
            runRound(scheduler, 10000);
        }
        const Post published = *PostRepository(store.connection()).find(p.id);
        QCOMPARE(published.status, PostStatus::Published);
        QCOMPARE(masto.statuses().size(), 3); // three parts, none twice
        QCOMPARE(masto.statuses().at(0).value(u"media_ids").toArray().size(), 1);
        QCOMPARE(masto.statuses().at(0).value(u"visibility").toString(), QStringLiteral("unlisted"));
        QCOMPARE(masto.statuses().at(1).value(u"in_reply_to_id").toString(), masto.statuses().at(0).value(u"id").toString());
        QCOMPARE(masto.statuses().at(2).value(u"in_reply_to_id").toString(), masto.statuses().at(1).value(u"id").toString());
        QCOMPARE(masto.statuses().at(2).value(u"status").toString(), QStringLiteral("2. A profile per lot."));
        QCOMPARE(published.targets.first().platformPostUrl, masto.statuses().at(0).value(u"url").toString());
    }

    // Mastodon's answers that are not a success: 429 waits and goes once, 422
    // and unprocessable media fail with the instance's words, a bad token fails.
    void mastodonFailuresRetryOrEndWithTheReason_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("fault");          // FakeMastodon::Fault on the first status request
        QTest::addColumn<bool>("processingFails");
        QTest::addColumn<QString>("token");
        QTest::addColumn<QString>("firstResult");
        QTest::addColumn<QString>("reason");     // in the error
        QTest::addColumn<int>("statuses");       // made in the end
        QTest::newRow("429") << QStringLiteral("Busy instance") << int(FakeMastodon::Fault::TooManyRequests) << false
                             << QStringLiteral("masto_token") << QStringLiteral("retry") << QStringLiteral("HTTP 429") << 1;
        QTest::newRow("503") << QStringLiteral("Down for a moment") << int(FakeMastodon::Fault::Unavailable) << false
                             << QStringLiteral("masto_token") << QStringLiteral("retry") << QStringLiteral("HTTP 503") << 1;
        QTest::newRow("422") << QString() << int(FakeMastodon::Fault::None) << false << QStringLiteral("masto_token")
                             << QStringLiteral("failed") << QStringLiteral("Text can't be blank") << 0;
        QTest::newRow("media not processed") << QStringLiteral("With a broken image") << int(FakeMastodon::Fault::None) << true
                                             << QStringLiteral("masto_token") << QStringLiteral("failed")
                                             << QStringLiteral("Error processing thumbnail") << 0;
        QTest::newRow("bad token") << QStringLiteral("Who am I") << int(FakeMastodon::Fault::None) << false << QStringLiteral("revoked")
                                   << QStringLiteral("failed") << QStringLiteral("HTTP 401") << 0;
    }

    void mastodonFailuresRetryOrEndWithTheReason()
    {
        QFETCH(QString, text);
        QFETCH(int, fault);
        QFETCH(bool, processingFails);
        QFETCH(QString, token);
        QFETCH(QString, firstResult);
        QFETCH(QString, reason);
        QFETCH(int, statuses);
        TestStore store;
        FakeMastodon masto;
        int statusRequests = 0;
        masto.setFaults([&](const FakeHttpServer::Request &r, int) {
            return r.path == "/api/v1/statuses" && ++statusRequests == 1 ? FakeMastodon::Fault(fault) : FakeMastodon::Fault::None;
        });
        masto.setProcessingFails(processingFails);
        addHook(store, QStringLiteral("masto"), QStringLiteral("mastodon"), QString::fromLatin1(masto.baseUrl()));
        MemorySecretStore secrets;
        QVERIFY(secrets.setIntegrationSecret(QStringLiteral("masto"), token).ok());
        const QString id = duePost(store, QStringLiteral("masto"), Now - 60, text);
        if (processingFails) {
            const QString image = store.dir() + QStringLiteral("/broken.png");
            QFile f(image);
            QVERIFY(f.open(QIODevice::WriteOnly) && f.write("not really a png") > 0);
            f.close();
            Post post = *PostRepository(store.connection()).find(id);
            post.media.append({image, {}, {}});
            QVERIFY(PostRepository(store.connection()).update(post).ok());
        }
        LocalScheduler::Options options;
        options.mediaPollMs = 10;
        options.retryBaseMs = 10;
        options.retryCapMs = 20;
        LocalScheduler scheduler(store.path(), &secrets, options);
        QVERIFY(scheduler.open().ok());
        auto round = [&] { return runRound(scheduler, 10000); };
        const QList<LocalScheduler::Outcome> first = round();
        QCOMPARE(first.size(), 1);
        QCOMPARE(first.first().result, firstResult);
        QVERIFY2(first.first().error.contains(reason), qPrintable(first.first().error));
        if (firstResult == u"retry") {
            QTest::qWait(50); // past the backoff
            QCOMPARE(round().first().result, QStringLiteral("published"));
        } else {
            const Post post = *PostRepository(store.connection()).find(id);
            QCOMPARE(post.status, PostStatus::Failed);
            QVERIFY(post.targets.first().lastError.contains(reason));
            QVERIFY(!post.targets.first().lastError.contains(u"masto_token"));
        }
        QCOMPARE(masto.statuses().size(), statuses);
    }

    // Media given as links are fetched and uploaded; a link that answers 404
    // fails its post before a status is made.
    void mastodonMediaFromLinks()
    {
        TestStore store;
        FakeMastodon masto;
        const QByteArray png = QByteArray("\x89PNG\r\n\x1a\n", 8) + QByteArray(500, 'p');
        FakeHttpServer files([&](const FakeHttpServer::Request &r) {
            if (r.path == "/cup.png")
                return FakeHttpServer::Reply{200, png, {{"Content-Type", "image/png"}}, FakeHttpServer::Reply::Delivery::Send};
            return FakeHttpServer::Reply{404, "gone", {}, FakeHttpServer::Reply::Delivery::Send};
        });
        addHook(store, QStringLiteral("masto"), QStringLiteral("mastodon"), QString::fromLatin1(masto.baseUrl()));
        MemorySecretStore secrets;
        QVERIFY(secrets.setIntegrationSecret(QStringLiteral("masto"), QStringLiteral("masto_token")).ok());
        QStringList ids;
        for (const char *file : {"/cup.png", "/missing.png"}) {
            const QString id = duePost(store, QStringLiteral("masto"), Now - 60, QString::fromLatin1(file));
            Post post = *PostRepository(store.connection()).find(id);
            post.media.append({QString::fromLatin1(files.baseUrl()) + QString::fromLatin1(file), {},
                               QStringLiteral("A cup of the autumn blend")});
            QVERIFY(PostRepository(store.connection()).update(post).ok());
            ids.append(id);
        }
        LocalScheduler::Options options;
        options.mediaPollMs = 10;
        options.allowLocalNetworkMedia = true; // the files are served on 127.0.0.1
        LocalScheduler scheduler(store.path(), &secrets, options);
        QVERIFY(scheduler.open().ok());
        QHash<QString, LocalScheduler::Outcome> byPost;
        for (const auto &outcome : runRound(scheduler, 10000))
            byPost.insert(outcome.postId, outcome);
        QCOMPARE(byPost.value(ids.at(0)).result, QStringLiteral("published"));
        QCOMPARE(masto.media().size(), 1);
        QCOMPARE(masto.media().first(), png);
        QCOMPARE(masto.descriptions().first(), QStringLiteral("A cup of the autumn blend")); // the alt text goes with it
        QCOMPARE(byPost.value(ids.at(1)).result, QStringLiteral("failed"));
        QVERIFY2(byPost.value(ids.at(1)).error.contains(u"HTTP 404"), qPrintable(byPost.value(ids.at(1)).error));
        QCOMPARE(masto.statuses().size(), 1);
    }

    // Bluesky's record keys: valid TIDs, the same on every try, one per part.
    void blueskyRecordKeysAreStableTids()
    {
        Post post;
        post.id = QStringLiteral("0191e8a0-0000-7000-8000-000000000001");
        post.scheduledAt = Now;
        static const QRegularExpression tid(QStringLiteral("^[234567abcdefghij][234567abcdefghijklmnopqrstuvwxyz]{12}$"));
        QSet<QString> keys;
        for (int part = 0; part < 20; ++part) {
            const QString key = BlueskyPublisher::recordKey(post, QStringLiteral("bsky"), part);
            QVERIFY2(tid.match(key).hasMatch(), qPrintable(key));
            QCOMPARE(BlueskyPublisher::recordKey(post, QStringLiteral("bsky"), part), key);
            keys.insert(key);
        }
        QCOMPARE(keys.size(), 20);
        QVERIFY(BlueskyPublisher::recordKey(post, QStringLiteral("other"), 0) != BlueskyPublisher::recordKey(post, QStringLiteral("bsky"), 0));
        QCOMPARE(BlueskyPublisher::webUrl(QStringLiteral("alice.test"), QStringLiteral("at://did:plc:x/app.bsky.feed.post/3abc")),
                 QStringLiteral("https://bsky.app/profile/alice.test/post/3abc"));
    }

    // Against a small stand-in PDS: an expired access token is renewed with
    // refreshSession (no second sign-in), and a createRecord whose answer is
    // lost is found by getRecord on the next try instead of made twice.
    void blueskyRenewsItsSessionAndFindsALostRecord()
    {
        TestStore store;
        int signIns = 0, refreshes = 0, creates = 0;
        QString access = QStringLiteral("access-1");
        QHash<QString, QJsonObject> records; // rkey -> record
        FakeHttpServer pds([&](const FakeHttpServer::Request &r) {
            using Reply = FakeHttpServer::Reply;
            auto json = [](int status, const QJsonObject &body, Reply::Delivery d = Reply::Delivery::Send) {
                return Reply{status, QJsonDocument(body).toJson(QJsonDocument::Compact), {{"Content-Type", "application/json"}}, d};
            };
            const QUrl url(QString::fromUtf8(r.path));
            const QUrlQuery query(url);
            const QString method = url.path().mid(6); // after "/xrpc/"
            if (method == u"com.atproto.server.createSession") {
                ++signIns;
                return json(200, {{"did", "did:plc:acme"}, {"handle", "acme.test"}, {"accessJwt", access}, {"refreshJwt", "refresh-1"}});
            }
            if (method == u"com.atproto.server.refreshSession") {
                if (r.header("authorization") != "Bearer refresh-1")
                    return json(400, {{"error", "InvalidToken"}});
                ++refreshes;
                access = QStringLiteral("access-2");
                return json(200, {{"did", "did:plc:acme"}, {"handle", "acme.test"}, {"accessJwt", access}, {"refreshJwt", "refresh-2"}});
            }
            if (r.header("authorization") != "Bearer " + access.toUtf8())
                return json(400, {{"error", "ExpiredToken"}, {"message", "Token has expired"}});
            if (method == u"com.atproto.repo.getRecord") {
                const QString key = query.queryItemValue(QStringLiteral("rkey"));
                if (!records.contains(key))
                    return json(400, {{"error", "RecordNotFound"}, {"message", "Could not locate record"}});
                return json(200, {{"uri", QString(QStringLiteral("at://did:plc:acme/app.bsky.feed.post/") + key)}, {"cid", QString(QStringLiteral("cid-") + key)}, {"value", records.value(key)}});
            }
            if (method == u"com.atproto.repo.createRecord") {
                const QJsonObject body = QJsonDocument::fromJson(r.body).object();
                const QString key = body.value(u"rkey").toString();
                if (records.contains(key))
                    return json(500, {{"error", "InternalServerError"}});
                records.insert(key, body.value(u"record").toObject());
                ++creates;
                // The first record is made, but its answer never arrives.
                return json(200, {{"uri", QString(QStringLiteral("at://did:plc:acme/app.bsky.feed.post/") + key)}, {"cid", QString(QStringLiteral("cid-") + key)}},
                            creates == 1 ? Reply::Delivery::Drop : Reply::Delivery::Send);
            }
            return json(404, {{"error", "MethodNotImplemented"}});
        });
        Integration in;
        in.id = QStringLiteral("bsky");
        in.platform = QStringLiteral("bluesky");
        in.handle = QStringLiteral("acme.test");
        in.serviceUrl = QString::fromLatin1(pds.baseUrl());
        QVERIFY(IntegrationRepository(store.connection()).add(in).ok());
        MemorySecretStore secrets;
        QVERIFY(secrets.setIntegrationSecret(QStringLiteral("bsky"), QStringLiteral("app-pass")).ok());
        Post p;
        p.content = QStringLiteral("First part\n---\nSecond part");
        p.postType = QStringLiteral("thread");
        p.status = PostStatus::Scheduled;
        p.scheduledAt = Now - 60;
        p.targets.append({QStringLiteral("bsky"), QString(), p.status, {}, {}, 0, {}, 0});
        QVERIFY(PostRepository(store.connection()).insert(p).ok());

        LocalScheduler::Options options;
        options.retryBaseMs = 10;
        options.retryCapMs = 20;
        LocalScheduler scheduler(store.path(), &secrets, options);
        QVERIFY(scheduler.open().ok());
        auto round = [&] { return runRound(scheduler, 10000); };
        QCOMPARE(round().value(0).result, QStringLiteral("retry")); // the lost answer
        QCOMPARE(records.size(), 1);
        access = QStringLiteral("access-rotated"); // the session's access token expires meanwhile
        QTest::qWait(50);
        const QList<LocalScheduler::Outcome> second = round();
        QCOMPARE(second.value(0).result, QStringLiteral("published"));
        QCOMPARE(records.size(), 2);  // the first part found, not made again
        QCOMPARE(creates, 2);
        QCOMPARE(signIns, 1);         // the session was renewed, not started over
        QCOMPARE(refreshes, 1);
        const QString firstKey = BlueskyPublisher::recordKey(p, QStringLiteral("bsky"), 0);
        const QJsonObject reply = records.value(BlueskyPublisher::recordKey(p, QStringLiteral("bsky"), 1)).value(u"reply").toObject();
        QCOMPARE(reply[u"root"][u"cid"].toString(), QStringLiteral("cid-") + firstKey);
        QCOMPARE(second.value(0).url, QStringLiteral("https://bsky.app/profile/acme.test/post/") + firstKey);
    }

    // Several posts of one account due at once on a cold start: one sign-in,
    // the others wait for it; a refused sign-in fails every one of them.
    void blueskySignsInOnceForPostsDueTogether()
    {
        TestStore store;
        int signIns = 0;
        bool refuse = false;
        FakeHttpServer pds([&](const FakeHttpServer::Request &r) {
            using Reply = FakeHttpServer::Reply;
            auto json = [](int status, const QJsonObject &body) {
                return Reply{status, QJsonDocument(body).toJson(QJsonDocument::Compact), {{"Content-Type", "application/json"}},
                             Reply::Delivery::Send};
            };
            const QString method = QUrl(QString::fromUtf8(r.path)).path().mid(6);
            if (method == u"com.atproto.server.createSession") {
                ++signIns;
                if (refuse)
                    return json(401, {{"error", "AuthenticationRequired"}, {"message", "Invalid identifier or password"}});
                return json(200, {{"did", "did:plc:acme"}, {"handle", "acme.test"}, {"accessJwt", "a"}, {"refreshJwt", "r"}});
            }
            if (method == u"com.atproto.repo.getRecord")
                return json(400, {{"error", "RecordNotFound"}});
            if (method == u"com.atproto.repo.createRecord") {
                const QString key = QJsonDocument::fromJson(r.body).object().value(u"rkey").toString();
                return json(200, {{"uri", QString(QStringLiteral("at://did:plc:acme/app.bsky.feed.post/") + key)}, {"cid", QString(QStringLiteral("cid-") + key)}});
            }
            return json(404, {{"error", "MethodNotImplemented"}});
        });
        for (const QString &id : {QStringLiteral("bsky"), QStringLiteral("bsky2")}) {
            Integration in;
            in.id = id;
            in.platform = QStringLiteral("bluesky");
            in.handle = QStringLiteral("acme.test");
            in.serviceUrl = QString::fromLatin1(pds.baseUrl());
            QVERIFY(IntegrationRepository(store.connection()).add(in).ok());
        }
        MemorySecretStore secrets;
        QVERIFY(secrets.setIntegrationSecret(QStringLiteral("bsky"), QStringLiteral("app-pass")).ok());
        QVERIFY(secrets.setIntegrationSecret(QStringLiteral("bsky2"), QStringLiteral("app-pass")).ok());
        for (int i = 0; i < 4; ++i)
            duePost(store, QStringLiteral("bsky"), Now - 60, QStringLiteral("Post %1").arg(i));
        LocalScheduler scheduler(store.path(), &secrets, {});
        QVERIFY(scheduler.open().ok());
        const QList<LocalScheduler::Outcome> outcomes = runRound(scheduler, 10000);
        QCOMPARE(outcomes.size(), 4);
        for (const LocalScheduler::Outcome &o : outcomes)
            QCOMPARE(o.result, QStringLiteral("published"));
        QCOMPARE(signIns, 1);

        // The other account, its password refused: every post fails with the reason, one sign-in.
        refuse = true;
        signIns = 0;
        for (int i = 0; i < 3; ++i)
            duePost(store, QStringLiteral("bsky2"), Now - 60, QStringLiteral("Refused %1").arg(i));
        const QList<LocalScheduler::Outcome> refused = runRound(scheduler, 10000);
        QCOMPARE(refused.size(), 3);
        for (const LocalScheduler::Outcome &o : refused) {
            QCOMPARE(o.result, QStringLiteral("failed"));
            QVERIFY2(o.error.contains(QStringLiteral("app password")), qPrintable(o.error));
        }
        QCOMPARE(signIns, 1);
    }

    void almanacdPublishesAndStopsCleanly()
    {
        TestStore store;
        Receiver hook;
        addHook(store, QStringLiteral("hook"), QStringLiteral("webhook"), QString::fromLatin1(hook.server.baseUrl()));
        const QString id = duePost(store, QStringLiteral("hook"), Now - 60);
        QProcess daemon;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("ALMANAC_NOW"), QStringLiteral("2026-04-20T00:00:00Z"));
        daemon.setProcessEnvironment(env);
        daemon.start(QStringLiteral(ALMANACD), {QStringLiteral("--db"), store.path(), QStringLiteral("--interval"), QStringLiteral("1")});
        QVERIFY(daemon.waitForStarted());
        QTRY_COMPARE_WITH_TIMEOUT(hook.received.size(), 1, 15000);
        QTRY_COMPARE_WITH_TIMEOUT(PostRepository(store.connection()).find(id)->status, PostStatus::Published, 5000);
        daemon.terminate(); // SIGTERM
        QSignalSpy finished(&daemon, &QProcess::finished);
        QVERIFY(daemon.state() == QProcess::NotRunning || finished.wait(10000));
        QCOMPARE(daemon.exitStatus(), QProcess::NormalExit);
        QCOMPARE(daemon.exitCode(), 0);
        const QByteArray log = daemon.readAllStandardError();
        QVERIFY2(log.contains(QByteArray("published: post " + id.toUtf8())), log.constData());
        QVERIFY2(log.contains("stopping"), log.constData());
    }

    void twoSchedulersPublishEachPostOnce()
    {
        TestStore store;
        QHash<QByteArray, int> deliveries;
        FakeHttpServer hook([&](const FakeHttpServer::Request &r) {
            ++deliveries[r.header("idempotency-key")];
            return FakeHttpServer::Reply{200, "{}", {}, FakeHttpServer::Reply::Delivery::Send};
        });
        addHook(store, QStringLiteral("hook"), QStringLiteral("webhook"), QString::fromLatin1(hook.baseUrl()));
        {
            Transaction tx(store.connection());
            for (int i = 0; i < 500; ++i)
                duePost(store, QStringLiteral("hook"), Now - 60 - i % 300, QStringLiteral("Post %1").arg(i));
            QVERIFY(tx.commit().ok());
        }
        QList<QProcess *> schedulers;
        for (int i = 0; i < 2; ++i) {
            auto *p = new QProcess(this);
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(QStringLiteral("ALMANAC_NOW"), QStringLiteral("2026-04-20T00:00:00Z"));
            env.insert(QStringLiteral("ALMANAC_SECRET_HOOK"), QStringLiteral("s3cret"));
            p->setProcessEnvironment(env);
            p->start(QStringLiteral(ALMANAC_CLI), {QStringLiteral("--db"), store.path(), QStringLiteral("scheduler"),
                                                   QStringLiteral("run"), QStringLiteral("--once"), QStringLiteral("--json")});
            schedulers.append(p);
        }
        for (QProcess *p : schedulers) {
            QSignalSpy finished(p, &QProcess::finished);
            QVERIFY(p->state() == QProcess::NotRunning || finished.wait(60000));
            QCOMPARE(p->exitCode(), 0);
        }
        QCOMPARE(deliveries.size(), 500);
        for (auto it = deliveries.cbegin(); it != deliveries.cend(); ++it)
            QVERIFY2(it.value() == 1, it.key().constData());
        // Both took part (the claim decided who published what).
        const QByteArray first = schedulers.at(0)->readAllStandardOutput(), second = schedulers.at(1)->readAllStandardOutput();
        QCOMPARE(QJsonDocument::fromJson(first).object().value(u"results").toArray().size()
                     + QJsonDocument::fromJson(second).object().value(u"results").toArray().size(),
                 500);
        QCOMPARE(PostRepository(store.connection()).countByStatus()[size_t(PostStatus::Published)], qint64(500));
    }
};

QTEST_GUILESS_MAIN(TestScheduler)
#include "tst_scheduler.moc"
