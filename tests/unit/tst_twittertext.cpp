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
#include <QTest>

using namespace Almanac;

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
};

QTEST_GUILESS_MAIN(TestTwitterText)
#include "tst_twittertext.moc"
