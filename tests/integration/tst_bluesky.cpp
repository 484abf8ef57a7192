// SPDX-License-Identifier: GPL-3.0-or-later
// The local scheduler against a real Bluesky PDS: the reference @atproto/pds
// from npm with its PLC directory, both on 127.0.0.1, started by
// tests/bluesky/run-pds.sh. Posts go out through the scheduler; what landed is
// read back with com.atproto.repo.listRecords / getBlob and checked: text,
// facets' UTF-8 byte ranges, blobs with alt text, reply refs. Skipped (with the
// reason) only when npm or its registry cannot be reached.
#include "app/publish/blueskypublisher.h"
#include "app/publish/localscheduler.h"
#include "app/secrets/secretstore.h"
#include "models/domain/clock.h"
#include "models/domain/richtextfacets.h"
#include "models/store/integrationrepository.h"
#include "models/store/postrepository.h"
#include "fakehttpserver.h"
#include "schedulerround.h"
#include "teststore.h"

#include <QBuffer>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTest>
#include <QUrlQuery>

using namespace Almanac;
using namespace Almanac::Test;

class TestBluesky : public QObject
{
    Q_OBJECT

    QProcess m_pds;
    QString m_service, m_handle, m_did, m_appPassword;
    QNetworkAccessManager m_network;

    QByteArray get(const QString &method, const QList<QPair<QString, QString>> &query, int *status = nullptr)
    {
        QUrl url(m_service + QStringLiteral("/xrpc/") + method);
        QUrlQuery q;
        q.setQueryItems(query);
        url.setQuery(q);
        QNetworkReply *reply = m_network.get(QNetworkRequest(url));
        if (!QTest::qWaitFor([reply] { return reply->isFinished(); }, 20000))
            qFatal("no answer from the PDS");
        reply->deleteLater();
        if (status)
            *status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        return reply->readAll();
    }

    // Every app.bsky.feed.post record in the account's repository, by at-uri.
    QHash<QString, QJsonObject> posts()
    {
        QHash<QString, QJsonObject> found;
        const QJsonObject answer = QJsonDocument::fromJson(
            get(QStringLiteral("com.atproto.repo.listRecords"),
                {{QStringLiteral("repo"), m_did}, {QStringLiteral("collection"), QStringLiteral("app.bsky.feed.post")},
                 {QStringLiteral("limit"), QStringLiteral("100")}})).object();
        for (const QJsonValue &r : answer.value(u"records").toArray())
            found.insert(r[u"uri"].toString(), r[u"value"].toObject());
        return found;
    }

    QString addAccount(TestStore &store, const QString &id, const QString &handle)
    {
        Integration in;
        in.id = id;
        in.platform = QStringLiteral("bluesky");
        in.handle = handle;
        in.serviceUrl = m_service;
        if (!IntegrationRepository(store.connection()).add(in).ok())
            qFatal("integration");
        return id;
    }

    Post duePost(TestStore &store, const QString &text, const QString &type = QStringLiteral("post"), const QList<MediaRef> &media = {})
    {
        Post p;
        p.content = text;
        p.postType = type;
        p.media = media;
        p.status = PostStatus::Scheduled;
        p.scheduledAt = Clock::nowSecs() - 60;
        p.targets.append({QStringLiteral("bsky"), QString(), p.status, {}, {}, 0, {}, 0});
        if (!PostRepository(store.connection()).insert(p).ok())
            qFatal("post");
        return p;
    }

    QList<LocalScheduler::Outcome> runOnce(TestStore &store, const QString &password, bool allowLocalNetwork = false)
    {
        MemorySecretStore secrets;
        if (!secrets.setIntegrationSecret(QStringLiteral("bsky"), password).ok())
            qFatal("secret");
        LocalScheduler::Options options;
        options.allowLocalNetworkMedia = allowLocalNetwork; // a page served on 127.0.0.1 for a link card
        LocalScheduler scheduler(store.path(), &secrets, options);
        if (!scheduler.open().ok())
            qFatal("open");
        return runRound(scheduler);
    }

    // Publishes and returns the published post as the store has it.
    Post publish(TestStore &store, const Post &post)
    {
        const QList<LocalScheduler::Outcome> outcomes = runOnce(store, m_appPassword);
        if (outcomes.size() != 1 || outcomes.first().result != u"published")
            qWarning() << "outcomes:" << (outcomes.isEmpty() ? QString() : outcomes.first().result + u' ' + outcomes.first().error);
        return *PostRepository(store.connection()).find(post.id);
    }

    static QString slice(const QString &text, const QJsonObject &facet)
    {
        const QJsonObject index = facet.value(u"index").toObject();
        const qsizetype start = index.value(u"byteStart").toInteger(), end = index.value(u"byteEnd").toInteger();
        return QString::fromUtf8(text.toUtf8().mid(start, end - start));
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_pds.setProgram(QStringLiteral(ALMANAC_SOURCE_DIR "/tests/bluesky/run-pds.sh"));
        m_pds.setArguments({QStringLiteral("start"), QStringLiteral(ALMANAC_PDS_DIR)});
        m_pds.start();
        QVERIFY2(m_pds.waitForStarted(), qPrintable(m_pds.errorString()));
        // The first run installs the PDS from npm (a minute or two); later ones start in seconds.
        (void)QTest::qWaitFor([this] { return m_pds.canReadLine() || m_pds.state() == QProcess::NotRunning; }, 14 * 60 * 1000);
        if (m_pds.state() == QProcess::NotRunning && m_pds.exitCode() == 77)
            QSKIP(qPrintable(QStringLiteral("No real PDS: %1").arg(QString::fromUtf8(m_pds.readAllStandardError()).trimmed())));
        QVERIFY2(m_pds.canReadLine(), m_pds.readAllStandardError().right(4000).constData());
        const QJsonObject ready = QJsonDocument::fromJson(m_pds.readLine()).object();
        m_service = ready.value(u"service").toString();
        m_handle = ready.value(u"handle").toString();
        m_did = ready.value(u"did").toString();
        m_appPassword = ready.value(u"appPassword").toString();
        QVERIFY(m_service.startsWith(u"http://127.0.0.1:"));
        QVERIFY(m_did.startsWith(u"did:plc:"));
    }

    void cleanupTestCase()
    {
        if (m_pds.state() == QProcess::Running) {
            m_pds.closeWriteChannel(); // it stops when its stdin closes
            if (!m_pds.waitForFinished(15000))
                m_pds.kill();
        }
    }

    void aTextPost()
    {
        TestStore store;
        addAccount(store, QStringLiteral("bsky"), m_handle);
        const Post post = publish(store, duePost(store, QStringLiteral("Hello from Almanac, straight to the PDS.")));
        QCOMPARE(post.status, PostStatus::Published);
        const PostTarget &target = post.targets.first();
        QVERIFY(target.remoteId.startsWith(QStringLiteral("at://%1/app.bsky.feed.post/").arg(m_did)));
        QCOMPARE(target.platformPostUrl, BlueskyPublisher::webUrl(m_handle, target.remoteId));
        QVERIFY(target.platformPostUrl.startsWith(QStringLiteral("https://bsky.app/profile/%1/post/").arg(m_handle)));
        const QJsonObject record = posts().value(target.remoteId);
        QCOMPARE(record.value(u"text").toString(), post.content);
        QVERIFY(!record.contains(u"facets"));
        QVERIFY(!record.contains(u"reply"));
    }

    void anImageWithAltText()
    {
        TestStore store;
        addAccount(store, QStringLiteral("bsky"), m_handle);
        QImage image(64, 48, QImage::Format_RGB32);
        image.fill(QColor(0x2a, 0x7a, 0xe2));
        const QString path = store.dir() + QStringLiteral("/launch.png");
        QVERIFY(image.save(path));
        const QByteArray bytes = readFile(path);
        const Post post = publish(store, duePost(store, QStringLiteral("Our launch poster"), QStringLiteral("post"),
                                                 {MediaRef{path, {}, QStringLiteral("A blue poster with the launch date")}}));
        QCOMPARE(post.status, PostStatus::Published);
        const QJsonObject record = posts().value(post.targets.first().remoteId);
        const QJsonObject embed = record.value(u"embed").toObject();
        QCOMPARE(embed.value(u"$type").toString(), QStringLiteral("app.bsky.embed.images"));
        const QJsonArray images = embed.value(u"images").toArray();
        QCOMPARE(images.size(), 1);
        QCOMPARE(images.at(0)[u"alt"].toString(), QStringLiteral("A blue poster with the launch date"));
        const QJsonObject blob = images.at(0)[u"image"].toObject();
        QCOMPARE(blob.value(u"mimeType").toString(), QStringLiteral("image/png"));
        QCOMPARE(blob.value(u"size").toInteger(), bytes.size());
        // The blob the PDS keeps is the file, byte for byte.
        int status = 0;
        const QByteArray stored = get(QStringLiteral("com.atproto.sync.getBlob"),
                                      {{QStringLiteral("did"), m_did}, {QStringLiteral("cid"), blob[u"ref"][u"$link"].toString()}}, &status);
        QCOMPARE(status, 200);
        QCOMPARE(stored, bytes);
    }

    // Issue 18: the first link of a post without pictures gets the card the
    // Bluesky app would attach, from the page's Open Graph tags, its picture a
    // blob on the PDS; a post can turn the card off.
    void aLinkGetsItsCard()
    {
        QImage picture(120, 63, QImage::Format_RGB32);
        picture.fill(QColor(0xc8, 0xa2, 0x7a));
        QByteArray png;
        QBuffer buffer(&png);
        buffer.open(QIODevice::WriteOnly);
        QVERIFY(picture.save(&buffer, "PNG"));
        FakeHttpServer site([png](const FakeHttpServer::Request &request) {
            if (request.path == "/card.png")
                return FakeHttpServer::Reply{200, png, {{"Content-Type", "image/png"}}, FakeHttpServer::Reply::Delivery::Send};
            if (request.path == "/gone")
                return FakeHttpServer::Reply{404, "not here", {{"Content-Type", "text/plain"}}, FakeHttpServer::Reply::Delivery::Send};
            if (request.path == "/bare")
                return FakeHttpServer::Reply{200, "<html><body>Nothing to show</body></html>",
                                             {{"Content-Type", "text/html"}}, FakeHttpServer::Reply::Delivery::Send};
            return FakeHttpServer::Reply{
                200,
                "<!doctype html><html><head><title>Fallback</title>"
                "<meta property=\"og:title\" content=\"Autumn blend &amp; friends\">"
                "<meta property=\"og:description\" content=\"Caramel, cocoa and a slow roast.\">"
                "<meta property=\"og:image\" content=\"/card.png\"></head><body>…</body></html>",
                {{"Content-Type", "text/html; charset=utf-8"}},
                FakeHttpServer::Reply::Delivery::Send};
        });
        const QString link = QString::fromLatin1(site.baseUrl()) + QStringLiteral("/autumn");
        TestStore store;
        addAccount(store, QStringLiteral("bsky"), m_handle);
        Post withCard = duePost(store, QStringLiteral("Autumn blend is back: ") + link);
        QVERIFY(runOnce(store, m_appPassword, true).first().result == u"published");
        withCard = *PostRepository(store.connection()).find(withCard.id);
        const QJsonObject embed = posts().value(withCard.targets.first().remoteId).value(u"embed").toObject();
        QCOMPARE(embed.value(u"$type").toString(), QStringLiteral("app.bsky.embed.external"));
        const QJsonObject external = embed.value(u"external").toObject();
        QCOMPARE(external.value(u"uri").toString(), link);
        QCOMPARE(external.value(u"title").toString(), QStringLiteral("Autumn blend & friends"));
        QCOMPARE(external.value(u"description").toString(), QStringLiteral("Caramel, cocoa and a slow roast."));
        const QJsonObject thumb = external.value(u"thumb").toObject();
        QCOMPARE(thumb.value(u"mimeType").toString(), QStringLiteral("image/png"));
        int status = 0;
        QCOMPARE(get(QStringLiteral("com.atproto.sync.getBlob"),
                     {{QStringLiteral("did"), m_did}, {QStringLiteral("cid"), thumb[u"ref"][u"$link"].toString()}}, &status),
                 png);

        // Turned off: the link stays a link, without a card.
        TestStore other;
        addAccount(other, QStringLiteral("bsky"), m_handle);
        Post plain = duePost(other, QStringLiteral("No card for this one: ") + link);
        plain.platformSettings.insert(QStringLiteral("bluesky"), QJsonObject{{QStringLiteral("link_card"), false}});
        QVERIFY(PostRepository(other.connection()).update(plain).ok());
        QVERIFY(runOnce(other, m_appPassword, true).first().result == u"published");
        plain = *PostRepository(other.connection()).find(plain.id);
        QVERIFY(!posts().value(plain.targets.first().remoteId).contains(u"embed"));
        QVERIFY(plain.targets.first().note.isEmpty()); // turned off: nothing to tell

        // A page that cannot be read, or has nothing for a card: the post goes
        // out without one, and the person is told why, where it is published.
        const QList<std::pair<QString, QString>> cardless = {{QStringLiteral("/gone"), QStringLiteral("could not be read")},
                                                             {QStringLiteral("/bare"), QStringLiteral("no title or description")}};
        for (const auto &[path, why] : cardless) {
            TestStore third;
            addAccount(third, QStringLiteral("bsky"), m_handle);
            Post without = duePost(third, QStringLiteral("The page is gone: ") + QString::fromLatin1(site.baseUrl()) + path);
            const LocalScheduler::Outcome outcome = runOnce(third, m_appPassword, true).first();
            QCOMPARE(outcome.result, QStringLiteral("published"));
            QVERIFY2(outcome.note.contains(QStringLiteral("without its link card")) && outcome.note.contains(why),
                     qPrintable(outcome.note));
            QVERIFY(outcome.error.isEmpty());
            without = *PostRepository(third.connection()).find(without.id);
            QCOMPARE(without.targets.first().status, PostStatus::Published);
            QCOMPARE(without.targets.first().note, outcome.note);
            QVERIFY(without.targets.first().lastError.isEmpty()); // it did not fail
            QVERIFY(!posts().value(without.targets.first().remoteId).contains(u"embed"));
        }
    }

    void linkMentionAndHashtagFacets()
    {
        TestStore store;
        addAccount(store, QStringLiteral("bsky"), m_handle);
        // Non-ASCII before every facet, so UTF-16 positions and UTF-8 bytes differ.
        // A bare domain is a link too, as Bluesky's apps make it (with https).
        const QString text =
            QStringLiteral("✨ Café launch: https://example.com/launch?from=almanac, thanks @%1! #Almanac2026 🎉 Menu at acme.coffee/menu.")
                .arg(m_handle);
        Post due = duePost(store, text);
        // No card: its page would be on the internet, and the test talks to 127.0.0.1 only.
        due.platformSettings.insert(QStringLiteral("bluesky"), QJsonObject{{QStringLiteral("link_card"), false}});
        QVERIFY(PostRepository(store.connection()).update(due).ok());
        const Post post = publish(store, due);
        QCOMPARE(post.status, PostStatus::Published);
        const QJsonObject record = posts().value(post.targets.first().remoteId);
        QCOMPARE(record.value(u"text").toString(), text);
        const QJsonArray facets = record.value(u"facets").toArray();
        QCOMPARE(facets.size(), 4);
        QCOMPARE(slice(text, facets.at(0).toObject()), QStringLiteral("https://example.com/launch?from=almanac"));
        QCOMPARE(facets.at(0)[u"features"][0][u"$type"].toString(), QStringLiteral("app.bsky.richtext.facet#link"));
        QCOMPARE(facets.at(0)[u"features"][0][u"uri"].toString(), QStringLiteral("https://example.com/launch?from=almanac"));
        QCOMPARE(slice(text, facets.at(1).toObject()), u'@' + m_handle);
        QCOMPARE(facets.at(1)[u"features"][0][u"$type"].toString(), QStringLiteral("app.bsky.richtext.facet#mention"));
        QCOMPARE(facets.at(1)[u"features"][0][u"did"].toString(), m_did);
        QCOMPARE(slice(text, facets.at(2).toObject()), QStringLiteral("#Almanac2026"));
        QCOMPARE(facets.at(2)[u"features"][0][u"$type"].toString(), QStringLiteral("app.bsky.richtext.facet#tag"));
        QCOMPARE(facets.at(2)[u"features"][0][u"tag"].toString(), QStringLiteral("Almanac2026"));
        QCOMPARE(slice(text, facets.at(3).toObject()), QStringLiteral("acme.coffee/menu"));
        QCOMPARE(facets.at(3)[u"features"][0][u"uri"].toString(), QStringLiteral("https://acme.coffee/menu"));
        // The byte offsets are the UTF-8 ones: "✨ Café launch: " is 3 + 1 + 3 + 2 + 9 = 18 bytes, 15 UTF-16 units.
        QCOMPARE(facets.at(0)[u"index"][u"byteStart"].toInteger(), 18);
    }

    // Almanac's facets are the ones Bluesky's own library finds: 3,000 texts
    // built at random from the pieces that are hard to get right (bare
    // domains on known and unknown top-level domains, handles, remote
    // mentions, tags with punctuation and zero-width characters, Unicode
    // spaces, emoji, links in links) against @atproto/api's detection.
    // The one deliberate difference is left out of the pieces: Bluesky's apps
    // link a bare name starting "http" ("httpd.conf") without checking it.
    void facetsAgreeWithBlueskysOwnDetection()
    {
        const QStringList pieces{
            QStringLiteral("acme.coffee"), QStringLiteral("acme.coffee/menu"), QStringLiteral("www.example.co.uk"),
            QStringLiteral("https://example.com/a?b=1"), QStringLiteral("http://x.org/(y)"), QStringLiteral("foo.com?u=https://bar.com"),
            QStringLiteral("lights.off"), QStringLiteral("band.music"), QStringLiteral("node.js"), QStringLiteral("v1.2"),
            QStringLiteral("Example.COM"), QStringLiteral("x:example.com"), QStringLiteral("@alice.bsky.social"),
            QStringLiteral("@bob.test"), QStringLiteral("@carol"), QStringLiteral("@Dave.BSKY.SOCIAL"),
            QStringLiteral("@alice@mastodon.social"), QStringLiteral("mail@example.com"), QStringLiteral("#tag"),
            QStringLiteral("#2026"), QStringLiteral("#café_ok"), QStringLiteral("#C++"), QStringLiteral("#a#b"),
            QStringLiteral("#\uFE0F\u20E3"), QStringLiteral("#zw\u200Bx"), QStringLiteral("\u200B"), QStringLiteral("🎉"),
            QStringLiteral("👩‍👩‍👧"), QStringLiteral("é"), QStringLiteral("e\u0301"), QStringLiteral("word"), QStringLiteral("(") ,
            QStringLiteral(")"), QStringLiteral("."), QStringLiteral(","), QStringLiteral("!"), QStringLiteral("?"),
            QStringLiteral("..."), QStringLiteral("…"), QStringLiteral("\""), QStringLiteral("'"), QStringLiteral("-"),
            QStringLiteral("_"), QStringLiteral(":")};
        const QStringList spaces{QStringLiteral(" "), QStringLiteral(" "), QStringLiteral(" "), QStringLiteral("\n"),
                                 QStringLiteral("\u3000"), QStringLiteral("\u00A0"), QString()};
        QRandomGenerator random(20261205);
        QJsonArray texts;
        QStringList plain;
        for (int i = 0; i < 3000; ++i) {
            QString text;
            const int count = 1 + int(random.bounded(10));
            for (int k = 0; k < count; ++k)
                text += pieces.at(int(random.bounded(int(pieces.size())))) + spaces.at(int(random.bounded(int(spaces.size()))));
            plain.append(text);
            texts.append(text);
        }
        QProcess node;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("NODE_PATH"), QStringLiteral(ALMANAC_PDS_DIR "/node_modules"));
        node.setProcessEnvironment(env);
        node.start(QStringLiteral("node"), {QStringLiteral(ALMANAC_SOURCE_DIR "/tests/bluesky/facets.cjs")});
        QVERIFY2(node.waitForStarted(), qPrintable(node.errorString()));
        node.write(QJsonDocument(texts).toJson(QJsonDocument::Compact));
        node.closeWriteChannel();
        QVERIFY(node.waitForFinished(60000));
        QVERIFY2(node.exitCode() == 0, node.readAllStandardError().constData());
        const QJsonArray theirs = QJsonDocument::fromJson(node.readAllStandardOutput()).array();
        QCOMPARE(theirs.size(), plain.size());
        int differ = 0, facets = 0;
        QStringList shown;
        for (qsizetype i = 0; i < plain.size(); ++i) {
            QStringList expected;
            facets += int(theirs.at(i).toArray().size());
            for (const QJsonValue &f : theirs.at(i).toArray()) {
                const QJsonArray a = f.toArray();
                expected.append(QStringLiteral("%1 %2-%3 %4").arg(a.at(0).toString()).arg(a.at(1).toInteger()).arg(a.at(2).toInteger())
                                    .arg(a.at(0).toString() == u"mention" ? a.at(3).toString().toLower() : a.at(3).toString()));
            }
            expected.sort();
            QStringList ours;
            for (const TextFacet &f : findFacets(plain.at(i))) {
                const char *kind = f.kind == TextFacet::Kind::Link ? "link" : f.kind == TextFacet::Kind::Mention ? "mention" : "tag";
                ours.append(QStringLiteral("%1 %2-%3 %4").arg(QLatin1StringView(kind)).arg(f.byteStart).arg(f.byteEnd).arg(f.value));
            }
            ours.sort();
            if (ours != expected && ++differ <= 5)
                shown.append(QStringLiteral("%1\n  Bluesky: %2\n  Almanac: %3")
                                 .arg(QString::fromLatin1(QJsonDocument(QJsonArray{plain.at(i)}).toJson(QJsonDocument::Compact)),
                                      expected.join(QStringLiteral("; ")), ours.join(QStringLiteral("; "))));
        }
        QVERIFY2(facets > 3000, qPrintable(QString::number(facets))); // the texts hold plenty to find
        QVERIFY2(differ == 0, qPrintable(QStringLiteral("%1 of %2 texts differ, e.g.:\n").arg(differ).arg(plain.size())
                                        + shown.join(u'\n')));
    }

    void aThreePartThreadAsReplyChain()
    {
        TestStore store;
        addAccount(store, QStringLiteral("bsky"), m_handle);
        const Post post = publish(store, duePost(store, QStringLiteral("1/3 We are launching.\n---\n2/3 Here is how.\n---\n3/3 Thank you!"),
                                                 QStringLiteral("thread")));
        QCOMPARE(post.status, PostStatus::Published);
        const QHash<QString, QJsonObject> all = posts();
        const QString rootUri = post.targets.first().remoteId;
        QCOMPARE(all.value(rootUri).value(u"text").toString(), QStringLiteral("1/3 We are launching."));
        QString second, third;
        for (auto it = all.cbegin(); it != all.cend(); ++it) {
            if (it.value().value(u"text").toString() == u"2/3 Here is how.")
                second = it.key();
            if (it.value().value(u"text").toString() == u"3/3 Thank you!")
                third = it.key();
        }
        QVERIFY(!second.isEmpty() && !third.isEmpty());
        const QJsonObject secondReply = all.value(second).value(u"reply").toObject();
        const QJsonObject thirdReply = all.value(third).value(u"reply").toObject();
        QCOMPARE(secondReply[u"root"][u"uri"].toString(), rootUri);
        QCOMPARE(secondReply[u"parent"][u"uri"].toString(), rootUri);
        QCOMPARE(thirdReply[u"root"][u"uri"].toString(), rootUri);
        QCOMPARE(thirdReply[u"parent"][u"uri"].toString(), second);
        QVERIFY(!thirdReply[u"parent"][u"cid"].toString().isEmpty());
        QVERIFY(!all.value(rootUri).contains(u"reply"));
    }

    void aLostAnswerIsFoundNotPostedAgain()
    {
        TestStore store;
        addAccount(store, QStringLiteral("bsky"), m_handle);
        const Post post = publish(store, duePost(store, QStringLiteral("Part one\n---\nPart two"), QStringLiteral("thread")));
        QCOMPARE(post.status, PostStatus::Published);
        const qsizetype before = posts().size();
        // As if the process had been killed after the PDS made the records and
        // before the store heard of it: the destination is held by a dead lease.
        QSqlQuery q(store.connection());
        QVERIFY(q.exec(QStringLiteral("UPDATE post_targets SET status = 'publishing', lease_owner = 'dead', lease_until = 0, "
                                      "platform_post_url = NULL, remote_id = NULL")));
        QVERIFY(q.exec(QStringLiteral("UPDATE posts SET status = 'publishing'")));
        const Post again = publish(store, post);
        QCOMPARE(again.status, PostStatus::Published);
        QCOMPARE(again.targets.first().remoteId, post.targets.first().remoteId);
        QCOMPARE(posts().size(), before); // nothing posted twice
    }

    void aWrongAppPasswordFailsWithTheReason()
    {
        TestStore store;
        addAccount(store, QStringLiteral("bsky"), m_handle);
        const Post post = duePost(store, QStringLiteral("Never seen"));
        const QList<LocalScheduler::Outcome> outcomes = runOnce(store, QStringLiteral("wrong-pass-word-here"));
        QCOMPARE(outcomes.size(), 1);
        QCOMPARE(outcomes.first().result, QStringLiteral("failed"));
        QVERIFY2(outcomes.first().error.contains(m_handle), qPrintable(outcomes.first().error));
        QCOMPARE(PostRepository(store.connection()).find(post.id)->status, PostStatus::Failed);
    }

    void tooManyImagesAreRefusedBeforeAnything()
    {
        TestStore store;
        addAccount(store, QStringLiteral("bsky"), m_handle);
        QList<MediaRef> media;
        for (int i = 0; i < 5; ++i)
            media.append({store.dir() + QStringLiteral("/%1.png").arg(i), {}, {}});
        const qsizetype before = posts().size();
        duePost(store, QStringLiteral("Five images"), QStringLiteral("post"), media);
        const QList<LocalScheduler::Outcome> outcomes = runOnce(store, m_appPassword);
        QCOMPARE(outcomes.first().result, QStringLiteral("failed"));
        QVERIFY2(outcomes.first().error.contains(u"at most 4 images"), qPrintable(outcomes.first().error));
        QCOMPARE(posts().size(), before);
    }

    void theCliPublishesAndListsTheUrl()
    {
        TestStore store;
        auto cli = [&](const QStringList &args, const QByteArray &input = {}) {
            QProcess p;
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(QStringLiteral("ALMANAC_SECRET_BSKY_CLI"), m_appPassword);
            p.setProcessEnvironment(env);
            p.start(QStringLiteral(ALMANAC_CLI), QStringList{QStringLiteral("--db"), store.path()} + args);
            p.write(input);
            p.closeWriteChannel();
            if (!p.waitForFinished(60000))
                qFatal("almanac-cli did not finish");
            const QByteArray errors = p.readAllStandardError();
            if (!errors.isEmpty())
                qInfo("almanac-cli: %s", errors.constData());
            return std::pair{p.exitCode(), p.readAllStandardOutput()};
        };
        auto [added, addOutput] = cli({QStringLiteral("integrations"), QStringLiteral("add"), QStringLiteral("--id"), QStringLiteral("bsky-cli"),
                                       QStringLiteral("--platform"), QStringLiteral("bluesky"), QStringLiteral("--provider"), QStringLiteral("local"),
                                       QStringLiteral("--handle"), m_handle, QStringLiteral("--service-url"), m_service});
        QVERIFY2(added == 0, addOutput.constData());
        Post p;
        // Its card's page is on this computer, which publishing may not read by
        // default: the post goes without the card, and says so.
        p.content = QStringLiteral("From the command line #almanac https://127.0.0.1:9/gone");
        p.status = PostStatus::Scheduled;
        p.scheduledAt = Clock::nowSecs() - 30;
        p.targets.append({QStringLiteral("bsky-cli"), QString(), p.status, {}, {}, 0, {}, 0});
        QVERIFY(PostRepository(store.connection()).insert(p).ok());
        auto [ran, runOutput] = cli({QStringLiteral("scheduler"), QStringLiteral("run"), QStringLiteral("--once"), QStringLiteral("--json")});
        QVERIFY2(ran == 0, runOutput.constData());
        QVERIFY2(!runOutput.contains(m_appPassword.toUtf8()), "the app password must never be printed");
        const QJsonObject result = QJsonDocument::fromJson(runOutput).object().value(u"results").toArray().at(0).toObject();
        QCOMPARE(result.value(u"result").toString(), QStringLiteral("published"));
        QVERIFY2(result.value(u"note").toString().contains(QStringLiteral("without its link card")), runOutput.constData());
        QVERIFY(result.value(u"error").isNull());
        auto [listed, listOutput] = cli({QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(listed, 0);
        const QJsonDocument list = QJsonDocument::fromJson(listOutput);
        const QJsonArray items = list.isArray() ? list.array() : list.object().value(u"posts").toArray();
        QCOMPARE(items.size(), 1);
        QCOMPARE(items.at(0)[u"status"].toString(), QStringLiteral("published"));
        const QString url = items.at(0)[u"targets"][0][u"platform_post_url"].toString();
        QVERIFY2(url.startsWith(QStringLiteral("https://bsky.app/profile/%1/post/").arg(m_handle)), listOutput.constData());
        // Kept with the destination as a note, not as an error: scripts read last_error as "it failed".
        QCOMPARE(items.at(0)[u"targets"][0][u"note"].toString(), result.value(u"note").toString());
        QVERIFY(items.at(0)[u"targets"][0][u"last_error"].isNull());
    }
};

QTEST_GUILESS_MAIN(TestBluesky)
#include "tst_bluesky.moc"
