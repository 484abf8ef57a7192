// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/domain/wallclock.h"
#include "models/itemmodels/calendarmodel.h"
#include "models/store/postrepository.h"
#include "teststore.h"

#include <QAbstractItemModelTester>
#include <QSortFilterProxyModel>
#include <QTest>

using namespace Almanac;

class TestCalendarModel : public QObject
{
    Q_OBJECT

private:
    static QString add(Test::TestStore &store, qint64 at, PostStatus status, const QString &text,
                       const QStringList &integrations, const QStringList &tags = {})
    {
        Post p;
        p.content = text;
        p.status = status;
        p.scheduledAt = at;
        p.tags = tags;
        for (const QString &id : integrations)
            p.targets.append({id, QString(), status, {}, {}, 0, {}, 0});
        if (!PostRepository(store.connection()).insert(p).ok())
            qFatal("insert failed");
        return p.id;
    }

    static qint64 utc(const char *iso) { return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate).toSecsSinceEpoch(); }

private Q_SLOTS:
    void passesTheModelTesterThroughEveryChange()
    {
        Test::TestStore store;
        store.addIntegration("int_x", "x");
        store.addIntegration("int_b", "bluesky");
        for (int i = 0; i < 60; ++i)
            add(store, utc("2026-05-01T00:00:00Z") + i * 3 * 3600, i % 4 ? PostStatus::Scheduled : PostStatus::Draft,
                QStringLiteral("Post %1").arg(i), i % 2 ? QStringList{"int_x"} : QStringList{"int_x", "int_b"},
                i % 5 ? QStringList{} : QStringList{"launch"});
        CalendarModel model(store.connection());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSortFilterProxyModel sorted;
        sorted.setSourceModel(&model);
        QAbstractItemModelTester proxyTester(&sorted, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setTimeZone(QTimeZone("UTC"));
        model.setRange(QDate(2026, 5, 1), QDate(2026, 5, 4));
        QCOMPARE(model.rowCount(), 24);
        CalendarFilter filter;
        filter.hiddenStatuses.insert(PostStatus::Draft);
        model.setFilter(filter);
        QCOMPARE(model.rowCount(), 18);
        QCOMPARE(model.hiddenCount(), 6);
        filter = {};
        filter.tags = {QStringLiteral("launch")};
        model.setFilter(filter);
        QCOMPARE(model.rowCount(), 5);
        filter = {};
        filter.hiddenIntegrations.insert(QStringLiteral("int_x"));
        model.setFilter(filter);
        QCOMPARE(model.rowCount(), 12); // posts that also go to Bluesky stay
        filter = {};
        filter.search = QStringLiteral("post 1");
        model.setFilter(filter);
        QCOMPARE(model.rowCount(), 12); // every word matches: "1" is in 1, 10..19 and 21
        filter.search = QStringLiteral("#LAUNCH");
        model.setFilter(filter);
        QCOMPARE(model.rowCount(), 5);
        // "#tag" finds the hashtag in a post's text as well, whole and in any case.
        const auto matches = [](const char *search, const char *content) {
            CalendarFilter f;
            f.search = QString::fromUtf8(search);
            PostSummary post;
            post.content = QString::fromUtf8(content);
            return f.matches(post);
        };
        QVERIFY(matches("#roasting", "Fresh beans #roasting today"));
        QVERIFY(matches("#Roasting", "Fresh beans #ROASTING!"));
        QVERIFY(matches("#café", "Open late #café\nsee you"));
        QVERIFY(!matches("#roast", "Fresh beans #roasting today"));
        QVERIFY(!matches("#roasting", "#roasting_day is here"));
        QVERIFY(!matches("#roasting", "roasting without a hash"));
        model.setFilter({});
        model.setRange(QDate(2026, 5, 2), QDate(2026, 5, 3));
        QCOMPARE(model.rowCount(), 8);
        model.reload();
        QCOMPARE(model.statusCounts()[size_t(PostStatus::Draft)] + model.statusCounts()[size_t(PostStatus::Scheduled)], 8);
        QCOMPARE(model.tagsInRange(), QStringList{QStringLiteral("launch")});
        sorted.sort(CalendarModel::ContentColumn, Qt::DescendingOrder);
        QCOMPARE(sorted.index(0, CalendarModel::ContentColumn).data().toString(), QStringLiteral("Post 9"));
        QCOMPARE(model.index(0, CalendarModel::DestinationsColumn).data().toString(), QStringLiteral("Bluesky, X (Twitter)"));
    }

    // A tag is one tag however it is capitalised: the filter offers it once
    // and finds every post with it, as the search does.
    void tagsAreOneInAnyCase()
    {
        Test::TestStore store;
        store.addIntegration("int_x", "x");
        add(store, utc("2026-05-01T09:00:00Z"), PostStatus::Scheduled, QStringLiteral("a"), {"int_x"}, {"Holidays"});
        add(store, utc("2026-05-02T09:00:00Z"), PostStatus::Scheduled, QStringLiteral("b"), {"int_x"}, {"holidays"});
        add(store, utc("2026-05-03T09:00:00Z"), PostStatus::Scheduled, QStringLiteral("c"), {"int_x"}, {"launch"});
        CalendarModel model(store.connection());
        model.setTimeZone(QTimeZone("UTC"));
        model.setRange(QDate(2026, 5, 1), QDate(2026, 5, 4));
        QCOMPARE(model.tagsInRange(), (QStringList{QStringLiteral("Holidays"), QStringLiteral("launch")}));
        CalendarFilter filter;
        filter.tags = {QStringLiteral("Holidays")};
        model.setFilter(filter);
        QCOMPARE(model.rowCount(), 2);
    }

    // zh_TW's short time format is "Bh:mm" (CLDR's period of the day), which
    // Qt cannot write: the calendar showed a literal "B".
    void theShortTimeFormatIsOneQtWrites()
    {
        const QLocale before;
        QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::Taiwan));
        const QString format = shortTimeFormat();
        const QString written = QLocale().toString(QTime(15, 5), format);
        QLocale::setDefault(before);
        QVERIFY2(!written.contains(u'B') && written.contains(QStringLiteral("3:05")), qPrintable(format + u' ' + written));
    }

    void placesPostsOnTheirLocalDay()
    {
        Test::TestStore store;
        store.addIntegration("int_x", "x");
        // 23:30 UTC on 1 May is 2 May in Berlin (+02:00) and 1 May in New York.
        const QString id = add(store, utc("2026-05-01T23:30:00Z"), PostStatus::Scheduled, QStringLiteral("p"), {"int_x"});
        CalendarModel model(store.connection());
        model.setTimeZone(QTimeZone("Europe/Berlin"));
        model.setRange(QDate(2026, 5, 1), QDate(2026, 5, 3));
        QCOMPARE(model.localDate(model.rowOf(id)), QDate(2026, 5, 2));
        QCOMPARE(model.localMinute(model.rowOf(id)), 90);
        model.setTimeZone(QTimeZone("America/New_York"));
        QCOMPARE(model.localDate(model.rowOf(id)), QDate(2026, 5, 1));
        QCOMPARE(model.localMinute(model.rowOf(id)), 19 * 60 + 30);
        // Only the range is read: the day after is not there.
        model.setRange(QDate(2026, 5, 2), QDate(2026, 5, 3));
        QCOMPARE(model.rowOf(id), -1);
    }

    void wallClockAcrossDaylightSaving()
    {
        const WallClock berlin(QTimeZone("Europe/Berlin"));
        // Clocks go forward on 2026-03-29 at 02:00: 02:30 does not exist and comes out as 03:30 CEST.
        QVERIFY(!berlin.exists(QDate(2026, 3, 29), 150));
        QCOMPARE(berlin.toUtc(QDate(2026, 3, 29), 150), utc("2026-03-29T01:30:00Z"));
        QCOMPARE(berlin.toLocal(utc("2026-03-29T01:30:00Z")).minute, 210);
        // Back on 2026-10-25 at 03:00: 02:30 happens twice; the first (CEST) is taken.
        QVERIFY(berlin.exists(QDate(2026, 10, 25), 150));
        QCOMPARE(berlin.toUtc(QDate(2026, 10, 25), 150), utc("2026-10-25T00:30:00Z"));
        // 09:00 either side of a change.
        QCOMPARE(berlin.toUtc(QDate(2026, 10, 24), 540), utc("2026-10-24T07:00:00Z"));
        QCOMPARE(berlin.toUtc(QDate(2026, 10, 26), 540), utc("2026-10-26T08:00:00Z"));
        const WallClock::Local local = berlin.toLocal(utc("2026-10-26T08:00:00Z"));
        QCOMPARE(local.date, QDate(2026, 10, 26));
        QCOMPARE(local.minute, 540);
    }
};

QTEST_GUILESS_MAIN(TestCalendarModel)
#include "tst_calendarmodel.moc"
