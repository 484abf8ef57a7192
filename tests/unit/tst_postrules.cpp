// SPDX-License-Identifier: GPL-3.0-or-later
// The composer's rules: PostRules::validatePost (the same rules as a CSV
// row, named by field) and thread splitting.
#include "app/publish/mastodonpublisher.h"
#include "models/domain/richtextfacets.h"
#include "models/domain/textlength.h"
#include "models/domain/threadtext.h"
#include "models/validation/postrules.h"

#include <QTest>

using namespace Almanac;

class TestPostRules : public QObject
{
    Q_OBJECT

private:
    static constexpr qint64 Now = 1776643200; // 2026-04-20T00:00:00Z

    static RowVerdict judge(const Post &post)
    {
        ValidationContext context;
        for (const auto &[id, platform] : {std::pair{"int_x", "x"}, {"int_ig", "instagram"}, {"int_tt", "tiktok"}, {"int_pin", "pinterest"}}) {
            Integration in;
            in.id = QString::fromLatin1(id);
            in.platform = QString::fromLatin1(platform);
            context.integrations.append(in);
        }
        context.now = Now;
        RowVerdict verdict;
        PostRules(context).validatePost(post, verdict);
        return verdict;
    }

    static Post post(const QStringList &integrations, const QString &text = QStringLiteral("Hello"))
    {
        Post p;
        p.content = text;
        p.scheduledAt = Now + 3600;
        for (const QString &id : integrations)
            p.targets.append({id, QString(), PostStatus::Scheduled, {}, {}, 0, {}, 0});
        return p;
    }

    static QStringList fields(const QList<RowIssue> &issues)
    {
        QStringList out;
        for (const RowIssue &i : issues)
            out.append(i.column);
        return out;
    }

private Q_SLOTS:
    void aGoodPostPasses()
    {
        const RowVerdict v = judge(post({QStringLiteral("int_x")}));
        QVERIFY2(v.isValid(), qPrintable(fields(v.errors).join(u',')));
        QCOMPARE(v.targets.size(), 1);
    }

    void everyProblemIsNamedByItsField()
    {
        Post p = post({QStringLiteral("int_x"), QStringLiteral("int_ig"), QStringLiteral("int_gone")}, QString(281, u'a'));
        p.scheduledAt = Now - 60;
        p.media = {{QStringLiteral("ftp://example.com/a.png"), {}, {}}};
        p.platformSettings.insert(QStringLiteral("x"), QJsonObject{{QStringLiteral("who_can_reply"), QStringLiteral("friends")}});
        const RowVerdict v = judge(p);
        const QStringList f = fields(v.errors);
        QVERIFY2(f.contains(QStringLiteral("integrations")), qPrintable(f.join(u',')));
        QVERIFY(f.contains(QStringLiteral("schedule_at")));
        QVERIFY(f.contains(QStringLiteral("media")));
        QVERIFY(f.contains(QStringLiteral("x")));            // 281 > 280
        QVERIFY(!f.contains(QStringLiteral("instagram")));   // 281 <= 2200
        QVERIFY(f.contains(QStringLiteral("x.who_can_reply")));
        for (const RowIssue &i : v.errors)
            if (i.column == u"x.who_can_reply")
                QVERIFY(i.message.contains(QStringLiteral("everyone")));
    }

    void instagramNeedsMediaAndOverridesCountOnTheirOwn()
    {
        Post p = post({QStringLiteral("int_x"), QStringLiteral("int_ig")}, QString(300, u'a'));
        p.platformOverrides.insert(QStringLiteral("x"), QStringLiteral("Short for X"));
        const RowVerdict v = judge(p);
        QCOMPARE(fields(v.errors), QStringList{QStringLiteral("media")});
        QVERIFY(v.errors.first().message.contains(QStringLiteral("Instagram")));
        p.media = {{QStringLiteral("file:///home/me/photo.jpg"), {}, {}}};
        QVERIFY(judge(p).isValid());
    }

    void booleanAndEnumSettingsFromTheForm()
    {
        Post p = post({QStringLiteral("int_tt")});
        p.media = {{QStringLiteral("https://cdn.example.com/v.mp4"), {}, {}}};
        p.platformSettings.insert(QStringLiteral("tiktok"),
                                  QJsonObject{{QStringLiteral("allow_duet"), true},
                                              {QStringLiteral("privacy_level"), QStringLiteral("SELF_ONLY")}});
        QVERIFY(judge(p).isValid());
        p.platformSettings.insert(QStringLiteral("tiktok"), QJsonObject{{QStringLiteral("mood"), QStringLiteral("x")}});
        const RowVerdict v = judge(p);
        QVERIFY(v.isValid());
        QCOMPARE(fields(v.warnings), QStringList{QStringLiteral("tiktok.mood")});
    }

    // Threads belong to the platforms that have them: a text with parts is a
    // thread on X whatever the post's type, and one long post elsewhere.
    void threadPartsAreCountedOneByOne()
    {
        Post p = post({QStringLiteral("int_x")}, QString(200, u'a') + QStringLiteral("\n---\n") + QString(200, u'b'));
        QVERIFY(judge(p).isValid()); // two posts of 200
        p.postType = QStringLiteral("thread");
        QVERIFY(judge(p).isValid());
        p.content = QString(200, u'a') + QStringLiteral("\n---\n") + QString(281, u'b');
        p.postType = QStringLiteral("post");
        RowVerdict v = judge(p);
        QCOMPARE(v.errors.size(), 1);
        QVERIFY2(v.errors.first().message.startsWith(QStringLiteral("part 2 of the thread is 281 characters")),
                 qPrintable(v.errors.first().message));
        // Pinterest has no threads: the same text is one post of 486 characters there, within its 500.
        p = post({QStringLiteral("int_pin")}, p.content);
        v = judge(p);
        QVERIFY(std::none_of(v.errors.cbegin(), v.errors.cend(), [](const RowIssue &i) { return i.column == u"pinterest"; }));
        p.content += QString(20, u'c');
        v = judge(p);
        QVERIFY(std::any_of(v.errors.cbegin(), v.errors.cend(), [](const RowIssue &i) {
            return i.column == u"pinterest" && i.message.startsWith(QStringLiteral("is 506 characters long"));
        }));
    }

    // Issue 18: each platform's limits at the boundary, as its own reference counts
    // (Bluesky: 300 graphemes and 3,000 UTF-8 bytes, app.bsky.feed.post's lexicon;
    // Mastodon: 500 with remote mentions as their local part, StatusLengthValidator).
    void boundaries_data()
    {
        QTest::addColumn<QString>("platform");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("error"); // empty: valid
        const QString family = QStringLiteral("👩‍👩‍👧‍👦"); // one grapheme, 25 bytes
        QTest::newRow("bluesky 300 graphemes") << "bluesky" << QString(300, u'a') << QString();
        QTest::newRow("bluesky 301 graphemes") << "bluesky" << QString(301, u'a') << "is 301 characters long for Bluesky";
        QTest::newRow("bluesky 3000 bytes") << "bluesky" << family.repeated(120) << QString();
        QTest::newRow("bluesky 3025 bytes") << "bluesky" << family.repeated(121)
                                            << "is 121 characters and 3025 bytes long; Bluesky accepts at most 300 "
                                               "characters and 3000 bytes (UTF-8) per post.";
        QTest::newRow("bluesky 300 family emoji") << "bluesky" << family.repeated(300) << "and 7500 bytes long";
        const QString remote = QStringLiteral("@alice@mastodon.example.org ");
        QTest::newRow("mastodon 500 with a remote mention") << "mastodon" << remote + QString(493, u'x') << QString();
        QTest::newRow("mastodon 501 with a remote mention") << "mastodon" << remote + QString(494, u'x')
                                                            << "is 501 characters long for Mastodon";
        QTest::newRow("mastodon 500 with its content warning") << "mastodon:Spoilers for episode 3" << QString(478, u'x') << QString(); // 22 + 478
        QTest::newRow("mastodon 501 with its content warning") << "mastodon:Spoilers for episode 3" << QString(479, u'x')
                                                               << "is 501 characters long for Mastodon";
        // The warning counts as written: a link in it is not 23.
        const QString linkWarning = QStringLiteral("mastodon:https://example.com/") + QString(100, u'w');
        QTest::newRow("mastodon 500 with a link in its warning") << linkWarning << QString(380, u'x') << QString();
        QTest::newRow("mastodon 501 with a link in its warning") << linkWarning << QString(381, u'x')
                                                                 << "is 501 characters long for Mastodon";
        QTest::newRow("mastodon 500 with a link") << "mastodon" << QStringLiteral("https://example.com/") + QString(200, u'p')
                                                      + u' ' + QString(476, u'x') << QString();
    }
    void boundaries()
    {
        QFETCH(QString, platform);
        QFETCH(QString, text);
        QFETCH(QString, error);
        const QString warning = platform.section(u':', 1); // "mastodon:<content warning>"
        const Platform &p = *PlatformCatalog::find(platform.section(u':', 0, 0));
        RowVerdict v;
        PostRules(ValidationContext{}).checkText(p, text.toUtf8(), platform, false, v, warning.toUtf8());
        if (error.isEmpty()) {
            QVERIFY2(v.errors.isEmpty(), qPrintable(v.errors.value(0).message));
        } else {
            QCOMPARE(v.errors.size(), 1);
            QVERIFY2(v.errors.first().message.contains(error), qPrintable(v.errors.first().message));
        }
    }

    // An account's own server limits (a Mastodon instance's), kept with it, count for it.
    void anInstanceHasItsOwnLimits()
    {
        QCOMPARE(PlatformLimits::fromJson(PlatformLimits{1000, 30, 6}.toJson()), (PlatformLimits{1000, 30, 6}));
        // A hostile server cannot lift the checks: out-of-bounds values are not kept.
        QVERIFY(PlatformLimits::fromJson(R"({"max_characters":-5,"characters_reserved_per_url":99999,"max_media":1000})").isEmpty());
        QVERIFY(MastodonPublisher::instanceLimits("not json").isEmpty());
        // Nor choke them: one character a post, a link weighing 1,000.
        QCOMPARE(PlatformLimits::bounded(1, 1000, 6), (PlatformLimits{0, 0, 6}));
        QCOMPARE(PlatformLimits::bounded(50, 100, 1), (PlatformLimits{50, 100, 1}));
        QCOMPARE(MastodonPublisher::instanceLimits(R"({"configuration":{"statuses":{"max_characters":5000,)"
                                                   R"("characters_reserved_per_url":23,"max_media_attachments":4}}})"),
                 (PlatformLimits{5000, 23, 4}));

        ValidationContext context;
        Integration big, standard;
        big.id = QStringLiteral("int_big");
        big.platform = standard.platform = QStringLiteral("mastodon");
        big.limits = {1000, 30, 6};
        standard.id = QStringLiteral("int_masto");
        context.integrations = {big, standard};
        context.now = Now;
        const PostRules rules(context);
        auto errorsFor = [&](const QString &integration, const QString &text, int media = 0) {
            Post p = post({integration}, text);
            for (int i = 0; i < media; ++i)
                p.media.append({QStringLiteral("https://cdn.example/%1.png").arg(i), {}, {}});
            RowVerdict v;
            rules.validatePost(p, v);
            return v.errors.size();
        };
        QCOMPARE(errorsFor(QStringLiteral("int_big"), QString(1000, u'a')), 0);
        QCOMPARE(errorsFor(QStringLiteral("int_big"), QString(1001, u'a')), 1);
        QCOMPARE(errorsFor(QStringLiteral("int_masto"), QString(501, u'a')), 1); // 500 until its instance says
        // Its link weight: 970 characters and a link of 30 make 1,000.
        QCOMPARE(errorsFor(QStringLiteral("int_big"), QString(969, u'a') + QStringLiteral(" https://example.com/x")), 0);
        QCOMPARE(errorsFor(QStringLiteral("int_big"), QString(970, u'a') + QStringLiteral(" https://example.com/x")), 1);
        QCOMPARE(errorsFor(QStringLiteral("int_big"), QStringLiteral("six pictures"), 6), 0);
        QCOMPARE(errorsFor(QStringLiteral("int_masto"), QStringLiteral("six pictures"), 6), 1);
    }

    void whatGoesOutToEachPlatform()
    {
        const QString thread = QStringLiteral("One\n---\nTwo");
        QCOMPARE(ThreadText::partsToPublish(true, QStringLiteral("post"), thread), (QStringList{"One", "Two"}));
        QCOMPARE(ThreadText::partsToPublish(false, QStringLiteral("post"), thread), QStringList{thread});
        QCOMPARE(ThreadText::partsToPublish(true, QStringLiteral("thread"), QStringLiteral("One")), QStringList{"One"});
        // A plain post goes out exactly as written, spaces and all.
        QCOMPARE(ThreadText::partsToPublish(true, QStringLiteral("post"), QStringLiteral(" One \n")),
                 QStringList{QStringLiteral(" One \n")});
    }

    void splitMakesNumberedPartsThatFit()
    {
        const Platform &x = *PlatformCatalog::find(QStringLiteral("x"));
        QString text;
        for (int i = 0; i < 30; ++i)
            text += QStringLiteral("Sentence %1 is here. ").arg(i);
        const QStringList parts = ThreadText::split(text, x);
        QVERIFY(parts.size() >= 2);
        for (qsizetype i = 0; i < parts.size(); ++i) {
            QVERIFY2(TextLength::measure(x.counting, parts.at(i).toUtf8()) <= x.textLimit, qPrintable(parts.at(i)));
            QVERIFY(parts.at(i).endsWith(QStringLiteral(" %1/%2").arg(i + 1).arg(parts.size())));
        }
        // Parts end at sentences, and no word is lost.
        QVERIFY(parts.first().contains(QStringLiteral("here. ")) || parts.first().contains(QStringLiteral("here.")));
        QString rejoined;
        for (QString part : parts)
            rejoined += part.left(part.lastIndexOf(u' ')) + u' ';
        QCOMPARE(rejoined.simplified(), text.simplified());
        // A text that fits stays whole; parts round-trip through the --- form.
        QCOMPARE(ThreadText::split(QStringLiteral("Short."), x), QStringList{QStringLiteral("Short.")});
        QCOMPARE(ThreadText::parts(ThreadText::join(parts)), parts);
        // One word longer than a post is cut.
        const QStringList cut = ThreadText::split(QString(600, u'z'), x);
        QCOMPARE(cut.size(), 3);
    }

    // Bluesky caps the bytes too: 300 family emoji (300 characters, 7,500 bytes)
    // split into parts within both limits, each emoji whole, none lost.
    void splitKeepsBlueskysBytesAndWholeEmoji()
    {
        const Platform &bluesky = *PlatformCatalog::find(QStringLiteral("bluesky"));
        const QString family = QStringLiteral("👩‍👩‍👧‍👦");
        const QString text = family.repeated(300);
        const QStringList parts = ThreadText::split(text, bluesky);
        QVERIFY2(parts.size() >= 3, qPrintable(QString::number(parts.size())));
        QString rejoined;
        for (qsizetype i = 0; i < parts.size(); ++i) {
            const QByteArray utf8 = parts.at(i).toUtf8();
            QVERIFY2(utf8.size() <= bluesky.byteLimit, qPrintable(QString::number(utf8.size())));
            QVERIFY(TextLength::measure(bluesky.counting, utf8) <= bluesky.textLimit);
            const QString number = QStringLiteral(" %1/%2").arg(i + 1).arg(parts.size());
            QVERIFY(parts.at(i).endsWith(number));
            const QString body = parts.at(i).chopped(number.size());
            QVERIFY(!body.isEmpty());
            QCOMPARE(body.size() % family.size(), 0); // whole emoji only
            rejoined += body;
        }
        QCOMPARE(rejoined, text);
    }

    void facetsAreFoundByUtf8Bytes_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("expected"); // kind:slice:value, in order
        QTest::newRow("plain") << QStringLiteral("Nothing to see here.") << QStringList{};
        QTest::newRow("link, sentence end") << QStringLiteral("See https://example.com/a?b=1.")
                                            << QStringList{QStringLiteral("link:https://example.com/a?b=1:https://example.com/a?b=1")};
        QTest::newRow("link in parentheses") << QStringLiteral("(https://example.com/x)")
                                             << QStringList{QStringLiteral("link:https://example.com/x:https://example.com/x")};
        QTest::newRow("mention, not an email") << QStringLiteral("Hi @Alice.bsky.social, mail bob@example.com")
                                               << QStringList{QStringLiteral("mention:@Alice.bsky.social:alice.bsky.social")};
        QTest::newRow("no mention in a link") << QStringLiteral("https://example.com/@someone.example")
                                              << QStringList{QStringLiteral("link:https://example.com/@someone.example:https://example.com/@someone.example")};
        QTest::newRow("tags") << QStringLiteral("#launch! #2026 #café_ok #C++") << QStringList{
            QStringLiteral("tag:#launch:launch"), QStringLiteral("tag:#café_ok:café_ok"), QStringLiteral("tag:#C++:C++")};
        QTest::newRow("no tag in a link or a word") << QStringLiteral("https://example.com/#anchor a#b")
                                                    << QStringList{QStringLiteral("link:https://example.com/#anchor:https://example.com/#anchor")};
        QTest::newRow("emoji before everything") << QStringLiteral("🎉🎉 @a.test #x https://e.xample")
                                                 << QStringList{QStringLiteral("mention:@a.test:a.test"), QStringLiteral("tag:#x:x"),
                                                                QStringLiteral("link:https://e.xample:https://e.xample")};
        // Bare domains, as @atproto/api's detectFacets links them: after a space
        // or "(", on a known top-level domain (lower case), as https.
        QTest::newRow("bare domain") << QStringLiteral("Menu at acme.coffee/menu.")
                                     << QStringList{QStringLiteral("link:acme.coffee/menu:https://acme.coffee/menu")};
        QTest::newRow("bare domain in parentheses") << QStringLiteral("(www.example.co.uk)")
                                                    << QStringList{QStringLiteral("link:www.example.co.uk:https://www.example.co.uk")};
        QTest::newRow("not domains") << QStringLiteral("e.g. v1.2, node.js, notes.txt, EXAMPLE.COM, x:example.com")
                                     << QStringList{};
        QTest::newRow("remote Mastodon mention") << QStringLiteral("Thanks @alice@mastodon.example.org") << QStringList{};
        // Checked against @atproto/api 0.19.19 and tlds 1.261.0 (detectFacetsWithoutResolution).
        QTest::newRow("after Unicode spaces") << QStringLiteral("詳しくは\u3000example.com\u3000まで visit\u00A0acme.coffee")
                                              << QStringList{QStringLiteral("link:example.com:https://example.com"),
                                                             QStringLiteral("link:acme.coffee:https://acme.coffee")};
        QTest::newRow("a link ends at an ideographic space") << QStringLiteral("https://example.com\u3000まで")
                                                             << QStringList{QStringLiteral("link:https://example.com:https://example.com")};
        QTest::newRow("a link inside a link is one") << QStringLiteral("example.com/go?to=https://foo.com")
                                                     << QStringList{QStringLiteral("link:example.com/go?to=https://foo.com:https://example.com/go?to=https://foo.com")};
        QTest::newRow("not after other marks") << QStringLiteral("url:https://x.com \"https://y.com\" é.com") << QStringList{};
        QTest::newRow("Bluesky's own list of domains") << QStringLiteral("lights.off sorry.eh band.music day.spa")
                                                       << QStringList{QStringLiteral("link:band.music:https://band.music"),
                                                                      QStringLiteral("link:day.spa:https://day.spa")};
        QTest::newRow("one mark off, then a lone )") << QStringLiteral("example.com... (example.org.)")
                                                     << QStringList{QStringLiteral("link:example.com..:https://example.com.."),
                                                                    QStringLiteral("link:example.org.:https://example.org.")};
        // Bluesky's apps link "httpd.conf" as "httpd.conf" (a name starting "http"
        // skips their domain check): Almanac checks it, and "conf" is no domain.
        QTest::newRow("httpd.conf") << QStringLiteral("edit httpd.conf, http.example.com")
                                    << QStringList{QStringLiteral("link:http.example.com:https://http.example.com")};
        QTest::newRow("handles on known domains") << QStringLiteral("@alice.notatld @bob.test @carol.bsky.social @Dave.BSKY.SOCIAL")
                                                  << QStringList{QStringLiteral("mention:@bob.test:bob.test"),
                                                                 QStringLiteral("mention:@carol.bsky.social:carol.bsky.social")};
        QTest::newRow("tags as detectFacets finds them")
            << QStringLiteral("#tag#other #my_tag_ (#paren) #\uFE0F\u20E3 #zw\u200Bx")
            << QStringList{QStringLiteral("tag:#tag#other:tag#other"), QStringLiteral("tag:#my_tag:my_tag"),
                           QStringLiteral("tag:#zw:zw")};
        QTest::newRow("a long run of labels") << QString(QStringLiteral("a.")).repeated(60000) + QStringLiteral("com")
                                              << QStringList{QStringLiteral("link:%1:https://%1").arg(QString(QStringLiteral("a.")).repeated(60000) + QStringLiteral("com"))};
    }

    void facetsAreFoundByUtf8Bytes()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, expected);
        const QByteArray utf8 = text.toUtf8();
        QStringList found;
        for (const TextFacet &f : findFacets(text)) {
            const char *kind = f.kind == TextFacet::Kind::Link ? "link" : f.kind == TextFacet::Kind::Mention ? "mention" : "tag";
            found.append(QStringLiteral("%1:%2:%3").arg(QLatin1String(kind), QString::fromUtf8(utf8.mid(f.byteStart, f.byteEnd - f.byteStart)), f.value));
            // The same stretch, located in the QString too.
            QCOMPARE(text.sliced(f.start, f.end - f.start), QString::fromUtf8(utf8.mid(f.byteStart, f.byteEnd - f.byteStart)));
        }
        QCOMPARE(found, expected);
    }
};

QTEST_MAIN(TestPostRules)
#include "tst_postrules.moc"
