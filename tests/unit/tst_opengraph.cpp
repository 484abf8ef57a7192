// SPDX-License-Identifier: GPL-3.0-or-later
// A page's Open Graph tags for a link card, read from bytes that may be hostile.
#include "models/domain/opengraph.h"

#include <QTest>

using namespace Almanac;

class TestOpenGraph : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void read_data()
    {
        QTest::addColumn<QByteArray>("html");
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("description");
        QTest::addColumn<QString>("image");
        QTest::newRow("open graph") << QByteArray("<head><meta property=\"og:title\" content=\"Autumn &amp; more\">"
                                                  "<meta property='og:description' content='Slow roast'>"
                                                  "<meta property=og:image content=/a.png></head>")
                                    << "Autumn & more" << "Slow roast" << "https://shop.example/a.png";
        QTest::newRow("twitter tags and the title element")
            << QByteArray("<title> Our   shop </title><meta name=\"twitter:description\" content=\"Beans\">"
                          "<meta name=\"twitter:image\" content=\"https://cdn.example/b.jpg\">")
            << "Our shop" << "Beans" << "https://cdn.example/b.jpg";
        QTest::newRow("the first of each wins") << QByteArray("<meta property=og:title content=One><meta property=og:title content=Two>")
                                                << "One" << "" << "";
        QTest::newRow("no image is not the page") << QByteArray("<meta property=og:title content=T><meta property=og:image content=\"\">")
                                                  << "T" << "" << "";
        QTest::newRow("only http(s) pictures") << QByteArray("<meta property=og:title content=T><meta property=og:image content=\"file:///etc/passwd\">")
                                               << "T" << "" << "";
        QTest::newRow("an unterminated tag ends the reading") << QByteArray("<meta property=og:title content=T><meta property=\"og:description")
                                                              << "T" << "" << "";
        QTest::newRow("an unterminated value is not read") << QByteArray("<meta property=og:title content=\"never ends>")
                                                           << "" << "" << "";
        QTest::newRow("the body is not read") << QByteArray("<head></head><body><meta property=og:title content=Late></body>")
                                              << "" << "" << "";
        QTest::newRow("a long title is cut") << QByteArray("<meta property=og:title content=\"") + QByteArray(5000, 'a') + "\">"
                                             << QString(300, u'a') << "" << "";
        QTest::newRow("past 256 KB nothing is read") << QByteArray(300 * 1024, ' ') + "<meta property=og:title content=Far>"
                                                     << "" << "" << "";
    }
    void read()
    {
        QFETCH(QByteArray, html);
        QFETCH(QString, title);
        QFETCH(QString, description);
        QFETCH(QString, image);
        const OpenGraph og = OpenGraph::read(html, QUrl(QStringLiteral("https://shop.example/autumn/page")));
        QCOMPARE(og.title, title);
        QCOMPARE(og.description, description);
        QCOMPARE(og.image.toString(), image);
    }
};

QTEST_GUILESS_MAIN(TestOpenGraph)
#include "tst_opengraph.moc"
