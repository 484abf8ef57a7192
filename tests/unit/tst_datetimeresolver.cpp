// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/domain/clock.h"
#include "models/validation/datetimeresolver.h"

#include <QTest>

using namespace Almanac;
using Outcome = DateTimeResolver::Outcome;

class TestDateTimeResolver : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void resolve_data();
    void resolve();
    void sheetForms_data();
    void sheetForms();
    void isoFormatting();
    void sheetDatesAreNumeric();
};

void TestDateTimeResolver::resolve_data()
{
    QTest::addColumn<QByteArray>("zone");
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<int>("outcome");
    QTest::addColumn<QString>("utc");

    const int ok = int(Outcome::Ok), bad = int(Outcome::Malformed);
    QTest::newRow("Z") << QByteArray("UTC") << QByteArray("2026-05-01T09:00:00Z") << ok << "2026-05-01T09:00:00Z";
    QTest::newRow("offset") << QByteArray("UTC") << QByteArray("2026-05-01T09:00:00+02:00") << ok << "2026-05-01T07:00:00Z";
    QTest::newRow("negative compact offset") << QByteArray("UTC") << QByteArray("2026-05-01T09:00-0530") << ok
                                             << "2026-05-01T14:30:00Z";
    QTest::newRow("hour-only offset") << QByteArray("UTC") << QByteArray("2026-05-01T09:00:00+01") << ok
                                      << "2026-05-01T08:00:00Z";
    QTest::newRow("fraction") << QByteArray("UTC") << QByteArray("2026-05-01T09:00:00.999Z") << ok << "2026-05-01T09:00:00Z";
    QTest::newRow("space, no seconds, zone") << QByteArray("Europe/Berlin") << QByteArray("2026-05-01 09:00") << ok
                                             << "2026-05-01T07:00:00Z";
    QTest::newRow("winter in Berlin") << QByteArray("Europe/Berlin") << QByteArray("2026-01-15T09:00:00") << ok
                                      << "2026-01-15T08:00:00Z";
    QTest::newRow("leap day") << QByteArray("UTC") << QByteArray("2028-02-29T00:00:00Z") << ok << "2028-02-29T00:00:00Z";
    QTest::newRow("not a leap day") << QByteArray("UTC") << QByteArray("2026-02-29T00:00:00Z") << bad << "";
    QTest::newRow("hour 24") << QByteArray("UTC") << QByteArray("2026-05-01T24:00:00Z") << bad << "";
    QTest::newRow("date only: the default posting time") << QByteArray("UTC") << QByteArray("2026-05-01") << ok
                                                         << "2026-05-01T09:00:00Z";
    QTest::newRow("ISO date, 12-hour time") << QByteArray("UTC") << QByteArray("2026-05-01 10:30 PM") << ok
                                            << "2026-05-01T22:30:00Z";
    QTest::newRow("ISO date, midnight as 12 AM") << QByteArray("UTC") << QByteArray("2026-05-01 12:00 AM") << ok
                                                 << "2026-05-01T00:00:00Z";
    QTest::newRow("trailing junk") << QByteArray("UTC") << QByteArray("2026-05-01T09:00:00Zjunk") << bad << "";
    QTest::newRow("offset too large") << QByteArray("UTC") << QByteArray("2026-05-01T09:00:00+15:00") << bad << "";
    QTest::newRow("words") << QByteArray("UTC") << QByteArray("tomorrow") << bad << "";
    // New York springs forward at 02:00 on 2026-03-08 and falls back at 02:00 on 2026-11-01.
    QTest::newRow("gap") << QByteArray("America/New_York") << QByteArray("2026-03-08T02:30:00") << int(Outcome::Nonexistent) << "";
    QTest::newRow("after gap") << QByteArray("America/New_York") << QByteArray("2026-03-08T03:30:00") << ok
                               << "2026-03-08T07:30:00Z";
    QTest::newRow("overlap takes the first") << QByteArray("America/New_York") << QByteArray("2026-11-01T01:30:00")
                                             << int(Outcome::Ambiguous) << "2026-11-01T05:30:00Z";
    QTest::newRow("after overlap") << QByteArray("America/New_York") << QByteArray("2026-11-01T02:30:00") << ok
                                   << "2026-11-01T07:30:00Z";
    QTest::newRow("half-hour zone") << QByteArray("Asia/Kolkata") << QByteArray("2026-05-01T09:00:00") << ok
                                    << "2026-05-01T03:30:00Z";
}

void TestDateTimeResolver::resolve()
{
    QFETCH(QByteArray, zone);
    QFETCH(QByteArray, text);
    QFETCH(int, outcome);
    QFETCH(QString, utc);
    DateTimeResolver resolver{QTimeZone(zone)};
    const auto r = resolver.resolve(text);
    QCOMPARE(int(r.outcome), outcome);
    if (!utc.isEmpty())
        QCOMPARE(isoUtc(r.utc), utc);
    if (r.outcome == Outcome::Ambiguous)
        QCOMPARE(r.laterUtc - r.utc, qint64(3600));
}

// The dates spreadsheets write, as issue 17 lists them, read with and without a chosen order.
void TestDateTimeResolver::sheetForms_data()
{
    QTest::addColumn<QByteArray>("zone");
    QTest::addColumn<int>("order");
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<int>("outcome");
    QTest::addColumn<QString>("utc");

    const int ok = int(Outcome::Ok), bad = int(Outcome::Malformed), unsure = int(Outcome::AmbiguousOrder);
    const int any = int(DateOrder::Unknown), dmy = int(DateOrder::DayMonthYear), mdy = int(DateOrder::MonthDayYear);
    const QByteArray utc("UTC");
    QTest::newRow("05/03 day first") << utc << dmy << QByteArray("05/03/2027 9:00") << ok << "2027-03-05T09:00:00Z";
    QTest::newRow("05/03 month first") << utc << mdy << QByteArray("05/03/2027 9:00") << ok << "2027-05-03T09:00:00Z";
    QTest::newRow("05/03 with no order") << utc << any << QByteArray("05/03/2027 9:00") << unsure << "";
    QTest::newRow("a day above 12 says day first") << utc << any << QByteArray("15/03/2027 14:30") << ok
                                                   << "2027-03-15T14:30:00Z";
    QTest::newRow("a day above 12 says month first") << utc << any << QByteArray("03/20/2027 2:30 PM") << ok
                                                     << "2027-03-20T14:30:00Z";
    QTest::newRow("the value outranks the order") << utc << mdy << QByteArray("15/03/2027 14:30") << ok
                                                  << "2027-03-15T14:30:00Z";
    QTest::newRow("dotted is day first") << utc << any << QByteArray("21.03.2027 10:00") << ok << "2027-03-21T10:00:00Z";
    QTest::newRow("dotted, a date alone") << utc << any << QByteArray("21.03.2027") << ok << "2027-03-21T09:00:00Z";
    QTest::newRow("slashed, year first") << utc << any << QByteArray("2027/03/21 10:00") << ok << "2027-03-21T10:00:00Z";
    QTest::newRow("seconds") << utc << dmy << QByteArray("05/03/2027 09:15:30") << ok << "2027-03-05T09:15:30Z";
    QTest::newRow("midnight, 12 h") << utc << mdy << QByteArray("12/31/2027 12:00 AM") << ok << "2027-12-31T00:00:00Z";
    QTest::newRow("noon, 12 h") << utc << mdy << QByteArray("12/31/2027 12:00 pm") << ok << "2027-12-31T12:00:00Z";
    QTest::newRow("13 PM") << utc << mdy << QByteArray("12/31/2027 13:00 PM") << bad << "";
    QTest::newRow("31 February") << utc << dmy << QByteArray("31/02/2027 10:00") << bad << "";
    QTest::newRow("a two-digit year") << utc << dmy << QByteArray("05/03/27 10:00") << bad << "";
    QTest::newRow("mixed separators") << utc << dmy << QByteArray("05/03.2027") << bad << "";
    QTest::newRow("a time without minutes") << utc << dmy << QByteArray("05/03/2027 10") << bad << "";
    QTest::newRow("local time in the zone") << QByteArray("Europe/Berlin") << any << QByteArray("21.03.2027 10:00") << ok
                                            << "2027-03-21T09:00:00Z";
    // Berlin springs forward at 02:00 on 2026-03-29: a time in the gap stays an error.
    QTest::newRow("the DST gap") << QByteArray("Europe/Berlin") << any << QByteArray("29.03.2026 02:30")
                                 << int(Outcome::Nonexistent) << "";
}

void TestDateTimeResolver::sheetForms()
{
    QFETCH(QByteArray, zone);
    QFETCH(int, order);
    QFETCH(QByteArray, text);
    QFETCH(int, outcome);
    QFETCH(QString, utc);
    const DateTimeResolver resolver{QTimeZone(zone), DateOrder(order)};
    const auto r = resolver.resolve(text);
    QCOMPARE(int(r.outcome), outcome);
    if (!utc.isEmpty())
        QCOMPARE(isoUtc(r.utc), utc);
}

void TestDateTimeResolver::isoFormatting()
{
    QCOMPARE(isoUtc(0), QStringLiteral("1970-01-01T00:00:00Z"));
    QCOMPARE(isoUtc(951782400), QStringLiteral("2000-02-29T00:00:00Z"));
    QCOMPARE(isoUtc(-1), QStringLiteral("1969-12-31T23:59:59Z"));
    QCOMPARE(DateTimeResolver::daysFromCivil(2026, 5, 1) * 86400, qint64(1777593600));
}

// What may need a day-or-month order: numeric dates, not words.
void TestDateTimeResolver::sheetDatesAreNumeric()
{
    for (const char *yes : {"05/03/2027", "5.3.2027", "2027-03-05", "05/03/2027 10:00", "12-25-2026"})
        QVERIFY2(DateTimeResolver::isSheetDate(yes), yes);
    for (const char *no : {"next friday", "5 March 2027", "12:00", "March 5", "", "2027"})
        QVERIFY2(!DateTimeResolver::isSheetDate(no), no);
}

QTEST_APPLESS_MAIN(TestDateTimeResolver)
#include "tst_datetimeresolver.moc"
