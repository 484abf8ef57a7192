// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/csv/csvreader.h"
#include "models/csv/csvwriter.h"
#include "models/csv/utf8check.h"

#include <QBuffer>
#include <QRandomGenerator>
#include <QTest>

using namespace Almanac;

namespace {

struct ReadResult
{
    QList<QStringList> records;
    QList<qint64> numbers;
    QList<qint64> lines;
    QString error;
    qint64 errorLine = 0;
    qint64 errorOffset = 0;
    char delimiter = 0;
};

ReadResult readAll(const QByteArray &bytes)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer);
    ReadResult r;
    while (reader.next()) {
        QStringList fields;
        for (qsizetype i = 0; i < reader.size(); ++i)
            fields.append(QString::fromUtf8(reader.field(i)));
        r.records.append(fields);
        r.numbers.append(reader.recordNumber());
        r.lines.append(reader.line());
    }
    r.delimiter = reader.delimiter();
    if (reader.hasError()) {
        r.error = reader.error().message;
        r.errorLine = reader.error().line;
        r.errorOffset = reader.error().byteOffset;
    }
    return r;
}

} // namespace

class TestCsvReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void records_data();
    void records();
    void delimiterDetection_data();
    void delimiterDetection();
    void refusals_data();
    void refusals();
    void spreadsheetRowNumbers();
    void recordsAcrossChunkBoundaries();
    void multibyteAcrossChunkBoundary();
    void fastUtf8CheckAgreesWithQtOnEveryShortSequence();
    void fastUtf8CheckAgreesWithQtOnRandomText();
    void cutShortTail_data();
    void cutShortTail();
    void oversizedRecordIsRefused();
    void aRowOfDelimitersIsRefusedWithItsLineAndByte_data();
    void aRowOfDelimitersIsRefusedWithItsLineAndByte();
    void writerRoundTripsAndNeutralizesFormulas();
};

void TestCsvReader::records_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QList<QStringList>>("expected");
    QTest::newRow("plain") << QByteArray("a,b\n1,2\n") << QList<QStringList>{{"a", "b"}, {"1", "2"}};
    QTest::newRow("no final newline") << QByteArray("a,b\n1,2") << QList<QStringList>{{"a", "b"}, {"1", "2"}};
    QTest::newRow("crlf") << QByteArray("a,b\r\n1,2\r\n") << QList<QStringList>{{"a", "b"}, {"1", "2"}};
    QTest::newRow("quoted delimiter") << QByteArray("\"a,b\",c\n") << QList<QStringList>{{"a,b", "c"}};
    QTest::newRow("doubled quotes") << QByteArray("\"say \"\"hi\"\"\",x\n") << QList<QStringList>{{"say \"hi\"", "x"}};
    QTest::newRow("only doubled quote") << QByteArray("\"\"\"\"\n") << QList<QStringList>{{"\""}};
    QTest::newRow("embedded newline") << QByteArray("\"1\n2\",x\n") << QList<QStringList>{{"1\n2", "x"}};
    QTest::newRow("embedded crlf kept") << QByteArray("\"1\r\n2\",x\r\n") << QList<QStringList>{{"1\r\n2", "x"}};
    QTest::newRow("empty quoted") << QByteArray("\"\",x\n") << QList<QStringList>{{"", "x"}};
    QTest::newRow("empty fields") << QByteArray(",,\n") << QList<QStringList>{{"", "", ""}};
    QTest::newRow("trailing delimiter at eof") << QByteArray("a,") << QList<QStringList>{{"a", ""}};
    QTest::newRow("bom") << QByteArray("\xEF\xBB\xBF" "a,b\n") << QList<QStringList>{{"a", "b"}};
    QTest::newRow("quote inside unquoted kept") << QByteArray("5\" screen,x\n") << QList<QStringList>{{"5\" screen", "x"}};
    QTest::newRow("emoji") << QByteArray("\"🎉 ok\",日本\n") << QList<QStringList>{{"🎉 ok", "日本"}};
    QTest::newRow("blank lines skipped") << QByteArray("a\n\n\nb\n") << QList<QStringList>{{"a"}, {"b"}};
}

void TestCsvReader::records()
{
    QFETCH(QByteArray, input);
    QFETCH(QList<QStringList>, expected);
    const ReadResult r = readAll(input);
    QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
    QCOMPARE(r.records, expected);
}

void TestCsvReader::delimiterDetection_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<char>("delimiter");
    QTest::newRow("comma") << QByteArray("a,b,c\n") << ',';
    QTest::newRow("semicolon") << QByteArray("a;b;c\n1,5;2;3\n") << ';';
    QTest::newRow("tab") << QByteArray("a\tb\tc\n") << '\t';
    QTest::newRow("quoted commas do not count") << QByteArray("\"a,b,c\";d;e\n") << ';';
    QTest::newRow("tie goes to comma") << QByteArray("a,b;c\n") << ',';
    QTest::newRow("single column") << QByteArray("content\n") << ',';
}

void TestCsvReader::delimiterDetection()
{
    QFETCH(QByteArray, input);
    QFETCH(char, delimiter);
    QCOMPARE(readAll(input).delimiter, delimiter);
}

void TestCsvReader::refusals_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<qint64>("line");
    QTest::addColumn<qint64>("offset");
    QTest::addColumn<QString>("messagePart");
    QTest::newRow("invalid utf-8") << QByteArray("a,b\nok,caf\xE9\n") << qint64(2) << qint64(10) << "not valid UTF-8";
    QTest::newRow("overlong encoding") << QByteArray("a\n\xC0\xAF\n") << qint64(2) << qint64(2) << "not valid UTF-8";
    QTest::newRow("surrogate") << QByteArray("a\n\xED\xA0\x80\n") << qint64(2) << qint64(2) << "not valid UTF-8";
    QTest::newRow("truncated at eof") << QByteArray("a\n\xE6\x97") << qint64(2) << qint64(2) << "not valid UTF-8";
    // Past the first blocks of 32 bytes the fast check looks at, after good multibyte text.
    const QByteArray longLine = "a\n" + QByteArray(70, 'x') + "日本語 café 🎉" + QByteArray(20, 'y');
    QTest::newRow("invalid utf-8 far in") << longLine + "\xE9\n" << qint64(2) << qint64(longLine.size())
                                          << "not valid UTF-8";
    QTest::newRow("surrogate far in") << longLine + "\xED\xA0\x80\n" << qint64(2) << qint64(longLine.size())
                                      << "not valid UTF-8";
    QTest::newRow("nul byte far in") << longLine + QByteArray("\0\n", 2) << qint64(2) << qint64(longLine.size())
                                     << "NUL byte";
    QTest::newRow("cut short at eof far in") << longLine + "\xF0\x9F\x8E" << qint64(2) << qint64(longLine.size())
                                             << "not valid UTF-8";
    // Past the first 4,096 bytes, where the fast check stops to look at what it found.
    QByteArray longer = "a\n";
    while (longer.size() < 4200)
        longer += "日本語 café ";
    QTest::newRow("surrogate past 4 KiB") << longer + "\xED\xA0\x80\n" << qint64(2) << qint64(longer.size())
                                          << "not valid UTF-8";
    QTest::newRow("unterminated quote") << QByteArray("a,b\n1,2\n\"open,3\n4,5\n") << qint64(3) << qint64(8)
                                        << "no closing quote";
    QTest::newRow("text after closing quote") << QByteArray("a\n\"x\"y\n") << qint64(2) << qint64(5)
                                              << "after the closing quote";
    QTest::newRow("nul byte") << QByteArray("a\nb\0c\n", 6) << qint64(2) << qint64(3) << "NUL byte";
    QTest::newRow("utf-16") << QByteArray("\xFF\xFE" "a\0,\0", 6) << qint64(1) << qint64(0) << "UTF-16";
}

void TestCsvReader::refusals()
{
    QFETCH(QByteArray, input);
    QFETCH(qint64, line);
    QFETCH(qint64, offset);
    QFETCH(QString, messagePart);
    const ReadResult r = readAll(input);
    QVERIFY2(r.error.contains(messagePart), qPrintable(r.error));
    QCOMPARE(r.errorLine, line);
    QCOMPARE(r.errorOffset, offset);
    QVERIFY2(r.error.startsWith(QStringLiteral("Line %1, byte %2").arg(line).arg(offset)), qPrintable(r.error));
}

void TestCsvReader::spreadsheetRowNumbers()
{
    // A record spanning lines is one spreadsheet row; a blank line is a row of its own.
    const ReadResult r = readAll("h\n\"two\nlines\"\n\nlast\n");
    QCOMPARE(r.records.size(), 3);
    QCOMPARE(r.numbers, (QList<qint64>{1, 2, 4}));
    QCOMPARE(r.lines, (QList<qint64>{1, 2, 5}));
}

void TestCsvReader::recordsAcrossChunkBoundaries()
{
    // Enough records to cross several 1 MiB chunk boundaries at every kind of place:
    // inside quotes, on a doubled quote, between CR and LF.
    QByteArray input("content,n\r\n");
    QList<QStringList> expected{{"content", "n"}};
    for (int i = 0; i < 100000; ++i) {
        const QString text = QStringLiteral("row %1 \"quoted\"\nwith 🎉, commas").arg(i);
        QString escaped = text;
        escaped.replace(QStringLiteral("\""), QStringLiteral("\"\""));
        input += "\"" + escaped.toUtf8() + "\"," + QByteArray::number(i) + "\r\n";
        expected.append({text, QString::number(i)});
    }
    QVERIFY(input.size() > 3 * CsvReader::ChunkSize);
    const ReadResult r = readAll(input);
    QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
    QCOMPARE(r.records.size(), expected.size());
    QCOMPARE(r.records, expected);
    QCOMPARE(r.lines.last(), qint64(1 + 2 * 99999 + 1));
}

void TestCsvReader::multibyteAcrossChunkBoundary()
{
    // A four-byte character cut after one, two and three of its bytes by the chunk's end.
    for (int shift = 0; shift < 5; ++shift) {
        QByteArray input = "a\n" + QByteArray(CsvReader::ChunkSize - 2 - shift, 'x') + "🎉🎉\n";
        const ReadResult r = readAll(input);
        QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
        QVERIFY(r.records.last().first().endsWith(QStringLiteral("🎉🎉")));
    }
    // A bad byte just before a character the chunk's end cuts: refused at the bad byte.
    for (int shift = 1; shift < 3; ++shift) {
        const QByteArray head = "a\n" + QByteArray(CsvReader::ChunkSize - 3 - shift, 'x');
        const ReadResult r = readAll(head + "\xFF日本\n");
        QVERIFY2(r.error.contains(QStringLiteral("0xFF")), qPrintable(r.error));
        QCOMPARE(r.errorOffset, qint64(head.size()));
    }
    for (int shift = 0; shift < 4; ++shift) {
        QByteArray input = "a\n" + QByteArray(CsvReader::ChunkSize - 2 - shift, 'x') + "日本語\n";
        const ReadResult r = readAll(input);
        QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
        QCOMPARE(r.records.size(), 2);
        QVERIFY(r.records.last().first().endsWith(QStringLiteral("日本語")));
    }
}

namespace {

// What the fast check must say: whole UTF-8 characters, none of them NUL.
bool validWithoutNul(QByteArrayView bytes)
{
    return bytes.isValidUtf8() && !bytes.contains('\0');
}

bool fastCheck(QByteArrayView bytes)
{
    return Utf8Check::allValidFast(reinterpret_cast<const unsigned char *>(bytes.data()), bytes.size());
}

} // namespace

void TestCsvReader::fastUtf8CheckAgreesWithQtOnEveryShortSequence()
{
    if (!Utf8Check::hasFastPath())
        QSKIP("this processor has no AVX2: the reader checks byte by byte");
    // Every sequence of one or two bytes, and of three bytes starting with a
    // lead, on both sides of the 32-byte blocks the check reads and at the
    // end of the text, where the last bytes are checked apart.
    QByteArray text(64, 'x');
    int checked = 0;
    auto agree = [&](QByteArrayView bytes) {
        ++checked;
        if (fastCheck(bytes) == validWithoutNul(bytes))
            return true;
        qWarning("disagree on %s", bytes.toByteArray().toHex(' ').constData());
        return false;
    };
    for (int at : {0, 14, 15, 30, 31, 32, 62}) { // 15/16: the two halves of a block
        for (int a = 0; a < 256; ++a) {
            text[at] = char(a);
            for (int b = 0; b < 256; ++b) {
                text[at + 1] = char(b);
                QVERIFY(agree(text));
                QVERIFY(agree(QByteArrayView(text).first(at + 2)));
            }
            text[at + 1] = 'x';
        }
        text[at] = 'x';
    }
    for (int at : {14, 29, 31}) {
        for (int a = 0xC0; a < 256; ++a)
            for (int b = 0; b < 256; ++b)
                for (int c = 0; c < 256; ++c) {
                    text[at] = char(a);
                    text[at + 1] = char(b);
                    text[at + 2] = char(c);
                    QVERIFY(agree(text));
                }
        text[at] = text[at + 1] = text[at + 2] = 'x';
    }
    // Four bytes: each lead from F0 with every second byte, and third and
    // fourth bytes that are a continuation at each end of its range or not one.
    for (int a = 0xF0; a < 256; ++a)
        for (int b = 0; b < 256; ++b)
            for (int c : {0x80, 0xBF, 0x41, 0xC3})
                for (int d : {0x80, 0xBF, 0x41, 0xC3}) {
                    const char four[] = {char(a), char(b), char(c), char(d)};
                    text.replace(30, 4, four, 4);
                    QVERIFY(agree(text));
                    QVERIFY(agree(QByteArrayView(text).first(34)));
                }
    QVERIFY(checked > 8'000'000);
}

void TestCsvReader::fastUtf8CheckAgreesWithQtOnRandomText()
{
    if (!Utf8Check::hasFastPath())
        QSKIP("this processor has no AVX2: the reader checks byte by byte");
    // Texts of whole characters of every length, now and then with a byte
    // taken out, changed or put in, as a file saved in the wrong encoding has.
    QRandomGenerator random(20261205);
    const QByteArray pieces[] = {"a", "plain words ", "\n", "é", "ß", "日本", "🎉", "👩‍👩‍👧", "\xEF\xBF\xBF", "\xF4\x8F\xBF\xBF",
                                 "\xE0\xA0\x80", "\xED\x9F\xBF", "\xEE\x80\x80", "\xF0\x90\x80\x80"};
    int valid = 0, invalid = 0;
    for (int round = 0; round < 200'000; ++round) {
        QByteArray text;
        const int length = int(random.bounded(160));
        while (text.size() < length)
            text += pieces[random.bounded(int(std::size(pieces)))];
        if (!text.isEmpty() && random.bounded(2) == 0) {
            const qsizetype at = random.bounded(text.size());
            switch (random.bounded(3)) {
            case 0: text.remove(at, 1); break;
            case 1: text[at] = char(random.bounded(256)); break;
            default: text.insert(at, char(random.bounded(256))); break;
            }
        }
        const bool expected = validWithoutNul(text);
        (expected ? valid : invalid) += 1;
        QVERIFY2(fastCheck(text) == expected, text.toHex(' ').constData());
    }
    QVERIFY(valid > 100'000 && invalid > 20'000); // both answers were tried, many times
}

void TestCsvReader::cutShortTail_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("cutShort");
    QTest::newRow("empty") << QByteArray() << 0;
    QTest::newRow("ascii") << QByteArray("abc") << 0;
    QTest::newRow("whole two bytes") << QByteArray("é") << 0;
    QTest::newRow("whole four bytes") << QByteArray("a🎉") << 0;
    QTest::newRow("lead of two") << QByteArray("a\xC3") << 1;
    QTest::newRow("lead of three") << QByteArray("a\xE6") << 1;
    QTest::newRow("two of three") << QByteArray("a\xE6\x97") << 2;
    QTest::newRow("three of four") << QByteArray("a\xF0\x9F\x8E") << 3;
    QTest::newRow("two of four") << QByteArray("a\xF0\x9F") << 2;
    QTest::newRow("lead of four alone") << QByteArray("\xF0") << 1;
    QTest::newRow("whole three bytes") << QByteArray("\xE6\x97\xA5") << 0;
    QTest::newRow("continuations alone") << QByteArray("\x80\x80") << 0; // never looks before the start
    QTest::newRow("stray continuation") << QByteArray("a\x80") << 0; // wrong, and the careful loop says so
}

void TestCsvReader::cutShortTail()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, cutShort);
    QCOMPARE(Utf8Check::cutShortTail(reinterpret_cast<const unsigned char *>(bytes.constData()), bytes.size()),
             qsizetype(cutShort));
}

void TestCsvReader::oversizedRecordIsRefused()
{
    QByteArray input = "a\n\"" + QByteArray(CsvReader::MaxRecordSize + 10, 'x');
    const ReadResult r = readAll(input);
    QVERIFY2(r.error.contains(QStringLiteral("closing quote")), qPrintable(r.error));
    QCOMPARE(r.errorLine, qint64(2));
}

void TestCsvReader::aRowOfDelimitersIsRefusedWithItsLineAndByte_data()
{
    QTest::addColumn<QByteArray>("row");
    QTest::newRow("commas") << QByteArray(2 * 1024 * 1024, ',');
    QTest::newRow("quoted empties") << QByteArray("\"\",").repeated(CsvReader::MaxFields + 1);
}

void TestCsvReader::aRowOfDelimitersIsRefusedWithItsLineAndByte()
{
    QFETCH(QByteArray, row);
    // Millions of empty cells would cost gigabytes downstream: refused at once.
    const QByteArray input = "content,integrations\nfine,x\n" + row + "\n";
    const ReadResult r = readAll(input);
    QVERIFY2(r.error.contains(QStringLiteral("more than 1024 fields")), qPrintable(r.error));
    QVERIFY2(r.error.contains(QStringLiteral("Line 3, byte 28")), qPrintable(r.error));
    QCOMPARE(r.errorLine, qint64(3));
    // A row just at the limit is read.
    const ReadResult wide = readAll("h\n" + QByteArray(CsvReader::MaxFields - 1, ',') + "\n");
    QVERIFY2(wide.error.isEmpty(), qPrintable(wide.error));
}

void TestCsvReader::writerRoundTripsAndNeutralizesFormulas()
{
    const QStringList awkward{QStringLiteral("plain"), QStringLiteral("a, comma"), QStringLiteral("a \"quote\""),
                              QStringLiteral("two\nlines"), QStringLiteral("café 🚀"), QString()};
    const QStringList formulas{QStringLiteral("=SUM(A1:A9)"), QStringLiteral("+1"), QStringLiteral("-1"),
                               QStringLiteral("@cmd"), QStringLiteral("\tx")};
    QByteArray out;
    const CsvWriter writer;
    writer.appendRecord(out, awkward);
    writer.appendRecord(out, formulas);

    QBuffer buffer(&out);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer);
    reader.setDelimiter(',');
    QVERIFY(reader.next());
    QStringList read;
    for (qsizetype i = 0; i < reader.size(); ++i)
        read.append(QString::fromUtf8(reader.field(i)));
    QCOMPARE(read, awkward); // what the writer writes, the reader reads back
    QVERIFY(reader.next());
    read.clear();
    for (qsizetype i = 0; i < reader.size(); ++i)
        read.append(QString::fromUtf8(reader.field(i)));
    // A spreadsheet shows these as text, not as formulas.
    QCOMPARE(read, (QStringList{QStringLiteral("'=SUM(A1:A9)"), QStringLiteral("'+1"), QStringLiteral("'-1"),
                                QStringLiteral("'@cmd"), QStringLiteral("'\tx")}));
    QVERIFY(!reader.next());
    QVERIFY(!reader.hasError());
}

QTEST_APPLESS_MAIN(TestCsvReader)
#include "tst_csvreader.moc"
