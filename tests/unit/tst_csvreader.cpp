// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/csv/csvreader.h"
#include "models/csv/csvwriter.h"

#include <QBuffer>
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
    for (int shift = 0; shift < 4; ++shift) {
        QByteArray input = "a\n" + QByteArray(CsvReader::ChunkSize - 2 - shift, 'x') + "日本語\n";
        const ReadResult r = readAll(input);
        QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
        QCOMPARE(r.records.size(), 2);
        QVERIFY(r.records.last().first().endsWith(QStringLiteral("日本語")));
    }
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
