// SPDX-License-Identifier: GPL-3.0-or-later
// X's counting against twitter-text's own conformance suite: the weighted
// lengths of conformance/validate.yml (WeightedTweetsWithDiscountedEmojiCounterTest
// and UnicodeDirectionalMarkerCounterTest, configuration v3) and the links of
// conformance/extract.yml, as twitter-text 3.1.0 answers them (tests/data/
// twitter-text/README.md says where each case comes from), and the cases the
// issue measured at the 280 boundary.
#include "models/domain/textlength.h"
#include "models/domain/twittertext.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

#include <random>

using namespace Almanac;
using namespace Qt::StringLiterals;

namespace {

QJsonDocument load(const char *name)
{
    QFile file(QStringLiteral(ALMANAC_TEST_DATA "/twitter-text/") + QLatin1StringView(name));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", name);
    return QJsonDocument::fromJson(file.readAll());
}

} // namespace

class TestTwitterText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void weightedLengths_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("expected");
        const QJsonObject suite = load("validate-weighted.json").object();
        for (const char *section : {"v3_emoji", "v3_directional"})
            for (const QJsonValue &c : suite.value(QLatin1StringView(section)).toArray())
                QTest::newRow(qPrintable(QStringLiteral("%1: %2").arg(QLatin1StringView(section), c[u"description"].toString())))
                    << c[u"text"].toString() << c[u"expected"][u"weightedLength"].toInt();
    }
    void weightedLengths()
    {
        QFETCH(QString, text);
        QFETCH(int, expected);
        QCOMPARE(TwitterText::weightedLength(text), expected);
        QCOMPARE(TextLength::measure(TextCounting::XWeighted, text.toUtf8()), expected);
    }

    void extractedUrls_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("expected");
        for (const QJsonValue &c : load("extract-urls.json").array()) {
            QStringList urls;
            for (const QJsonValue &u : c[u"expected"].toArray())
                urls.append(u.isObject() ? u[u"url"].toString() : u.toString());
            QTest::newRow(qPrintable(c[u"section"].toString() + u": " + c[u"description"].toString()))
                << c[u"text"].toString() << urls;
        }
    }
    void extractedUrls()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, expected);
        QStringList found;
        for (const TwitterText::Range &r : TwitterText::extractUrls(text))
            found.append(text.mid(r.start, r.end - r.start));
        QCOMPARE(found, expected);
    }

    // The kinds of text the issue found counted differently from X, each at
    // the limit and one over.
    void boundaries_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("expected");
        auto fill = [](const QString &start, int weight) -> QString { return start + QString(280 - weight, u'x'); };
        const struct
        {
            const char *name;
            QString text;
            int weight; // of `text` alone
        } kinds[] = {
            {"bare domain", QStringLiteral("example.com "), 24},
            {"www domain", QStringLiteral("www.almanac.app "), 24},
            {"short ccTLD", QStringLiteral("a.co "), 24},
            {"domain and path", QStringLiteral("example.com/path "), 24},
            {"subdomains and ccTLD", QStringLiteral("sub.domain.co.uk "), 24},
            {"x.com and path", QStringLiteral("x.com/foo "), 24},
            // At the very start twitter-text reads the first letter as the character before the link.
            {"IDN domain", QStringLiteral("at Ünïcödé.de "), 27},
            {"IDN link with a non-ASCII path", QStringLiteral("https://bücher.de/straße "), 24},
            {"combining accent", QStringLiteral("e\u0301 "), 2},
            {"copyright sign", QStringLiteral("© "), 2},
            {"link with a scheme", QStringLiteral("https://example.com/a/long/path "), 24},
            {"CJK", QStringLiteral("日本 "), 5},
            {"emoji sequence", QStringLiteral("👩‍👩‍👧‍👦 "), 3},
        };
        for (const auto &k : kinds) {
            QTest::newRow(qPrintable(QStringLiteral("%1 at 280").arg(QLatin1StringView(k.name)))) << fill(k.text, k.weight) << 280;
            QTest::newRow(qPrintable(QStringLiteral("%1 at 281").arg(QLatin1StringView(k.name))))
                << fill(k.text, k.weight) + u'x' << 281;
        }
    }
    void boundaries()
    {
        QFETCH(QString, text);
        QFETCH(int, expected);
        QCOMPARE(TextLength::measure(TextCounting::XWeighted, text.toUtf8()), expected);
    }

    // The hand matcher finds what twitter-text's rule, run as PCRE, finds:
    // every capture of every match, on random texts built from the pieces the
    // rule cares about (labels, TLDs, protocols, the characters around them,
    // case, scripts, emoji, marks). Not ſ or the Kelvin sign: PCRE folds them
    // into s and k, JavaScript (twitter-text's own) does not, nor the matcher.
    void ruleMatchesTheRegularExpression_data()
    {
        QTest::addColumn<QString>("text");
        const QStringList pieces{
            u"a"_s,     u"b"_s,      u"co"_s,      u"com"_s,    u"uk"_s,       u"de"_s,     u"x"_s,      u"app"_s,
            u"xn--"_s,  u"xn--p1ai"_s, u"http://"_s, u"https://"_s, u"HTTPS://"_s, u"t.co/"_s, u"www."_s,  u"."_s,
            u"."_s,     u"."_s,      u"-"_s,       u"_"_s,      u"/"_s,        u":"_s,      u"8080"_s,   u"?"_s,
            u"="_s,     u"&"_s,      u"#"_s,       u"@"_s,      u" "_s,        u"\n"_s,     u"("_s,      u")"_s,
            u"!"_s,     u","_s,      u"'"_s,       u"$"_s,      u"+"_s,        u"%"_s,      u"~"_s,      u"ü"_s,
            u"ж"_s,     u"é"_s,      u"日本"_s,    u"みんな"_s, u"рф"_s,       u"İ"_s,
            u"😀"_s,    u"\u200F"_s, u"\u0301"_s,  u"\u3000"_s, u"Co"_s,       u"COM"_s,    u"1"_s,      u"\uFF0E"_s};
        std::mt19937 random(18);
        for (int i = 0; i < 4000; ++i) {
            QString text;
            const int count = int(random() % 24);
            for (int k = 0; k < count; ++k)
                text += pieces.at(qsizetype(random() % pieces.size()));
            QTest::newRow(qPrintable(QString::number(i))) << text;
        }
        // Runs of labels, as the hostile texts have them, short enough for PCRE.
        for (const char *unit : {"co-co.", "co.", "co_", "a.", "co.co-", "xn--a.", "1.co."})
            for (const char *end : {"", "x", "com", "co!", ".", "/a"})
                QTest::newRow(qPrintable(QStringLiteral("run %1 %2").arg(QLatin1StringView(unit), QLatin1StringView(end))))
                    << QString::fromLatin1(unit).repeated(40) + QLatin1StringView(end);
    }
    void ruleMatchesTheRegularExpression()
    {
        QFETCH(QString, text);
        static const QRegularExpression rule(TwitterText::urlRulePattern(), QRegularExpression::CaseInsensitiveOption);
        static const QRegularExpression latin(TwitterText::latinDomainPattern(), QRegularExpression::CaseInsensitiveOption);
        auto slice = [&text](TwitterText::Range r) { return text.sliced(r.start, r.end - r.start); };
        QStringList expected, found, expectedLatin, foundLatin;
        for (auto it = rule.globalMatch(text); it.hasNext();) {
            const QRegularExpressionMatch m = it.next();
            expected.append(QStringLiteral("%1|%2@%3|%4|%5|%6")
                                .arg(m.captured(1), m.captured(2))
                                .arg(m.capturedStart(2))
                                .arg(m.captured(3), m.captured(4), m.captured(6)));
            for (auto d = latin.globalMatch(m.captured(4)); d.hasNext();) {
                const QRegularExpressionMatch l = d.next();
                expectedLatin.append(QStringLiteral("%1@%2").arg(l.captured(0)).arg(l.capturedStart(0)));
            }
        }
        for (const TwitterText::RuleMatch &m : TwitterText::urlRuleMatches(text)) {
            found.append(QStringLiteral("%1|%2@%3|%4|%5|%6")
                             .arg(slice(m.before), slice(m.url))
                             .arg(m.url.start)
                             .arg(slice(m.protocol), slice(m.domain), slice(m.path)));
            const QString domain = slice(m.domain);
            for (const TwitterText::Range &l : TwitterText::latinDomains(domain))
                foundLatin.append(QStringLiteral("%1@%2").arg(domain.sliced(l.start, l.end - l.start)).arg(l.start));
        }
        QCOMPARE(found, expected);
        QCOMPARE(foundLatin, expectedLatin);
    }

    // 3,000 random texts of links, domains, IDNs, mentions, tags, emoji and
    // marks, each weighed by npm twitter-text 3.1.0 (README.md says how).
    void randomTextsWeighAsTwitterText()
    {
        const QJsonArray cases = load("random-weighted.json").object().value(u"cases").toArray();
        QCOMPARE(cases.size(), 3000);
        int wrong = 0;
        for (const QJsonValue &c : cases) {
            const QString text = c[u"text"].toString();
            const int expected = c[u"weightedLength"].toInt();
            const int got = TextLength::measure(TextCounting::XWeighted, text.toUtf8());
            if (got != expected && ++wrong <= 40)
                qWarning("%s: %d, twitter-text %d", text.toUtf8().toHex().constData(), got, expected);
        }
        QCOMPARE(wrong, 0);
    }

    // Where twitter-text 3.1.0 (JavaScript) differs from its rule run as PCRE,
    // and from a naive reading: counts from npm twitter-text 3.1.0's parseTweet.
    void asTwitterTextCounts_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("expected");
        QTest::newRow("long s is not s") << u"a.ſi"_s << 4;
        QTest::newRow("long s in a protocol") << u"httpſ://a.co"_s << 12;
        QTest::newRow("long s in a TLD") << u"x.co.ſk"_s << 26;
        QTest::newRow("long s before a domain") << u"ſx.co"_s << 24;
        QTest::newRow("ideographic full stop splits labels") << u"b。"_s + QString(53, u'a') + u".io"_s << 26;
        QTest::newRow("full-width full stop splits labels") << u"t．"_s + QString(50, QChar(0xFC)) + u".co"_s << 26;
        QTest::newRow("a leading BOM is a character") << u"\uFEFFa"_s << 3;
        QTest::newRow("circled M emoji") << u"Ⓜ️a"_s << 3;
        QTest::newRow("a Latin domain cut out, with a path") << u"e.foм.co/"_s << 27;
        QTest::newRow("a Latin domain cut out, with a path (2)") << u"b.coⅫ.org/"_s << 28;
    }
    void asTwitterTextCounts()
    {
        QFETCH(QString, text);
        QFETCH(int, expected);
        QCOMPARE(TextLength::measure(TextCounting::XWeighted, text.toUtf8()), expected);
    }

    // Texts on which the rule, as PCRE, backtracked for seconds per cell
    // (16 KB of labels no TLD ends): counted as the rule would count them,
    // each character once, no link among them. (bench_realistic prints how
    // long a file of such cells takes.)
    void hostileLabelRunsAreCountedWhole_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("expected");
        for (const char *unit : {"co-co.", "co_", "co.co-", "a-a.", "1-co."}) {
            const QString text = QString::fromLatin1(unit).repeated(16000 / int(qstrlen(unit))) + u'x';
            QTest::newRow(unit) << text << int(text.size());
        }
    }
    void hostileLabelRunsAreCountedWhole()
    {
        QFETCH(QString, text);
        QFETCH(int, expected);
        QVERIFY(TwitterText::extractUrls(text).isEmpty());
        QCOMPARE(TwitterText::weightedLength(text), expected);
    }

    // A path of thousands of parentheses, which the path rule reads in time
    // quadratic in their number: read to a bound, it is still counted far
    // over the limit (twitter-text: 15,006, each character; here the domain's
    // link and the rest, 15,025).
    void pathsOfManyParentheses()
    {
        const QString text = u"a.co/"_s + u"(a)"_s.repeated(5000) + u'!';
        QCOMPARE(TwitterText::weightedLength(text), 15025);
        QCOMPARE(TwitterText::weightedLength(u"a.co/(a)(b)"_s), 23); // an ordinary one whole
    }

    // Long runs of combining marks (NFC reorders them in quadratic time: 2 s
    // for 16,000) are normalised 30 at a time; what a language writes is
    // normalised whole, as before.
    void runsOfCombiningMarks()
    {
        // U+0F73 decomposes into two non-starters, each weighing 1.
        QCOMPARE(TwitterText::weightedLength(QString(16000, QChar(0x0F73))), 32000);
        QCOMPARE(TwitterText::weightedLength(QString(8000, QChar(0x0301)) + QString(8000, QChar(0x0316))), 16000);
        // Heavy "Zalgo" marks (a dozen a letter) still compose as NFC does: e + U+0301 is one.
        const QString zalgo = QString(u"e\u0301"_s + QString(12, QChar(0x0316))).repeated(10);
        QCOMPARE(TwitterText::weightedLength(zalgo), 10 * 13);
    }
};

QTEST_GUILESS_MAIN(TestTwitterText)
#include "tst_twittertext.moc"
