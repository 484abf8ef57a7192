// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/itemmodels/calendarmodel.h"
#include "models/itemmodels/failedtargetsmodel.h"
#include "models/itemmodels/postlistmodel.h"
#include "models/store/integrationrepository.h"
#include "models/store/postrepository.h"
#include "teststore.h"

#include <QAbstractItemModelTester>
#include <QMimeData>
#include <QSqlQuery>
#include <QTest>

using namespace Almanac;

class TestPostListModel : public QObject
{
    Q_OBJECT

private:
    static void fill(Test::TestStore &store, int count)
    {
        store.addIntegration("int_x", "x");
        store.addIntegration("int_b", "bluesky");
        PostRepository posts(store.connection());
        Transaction tx(store.connection());
        for (int i = 0; i < count; ++i) {
            Post p;
            p.content = QStringLiteral("Post number %1\nsecond line").arg(i);
            p.status = i % 10 == 0 ? PostStatus::Draft : PostStatus::Scheduled;
            if (i % 10 != 0)
                p.scheduledAt = 1800000000 + qint64(count - i) * 60; // inserted out of time order
            p.targets.append({QStringLiteral("int_x"), QStringLiteral("x"), p.status, {}, {}, 0, {}, 0, false});
            if (i % 3 == 0)
                p.targets.append({QStringLiteral("int_b"), QStringLiteral("bluesky"), p.status, {}, {}, 0, {}, 0, false});
            QVERIFY(posts.insert(p).ok());
        }
        QVERIFY(tx.commit().ok());
    }

private Q_SLOTS:
    void passesTheModelTester();
    void pagesAsTheViewScrolls();
    void filtersByStatus();
    void showsTimesInTheChosenZone();
    void undatedDraftsDragOutAsIds();
    void accountsShowAsPeopleKnowThem();
    void failedDestinationsReadInTheOrderOfTheirTimes();
};

void TestPostListModel::passesTheModelTester()
{
    Test::TestStore store;
    fill(store, 120);
    PostListModel model(store.connection());
    model.setPageSize(50);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    while (model.canFetchMore({}))
        model.fetchMore({});
    QCOMPARE(model.rowCount(), 120);
    model.setStatusFilter(PostStatus::Draft);
    model.setTimeZone(QTimeZone("Asia/Tokyo"));
    model.reload();
}

void TestPostListModel::pagesAsTheViewScrolls()
{
    Test::TestStore store;
    fill(store, 120);
    PostListModel model(store.connection());
    model.setPageSize(50);
    model.reload();
    QCOMPARE(model.rowCount(), 50);
    QVERIFY(model.canFetchMore({}));
    model.fetchMore({});
    model.fetchMore({});
    QCOMPARE(model.rowCount(), 120);
    QVERIFY(!model.canFetchMore({}));
    // Dated posts in time order, then undated drafts.
    qint64 last = 0;
    for (int row = 0; row < 108; ++row) {
        const qint64 at = model.index(row, 0).data(PostListModel::ScheduledAtRole).toLongLong();
        QVERIFY(at >= last);
        last = at;
    }
    QCOMPARE(model.index(119, PostListModel::TimeColumn).data().toString(), QStringLiteral("No date"));
    QCOMPARE(model.index(119, PostListModel::ContentColumn).data().toString().contains(u'\n'), false);
    QCOMPARE(model.index(119, PostListModel::ContentColumn).data(Qt::ToolTipRole).toString().contains(u'\n'), true);
}

void TestPostListModel::filtersByStatus()
{
    Test::TestStore store;
    fill(store, 40);
    PostListModel model(store.connection());
    model.setStatusFilter(PostStatus::Draft);
    QCOMPARE(model.rowCount(), 4);
    for (int row = 0; row < model.rowCount(); ++row)
        QCOMPARE(model.index(row, 0).data(PostListModel::StatusRole).toString(), QStringLiteral("draft"));
    model.setStatusFilter(std::nullopt);
    QCOMPARE(model.rowCount(), 40);
}

void TestPostListModel::showsTimesInTheChosenZone()
{
    Test::TestStore store;
    store.addIntegration("int_x", "x");
    Post p;
    p.content = QStringLiteral("zoned");
    p.status = PostStatus::Scheduled;
    p.scheduledAt = QDateTime(QDate(2026, 5, 1), QTime(9, 0), Qt::UTC).toSecsSinceEpoch();
    p.targets.append({QStringLiteral("int_x"), QStringLiteral("x"), p.status, {}, {}, 0, {}, 0, false});
    QVERIFY(PostRepository(store.connection()).insert(p).ok());
    PostListModel model(store.connection());
    model.setTimeZone(QTimeZone("Asia/Tokyo"));
    const QString shown = model.index(0, PostListModel::TimeColumn).data().toString();
    // 09:00 UTC is 18:00 in Tokyo (written as the locale writes a time).
    QVERIFY2(shown.contains(QTime(18, 0).toString(shortTimeFormat())), qPrintable(shown));
    QCOMPARE(model.index(0, PostListModel::TimeColumn).data(Qt::ToolTipRole).toString(),
             QStringLiteral("2026-05-01T09:00:00Z UTC"));
    QCOMPARE(model.index(0, PostListModel::DestinationsColumn).data().toString(), QStringLiteral("X (Twitter) (int_x)"));
}

void TestPostListModel::undatedDraftsDragOutAsIds()
{
    Test::TestStore store;
    fill(store, 120); // every tenth post is a draft without a date
    Post dated;
    dated.content = QStringLiteral("a draft with a date");
    dated.status = PostStatus::Draft;
    dated.scheduledAt = 1800000000;
    dated.targets.append({QStringLiteral("int_x"), QStringLiteral("x"), dated.status, {}, {}, 0, {}, 0, false});
    QVERIFY(PostRepository(store.connection()).insert(dated).ok());

    PostListModel model(store.connection());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setPageSize(5);
    model.setUndatedDraftsOnly(true);
    while (model.canFetchMore({}))
        model.fetchMore({});
    QCOMPARE(model.rowCount(), 12); // each once, though the tester asks for more during each insertion
    QSet<QString> seen;
    for (int row = 0; row < model.rowCount(); ++row) {
        seen.insert(model.index(row, 0).data(PostListModel::PostIdRole).toString());
        QVERIFY(model.index(row, 0).data(PostListModel::ScheduledAtRole).isNull());
        QVERIFY(model.flags(model.index(row, 0)) & Qt::ItemIsDragEnabled);
    }

    QCOMPARE(seen.size(), 12);

    // Two columns of one row and a second row: two ids, once each.
    std::unique_ptr<QMimeData> mime(model.mimeData(
        {model.index(0, PostListModel::ContentColumn), model.index(0, PostListModel::TimeColumn), model.index(3, 0)}));
    QVERIFY(mime);
    QCOMPARE(model.mimeTypes(), QStringList{PostListModel::postIdsMimeType()});
    const QStringList ids = PostListModel::postIdsFrom(mime.get());
    QCOMPARE(ids, (QStringList{model.index(0, 0).data(PostListModel::PostIdRole).toString(),
                               model.index(3, 0).data(PostListModel::PostIdRole).toString()}));
    QMimeData other;
    other.setText(QStringLiteral("not posts"));
    QVERIFY(PostListModel::postIdsFrom(&other).isEmpty());
}

// An account with a name or a handle shows by it, in the list, the calendar and
// the Failed view; its id (int_ig_acme) only when it has neither.
void TestPostListModel::accountsShowAsPeopleKnowThem()
{
    Test::TestStore store;
    Integration named;
    named.id = QStringLiteral("int_li_acme");
    named.platform = QStringLiteral("linkedin");
    named.name = QStringLiteral("Acme Coffee");
    QVERIFY(IntegrationRepository(store.connection()).add(named).ok());
    Integration handled;
    handled.id = QStringLiteral("int_bsky_acme");
    handled.platform = QStringLiteral("bluesky");
    handled.handle = QStringLiteral("@acme.bsky.social");
    QVERIFY(IntegrationRepository(store.connection()).add(handled).ok());
    Post p;
    p.content = QStringLiteral("Named");
    p.status = PostStatus::Scheduled;
    p.scheduledAt = QDateTime(QDate(2026, 5, 1), QTime(9, 0), Qt::UTC).toSecsSinceEpoch();
    p.targets.append({named.id, named.platform, p.status, {}, {}, 0, {}, 0, false});
    p.targets.append({handled.id, handled.platform, p.status, {}, {}, 0, {}, 0, false});
    QVERIFY(PostRepository(store.connection()).insert(p).ok());

    PostListModel list(store.connection());
    const QString shown = list.index(0, PostListModel::DestinationsColumn).data().toString();
    QVERIFY2(shown.contains(QStringLiteral("LinkedIn (Acme Coffee)")) && shown.contains(QStringLiteral("Bluesky @acme.bsky.social")),
             qPrintable(shown));
    QVERIFY(!list.index(0, PostListModel::DestinationsColumn).data(Qt::ToolTipRole).toString().contains(QStringLiteral("int_")));

    CalendarModel calendar(store.connection());
    calendar.setTimeZone(QTimeZone::utc());
    calendar.setRange(QDate(2026, 4, 27), QDate(2026, 5, 4));
    QCOMPARE(calendar.rowCount(), 1);
    QStringList names = calendar.destinationNames(0);
    names.sort();
    QCOMPARE(names, (QStringList{QStringLiteral("Bluesky @acme.bsky.social"), QStringLiteral("LinkedIn (Acme Coffee)")}));

    QVERIFY(QSqlQuery(store.connection()).exec(QStringLiteral(
        "UPDATE post_targets SET status = 'failed', last_error = 'refused' WHERE integration_id = 'int_li_acme'")));
    FailedTargetsModel failed(store.connection());
    QCOMPARE(failed.rowCount(), 1);
    QCOMPARE(failed.index(0, FailedTargetsModel::DestinationColumn).data().toString(), QStringLiteral("LinkedIn (Acme Coffee)"));
}

// The Failed view lists by the time it shows (when each was due), latest
// first: listed by when each failed, it read as if unsorted.
void TestPostListModel::failedDestinationsReadInTheOrderOfTheirTimes()
{
    Test::TestStore store;
    fill(store, 30);
    // Failed in the opposite order of their times.
    QSqlQuery q(store.connection());
    QVERIFY(q.exec(QStringLiteral("UPDATE post_targets SET status = 'failed', updated_at = (SELECT 2000000000 - "
                                  "scheduled_at FROM posts WHERE posts.id = post_targets.post_id) "
                                  "WHERE post_id IN (SELECT id FROM posts WHERE scheduled_at IS NOT NULL)")));
    FailedTargetsModel failed(store.connection());
    QVERIFY(failed.rowCount() > 10);
    QDateTime previous;
    for (int row = 0; row < failed.rowCount(); ++row) {
        const QDateTime when = QLocale().toDateTime(failed.index(row, FailedTargetsModel::WhenColumn).data().toString(),
                                                    QLocale::ShortFormat);
        QVERIFY(when.isValid());
        if (previous.isValid())
            QVERIFY2(when <= previous, qPrintable(QStringLiteral("row %1 is later than the one above").arg(row)));
        previous = when;
    }
}

QTEST_GUILESS_MAIN(TestPostListModel)
#include "tst_postlistmodel.moc"
