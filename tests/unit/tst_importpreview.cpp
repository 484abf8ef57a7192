// SPDX-License-Identifier: GPL-3.0-or-later
// The import wizard's preview model, fed by a real dry run on a worker thread.
#include "app/importing/backgroundimport.h"
#include "app/importing/previewfeed.h"
#include "models/itemmodels/importpreviewmodel.h"
#include "models/store/integrationrepository.h"
#include "models/store/postrepository.h"
#include "teststore.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QSignalSpy>
#include <QTest>

using namespace Almanac;

namespace {

const qint64 Now = QDateTime::fromString(QStringLiteral("2026-04-20T00:00:00Z"), Qt::ISODate).toSecsSinceEpoch();

QString writeFile(const Test::TestStore &store, const QByteArray &bytes)
{
    QFile file(store.dir() + QStringLiteral("/plan.csv"));
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        qFatal("cannot write the CSV");
    return file.fileName();
}

ImportOptions options(const Test::TestStore &store, const QString &file)
{
    ImportOptions o;
    o.filePath = file;
    o.storePath = store.path();
    o.timeZone = QTimeZone("Europe/Berlin");
    o.now = Now;
    o.dryRun = true;
    return o;
}

// Probes the file, maps its header, and fills a preview model the way the wizard does.
std::unique_ptr<ImportPreviewModel> preview(Test::TestStore &store, const ImportOptions &o)
{
    const CsvProbe probe = probeCsvFile(o.filePath);
    if (!probe.error.isEmpty())
        qFatal("probe: %s", qPrintable(probe.error));
    const DialectMapping mapping = DialectDetector::map(probe.header);
    ValidationContext context{IntegrationRepository(store.connection()).list(), o.timeZone, Now, 180};
    return std::make_unique<ImportPreviewModel>(o.filePath, probe.delimiter, mapping, context, QTimeZone("UTC"));
}

bool run(ImportPreviewModel *model, const ImportOptions &o)
{
    BackgroundImport import(o);
    PreviewFeed feed(model);
    import.setRowObserver(&feed);
    QSignalSpy done(&import, &BackgroundImport::finished);
    import.start();
    return done.wait(20000);
}

} // namespace

class TestImportPreview : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void judgedRowsFixesAndExclusions()
    {
        Test::TestStore store;
        store.addIntegration("int_x", "x");
        store.addIntegration("int_b", "bluesky");
        const QString file = writeFile(store,
            "content,integrations,schedule_at\n"
            "Fine,x;bluesky,2026-05-01T09:00:00Z\n"               // 2
            "Too late,x,2027-12-01T09:00:00Z\n"                   // 3: error
            "\"Two\nlines, quoted\",x,2026-05-02 10:00\n"          // 4: local time (Berlin)
            "Nowhere,myspace,2026-05-03T09:00:00Z\n"              // 5: error
            ",x,2026-05-04T09:00:00Z\n");                         // 6: error (empty)
        const ImportOptions o = options(store, file);
        auto model = preview(store, o);
        QAbstractItemModelTester tester(model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy counted(model.get(), &ImportPreviewModel::countsChanged);
        QVERIFY(run(model.get(), o));
        QTRY_COMPARE(model->rowCount(), 5);
        QVERIFY(!counted.isEmpty());
        QCOMPARE(model->counts().valid, qint64(2));
        QCOMPARE(model->counts().errors, qint64(3));
        QVERIFY(!model->canConfirm());

        auto cell = [&](int row, int column, int role = Qt::DisplayRole) { return model->index(row, column).data(role); };
        QCOMPARE(cell(0, ImportPreviewModel::RowColumn).toLongLong(), qint64(2));
        QCOMPARE(cell(0, ImportPreviewModel::StatusColumn).toString(), QStringLiteral("Valid"));
        QCOMPARE(cell(0, ImportPreviewModel::DestinationsColumn).toString(), QStringLiteral("X (Twitter) (int_x), Bluesky (int_b)"));
        QCOMPARE(cell(0, ImportPreviewModel::DestinationsColumn, ImportPreviewModel::PlatformsRole).toStringList(),
                 (QStringList{QStringLiteral("x"), QStringLiteral("bluesky")}));
        // Read back from the file by offset, quoted newline and all; the time resolved in Berlin, shown in UTC.
        QCOMPARE(cell(2, ImportPreviewModel::ContentColumn).toString(), QStringLiteral("Two lines, quoted"));
        QCOMPARE(cell(2, ImportPreviewModel::ContentColumn, Qt::ToolTipRole).toString(), QStringLiteral("Two\nlines, quoted"));
        QVERIFY2(cell(2, ImportPreviewModel::TimeColumn).toString().endsWith(QStringLiteral("08:00")),
                 qPrintable(cell(2, ImportPreviewModel::TimeColumn).toString()));
        QCOMPARE(cell(2, ImportPreviewModel::TimeColumn, Qt::ToolTipRole).toString(), QStringLiteral("2026-05-02T08:00:00Z UTC"));
        // Errors in words, naming the column.
        QCOMPARE(cell(1, ImportPreviewModel::StatusColumn).toString(), QStringLiteral("Error"));
        QVERIFY2(cell(1, ImportPreviewModel::IssuesColumn).toString().startsWith(QStringLiteral("schedule_at: ")),
                 qPrintable(cell(1, ImportPreviewModel::IssuesColumn).toString()));
        QVERIFY(cell(3, ImportPreviewModel::IssuesColumn).toString().contains(QStringLiteral("myspace")));

        // The filter shows the rows with errors only.
        model->setFilter(ImportPreviewModel::Filter::Errors);
        QCOMPARE(model->rowCount(), 3);
        QCOMPARE(model->rowOfNumber(5), 1);
        QCOMPARE(model->rowOfNumber(2), -1);

        // Fix row 3's time in place: judged again at once.
        const QModelIndex time = model->index(model->rowOfNumber(3), ImportPreviewModel::TimeColumn);
        QCOMPARE(time.data(Qt::EditRole).toString(), QStringLiteral("2027-12-01T09:00:00Z"));
        QVERIFY(model->setData(time, QStringLiteral("2026-06-01T09:00:00Z")));
        QCOMPARE(model->index(time.row(), ImportPreviewModel::StatusColumn).data().toString(), QStringLiteral("Fixed"));
        QCOMPARE(model->counts().errors, qint64(2));
        QCOMPARE(model->counts().valid, qint64(3));
        QCOMPARE(model->fields(time.row()).at(2), QStringLiteral("2026-06-01T09:00:00Z"));
        // A fix can also break a row.
        QVERIFY(model->setData(time, QStringLiteral("June")));
        QCOMPARE(model->counts().errors, qint64(3));
        QVERIFY(model->setData(time, QStringLiteral("2026-06-01T09:00:00Z")));

        // Exclude the other two: nothing stands in the way of Confirm.
        for (qint64 number : {5, 6})
            QVERIFY(model->setData(model->index(model->rowOfNumber(number), ImportPreviewModel::IncludeColumn),
                                   Qt::Unchecked, Qt::CheckStateRole));
        QCOMPARE(model->counts().excluded, qint64(2));
        QCOMPARE(model->counts().errors, qint64(0));
        QVERIFY(model->canConfirm());
        QCOMPARE(model->excludedRows(), (QSet<qint64>{5, 6}));
        model->setFilter(ImportPreviewModel::Filter::All);
        QCOMPARE(model->rowCount(), 5);

        // The fixes and exclusions carry over to the import that confirms.
        ImportOptions confirm = o;
        confirm.dryRun = false;
        confirm.edits = model->edits();
        const ImportOutcome outcome = CsvImporter(confirm).run(nullptr);
        QVERIFY(outcome.committed());
        QCOMPARE(PostRepository(store.connection()).count(), qint64(3));
    }

    // A fixed row is checked for duplicates against the file's other rows and
    // the store, as the import that confirms will check it.
    void aFixedRowKeepsItsDuplicateCheck()
    {
        Test::TestStore store;
        store.addIntegration("int_x", "x");
        Post existing;
        existing.content = QStringLiteral("Launch");
        existing.status = PostStatus::Scheduled;
        existing.scheduledAt = QDateTime::fromString(QStringLiteral("2026-05-01T09:00:00Z"), Qt::ISODate).toSecsSinceEpoch();
        existing.targets.append({QStringLiteral("int_x"), QString(), PostStatus::Scheduled, {}, {}, 0, {}, 0, false});
        QVERIFY(PostRepository(store.connection()).insert(existing).ok());
        const QString file = writeFile(store,
            "content,integrations,schedule_at\n"
            "Hello,x,2026-05-01T09:00:00Z\n"        // 2
            "Hello there,x,2026-05-01T09:00:00Z\n"  // 3
            "Launch soon,x,2026-05-01T09:00:00Z\n"); // 4
        const ImportOptions o = options(store, file);
        auto model = preview(store, o);
        QVERIFY(run(model.get(), o));
        QTRY_COMPARE(model->rowCount(), 3);
        QCOMPARE(model->counts().warnings, qint64(0));

        auto issues = [&](qint64 number) {
            return model->index(model->rowOfNumber(number), ImportPreviewModel::IssuesColumn).data().toString();
        };
        QVERIFY(model->setData(model->index(model->rowOfNumber(3), ImportPreviewModel::ContentColumn), QStringLiteral("Hello")));
        QVERIFY2(issues(3).contains(QStringLiteral("Row 2 has the same text")), qPrintable(issues(3)));
        QVERIFY(model->setData(model->index(model->rowOfNumber(4), ImportPreviewModel::ContentColumn), QStringLiteral("Launch")));
        QVERIFY2(issues(4).contains(QStringLiteral("already in Almanac")), qPrintable(issues(4)));
        QCOMPARE(model->counts().warnings, qint64(2));
        // Fixed apart again, the warning goes.
        QVERIFY(model->setData(model->index(model->rowOfNumber(3), ImportPreviewModel::ContentColumn), QStringLiteral("Hello again")));
        QVERIFY2(issues(3).isEmpty(), qPrintable(issues(3)));
    }
};

QTEST_GUILESS_MAIN(TestImportPreview)
#include "tst_importpreview.moc"
