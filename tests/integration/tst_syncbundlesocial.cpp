// SPDX-License-Identifier: GPL-3.0-or-later
// The real sync engine against a fake bundle.social (seed 003): posts go up as
// one CSV import job in bundle.social's dialect, polled to the end (through
// RATE_LIMITED), read row by row; an upload whose answer was lost is found by
// its file name instead of being uploaded twice.
#include "app/secrets/secretstore.h"
#include "app/sync/syncengine.h"
#include "fakebundlesocial.h"
#include "models/store/integrationrepository.h"
#include "models/store/postrepository.h"
#include "models/store/providerrepository.h"
#include "syncfixture.h"
#include "teststore.h"

#include <QSqlQuery>
#include <QTest>

using namespace Almanac;
using namespace Almanac::Test;
using Fault = FakeBundleSocial::Fault;

class TestSyncBundleSocial : public QObject
{
    Q_OBJECT

private:
    static void connect(TestStore &store, FakeBundleSocial &server, MemorySecretStore &secrets)
    {
        ProviderAccount bs{QStringLiteral("bs"), QStringLiteral("bundlesocial"), QString::fromLatin1(server.baseUrl()), 300,
                           QStringLiteral("team_456"), 0};
        QVERIFY(ProviderRepository(store.connection()).add(bs).ok());
        for (const auto &[id, platform] : {std::pair{"int_x", "x"}, std::pair{"int_li", "linkedin"}}) {
            Integration in;
            in.id = QString::fromLatin1(id);
            in.platform = QString::fromLatin1(platform);
            in.providerAccount = QStringLiteral("bs");
            QVERIFY(IntegrationRepository(store.connection()).add(in).ok());
        }
        server.connectAccountType(QStringLiteral("TWITTER"));
        QVERIFY(secrets.setProviderKey(QStringLiteral("bs"), QStringLiteral("bs_test_key")).ok());
    }

    static QStringList addPosts(TestStore &store, int count, const QString &prefix, const QString &integration)
    {
        QStringList ids;
        PostRepository posts(store.connection());
        for (int i = 0; i < count; ++i) {
            Post p;
            p.content = QStringLiteral("%1 %2, with a comma and a \"quote\"").arg(prefix).arg(i);
            p.status = PostStatus::Scheduled;
            p.scheduledAt = 1777626000 + i * 60;
            p.targets.append({integration, QString(), p.status, {}, {}, 0, {}, 0});
            if (!posts.insert(p).ok())
                qFatal("insert");
            ids.append(p.id);
        }
        return ids;
    }

    static void verifyOnce(const FakeBundleSocial &server, int expected)
    {
        QCOMPARE(int(server.posts().size()), expected);
        verifyNoDuplicates(server);
    }

private Q_SLOTS:
    void initTestCase() { qputenv("ALMANAC_NOW", "2026-04-20T00:00:00Z"); }

    void oneImportJobPolledAndReadRowByRow()
    {
        TestStore store;
        FakeBundleSocial server;
        MemorySecretStore secrets;
        connect(store, server, secrets);
        addPosts(store, 5, QStringLiteral("Post"), QStringLiteral("int_x"));
        QVERIFY(drain(store, secrets));
        QCOMPARE(server.imports(), 1);
        verifyOnce(server, 5);
        // Each local post knows its bundle.social post.
        QCOMPARE(count(store, QStringLiteral("SELECT COUNT(*) FROM post_targets WHERE remote_id LIKE 'post_%'")), qint64(5));
        const QJsonObject first = server.posts().first();
        QCOMPARE(first.value(u"socialAccountTypes").toString(), QStringLiteral("TWITTER"));
        QVERIFY(first.value(u"text").toString().contains(QStringLiteral("with a comma and a \"quote\"")));
        QVERIFY(first.value(u"postDate").toString().startsWith(QStringLiteral("2026-05-01T")));
    }

    void aFailedRowFailsItsPostOnly()
    {
        TestStore store;
        FakeBundleSocial server;
        MemorySecretStore secrets;
        connect(store, server, secrets);
        addPosts(store, 2, QStringLiteral("Fine"), QStringLiteral("int_x"));
        const QStringList li = addPosts(store, 1, QStringLiteral("LinkedIn"), QStringLiteral("int_li")); // not connected there
        QVERIFY(drain(store, secrets));
        QCOMPARE(server.imports(), 1);
        verifyOnce(server, 2);
        const Post refused = *PostRepository(store.connection()).find(li.first());
        QCOMPARE(refused.targets.first().status, PostStatus::Failed);
        QVERIFY2(refused.targets.first().lastError.contains(QStringLiteral("No LINKEDIN account is connected")),
                 qPrintable(refused.targets.first().lastError));
    }

    void rateLimitedImportIsWaitedOut()
    {
        TestStore store;
        FakeBundleSocial server;
        MemorySecretStore secrets;
        connect(store, server, secrets);
        server.rateLimitNextImport(700);
        addPosts(store, 3, QStringLiteral("Post"), QStringLiteral("int_x"));
        QElapsedTimer t;
        t.start();
        QVERIFY(drain(store, secrets));
        QVERIFY(t.elapsed() >= 600); // it waited for rateLimitResetAt, not less
        QCOMPARE(server.imports(), 1);
        verifyOnce(server, 3);
    }

    void aLostAnswerIsFoundByNameNotUploadedTwice_data()
    {
        QTest::addColumn<int>("fault");
        QTest::addColumn<int>("request");
        QTest::newRow("upload dropped after commit") << int(Fault::DropAfterCommit) << 1;
        QTest::newRow("upload timed out after commit") << int(Fault::HangAfterCommit) << 1;
        QTest::newRow("upload answer malformed") << int(Fault::MalformedAfterCommit) << 1;
        QTest::newRow("status poll 500") << int(Fault::ServerError) << 2;
        QTest::newRow("rows dropped") << int(Fault::DropAfterCommit) << 4;
    }

    void aLostAnswerIsFoundByNameNotUploadedTwice()
    {
        QFETCH(int, fault);
        QFETCH(int, request);
        TestStore store;
        FakeBundleSocial server;
        MemorySecretStore secrets;
        connect(store, server, secrets);
        server.setFaults([fault, request](const FakeHttpServer::Request &, int n) { return n == request ? Fault(fault) : Fault::None; });
        addPosts(store, 4, QStringLiteral("Post"), QStringLiteral("int_x"));
        QVERIFY(drain(store, secrets));
        QCOMPARE(server.imports(), 1);
        verifyOnce(server, 4);
    }

    void anEngineStoppedMidUploadLeavesOneImport()
    {
        TestStore store;
        FakeBundleSocial server;
        MemorySecretStore secrets;
        connect(store, server, secrets);
        server.setFaults([](const FakeHttpServer::Request &, int n) { return n == 1 ? Fault::HangAfterCommit : Fault::None; });
        addPosts(store, 3, QStringLiteral("Post"), QStringLiteral("int_x"));
        {
            SyncEngine::Options patient = fastRetries();
            patient.transferTimeoutMs = 60000;
            SyncEngine first(store.path(), &secrets, patient);
            QVERIFY(first.start().ok());
            QTRY_COMPARE(server.imports(), 1); // uploaded, never answered
        } // stopped while it waits
        QVERIFY(drain(store, secrets));
        QCOMPARE(server.imports(), 1); // found by its name, not uploaded again
        verifyOnce(server, 3);
    }

    void editsAreRefusedWithAReason()
    {
        TestStore store;
        FakeBundleSocial server;
        MemorySecretStore secrets;
        connect(store, server, secrets);
        const QStringList ids = addPosts(store, 1, QStringLiteral("Post"), QStringLiteral("int_x"));
        QVERIFY(drain(store, secrets));
        PostRepository posts(store.connection());
        Post edited = *posts.find(ids.first());
        edited.content = QStringLiteral("Changed");
        QVERIFY(posts.update(edited).ok());
        QVERIFY(drain(store, secrets));
        QVERIFY2(posts.find(ids.first())->targets.first().lastError.contains(QStringLiteral("edit or delete this post in bundle.social")),
                 qPrintable(posts.find(ids.first())->targets.first().lastError));
    }
};

QTEST_GUILESS_MAIN(TestSyncBundleSocial)
#include "tst_syncbundlesocial.moc"
