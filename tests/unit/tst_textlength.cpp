// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/domain/textlength.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Almanac;
using namespace Qt::StringLiterals;

class TestTextLength : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void measure_data();
    void measure();
    void shortTextsNeedNoMeasuring();
    void graphemesFollowUax29_data();
    void graphemesFollowUax29();
    void graphemesAsBlueskyCounts();
};

void TestTextLength::measure_data()
{
    QTest::addColumn<int>("counting");
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("expected");
    const int g = int(TextCounting::Graphemes), x = int(TextCounting::XWeighted), m = int(TextCounting::GraphemesUrlsAs23);

    QTest::newRow("ascii") << g << QStringLiteral("hello") << 5;
    QTest::newRow("crlf is one grapheme") << g << QStringLiteral("a\r\nb") << 3;
    QTest::newRow("combining accent") << g << QStringLiteral("e\u0301") << 1;
    QTest::newRow("family emoji is one grapheme") << g << QStringLiteral("👩‍👩‍👧‍👦") << 1;
    QTest::newRow("flag is one grapheme") << g << QStringLiteral("🇩🇪") << 1;
    QTest::newRow("cjk graphemes") << g << QStringLiteral("日本語") << 3;

    QTest::newRow("x ascii") << x << QStringLiteral("hello") << 5;
    QTest::newRow("x latin accents weigh 1") << x << QStringLiteral("café") << 4;
    QTest::newRow("x cjk weighs 2") << x << QStringLiteral("日本語") << 6;
    QTest::newRow("x emoji weighs 2") << x << QStringLiteral("🎉") << 2;
    QTest::newRow("x zwj sequence weighs 2") << x << QStringLiteral("👩‍👩‍👧‍👦") << 2;
    QTest::newRow("x skin tone weighs 2") << x << QStringLiteral("👍🏽") << 2;
    QTest::newRow("x flag weighs 2") << x << QStringLiteral("🇩🇪") << 2;
    QTest::newRow("x url weighs 23") << x << QStringLiteral("see https://example.com/a/long/path/here") << 27;
    QTest::newRow("x short url still 23") << x << QStringLiteral("http://a.io") << 23;
    QTest::newRow("x url trailing dot is text") << x << QStringLiteral("https://example.com.") << 24;
    QTest::newRow("x two urls") << x << QStringLiteral("https://a.io https://b.io") << 47;
    QTest::newRow("x not a url mid-word") << x << QStringLiteral("xhttps://a.io") << 13;

    QTest::newRow("mastodon url 23") << m << QStringLiteral("hi https://example.com/") + QString(100, u'x') << 26;
    QTest::newRow("mastodon graphemes") << m << QStringLiteral("🇩🇪 ok") << 4;
    // Mastodon's StatusLengthValidator: a remote mention counts as its local part.
    QTest::newRow("mastodon remote mention as @user") << m << QStringLiteral("@alice@mastodon.example.org") << 6;
    QTest::newRow("mastodon local mention whole") << m << QStringLiteral("hi @alice") << 9;
    QTest::newRow("mastodon two remote mentions") << m << QStringLiteral("@a@x.org and @bob_2@y.social.") << 14;
    QTest::newRow("mastodon an address is no mention") << m << QStringLiteral("bob@example.com") << 15;
    QTest::newRow("mastodon mention after a slash is no mention") << m << QStringLiteral("/@a@x.org") << 9;
    QTest::newRow("mastodon mention then a dot") << m << QStringLiteral("cc @alice@example.org.") << 10;
    // The server name ends where Mastodon's [[:word:].-] ends: not at the next non-ASCII byte.
    QTest::newRow("mastodon server then CJK punctuation") << m << QStringLiteral("@alice@example.jp。") + QString(10, u'あ') << 17;
    QTest::newRow("mastodon server then emoji") << m << QStringLiteral("@alice@host.org🎉🎉") << 8;
    QTest::newRow("mastodon one-character server is no server") << m << QStringLiteral("@alice@x") << 8;
    // NFC can make one code point three: U+1D160 weighs 6 on X (three of 2).
    QTest::newRow("x nfc expansion") << x << QString(100, QChar(0xD834)).replace(QString(1, QChar(0xD834)), QString::fromUcs4(U"\U0001D160", 1)) << 600;
}

void TestTextLength::measure()
{
    QFETCH(int, counting);
    QFETCH(QString, text);
    QFETCH(int, expected);
    QCOMPARE(TextLength::measure(TextCounting(counting), text.toUtf8()), expected);
}

void TestTextLength::shortTextsNeedNoMeasuring()
{
    QVERIFY(!TextLength::mayExceed(TextCounting::Graphemes, "short", 300));
    QVERIFY(TextLength::mayExceed(TextCounting::Graphemes, QByteArray(301, 'a'), 300));
    // A link can make a short text long on X ("a.co" weighs 23): the bound counts each dot as one.
    QVERIFY(!TextLength::mayExceed(TextCounting::XWeighted, "http://a.io", 280));
    QVERIFY(TextLength::mayExceed(TextCounting::XWeighted, QByteArray(QByteArray(258, 'a') + " a.co"), 280));
    QVERIFY(!TextLength::mayExceed(TextCounting::XWeighted, QByteArray(100, 'a'), 280));
    // Beyond ASCII, NFC can grow a text threefold: it is measured.
    QVERIFY(TextLength::mayExceed(TextCounting::XWeighted, QString::fromUcs4(U"\U0001D160", 1).repeated(100).toUtf8(), 280));
    // A run of labels on no TLD holds no link: the link rule is not run at all.
    QCOMPARE(TextLength::measure(TextCounting::XWeighted, QByteArray("a.").repeated(8000)), 16000);
    // Past the part the link rule reads, a text counts one per character.
    QCOMPARE(TextLength::measure(TextCounting::XWeighted, QByteArray(QByteArray(20000, 'a') + ". x.y")), 20005);
}

// Graphemes are counted by ICU's character breaks on the UTF-8, with the
// conjuncts of Unicode 16 ICU 72 lacks: every count below is what Bluesky's
// own counter says (graphemeLen of @atproto/common-web 0.4.21, which counts with
// Intl.Segmenter; run with npm on Node 20, ICU 78). Qt 6.4's QTextBoundaryFinder
// disagreed on 84 of 400 random texts: it split what follows Thai inside its
// surrogate pairs ("กำ🇩🇩": 5), and it has the older Indic rule ("हिन्दी": 3).
void TestTextLength::graphemesFollowUax29_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("expected");
    QTest::newRow("Thai then a flag (Qt 6.4: 5)") << u"กำ🇩🇩"_s << 2;
    QTest::newRow("Thai then emoji with a skin tone") << u"ไทย👍🏽"_s << 4;
    QTest::newRow("prepend joins what follows") << u"\u0600🇩\u0600 жกำ🇩🇩"_s << 5;
    QTest::newRow("three regional indicators") << u"🇩🇪🇫"_s << 2;
    QTest::newRow("Hangul jamo syllable") << u"\u1100\u1161\u11A8"_s << 1;
    QTest::newRow("halfwidth voiced mark") << u"ﾊﾟ"_s << 1;
    QTest::newRow("keycap") << u"1️⃣"_s << 1;
    QTest::newRow("Devanagari conjunct (Qt 6.4: 3)") << u"हिन्दी"_s << 2;
    QTest::newRow("Devanagari conjuncts") << u"क्षत्रिय"_s << 3;
    QTest::newRow("Khmer conjunct (ICU 72: 3)") << u"ខ្មែរ"_s << 2;
    QTest::newRow("Khmer conjuncts") << u"ក\u17D2ក\u17D2ក"_s << 1;
    QTest::newRow("Khmer vowel sign before the coeng") << u"ក\u17C1\u17D2ក"_s << 2;
    QTest::newRow("coeng after a Latin letter") << u"a\u17D2ក"_s << 2;
    QTest::newRow("Myanmar stacked (ICU 72: 7)") << u"မင်္ဂလာပါ"_s << 6;
    QTest::newRow("Balinese (ICU 72: 7)") << u"ᬲ᭄ᬯᬲ᭄ᬢ᭄ᬬᬲ᭄ᬢᬸ"_s << 3;
    QTest::newRow("Javanese") << u"ꦠ꧀ꦥ"_s << 1;
    QTest::newRow("Gujarati, a mark before the virama") << u"રઁ્ણ"_s << 1;
    QTest::newRow("Meetei Mayek, its linker in another block") << u"ꯀ꫶ꯀ"_s << 1;
    QTest::newRow("Khmer, a variation selector in the chain") << u"ក\u17D2\uFE0Fក"_s << 1;
    QTest::newRow("family") << u"👩‍👩‍👧‍👦"_s << 1;
    QTest::newRow("combining accent") << u"e\u0301"_s << 1;
    QTest::newRow("CR LF") << u"a\r\nb"_s << 3;
}

void TestTextLength::graphemesFollowUax29()
{
    QFETCH(QString, text);
    QFETCH(int, expected);
    QCOMPARE(TextLength::graphemes(text.toUtf8()), expected);
}

// 1,000 random texts of many scripts, each counted by Bluesky's own counter
// (tests/data/graphemes/README.md says how).
void TestTextLength::graphemesAsBlueskyCounts()
{
    QFile file(QStringLiteral(ALMANAC_TEST_DATA "/graphemes/atproto-graphemes.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonArray cases = QJsonDocument::fromJson(file.readAll()).object().value(u"cases").toArray();
    QCOMPARE(cases.size(), 1000);
    for (const QJsonValue &c : cases) {
        const QString text = c[u"text"].toString();
        QVERIFY2(TextLength::graphemes(text.toUtf8()) == c[u"graphemes"].toInt(),
                 qPrintable(QStringLiteral("%1: %2, Bluesky %3")
                                .arg(QString::fromLatin1(text.toUtf8().toHex()))
                                .arg(TextLength::graphemes(text.toUtf8()))
                                .arg(c[u"graphemes"].toInt())));
    }
}

QTEST_APPLESS_MAIN(TestTextLength)
#include "tst_textlength.moc"
