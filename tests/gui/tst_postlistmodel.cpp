// SPDX-License-Identifier: GPL-3.0-or-later
#include "itemmodels/postlistmodel.h"
#include "store/postrepository.h"
#include "teststore.h"

#include <QAbstractItemModelTester>
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
            p.targets.append({QStringLiteral("int_x"), QStringLiteral("x"), p.status, {}, {}, 0, {}, 0});
            if (i % 3 == 0)
                p.targets.append({QStringLiteral("int_b"), QStringLiteral("bluesky"), p.status, {}, {}, 0, {}, 0});
            QVERIFY(posts.insert(p).ok());
        }
        QVERIFY(tx.commit().ok());
    }

private Q_SLOTS:
    void passesTheModelTester();
    void pagesAsTheViewScrolls();
    void filtersByStatus();
    void showsTimesInTheChosenZone();
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
    p.targets.append({QStringLiteral("int_x"), QStringLiteral("x"), p.status, {}, {}, 0, {}, 0});
    QVERIFY(PostRepository(store.connection()).insert(p).ok());
    PostListModel model(store.connection());
    model.setTimeZone(QTimeZone("Asia/Tokyo"));
    const QString shown = model.index(0, PostListModel::TimeColumn).data().toString();
    QVERIFY2(shown.contains(QStringLiteral("18:00")), qPrintable(shown)); // 09:00 UTC is 18:00 in Tokyo
    QCOMPARE(model.index(0, PostListModel::TimeColumn).data(Qt::ToolTipRole).toString(),
             QStringLiteral("2026-05-01T09:00:00Z UTC"));
    QCOMPARE(model.index(0, PostListModel::DestinationsColumn).data().toString(), QStringLiteral("X (Twitter) (int_x)"));
}

QTEST_MAIN(TestPostListModel)
#include "tst_postlistmodel.moc"
