// SPDX-License-Identifier: GPL-3.0-or-later
// Hosts that answer as an attacker would: redirecting the request (and its
// credentials) elsewhere, trickling one byte at a time, never ending, lying
// about their length, handing back addresses with user-info or CR/LF. Each
// test asserts the secret never reaches the second host, the process stays up
// with bounded memory, and the post stays queued with a reason.
#include "app/net/httpclient.h"
#include "app/publish/localscheduler.h"
#include "app/secrets/secretstore.h"
#include "fakehttpserver.h"
#include "fakemastodon.h"
#include "fakeopenpost.h"
#include "models/domain/endpointpolicy.h"
#include "models/store/integrationrepository.h"
#include "models/store/postrepository.h"
#include "models/store/providerrepository.h"
#include "schedulerround.h"
#include "syncfixture.h"
#include "teststore.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTest>

using namespace Almanac;
using namespace Almanac::Test;

namespace {

constexpr qint64 Now = 1776643200; // 2026-04-20T00:00:00Z

using Reply = FakeHttpServer::Reply;
using Delivery = FakeHttpServer::Reply::Delivery;

// The process's resident memory (kB), from /proc.
qint64 residentKb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    return 0;
}

// A host that records what reached it: the one a redirect points at.
struct Bystander
{
    QList<FakeHttpServer::Request> received;
    FakeHttpServer server{[this](const FakeHttpServer::Request &r) {
        received.append(r);
        return Reply{200, "{}", {}, Delivery::Send};
    }};
    bool sawSecret(const QByteArray &secret) const
    {
        for (const FakeHttpServer::Request &r : received) {
            if (r.body.contains(secret) || r.path.contains(secret))
                return true;
            for (const QByteArray &value : r.headers)
                if (value.contains(secret))
                    return true;
        }
        return false;
    }
};

Reply redirectTo(const QByteArray &location, int status = 307)
{
    return Reply{status, {}, {{"Location", location}}, Delivery::Send};
}

HttpResponse sendAndWait(HttpClient &client, HttpRequest request, int timeoutMs = 20000)
{
    std::optional<HttpResponse> response;
    client.send(std::move(request), [&](const HttpResponse &r) { response = r; });
    if (!QTest::qWaitFor([&] { return response.has_value(); }, timeoutMs))
        qFatal("the client never answered");
    return *response;
}

void addAccount(TestStore &store, const QString &id, const QString &platform, const QString &serviceUrl, const QString &handle = {})
{
    Integration in;
    in.id = id;
    in.platform = platform;
    in.serviceUrl = serviceUrl;
    in.handle = handle;
    if (keepsUrlInKeychain(platform)) // a secret: the environment is the headless way to give it
        qputenv(SecretStore::webhookUrlVariable(id).constData(), serviceUrl.toUtf8());
    if (!IntegrationRepository(store.connection()).add(in).ok())
        qFatal("integration");
}

QList<LocalScheduler::Outcome> publishRound(TestStore &store, SecretStore &secrets, int transferTimeoutMs = 2000)
{
    LocalScheduler::Options options;
    options.transferTimeoutMs = transferTimeoutMs;
    LocalScheduler scheduler(store.path(), &secrets, options);
    if (!scheduler.open().ok())
        qFatal("open");
    return runRound(scheduler, 60000);
}

} // namespace

class TestHostileHosts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        qputenv("ALMANAC_NOW", "2026-04-20T00:00:00Z");
        QStandardPaths::setTestModeEnabled(true);
    }

    // The front door itself, request by request.

    void credentialsNeverFollowARedirectToAnotherOrigin_data()
    {
        QTest::addColumn<int>("status");
        for (int status : {301, 302, 303, 307, 308})
            QTest::addRow("%d", status) << status;
    }
    void credentialsNeverFollowARedirectToAnotherOrigin()
    {
        QFETCH(int, status);
        Bystander other;
        FakeHttpServer api([&](const FakeHttpServer::Request &) { return redirectTo(other.server.baseUrl() + "/steal", status); });
        HttpClient client;
        HttpRequest request;
        request.method = "POST";
        request.url = QUrl(QString::fromLatin1(api.baseUrl() + "/v1/posts"));
        request.body = "{\"password\":\"hunter2-app-password\"}";
        request.headers.append({QByteArray("Authorization"), QByteArray("Bearer sk-planted-secret")});
        request.credentialed = true;
        const HttpResponse response = sendAndWait(client, request);
        QCOMPARE(response.failure, HttpResponse::Failure::Refused);
        // The message names both hosts, so the user knows what happened.
        QVERIFY2(response.error.contains(QStringLiteral("127.0.0.1:%1").arg(api.port())), qPrintable(response.error));
        QVERIFY2(response.error.contains(QStringLiteral("127.0.0.1:%1").arg(other.server.port())), qPrintable(response.error));
        QCOMPARE(other.received.size(), 0);
    }

    void aRedirectOnTheSameOriginIsFollowedWithItsCredentials()
    {
        QByteArray seen;
        FakeHttpServer api([&](const FakeHttpServer::Request &r) {
            if (r.path == "/old")
                return redirectTo("/new", 308);
            seen = r.header("authorization");
            return Reply{200, "{\"ok\":true}", {}, Delivery::Send};
        });
        HttpClient client;
        HttpRequest request;
        request.url = QUrl(QString::fromLatin1(api.baseUrl() + "/old"));
        request.headers.append({QByteArray("Authorization"), QByteArray("Bearer same-origin-token")});
        request.credentialed = true;
        const HttpResponse response = sendAndWait(client, request);
        QVERIFY2(response.succeeded(), qPrintable(response.error));
        QCOMPARE(seen, QByteArray("Bearer same-origin-token"));
        QCOMPARE(response.url.path(), QStringLiteral("/new"));
    }

    void aRedirectLoopEnds()
    {
        FakeHttpServer api([&](const FakeHttpServer::Request &r) { return redirectTo(r.path + "x", 302); });
        HttpClient client;
        HttpRequest request;
        request.url = QUrl(QString::fromLatin1(api.baseUrl() + "/a"));
        const HttpResponse response = sendAndWait(client, request);
        QCOMPARE(response.failure, HttpResponse::Failure::Refused);
        QVERIFY(response.error.contains(u"more than 5"));
        QCOMPARE(api.requestCount(), 6);
    }

    void credentialsGoOnlyOverHttpsOrToThisComputer_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("allowed");
        QTest::newRow("https") << "https://api.example.com/v1" << true;
        QTest::newRow("http elsewhere") << "http://api.example.com/v1" << false;
        QTest::newRow("http on the LAN") << "http://192.168.1.20/v1" << false;
        QTest::newRow("HTTP upper case") << "HTTP://api.example.com/v1" << false;
        QTest::newRow("loopback") << "http://127.0.0.1:8080/v1" << true;
        QTest::newRow("loopback v6") << "http://[::1]:8080/v1" << true;
        QTest::newRow("localhost") << "http://localhost:8080/v1" << true;
        QTest::newRow("user-info") << "https://user:pw@api.example.com/v1" << false;
        QTest::newRow("relative") << "/v1/posts" << false;
        QTest::newRow("ftp") << "ftp://api.example.com/" << false;
    }
    void credentialsGoOnlyOverHttpsOrToThisComputer()
    {
        QFETCH(QString, url);
        QFETCH(bool, allowed);
        const QString why = EndpointPolicy::endpointRefusal(QUrl(url));
        QVERIFY2(why.isEmpty() == allowed, qPrintable(why));
        QVERIFY(!why.contains(u"pw@")); // never the password it carries
        if (allowed && url.startsWith(u"http:"))
            QVERIFY(!EndpointPolicy::loopbackNote(QUrl(url)).isEmpty()); // said, not silent
    }

    void aTrickleMeetsTheDeadline()
    {
        FakeHttpServer slow([](const FakeHttpServer::Request &) {
            Reply r{200, QByteArray(1000, 'x'), {}, Delivery::Trickle};
            r.trickleMs = 50; // never quiet long enough for the transfer timeout
            return r;
        });
        HttpClient client;
        HttpRequest request;
        request.url = QUrl(QString::fromLatin1(slow.baseUrl() + "/"));
        request.transferTimeoutMs = 500;
        request.deadlineMs = 1500;
        QElapsedTimer t;
        t.start();
        const HttpResponse response = sendAndWait(client, request);
        QCOMPARE(response.failure, HttpResponse::Failure::TimedOut);
        QVERIFY(response.error.contains(u"1 seconds") || response.error.contains(u"within"));
        QVERIFY2(t.elapsed() < 5000, qPrintable(QString::number(t.elapsed())));
    }

    void anEndlessAnswerIsCutAtTheCap()
    {
        FakeHttpServer endless([](const FakeHttpServer::Request &) { return Reply{200, {}, {}, Delivery::Endless}; });
        HttpClient client;
        const qint64 before = residentKb();
        HttpRequest request;
        request.url = QUrl(QString::fromLatin1(endless.baseUrl() + "/"));
        request.maxBodyBytes = 2 * 1024 * 1024;
        const HttpResponse response = sendAndWait(client, request);
        QCOMPARE(response.failure, HttpResponse::Failure::TooLarge);
        QVERIFY(response.body.isEmpty());
        QVERIFY2(residentKb() - before < 64 * 1024, qPrintable(QString::number(residentKb() - before)));
    }

    void aLyingLengthIsRefusedBeforeTheBody()
    {
        FakeHttpServer liar([](const FakeHttpServer::Request &) {
            Reply r{200, "{}", {}, Delivery::Send};
            r.announcedLength = qint64(10) << 30; // 10 GiB, then 2 bytes
            return r;
        });
        HttpClient client;
        HttpRequest request;
        request.url = QUrl(QString::fromLatin1(liar.baseUrl() + "/"));
        const HttpResponse response = sendAndWait(client, request);
        QCOMPARE(response.failure, HttpResponse::Failure::TooLarge);
        QVERIFY(response.error.contains(u"announced"));
    }

    void serverGivenAddressesAreChecked_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("allowed");
        QTest::newRow("https") << "https://s3.example.com/bucket/x?sig=1" << true;
        QTest::newRow("user-info") << "https://user:key@s3.example.com/x" << false;
        QTest::newRow("at-path") << "@127.0.0.1:9/x" << false;
        QTest::newRow("relative") << "/upload/1" << false;
        QTest::newRow("Mixed-case scheme elsewhere") << "HtTp://s3.example.com/x" << false;
        QTest::newRow("crlf") << "https://s3.example.com/x\r\nATTACH:evil" << false;
        QTest::newRow("javascript") << "javascript:alert(1)" << false;
    }
    void serverGivenAddressesAreChecked()
    {
        QFETCH(QString, url);
        QFETCH(bool, allowed);
        QCOMPARE(EndpointPolicy::serverUrlRefusal(url).isEmpty(), allowed);
    }

    // The engine and the publishers behind it.

    void anUploadUrlWithUserInfoNeverGetsTheKey_data()
    {
        QTest::addColumn<QByteArray>("uploadUrl"); // %1: the bystander's port
        QTest::newRow("user-info") << QByteArray("http://op:key@127.0.0.1:%1/x");
        QTest::newRow("at-path") << QByteArray("@127.0.0.1:%1/x");
        QTest::newRow("protocol-relative") << QByteArray("//127.0.0.1:%1/x");
    }
    void anUploadUrlWithUserInfoNeverGetsTheKey()
    {
        QFETCH(QByteArray, uploadUrl);
        Bystander other;
        uploadUrl.replace("%1", QByteArray::number(other.server.port()));
        // OpenPost's media slot points elsewhere; everything else is the real fake.
        FakeOpenPost real("op_live_planted_key_123");
        FakeHttpServer api([&](const FakeHttpServer::Request &r) {
            if (r.path == "/v1/media/upload")
                return Reply{200, QJsonDocument(QJsonObject{{"id", "med_1"}, {"upload_url", QString::fromLatin1(uploadUrl)}}).toJson(), {}, Delivery::Send};
            return Reply{500, "{}", {}, Delivery::Send};
        });
        TestStore store;
        store.addOpenPostAccount(api.baseUrl(), QStringLiteral("x1"));
        MemorySecretStore secrets;
        QVERIFY(secrets.setProviderKey(QStringLiteral("op"), QStringLiteral("op_live_planted_key_123")).ok());
        const QString image = store.dir() + QStringLiteral("/a.png");
        QFile f(image);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray("\x89PNG\r\n\x1a\n", 8) + QByteArray(100, 'x'));
        f.close();
        Post p;
        p.content = QStringLiteral("With a picture");
        p.status = PostStatus::Scheduled;
        p.scheduledAt = Now + 86400;
        p.targets.append({QStringLiteral("int_x"), QString(), p.status, {}, {}, 0, {}, 0});
        p.media.append({QUrl::fromLocalFile(image).toString(), {}, {}});
        QVERIFY(PostRepository(store.connection()).insert(p).ok());

        SyncEngine engine(store.path(), &secrets, fastRetries());
        QVERIFY(engine.start().ok());
        QTRY_VERIFY_WITH_TIMEOUT(!engine.status().lastError.isEmpty(), 10000);
        QTest::qWait(300);
        QVERIFY(!other.sawSecret("op_live_planted_key_123"));
        QCOMPARE(other.received.size(), 0);
        // Still queued, with a reason.
        QVERIFY(count(store, QStringLiteral("SELECT count(*) FROM outbox WHERE state IN ('pending', 'sent')")) >= 1);
        QVERIFY2(engine.status().lastError.contains(u"not a full https") || engine.status().lastError.contains(u"user name"),
                 qPrintable(engine.status().lastError));
    }

    void aProviderAnsweringWithoutEndLeavesThePostQueued()
    {
        FakeHttpServer endless([](const FakeHttpServer::Request &) { return Reply{200, {}, {}, Delivery::Endless}; });
        TestStore store;
        store.addOpenPostAccount(endless.baseUrl(), QStringLiteral("x1"));
        MemorySecretStore secrets;
        QVERIFY(secrets.setProviderKey(QStringLiteral("op"), QStringLiteral("op_test_key")).ok());
        Post p;
        p.content = QStringLiteral("Never answered");
        p.status = PostStatus::Scheduled;
        p.scheduledAt = Now + 86400;
        p.targets.append({QStringLiteral("int_x"), QString(), p.status, {}, {}, 0, {}, 0});
        QVERIFY(PostRepository(store.connection()).insert(p).ok());
        const qint64 before = residentKb();
        SyncEngine engine(store.path(), &secrets, fastRetries());
        QVERIFY(engine.start().ok());
        QTRY_VERIFY_WITH_TIMEOUT(engine.status().lastError.contains(u"more than"), 20000);
        QVERIFY2(residentKb() - before < 128 * 1024, qPrintable(QString::number(residentKb() - before)));
        QCOMPARE(count(store, QStringLiteral("SELECT count(*) FROM outbox WHERE state = 'done'")), 0);
        QVERIFY(count(store, QStringLiteral("SELECT count(*) FROM outbox WHERE last_error LIKE '%more than%'")) >= 1);
    }

    void aMastodonInstanceRedirectingElsewhereNeverGetsTheTokenThere()
    {
        Bystander other;
        FakeHttpServer instance([&](const FakeHttpServer::Request &) { return redirectTo(other.server.baseUrl() + "/api/v1/statuses"); });
        TestStore store;
        addAccount(store, QStringLiteral("masto"), QStringLiteral("mastodon"), QString::fromLatin1(instance.baseUrl()));
        MemorySecretStore secrets;
        QVERIFY(secrets.setIntegrationSecret(QStringLiteral("masto"), QStringLiteral("masto_planted_token")).ok());
        const QString id = duePost(store, QStringLiteral("masto"), Now - 60);
        const QList<LocalScheduler::Outcome> outcomes = publishRound(store, secrets);
        QCOMPARE(outcomes.size(), 1);
        QCOMPARE(outcomes.first().result, QStringLiteral("retry")); // stays queued
        QVERIFY2(outcomes.first().error.contains(QString::number(other.server.port())), qPrintable(outcomes.first().error));
        QCOMPARE(other.received.size(), 0);
        const Post post = *PostRepository(store.connection()).find(id);
        QVERIFY(post.targets.first().lastError.contains(u"redirected"));
        QVERIFY(!post.targets.first().lastError.contains(u"masto_planted_token"));
    }

    void aPdsRedirectingTheSignInNeverHandsOverThePassword()
    {
        Bystander other;
        FakeHttpServer pds([&](const FakeHttpServer::Request &) {
            return redirectTo(other.server.baseUrl() + "/xrpc/com.atproto.server.createSession", 307);
        });
        TestStore store;
        addAccount(store, QStringLiteral("bsky"), QStringLiteral("bluesky"), QString::fromLatin1(pds.baseUrl()),
                   QStringLiteral("alice.test"));
        MemorySecretStore secrets;
        QVERIFY(secrets.setIntegrationSecret(QStringLiteral("bsky"), QStringLiteral("abcd-efgh-ijkl-mnop")).ok());
        duePost(store, QStringLiteral("bsky"), Now - 60);
        const QList<LocalScheduler::Outcome> outcomes = publishRound(store, secrets);
        QCOMPARE(outcomes.size(), 1);
        QCOMPARE(outcomes.first().result, QStringLiteral("retry"));
        QCOMPARE(other.received.size(), 0);
        QVERIFY(!other.sawSecret("abcd-efgh-ijkl-mnop"));
    }

    void aTricklingWebhookEndsAtTheDeadlineAndStaysQueued()
    {
        FakeHttpServer hook([](const FakeHttpServer::Request &) {
            Reply r{200, QByteArray(100000, ' '), {}, Delivery::Trickle};
            r.trickleMs = 20;
            return r;
        });
        TestStore store;
        addAccount(store, QStringLiteral("hook"), QStringLiteral("webhook"), QString::fromLatin1(hook.baseUrl()) + QStringLiteral("/in"));
        MemorySecretStore secrets;
        const QString id = duePost(store, QStringLiteral("hook"), Now - 60);
        LocalScheduler::Options options;
        options.transferTimeoutMs = 300;
        options.deadlineMs = 1500;
        LocalScheduler scheduler(store.path(), &secrets, options);
        QVERIFY(scheduler.open().ok());
        QElapsedTimer t;
        t.start();
        const QList<LocalScheduler::Outcome> outcomes = runRound(scheduler, 30000);
        QVERIFY2(t.elapsed() < 10000, qPrintable(QString::number(t.elapsed())));
        QCOMPARE(outcomes.size(), 1);
        QCOMPARE(outcomes.first().result, QStringLiteral("retry"));
        QVERIFY2(outcomes.first().error.contains(u"whole answer"), qPrintable(outcomes.first().error));
        QCOMPARE(PostRepository(store.connection()).find(id)->targets.first().status, PostStatus::Scheduled);
    }

    // A post already in the store (an older Almanac imported it) that names a
    // system file, an endless device or a camera on this computer: refused at
    // publishing with the reason, nothing read or uploaded.
    void mediaThatIsNotAPictureIsNeverUploaded_data()
    {
        QTest::addColumn<QString>("media");
        QTest::addColumn<QString>("reason");
        QTest::newRow("environ") << "file:///proc/self/environ" << "system file";
        QTest::newRow("passwd via proc") << "/proc/1/root/etc/passwd" << "system file";
        QTest::newRow("dev zero") << "file:///dev/zero" << "system file";
        QTest::newRow("a folder") << "file:///etc" << "not a regular file";
        QTest::newRow("camera on this computer") << "CAMERA" << "this computer";
    }
    void mediaThatIsNotAPictureIsNeverUploaded()
    {
        QFETCH(QString, media);
        QFETCH(QString, reason);
        int served = 0;
        FakeHttpServer camera([&](const FakeHttpServer::Request &) {
            ++served;
            return Reply{200, QByteArray("\x89PNG\r\n\x1a\n", 8) + QByteArray(100, 'c'), {{"Content-Type", "image/png"}}, Delivery::Send};
        });
        if (media == u"CAMERA")
            media = QString::fromLatin1(camera.baseUrl()) + QStringLiteral("/snapshot.png");
        FakeMastodon masto;
        TestStore store;
        addAccount(store, QStringLiteral("masto"), QStringLiteral("mastodon"), QString::fromLatin1(masto.baseUrl()));
        MemorySecretStore secrets;
        QVERIFY(secrets.setIntegrationSecret(QStringLiteral("masto"), QStringLiteral("masto_token")).ok());
        const QString id = duePost(store, QStringLiteral("masto"), Now - 60);
        Post post = *PostRepository(store.connection()).find(id);
        post.media.append({media, {}, {}});
        QVERIFY(PostRepository(store.connection()).update(post).ok());
        const qint64 before = residentKb();
        const QList<LocalScheduler::Outcome> outcomes = publishRound(store, secrets);
        QCOMPARE(outcomes.size(), 1);
        QCOMPARE(outcomes.first().result, QStringLiteral("failed"));
        QVERIFY2(outcomes.first().error.contains(reason), qPrintable(outcomes.first().error));
        QCOMPARE(masto.media().size(), 0);
        QCOMPARE(masto.statuses().size(), 0);
        QCOMPARE(served, 0);
        QVERIFY(residentKb() - before < 64 * 1024);
    }

    void aLinkWithCrLfFromAServerIsNotKept()
    {
        FakeHttpServer hook([](const FakeHttpServer::Request &) {
            return Reply{200, "{\"url\":\"https://hooks.example/p/1\\r\\nATTACH:https://evil.example/x\"}", {}, Delivery::Send};
        });
        TestStore store;
        addAccount(store, QStringLiteral("hook"), QStringLiteral("webhook"), QString::fromLatin1(hook.baseUrl()) + QStringLiteral("/in"));
        MemorySecretStore secrets;
        const QString id = duePost(store, QStringLiteral("hook"), Now - 60);
        const QList<LocalScheduler::Outcome> outcomes = publishRound(store, secrets);
        QCOMPARE(outcomes.first().result, QStringLiteral("published"));
        const QString url = PostRepository(store.connection()).find(id)->targets.first().platformPostUrl;
        QVERIFY2(!url.contains(u'\r') && !url.contains(u'\n'), qPrintable(url));
    }
};

QTEST_MAIN(TestHostileHosts)
#include "tst_hostilehosts.moc"
