// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/domain/jsonwriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTest>

using namespace Almanac;

class TestJsonWriter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void escapes_data();
    void escapes();
    void everyByteRoundTrips();
    void appendsAfterWhatIsThere();
    void stringsFromUtf16MatchTheirUtf8();
    void writesNestedValues();
};

void TestJsonWriter::escapes_data()
{
    QTest::addColumn<QByteArray>("utf8");
    QTest::addColumn<QByteArray>("json");

    QTest::newRow("empty") << QByteArray() << QByteArray(R"("")");
    QTest::newRow("plain") << QByteArray("hello") << QByteArray(R"("hello")");
    QTest::newRow("eight plain bytes") << QByteArray("abcdefgh") << QByteArray(R"("abcdefgh")");
    QTest::newRow("quote") << QByteArray(R"(say "hi")") << QByteArray(R"("say \"hi\"")");
    QTest::newRow("backslash") << QByteArray(R"(C:\dir)") << QByteArray(R"("C:\\dir")");
    QTest::newRow("line breaks and tab") << QByteArray("a\r\nb\tc") << QByteArray(R"("a\r\nb\tc")");
    QTest::newRow("other controls") << QByteArray("\x01\x1f\x7f", 3) << QByteArray("\"\\u0001\\u001f\x7f\"");
    QTest::newRow("escape in the first word") << QByteArray("\"bcdefghijklmnop") << QByteArray(R"("\"bcdefghijklmnop")");
    QTest::newRow("escape in the last word") << QByteArray("abcdefghijklmno\n") << QByteArray(R"("abcdefghijklmno\n")");
    QTest::newRow("escape in the tail") << QByteArray("abcdefghij\"") << QByteArray(R"("abcdefghij\"")");
    QTest::newRow("only escapes") << QByteArray("\"\"\\\\\n\n") << QByteArray(R"("\"\"\\\\\n\n")");
    QTest::newRow("utf-8 passes as it is") << QByteArray("Grüße 👩‍👩‍👧‍👦 日本")
                                          << QByteArray("\"Grüße 👩‍👩‍👧‍👦 日本\"");
}

void TestJsonWriter::escapes()
{
    QFETCH(QByteArray, utf8);
    QFETCH(QByteArray, json);
    QByteArray out;
    JsonWriter::escapeInto(out, utf8);
    QCOMPARE(out, json);
    QCOMPARE(JsonWriter::escapedSize(utf8), json.size());
}

// Random strings of every byte below 0x80 at every length across the eight-byte
// steps: what is written parses back to what was given, and is measured right.
void TestJsonWriter::everyByteRoundTrips()
{
    QRandomGenerator random(18);
    for (int round = 0; round < 2000; ++round) {
        const int size = int(random.bounded(40));
        QByteArray text(size, Qt::Uninitialized);
        for (char &c : text) // mostly plain, so escapes fall at every position of a word
            c = random.bounded(4) ? char('a' + random.bounded(26)) : char(1 + random.bounded(0x7f));
        QByteArray out;
        JsonWriter json(out);
        json.beginArray().string(text).endArray();
        const QJsonDocument parsed = QJsonDocument::fromJson(out);
        QVERIFY2(parsed.isArray(), out.constData());
        QCOMPARE(parsed.array().at(0).toString().toUtf8(), text);
        QCOMPARE(JsonWriter::escapedSize(text), out.size() - 2);
    }
}

void TestJsonWriter::appendsAfterWhatIsThere()
{
    QByteArray out("prefix:");
    out.reserve(8); // no room: it must grow, keeping what was there
    JsonWriter::escapeInto(out, "a \"quoted\" word, then a long plain tail to copy");
    QCOMPARE(out, QByteArray(R"(prefix:"a \"quoted\" word, then a long plain tail to copy")"));
}

void TestJsonWriter::stringsFromUtf16MatchTheirUtf8()
{
    const QString lone = QString(QChar(0xd83d)) + QStringLiteral("x"); // a high surrogate alone
    const QString long_ = QString(3000, QChar(u'é')) + QStringLiteral("\"end\"");
    for (const QString &text : {QStringLiteral("plain"), QStringLiteral("Grüße \"du\"\n👩‍👩‍👧‍👦"), lone, long_, QString()}) {
        QByteArray fromUtf16, fromUtf8;
        JsonWriter(fromUtf16).string(text);
        JsonWriter(fromUtf8).string(QByteArrayView(text.toUtf8()));
        QCOMPARE(fromUtf16, fromUtf8);
    }
}

void TestJsonWriter::writesNestedValues()
{
    QByteArray out;
    JsonWriter json(out);
    json.beginObject();
    json.key("a").beginArray().string("x").number(-12).boolean(true).null().endArray();
    json.key("b").beginObject().key("c").stringOrNull(QString()).endObject();
    json.key("d").rawValue(R"({"e":1})");
    json.endObject();
    QCOMPARE(out, QByteArray(R"({"a":["x",-12,true,null],"b":{"c":null},"d":{"e":1}})"));
}

QTEST_GUILESS_MAIN(TestJsonWriter)
#include "tst_jsonwriter.moc"
