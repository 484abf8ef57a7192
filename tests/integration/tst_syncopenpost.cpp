// SPDX-License-Identifier: GPL-3.0-or-later
// The real sync engine against a fake OpenPost on 127.0.0.1 speaking seeds
// 000/001/004, with faults injected: every local post ends synced or failed
// with the server's reason, the server never holds a duplicate, and nothing is
// lost when the engine stops in the middle and another one takes over.
#include "app/importing/csvimporter.h"
#include "app/secrets/secretstore.h"
#include "app/sync/syncengine.h"
#include "fakeopenpost.h"
#include "models/store/integrationrepository.h"
#include "models/store/outboxrepository.h"
#include "models/store/postrepository.h"
#include "models/store/providerrepository.h"
#include "syncfixture.h"
#include "teststore.h"

#include <QJsonArray>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace Almanac;
using namespace Almanac::Test;
using Fault = FakeOpenPost::Fault;

namespace {

const qint64 May1 = QDateTime::fromString(QStringLiteral("2026-05-01T09:00:00Z"), Qt::ISODate).toSecsSinceEpoch();

} // namespace

class TestSyncOpenPost : public QObject
{
    Q_OBJECT

private:
    // A store with the provider account "op" at `baseUrl` and two integrations through it.
    static void connectProvider(TestStore &store, const QByteArray &baseUrl, FakeOpenPost *server)
    {
        ProviderAccount op;
        op.name = QStringLiteral("op");
        op.kind = QStringLiteral("openpost");
        op.baseUrl = QString::fromLatin1(baseUrl);
        QVERIFY(ProviderRepository(store.connection()).add(op).ok());
        for (const auto &[id, platform, remote] : {std::tuple{"int_x", "x", "int_x_abc"}, std::tuple{"int_li", "linkedin", "int_li_abc"}}) {
            Integration in;
            in.id = QString::fromLatin1(id);
            in.platform = QString::fromLatin1(platform);
            in.providerAccount = QStringLiteral("op");
            in.remoteId = QString::fromLatin1(remote);
            QVERIFY(IntegrationRepository(store.connection()).add(in).ok());
            if (server)
                server->addIntegration(in.remoteId, OpenPostProviderPlatform(in.platform));
        }
    }
    static QString OpenPostProviderPlatform(const QString &p) { return p == u"x" ? QStringLiteral("twitter") : p; }

    static QStringList addPosts(TestStore &store, int count, const QString &prefix = QStringLiteral("Post"),
                                const QStringList &integrations = {QStringLiteral("int_x"), QStringLiteral("int_li")})
    {
        QStringList ids;
        PostRepository posts(store.connection());
        Transaction tx(store.connection());
        for (int i = 0; i < count; ++i) {
            Post p;
            p.content = QStringLiteral("%1 %2").arg(prefix).arg(i);
            p.status = PostStatus::Scheduled;
            p.scheduledAt = May1 + i * 60;
            for (const QString &in : integrations)
                p.targets.append({in, QString(), PostStatus::Scheduled, {}, {}, 0, {}, 0});
            if (!posts.insert(p).ok())
                qFatal("insert");
            ids.append(p.id);
        }
        if (!tx.commit().ok())
            qFatal("commit");
        return ids;
    }

    // Every local post is at the server exactly once, and knows its remote id.
    static void verifySyncedOnce(TestStore &store, const FakeOpenPost &server, int expected)
    {
        QCOMPARE(int(server.posts().size()), expected);
        verifyNoDuplicates(server);
        QCOMPARE(count(store, QStringLiteral("SELECT COUNT(*) FROM post_targets WHERE remote_id IS NULL")), qint64(0));
        QCOMPARE(count(store, QStringLiteral("SELECT COUNT(DISTINCT remote_id) FROM post_targets")), qint64(expected));
        QCOMPARE(count(store, QStringLiteral("SELECT COUNT(*) FROM outbox WHERE state <> 'done'")), qint64(0));
        for (const QString &remote : server.posts().keys())
            QCOMPARE(count(store, QStringLiteral("SELECT COUNT(*) FROM post_targets WHERE remote_id = '%1'").arg(remote)), qint64(2));
    }

private Q_SLOTS:
    void initTestCase()
    {
        qputenv("ALMANAC_NOW", "2026-04-20T00:00:00Z");
    }

    void createsGoInGroupsOfFifty()
    {
        TestStore store;
        FakeOpenPost server;
        connectProvider(store, server.baseUrl(), &server);
        MemorySecretStore secrets;
        QVERIFY(secrets.setProviderKey(QStringLiteral("op"), QStringLiteral("op_test_key")).ok());
        addPosts(store, 120);
        QVERIFY(drain(store, secrets));
        verifySyncedOnce(store, server, 120);
        QCOMPARE(server.requests(), 3); // 50 + 50 + 20, one request each
        // The group ids are kept, one per request.
        QCOMPARE(count(store, QStringLiteral("SELECT COUNT(DISTINCT remote_group_id) FROM post_targets")), qint64(3));
        QJsonObject first;
        for (const QJsonObject &p : server.posts())
            if (p.value(u"content").toString() == u"Post 0")
                first = p;
        QCOMPARE(first.value(u"integrations").toArray().size(), 2);
        QCOMPARE(first.value(u"schedule_at").toString(), QStringLiteral("2026-05-01T09:00:00Z"));
    }

    // Settings only Almanac's own publishers read (Bluesky's link card) never
    // go to OpenPost; its own settings do.
    void onlyOpenPostsSettingsGoToIt()
    {
        TestStore store;
        FakeOpenPost server;
        connectProvider(store, server.baseUrl(), &server);
        MemorySecretStore secrets;
        QVERIFY(secrets.setProviderKey(QStringLiteral("op"), QStringLiteral("op_test_key")).ok());
        const QString id = addPosts(store, 1).first();
        Post post = *PostRepository(store.connection()).find(id);
        post.platformSettings.insert(QStringLiteral("x"), QJsonObject{{QStringLiteral("who_can_reply"), QStringLiteral("following")}});
        post.platformSettings.insert(QStringLiteral("bluesky"), QJsonObject{{QStringLiteral("link_card"), false}});
        QVERIFY(PostRepository(store.connection()).update(post).ok());
        QVERIFY(drain(store, secrets));
        const QJsonObject sent = server.posts().first();
        QCOMPARE(sent[u"platform_settings"].toObject(),
                 (QJsonObject{{QStringLiteral("twitter"), QJsonObject{{QStringLiteral("who_can_reply"), QStringLiteral("following")}}}}));
    }

    void eachFaultEndsSyncedWithoutDuplicates_data()
    {
        QTest::addColumn<int>("fault");
        QTest::newRow("500") << int(Fault::ServerError);
        QTest::newRow("503 Retry-After") << int(Fault::Unavailable);
        QTest::newRow("429 Retry-After") << int(Fault::TooManyRequests);
        QTest::newRow("dropped after commit") << int(Fault::DropAfterCommit);
        QTest::newRow("timeout after commit") << int(Fault::HangAfterCommit);
        QTest::newRow("malformed JSON after commit") << int(Fault::MalformedAfterCommit);
    }

    void eachFaultEndsSyncedWithoutDuplicates()
    {
        QFETCH(int, fault);
        TestStore store;
        FakeOpenPost server;
        connectProvider(store, server.baseUrl(), &server);
        MemorySecretStore secrets;
        QVERIFY(secrets.setProviderKey(QStringLiteral("op"), QStringLiteral("op_test_key")).ok());
        // The first two requests meet the fault.
        server.setFaults([fault](const FakeHttpServer::Request &, int n) { return n <= 2 ? Fault(fault) : Fault::None; });
        addPosts(store, 70);
        QVERIFY(drain(store, secrets));
        verifySyncedOnce(store, server, 70);
    }

    void aRefusedGroupFailsWithTheServersReason()
    {
        TestStore store;
        FakeOpenPost server;
        connectProvider(store, server.baseUrl(), &server);
        // An account the server does not know: the group is refused whole.
        Integration ghost;
        ghost.id = QStringLiteral("int_ghost");
        ghost.platform = QStringLiteral("bluesky");
        ghost.providerAccount = QStringLiteral("op");
        QVERIFY(IntegrationRepository(store.connection()).add(ghost).ok());
        MemorySecretStore secrets;
        QVERIFY(secrets.setProviderKey(QStringLiteral("op"), QStringLiteral("op_test_key")).ok());
        addPosts(store, 3);
        addPosts(store, 1, QStringLiteral("Ghost"), {QStringLiteral("int_ghost")});
        QVERIFY(drain(store, secrets));
        QCOMPARE(int(server.posts().size()), 0); // all or nothing
        QCOMPARE(count(store, QStringLiteral("SELECT COUNT(*) FROM outbox WHERE state = 'failed'")), qint64(7));
        QSqlQuery q(store.connection());
        QVERIFY(q.exec(QStringLiteral("SELECT last_error FROM post_targets WHERE status = 'failed' LIMIT 1")) && q.next());
        QVERIFY2(q.value(0).toString().contains(QStringLiteral("integration int_ghost is not connected")),
                 qPrintable(q.value(0).toString()));
        QVERIFY(q.value(0).toString().contains(QStringLiteral("422")));
        // Retried after the fix (the account connected at the server), they go through.
        server.addIntegration(QStringLiteral("int_ghost"), QStringLiteral("bluesky"));
        QCOMPARE(OutboxRepository(store.connection()).requeueFailed(OutboxRepository::FailedFilter{}).value(), 7);
        // Sent afresh under new keys, by the one rule every outbox row follows: a time-ordered UUID.
        QVERIFY(q.exec(QStringLiteral("SELECT idempotency_key FROM outbox")));
        while (q.next())
            QVERIFY2(q.value(0).toString().size() == 36 && q.value(0).toString().at(14) == u'7', qPrintable(q.value(0).toString()));
        QVERIFY(drain(store, secrets));
        QCOMPARE(int(server.posts().size()), 4);
    }

    void anImportRefusedInALaterGroupIsCancelledWhole()
    {
        TestStore store;
        FakeOpenPost server;
        connectProvider(store, server.baseUrl(), &server);
        Integration ghost;
        ghost.id = QStringLiteral("int_ghost");
        ghost.platform = QStringLiteral("bluesky");
        ghost.providerAccount = QStringLiteral("op");
        QVERIFY(IntegrationRepository(store.connection()).add(ghost).ok());
        MemorySecretStore secrets;
        QVERIFY(secrets.setProviderKey(QStringLiteral("op"), QStringLiteral("op_test_key")).ok());
        // 120 rows: two good groups of 50, then a third the server refuses.
        QFile csv(store.dir() + QStringLiteral("/plan.csv"));
        QVERIFY(csv.open(QIODevice::WriteOnly));
        csv.write("content,integrations,schedule_at\n");
        for (int i = 0; i < 120; ++i)
            csv.write(QStringLiteral("Row %1,%2,2026-05-01T09:%3:00Z\n")
                          .arg(i)
                          .arg(i == 110 ? QStringLiteral("int_ghost") : QStringLiteral("int_x"))
                          .arg(i % 60, 2, 10, QChar(u'0'))
                          .toUtf8());
        csv.close();
        ImportOptions options;
        options.filePath = csv.fileName();
        options.storePath = store.path();
        options.connectionName = QStringLiteral("import");
        QVERIFY(CsvImporter(options).run(nullptr).committed());

        QVERIFY(drain(store, secrets));
        QCOMPARE(int(server.posts().size()), 0); // the first two groups were cancelled
        QCOMPARE(count(store, QStringLiteral("SELECT COUNT(*) FROM outbox WHERE state = 'failed'")), qint64(120));
        QCOMPARE(count(store, QStringLiteral("SELECT COUNT(*) FROM post_targets WHERE remote_id IS NOT NULL")), qint64(0));
        QSqlQuery q(store.connection());
        QVERIFY(q.exec(QStringLiteral("SELECT last_error FROM post_targets WHERE post_id = (SELECT id FROM posts WHERE content = 'Row 0')")));
        QVERIFY(q.next());
        QVERIFY2(q.value(0).toString().contains(QStringLiteral("A later group of the same import was refused")) &&
                     q.value(0).toString().contains(QStringLiteral("int_ghost is not connected")),
                 qPrintable(q.value(0).toString()));
    }

    void whatBecameOfDuePostsIsReadBack()
    {
        TestStore store;
        FakeOpenPost server;
        connectProvider(store, server.baseUrl(), &server);
        MemorySecretStore secrets;
        QVERIFY(secrets.setProviderKey(QStringLiteral("op"), QStringLiteral("op_test_key")).ok());
        // Two posts due before "now" (2026-04-20), one still to come.
        PostRepository posts(store.connection());
        QStringList ids;
        for (qint64 at : {May1 - 12 * 86400, May1 - 12 * 86400 + 3600, May1}) { // 19 April, 19 April, 1 May
            Post p;
            p.content = QStringLiteral("Due %1").arg(at);
            p.status = PostStatus::Scheduled;
            p.scheduledAt = at;
            p.targets.append({QStringLiteral("int_x"), QString(), p.status, {}, {}, 0, {}, 0});
            QVERIFY(posts.insert(p).ok());
            ids.append(p.id);
        }
        SyncEngine engine(store.path(), &secrets, fastRetries());
        QVERIFY(engine.start().ok());
        QTRY_COMPARE(engine.status().pending, qint64(0));
        QTRY_VERIFY(!engine.status().busy);
        server.setPublished(posts.find(ids.at(0))->targets.first().remoteId, QStringLiteral("https://x.com/acme/status/1"));
        server.setFailed(posts.find(ids.at(1))->targets.first().remoteId, QStringLiteral("The X token expired"));
        const int before = server.requests();
        engine.refreshNow();
        QTRY_COMPARE(posts.find(ids.at(0))->status, PostStatus::Published);
        QCOMPARE(posts.find(ids.at(0))->targets.first().platformPostUrl, QStringLiteral("https://x.com/acme/status/1"));
        QTRY_COMPARE(posts.find(ids.at(1))->targets.first().status, PostStatus::Failed);
        QCOMPARE(posts.find(ids.at(1))->targets.first().lastError, QStringLiteral("The X token expired"));
        QCOMPARE(posts.find(ids.at(1))->status, PostStatus::Failed);
        QTRY_VERIFY(!engine.status().busy);
        QCOMPARE(server.requests() - before, 2); // the post still to come is not asked about
        QCOMPARE(posts.find(ids.at(2))->status, PostStatus::Scheduled);
    }

    void localMediaGoesUpThroughPreSignedUrls()
    {
        TestStore store;
        FakeOpenPost server;
        connectProvider(store, server.baseUrl(), &server);
        MemorySecretStore secrets;
        QVERIFY(secrets.setProviderKey(QStringLiteral("op"), QStringLiteral("op_test_key")).ok());
        const QString image = store.dir() + QStringLiteral("/launch.png");
        {
            QFile bytes(image);
            QVERIFY(bytes.open(QIODevice::WriteOnly));
            bytes.write(QByteArray("\x89PNG\r\n\x1a\n", 8) + QByteArray(4000, 'x')); // enough of a picture for the provider
        }
        Post p;
        p.content = QStringLiteral("With a picture");
        p.status = PostStatus::Scheduled;
        p.scheduledAt = May1;
        p.targets.append({QStringLiteral("int_x"), QString(), p.status, {}, {}, 0, {}, 0});
        p.media.append({QUrl::fromLocalFile(image).toString(), {}, {}});
        p.media.append({QStringLiteral("https://cdn.example.com/already-online.jpg"), {}, {}});
        QVERIFY(PostRepository(store.connection()).insert(p).ok());
        QVERIFY(drain(store, secrets));
        QCOMPARE(int(server.media().size()), 1);
        QFile file(image);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(server.media().first(), file.readAll());
        QCOMPARE(server.uploadsWithKey(), 0); // the key never goes to the upload URL
        const QJsonArray media = server.posts().first().value(u"media").toArray();
        QCOMPARE(media.size(), 2);
        QCOMPARE(media.at(0).toString(), server.media().firstKey());
        QCOMPARE(media.at(1).toString(), QStringLiteral("https://cdn.example.com/already-online.jpg"));
    }

    void editsDeletesAndAPublishedPostRefusingAnEdit()
    {
        TestStore store;
        FakeOpenPost server;
        connectProvider(store, server.baseUrl(), &server);
        MemorySecretStore secrets;
        QVERIFY(secrets.setProviderKey(QStringLiteral("op"), QStringLiteral("op_test_key")).ok());
        const QStringList ids = addPosts(store, 3);
        QVERIFY(drain(store, secrets));
        PostRepository posts(store.connection());
        const QString remote0 = posts.find(ids.at(0))->targets.first().remoteId;
        const QString remote1 = posts.find(ids.at(1))->targets.first().remoteId;

        Post edited = *posts.find(ids.at(0));
        edited.content = QStringLiteral("Better words");
        QVERIFY(posts.update(edited).ok());
        QVERIFY(posts.reschedule(ids.at(0), May1 + 86400).ok());
        QVERIFY(posts.remove({ids.at(2)}).ok());
        server.setPublished(remote1);
        Post late = *posts.find(ids.at(1));
        late.content = QStringLiteral("Too late");
        QVERIFY(posts.update(late).ok());
        QVERIFY(drain(store, secrets));

        QCOMPARE(server.posts().value(remote0).value(u"content").toString(), QStringLiteral("Better words"));
        QCOMPARE(server.posts().value(remote0).value(u"schedule_at").toString(), QStringLiteral("2026-05-02T09:00:00Z"));
        QCOMPARE(int(server.posts().size()), 2); // the deleted one is gone
        const Post refused = *posts.find(ids.at(1));
        QCOMPARE(refused.targets.first().status, PostStatus::Failed);
        QVERIFY2(refused.targets.first().lastError.contains(QStringLiteral("can no longer be edited")),
                 qPrintable(refused.targets.first().lastError));
    }

    void aPostDeletedBeforeItLeftNeverReachesTheServer()
    {
        TestStore store;
        FakeOpenPost server;
        connectProvider(store, server.baseUrl(), &server);
        MemorySecretStore secrets;
        QVERIFY(secrets.setProviderKey(QStringLiteral("op"), QStringLiteral("op_test_key")).ok());
        const QStringList ids = addPosts(store, 2);
        QVERIFY(PostRepository(store.connection()).remove({ids.first()}).ok());
        QVERIFY(drain(store, secrets));
        QCOMPARE(int(server.posts().size()), 1);
        QCOMPARE(server.requests(), 1);
    }

    void anotherEngineFinishesWhatAStoppedOneBegan()
    {
        TestStore store;
        FakeOpenPost server;
        connectProvider(store, server.baseUrl(), &server);
        MemorySecretStore secrets;
        QVERIFY(secrets.setProviderKey(QStringLiteral("op"), QStringLiteral("op_test_key")).ok());
        // The server creates the first group but never answers; the engine stops while it waits.
        server.setFaults([](const FakeHttpServer::Request &, int n) { return n == 1 ? Fault::HangAfterCommit : Fault::None; });
        addPosts(store, 80);
        {
            SyncEngine::Options patient = fastRetries();
            patient.transferTimeoutMs = 60000;
            SyncEngine first(store.path(), &secrets, patient);
            QVERIFY(first.start().ok());
            QTRY_COMPARE(int(server.posts().size()), 50);
            QVERIFY(first.status().busy);
        } // gone mid-request (as if killed): the rows are "sent", their key stored
        QCOMPARE(count(store, QStringLiteral("SELECT COUNT(*) FROM outbox WHERE state = 'sent'")), qint64(100));
        QVERIFY(drain(store, secrets));
        verifySyncedOnce(store, server, 80); // the resend got the first answer again, not a second group
    }

    void offlineKeepsEverythingAndResumes()
    {
        // A port nobody listens on yet.
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        const quint16 port = probe.serverPort();
        probe.close();
        TestStore store;
        connectProvider(store, "http://127.0.0.1:" + QByteArray::number(port), nullptr);
        MemorySecretStore secrets;
        QVERIFY(secrets.setProviderKey(QStringLiteral("op"), QStringLiteral("op_test_key")).ok());
        addPosts(store, 5);
        SyncEngine engine(store.path(), &secrets, fastRetries());
        QVERIFY(engine.start().ok());
        QTRY_VERIFY(!engine.status().online);
        QCOMPARE(engine.status().pending, qint64(10));
        // The server comes up: the engine finds it by itself.
        FakeOpenPost server("op_test_key", 300, port);
        server.addIntegration(QStringLiteral("int_x_abc"), QStringLiteral("twitter"));
        server.addIntegration(QStringLiteral("int_li_abc"), QStringLiteral("linkedin"));
        QTRY_COMPARE_WITH_TIMEOUT(engine.status().pending, qint64(0), 10000);
        QVERIFY(engine.status().online);
        verifySyncedOnce(store, server, 5);
    }

    void aMissingKeyKeepsThePostsQueued()
    {
        TestStore store;
        FakeOpenPost server;
        connectProvider(store, server.baseUrl(), &server);
        MemorySecretStore secrets; // no key
        addPosts(store, 2);
        SyncEngine engine(store.path(), &secrets, fastRetries());
        QSignalSpy settled(&engine, &SyncEngine::settled);
        QVERIFY(engine.start().ok());
        QVERIFY(settled.wait(5000));
        QCOMPARE(engine.status().pending, qint64(4));
        QVERIFY2(engine.status().blocked.contains(QStringLiteral("No API key for the provider op")),
                 qPrintable(engine.status().blocked));
        QVERIFY(engine.status().blocked.contains(QStringLiteral("ALMANAC_API_KEY_OP")));
        QCOMPARE(server.requests(), 0);
    }

    void soakFiveThousandPostsThroughFaults()
    {
        TestStore store;
        FakeOpenPost server;
        connectProvider(store, server.baseUrl(), &server);
        MemorySecretStore secrets;
        QVERIFY(secrets.setProviderKey(QStringLiteral("op"), QStringLiteral("op_test_key")).ok());
        // One request in five meets a fault of any kind.
        QRandomGenerator random(20261124);
        server.setFaults([&random](const FakeHttpServer::Request &, int) {
            if (random.bounded(5) != 0)
                return Fault::None;
            const Fault faults[] = {Fault::ServerError, Fault::Unavailable, Fault::TooManyRequests,
                                    Fault::DropAfterCommit, Fault::HangAfterCommit, Fault::MalformedAfterCommit};
            return faults[random.bounded(int(std::size(faults)))];
        });
        addPosts(store, 5000);
        QVERIFY(drain(store, secrets, 120000));
        verifySyncedOnce(store, server, 5000);
        qInfo("%d requests for 5000 posts", server.requests());
    }

    // The one-off requests of an engine whose store never opened (the window
    // said "Sync cannot start") answer in words, never crash.
    void oneOffRequestsBeforeTheStoreOpens()
    {
        MemorySecretStore secrets;
        QTemporaryDir folder; // a folder where the store should be: it cannot open
        SyncEngine engine(folder.path(), &secrets, SyncEngine::Options{});
        QVERIFY(!engine.start());
        std::optional<QStringList> lines;
        engine.operations().retryAtProviders(RetryFilter{QStringLiteral("x"), std::nullopt, std::nullopt, {}, {}, {}},
                                             [&](const QStringList &l) { lines = l; });
        QVERIFY(lines);
        QVERIFY(lines->isEmpty());
        std::optional<Result<int>> cancelled;
        engine.operations().cancelGroup(QStringLiteral("grp_1"), [&](const Result<int> &r) { cancelled = r; });
        QVERIFY(cancelled);
        QVERIFY(!*cancelled);
        QVERIFY2(cancelled->error().contains(QStringLiteral("grp_1")), qPrintable(cancelled->error()));
    }
};

QTEST_GUILESS_MAIN(TestSyncOpenPost)
#include "tst_syncopenpost.moc"
