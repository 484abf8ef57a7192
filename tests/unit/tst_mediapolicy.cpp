// SPDX-License-Identifier: GPL-3.0-or-later
// Which media Almanac may read and fetch: addresses in every form a URL can
// spell them, files that are not pictures (/proc, /dev, pipes), links in an
// imported plan, and the allowance that lifts the address rule only.
#include "app/net/httpclient.h"
#include "app/publish/medialoader.h"
#include "fakehttpserver.h"
#include "models/domain/mediapolicy.h"

#include <QDir>
#include <QFile>
#include <QHostInfo>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace Almanac;
using C = MediaPolicy::AddressClass;

Q_DECLARE_METATYPE(std::optional<MediaPolicy::AddressClass>)

class TestMediaPolicy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void addressesInEveryForm_data()
    {
        QTest::addColumn<QString>("host");
        QTest::addColumn<std::optional<C>>("kind");
        const std::optional<C> name;
        QTest::newRow("loopback") << "127.0.0.1" << std::optional(C::Loopback);
        QTest::newRow("loopback short") << "127.1" << std::optional(C::Loopback);
        QTest::newRow("loopback decimal") << "2130706433" << std::optional(C::Loopback);
        QTest::newRow("loopback hex") << "0x7f000001" << std::optional(C::Loopback);
        QTest::newRow("loopback octal") << "0177.0.0.1" << std::optional(C::Loopback);
        QTest::newRow("loopback other") << "127.53.1.9" << std::optional(C::Loopback);
        QTest::newRow("rfc1918 10") << "10.1.2.3" << std::optional(C::Private);
        QTest::newRow("rfc1918 172.16") << "172.16.0.1" << std::optional(C::Private);
        QTest::newRow("172.32 is public") << "172.32.0.1" << std::optional(C::Public);
        QTest::newRow("rfc1918 192.168") << "192.168.1.1" << std::optional(C::Private);
        QTest::newRow("cgnat") << "100.64.0.1" << std::optional(C::Private);
        QTest::newRow("metadata") << "169.254.169.254" << std::optional(C::Metadata);
        QTest::newRow("metadata alibaba") << "100.100.100.200" << std::optional(C::Metadata);
        QTest::newRow("link-local v4 is metadata's range") << "169.254.1.1" << std::optional(C::Metadata);
        QTest::newRow("ecs credentials") << "169.254.170.2" << std::optional(C::Metadata);
        QTest::newRow("azure wireserver") << "168.63.129.16" << std::optional(C::Metadata);
        QTest::newRow("siit") << "::ffff:0:7f00:1" << std::optional(C::Loopback);
        QTest::newRow("nat64 local-use") << "64:ff9b:1::7f00:1" << std::optional(C::Loopback);
        QTest::newRow("teredo to loopback") << "2001:0:4136:e378:8000:63bf:80ff:fffe" << std::optional(C::Loopback);
        QTest::newRow("unspecified") << "0.0.0.0" << std::optional(C::Unspecified);
        QTest::newRow("multicast") << "224.0.0.1" << std::optional(C::Special);
        QTest::newRow("broadcast") << "255.255.255.255" << std::optional(C::Special);
        QTest::newRow("public") << "93.184.216.34" << std::optional(C::Public);
        QTest::newRow("v6 loopback") << "::1" << std::optional(C::Loopback);
        QTest::newRow("v6 loopback bracketed") << "[::1]" << std::optional(C::Loopback);
        QTest::newRow("v6 loopback long") << "0:0:0:0:0:0:0:1" << std::optional(C::Loopback);
        QTest::newRow("v6 unspecified") << "::" << std::optional(C::Unspecified);
        QTest::newRow("v4-mapped") << "::ffff:127.0.0.1" << std::optional(C::Loopback);
        QTest::newRow("v4-mapped hex") << "::ffff:7f00:1" << std::optional(C::Loopback);
        QTest::newRow("v4-mapped private") << "::ffff:192.168.0.1" << std::optional(C::Private);
        QTest::newRow("nat64 loopback") << "64:ff9b::7f00:1" << std::optional(C::Loopback);
        QTest::newRow("6to4 loopback") << "2002:7f00:1::" << std::optional(C::Loopback);
        QTest::newRow("v6 link-local") << "fe80::1" << std::optional(C::LinkLocal);
        QTest::newRow("v6 link-local zone") << "fe80::1%eth0" << std::optional(C::LinkLocal);
        QTest::newRow("ula") << "fd12:3456::1" << std::optional(C::Private);
        QTest::newRow("v6 metadata") << "fd00:ec2::254" << std::optional(C::Metadata);
        QTest::newRow("v6 multicast") << "ff02::1" << std::optional(C::Special);
        QTest::newRow("v6 public") << "2606:4700::1111" << std::optional(C::Public);
        QTest::newRow("name") << "cdn.example.com" << name;
        QTest::newRow("name with digits") << "1.a.b.example" << name;
        QTest::newRow("name hex-like") << "cafe.be" << name;
        QTest::newRow("too many parts") << "1.2.3.4.5" << name;
        QTest::newRow("v6 garbage") << "::1::2" << name;
    }
    void addressesInEveryForm()
    {
        QFETCH(QString, host);
        QFETCH(std::optional<C>, kind);
        QCOMPARE(MediaPolicy::classifyAddress(host), kind);
    }

    // Plain http with credentials only to this computer for sure: the 6to4 and
    // NAT64 forms of 127/8 leave the machine.
    void loopbackForPlainHttpIsNarrow_data()
    {
        QTest::addColumn<QString>("host");
        QTest::addColumn<bool>("loopback");
        QTest::newRow("127.0.0.1") << "127.0.0.1" << true;
        QTest::newRow("127.9.9.9") << "127.9.9.9" << true;
        QTest::newRow("::1") << "::1" << true;
        QTest::newRow("v4-mapped") << "::ffff:127.0.0.1" << true;
        QTest::newRow("localhost") << "localhost" << true;
        QTest::newRow("6to4") << "2002:7f00:1::" << false;
        QTest::newRow("nat64") << "64:ff9b::7f00:1" << false;
        QTest::newRow("compat") << "::7f00:1" << false;
        QTest::newRow("lan") << "192.168.1.2" << false;
        QTest::newRow("name") << "localhost.example.com" << false;
    }
    void loopbackForPlainHttpIsNarrow()
    {
        QFETCH(QString, host);
        QFETCH(bool, loopback);
        QCOMPARE(MediaPolicy::isLoopbackAddress(host), loopback);
    }

    void importedLinks_data()
    {
        QTest::addColumn<QString>("link");
        QTest::addColumn<bool>("allowLocalNetwork");
        QTest::addColumn<QString>("refusal"); // a part of the reason; empty: accepted
        QTest::newRow("https public") << "https://cdn.example.com/a.png" << false << "";
        QTest::newRow("http") << "http://cdn.example.com/a.png" << false << "not encrypted";
        QTest::newRow("file url") << "file:///proc/self/environ" << false << "file on this computer";
        QTest::newRow("absolute path") << "/etc/passwd" << false << "file on this computer";
        QTest::newRow("loopback") << "https://127.0.0.1:8080/camera/snapshot.png" << false << "this computer";
        QTest::newRow("loopback allowed") << "https://127.0.0.1:8080/camera/snapshot.png" << true << "";
        QTest::newRow("loopback http allowed stays http") << "http://127.0.0.1/x.png" << true << "not encrypted";
        QTest::newRow("rfc1918") << "https://192.168.0.10/x.png" << false << "private network";
        QTest::newRow("rfc1918 allowed") << "https://192.168.0.10/x.png" << true << "";
        QTest::newRow("link-local") << "https://[fe80::1]/x.png" << false << "link-local";
        QTest::newRow("relative file") << "pictures/x.png" << false << "relative path";
        QTest::newRow("token in a refused link") << "http://cdn.example.com/x.png?token=hunter2" << false << "not encrypted";
        QTest::newRow("metadata") << "https://169.254.169.254/latest/meta-data/" << false << "metadata";
        QTest::newRow("metadata even allowed") << "https://169.254.169.254/latest/meta-data/" << true << "metadata";
        QTest::newRow("localhost name") << "https://localhost/x.png" << false << "this computer";
        QTest::newRow("sub.localhost") << "https://cam.localhost/x.png" << false << "this computer";
        QTest::newRow("decimal loopback") << "https://2130706433/x.png" << false << "this computer";
        QTest::newRow("user-info") << "https://user:hunter2@cdn.example.com/x.png" << false << "user name";
        QTest::newRow("javascript") << "javascript:alert(1)" << false << "not a media link";
    }
    void importedLinks()
    {
        QFETCH(QString, link);
        QFETCH(bool, allowLocalNetwork);
        QFETCH(QString, refusal);
        const QString why = MediaPolicy::importRefusal(link, allowLocalNetwork);
        if (refusal.isEmpty())
            QVERIFY2(why.isEmpty(), qPrintable(why));
        else
            QVERIFY2(why.contains(refusal), qPrintable(why));
        QVERIFY(!why.contains(u"hunter2")); // never the password a link carries
    }

    void aConfirmedFileIsAcceptedButStillMustBeARegularFile()
    {
        QTemporaryDir dir;
        const QString picture = dir.filePath(QStringLiteral("photo.png"));
        QFile f(picture);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("png");
        f.close();
        QVERIFY(MediaPolicy::importRefusal(picture, false, {MediaPolicy::confirmedPath(picture)}).isEmpty());
        QVERIFY(MediaPolicy::importRefusal(QUrl::fromLocalFile(picture).toString(), false, {MediaPolicy::confirmedPath(picture)}).isEmpty());
        // A link is confirmed as what it points at: confirming the link's own path does not cover it.
        const QString link = dir.filePath(QStringLiteral("holiday.png"));
        QVERIFY(QFile::link(picture, link));
        QCOMPARE(MediaPolicy::confirmedPath(link), MediaPolicy::confirmedPath(picture));
        QVERIFY(MediaPolicy::importRefusal(link, false, {MediaPolicy::confirmedPath(link)}).isEmpty());
        QVERIFY(!MediaPolicy::importRefusal(link, false, {QDir::cleanPath(link)}).isEmpty());
        QVERIFY(!MediaPolicy::importRefusal(picture, false, {}).isEmpty());
        const QString environ = QStringLiteral("/proc/self/environ");
        QVERIFY(MediaPolicy::importRefusal(environ, false, {MediaPolicy::confirmedPath(environ)}).contains(u"system file"));
    }

    void filesThatAreNotPictures_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("refusal");
        QTest::newRow("environ") << "/proc/self/environ" << "system file";
        QTest::newRow("dev zero") << "/dev/zero" << "system file";
        QTest::newRow("dev urandom") << "/dev/urandom" << "system file";
        QTest::newRow("sys") << "/sys/kernel/notes" << "system file";
        QTest::newRow("out of proc through root") << "/proc/self/root/etc/passwd" << "system file";
        QTest::newRow("missing") << "/no/such/file.png" << "does not exist";
    }
    void filesThatAreNotPictures()
    {
        QFETCH(QString, path);
        QFETCH(QString, refusal);
        const QString why = MediaPolicy::fileRefusal(path);
        QVERIFY2(why.contains(refusal), qPrintable(why));
    }

    void pipesFoldersAndLinksIntoProc()
    {
        QTemporaryDir dir;
        const QString fifo = dir.filePath(QStringLiteral("pipe.png"));
        QCOMPARE(mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        QVERIFY(MediaPolicy::fileRefusal(fifo).contains(u"not a regular file"));
        QVERIFY(MediaPolicy::fileRefusal(dir.path()).contains(u"not a regular file"));
        const QString link = dir.filePath(QStringLiteral("innocent.png"));
        QVERIFY(QFile::link(QStringLiteral("/proc/self/environ"), link));
        QVERIFY(MediaPolicy::fileRefusal(link).contains(u"system file"));
        // The loader refuses them before reading a byte (a FIFO would block forever).
        const Result<LoadedMedia> read = MediaLoader::readLocalFile(fifo, 1024);
        QVERIFY(!read);
        QVERIFY(!MediaLoader::readLocalFile(QStringLiteral("/dev/zero"), 1024));
    }

    void aLocalFileIsReadUpToTheCapOnly()
    {
        QTemporaryDir dir;
        const QString big = dir.filePath(QStringLiteral("big.png"));
        QFile f(big);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(5000, 'x'));
        f.close();
        const Result<LoadedMedia> refused = MediaLoader::readLocalFile(big, 4000);
        QVERIFY(!refused);
        QVERIFY2(refused.error().contains(u"at most"), qPrintable(refused.error()));
        QCOMPARE(MediaLoader::readLocalFile(big, 5000).value().bytes.size(), 5000);
    }

    // At the front door: a literal address is refused before any connection;
    // a name is refused when it resolves to such an address.
    void downloadsFromThisComputerAreRefusedUnlessAllowed()
    {
        int served = 0;
        Test::FakeHttpServer files([&](const Test::FakeHttpServer::Request &) {
            ++served;
            return Test::FakeHttpServer::Reply{200, "png", {}, Test::FakeHttpServer::Reply::Delivery::Send};
        });
        HttpClient client;
        auto fetch = [&](const QString &url) {
            std::optional<HttpResponse> response;
            HttpRequest request;
            request.url = QUrl(url);
            request.media = true;
            client.send(request, [&](const HttpResponse &r) { response = r; });
            if (!QTest::qWaitFor([&] { return response.has_value(); }, 10000))
                qFatal("no answer");
            return *response;
        };
        const QString literal = QString::fromLatin1(files.baseUrl()) + QStringLiteral("/x.png");
        HttpResponse r = fetch(literal);
        QCOMPARE(r.failure, HttpResponse::Failure::Refused);
        QVERIFY2(r.error.contains(u"this computer"), qPrintable(r.error));
        // A name that resolves to this computer (the machine's own name, in /etc/hosts).
        const QString name = QHostInfo::localHostName();
        const QHostInfo resolved = QHostInfo::fromName(name);
        if (!resolved.addresses().isEmpty() && resolved.addresses().first().isLoopback()) {
            r = fetch(QStringLiteral("http://%1:%2/x.png").arg(name).arg(files.port()));
            QCOMPARE(r.failure, HttpResponse::Failure::Refused);
            QVERIFY2(r.error.contains(u"resolves to"), qPrintable(r.error));
        }
        QCOMPARE(served, 0); // no connection was made
        client.setAllowLocalNetworkMedia(true);
        r = fetch(literal);
        QVERIFY2(r.succeeded(), qPrintable(r.error));
        QCOMPARE(served, 1);
        // The allowance lifts the address rule only: a redirect from there to the
        // metadata service is still refused.
        Test::FakeHttpServer bouncer([](const Test::FakeHttpServer::Request &) {
            return Test::FakeHttpServer::Reply{302, {}, {{"Location", "http://169.254.169.254/latest/meta-data/"}},
                                               Test::FakeHttpServer::Reply::Delivery::Send};
        });
        r = fetch(QString::fromLatin1(bouncer.baseUrl()) + QStringLiteral("/x.png"));
        QCOMPARE(r.failure, HttpResponse::Failure::Refused);
        QVERIFY2(r.error.contains(u"metadata"), qPrintable(r.error));
    }
};

QTEST_MAIN(TestMediaPolicy)
#include "tst_mediapolicy.moc"
