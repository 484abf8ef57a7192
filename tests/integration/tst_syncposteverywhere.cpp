// SPDX-License-Identifier: GPL-3.0-or-later
// The real sync engine against a fake PostEverywhere (seed 002): bulk creates
// judged post by post (201, 207, 422 read per results[index]), refusals kept
// with the server's words and never retried blindly, faults survived without
// duplicates, edits and deletes.
#include "app/secrets/secretstore.h"
#include "app/sync/syncengine.h"
#include "fakeposteverywhere.h"
#include "models/store/integrationrepository.h"
#include "models/store/postrepository.h"
#include "models/store/providerrepository.h"
#include "syncfixture.h"
#include "teststore.h"

#include <QJsonArray>
#include <QSqlQuery>
#include <QTest>

using namespace Almanac;
using namespace Almanac::Test;
using Fault = FakePostEverywhere::Fault;

class TestSyncPostEverywhere : public QObject
{
    Q_OBJECT

private:
    // Provider "pe" with the accounts 123 (X) and 456 (LinkedIn), and "ghost" (999) the server does not know.
    static void connect(TestStore &store, FakePostEverywhere &server, MemorySecretStore &secrets)
    {
        ProviderAccount pe{QStringLiteral("pe"), QStringLiteral("posteverywhere"), QString::fromLatin1(server.baseUrl()), 300, {}, 0};
        QVERIFY(ProviderRepository(store.connection()).add(pe).ok());
        for (const auto &[id, platform, remote] : {std::tuple{"int_x", "x", "123"}, std::tuple{"int_li", "linkedin", "456"},
                                                   std::tuple{"int_ghost", "bluesky", "999"}}) {
            Integration in;
            in.id = QString::fromLatin1(id);
            in.platform = QString::fromLatin1(platform);
            in.providerAccount = QStringLiteral("pe");
            in.remoteId = QString::fromLatin1(remote);
            QVERIFY(IntegrationRepository(store.connection()).add(in).ok());
        }
        server.addAccount(123);
        server.addAccount(456);
        QVERIFY(secrets.setProviderKey(QStringLiteral("pe"), QStringLiteral("pe_test_key")).ok());
    }

    static QStringList addPosts(TestStore &store, int count, const QString &prefix, const QStringList &integrations)
    {
        QStringList ids;
        PostRepository posts(store.connection());
        for (int i = 0; i < count; ++i) {
            Post p;
            p.content = QStringLiteral("%1 %2").arg(prefix).arg(i);
            p.status = PostStatus::Scheduled;
            p.scheduledAt = 1777626000 + i * 60; // 2026-05-01T09:00Z onwards
            for (const QString &in : integrations)
                p.targets.append({in, QString(), p.status, {}, {}, 0, {}, 0});
            if (!posts.insert(p).ok())
                qFatal("insert");
            ids.append(p.id);
        }
        return ids;
    }

private Q_SLOTS:
    void initTestCase() { qputenv("ALMANAC_NOW", "2026-04-20T00:00:00Z"); }

    void bulkCreatesFiftyAtATime()
    {
        TestStore store;
        FakePostEverywhere server;
        MemorySecretStore secrets;
        connect(store, server, secrets);
        addPosts(store, 120, QStringLiteral("Post"), {QStringLiteral("int_x"), QStringLiteral("int_li")});
        QVERIFY(drain(store, secrets));
        QCOMPARE(int(server.posts().size()), 120);
        QCOMPARE(server.requests(), 3);
        verifyNoDuplicates(server);
        QCOMPARE(count(store, QStringLiteral("SELECT COUNT(*) FROM post_targets WHERE remote_id LIKE 'pe-%'")), qint64(240));
        // account_ids go as the numbers seed 002 shows.
        QVERIFY(server.posts().first().value(u"account_ids").toArray().first().isDouble());
    }

    void aMixedAnswerKeepsEachPostsOutcome()
    {
        TestStore store;
        FakePostEverywhere server;
        MemorySecretStore secrets;
        connect(store, server, secrets);
        addPosts(store, 2, QStringLiteral("Fine"), {QStringLiteral("int_x")});
        const QStringList ghost = addPosts(store, 1, QStringLiteral("Ghost"), {QStringLiteral("int_ghost")});
        QVERIFY(drain(store, secrets));
        QCOMPARE(server.requests(), 1); // a 207: nothing sent again blindly
        QCOMPARE(int(server.posts().size()), 2);
        const Post refused = *PostRepository(store.connection()).find(ghost.first());
        QCOMPARE(refused.targets.first().status, PostStatus::Failed);
        QCOMPARE(refused.targets.first().lastError,
                 QStringLiteral("Refused by PostEverywhere (validation_error): account 999 is not connected"));
        QCOMPARE(count(store, QStringLiteral("SELECT COUNT(*) FROM outbox WHERE state = 'done'")), qint64(2));
    }

    void allRefusedIsA422()
    {
        TestStore store;
        FakePostEverywhere server;
        MemorySecretStore secrets;
        connect(store, server, secrets);
        addPosts(store, 3, QStringLiteral("Ghost"), {QStringLiteral("int_ghost")});
        QVERIFY(drain(store, secrets));
        QCOMPARE(server.requests(), 1);
        QCOMPARE(count(store, QStringLiteral("SELECT COUNT(*) FROM outbox WHERE state = 'failed'")), qint64(3));
    }

    void faultsLeaveNoDuplicates_data()
    {
        QTest::addColumn<int>("fault");
        QTest::newRow("500") << int(Fault::ServerError);
        QTest::newRow("429 Retry-After") << int(Fault::TooManyRequests);
        QTest::newRow("dropped after commit") << int(Fault::DropAfterCommit);
        QTest::newRow("timeout after commit") << int(Fault::HangAfterCommit);
        QTest::newRow("malformed JSON after commit") << int(Fault::MalformedAfterCommit);
    }

    void faultsLeaveNoDuplicates()
    {
        QFETCH(int, fault);
        TestStore store;
        FakePostEverywhere server;
        MemorySecretStore secrets;
        connect(store, server, secrets);
        server.setFaults([fault](const FakeHttpServer::Request &, int n) { return n <= 2 ? Fault(fault) : Fault::None; });
        addPosts(store, 60, QStringLiteral("Post"), {QStringLiteral("int_x")});
        addPosts(store, 1, QStringLiteral("Ghost"), {QStringLiteral("int_ghost")});
        QVERIFY(drain(store, secrets));
        QCOMPARE(int(server.posts().size()), 60);
        verifyNoDuplicates(server);
        QCOMPARE(count(store, QStringLiteral("SELECT COUNT(*) FROM outbox WHERE state = 'failed'")), qint64(1));
    }

    void anEngineStoppedMidRequestLeavesNoDuplicates()
    {
        TestStore store;
        FakePostEverywhere server;
        MemorySecretStore secrets;
        connect(store, server, secrets);
        server.setFaults([](const FakeHttpServer::Request &, int n) { return n == 1 ? Fault::HangAfterCommit : Fault::None; });
        addPosts(store, 70, QStringLiteral("Post"), {QStringLiteral("int_x")});
        {
            SyncEngine::Options patient = fastRetries();
            patient.transferTimeoutMs = 60000;
            SyncEngine first(store.path(), &secrets, patient);
            QVERIFY(first.start().ok());
            QTRY_COMPARE(int(server.posts().size()), 50); // created, never answered
        }
        QVERIFY(drain(store, secrets));
        QCOMPARE(int(server.posts().size()), 70);
        verifyNoDuplicates(server);
    }

    void editsAndDeletes()
    {
        TestStore store;
        FakePostEverywhere server;
        MemorySecretStore secrets;
        connect(store, server, secrets);
        const QStringList ids = addPosts(store, 2, QStringLiteral("Post"), {QStringLiteral("int_x")});
        QVERIFY(drain(store, secrets));
        PostRepository posts(store.connection());
        Post edited = *posts.find(ids.first());
        edited.content = QStringLiteral("Better words");
        const QString remote = edited.targets.first().remoteId;
        QVERIFY(posts.update(edited).ok());
        QVERIFY(posts.remove({ids.last()}).ok());
        QVERIFY(drain(store, secrets));
        QCOMPARE(int(server.posts().size()), 1);
        QCOMPARE(server.posts().value(remote).value(u"content").toString(), QStringLiteral("Better words"));
    }
};

QTEST_GUILESS_MAIN(TestSyncPostEverywhere)
#include "tst_syncposteverywhere.moc"
