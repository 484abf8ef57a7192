// SPDX-License-Identifier: GPL-3.0-or-later
// The import wizard's preview model, fed by a real dry run on a worker thread.
#include "app/importing/backgroundimport.h"
#include "app/importing/previewfeed.h"
#include "models/domain/wallclock.h"
#include "models/itemmodels/importpreviewmodel.h"
#include "models/itemmodels/problemtext.h"
#include "models/itemmodels/selectedrows.h"
#include "models/store/integrationrepository.h"
#include "models/store/postrepository.h"
#include "teststore.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QSignalSpy>
#include <QStringListModel>
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
        // (As the locale writes a time: "08:00", or "8:00 AM" in en_US.)
        QVERIFY2(cell(2, ImportPreviewModel::TimeColumn).toString().endsWith(QTime(8, 0).toString(shortTimeFormat())),
                 qPrintable(cell(2, ImportPreviewModel::TimeColumn).toString()));
        QCOMPARE(cell(2, ImportPreviewModel::TimeColumn, Qt::ToolTipRole).toString(), QStringLiteral("2026-05-02T08:00:00Z UTC"));
        // Errors in words, naming the column.
        QCOMPARE(cell(1, ImportPreviewModel::StatusColumn).toString(), QStringLiteral("Error"));
        QVERIFY2(cell(1, ImportPreviewModel::IssuesColumn).toString().startsWith(QStringLiteral("schedule_at: ")),
                 qPrintable(cell(1, ImportPreviewModel::IssuesColumn).toString()));
        QVERIFY(cell(3, ImportPreviewModel::IssuesColumn, Qt::ToolTipRole).toString().contains(QStringLiteral("myspace")));

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

    // A file with many errors reads as a few problems: the same rule broken in
    // the same column, whatever each row's own value; counted over included
    // rows, kept up to date by fixes and exclusions, and each one a filter.
    void manyErrorsReadAsAFewProblems()
    {
        Test::TestStore store;
        store.addIntegration("int_x", "x");
        QByteArray csv = "content,integrations,schedule_at\n";
        for (int i = 0; i < 30; ++i) // 30 rows dated too far ahead, each a different date
            csv += QByteArray("Far ") + QByteArray::number(i) + ",x,2027-12-" + QByteArray::number(1 + i % 28).rightJustified(2, '0')
                + "T09:00:00Z\n";
        for (int i = 0; i < 12; ++i) // 12 rows to platforms that do not exist, each another one
            csv += QByteArray("Nowhere ") + QByteArray::number(i) + ",space" + QByteArray::number(i) + ",2026-05-03T09:00:00Z\n";
        for (int i = 0; i < 5; ++i) // 5 rows too long for X, each another length
            csv += QByteArray(281 + i, 'a') + ",x,2026-05-04T09:00:00Z\n";
        csv += "Fine,x,2026-05-05T09:00:00Z\n";
        const ImportOptions o = options(store, writeFile(store, csv));
        auto model = preview(store, o);
        QAbstractItemModelTester tester(model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(run(model.get(), o));
        QTRY_COMPARE(model->rowCount(), 48);
        QCOMPARE(model->counts().errors, qint64(47));

        QList<ImportPreviewModel::Problem> problems = model->problems(10);
        QCOMPARE(problems.size(), 3);
        QCOMPARE(problems.at(0).rows, qint64(30));
        // What is wrong, each row's own value set aside.
        QVERIFY2(problems.at(0).label.startsWith(QStringLiteral("schedule_at: \"…\" is more than 180 days ahead")),
                 qPrintable(problems.at(0).label));
        QCOMPARE(problems.at(1).rows, qint64(12));
        QVERIFY2(problems.at(1).label.startsWith(QStringLiteral("integrations: ")), qPrintable(problems.at(1).label));
        QCOMPARE(problems.at(2).rows, qint64(5));
        QVERIFY2(problems.at(2).label.startsWith(QStringLiteral("content: ")), qPrintable(problems.at(2).label));
        // The rows' own lengths are not the problem's (281 was the first row's); the limit is.
        QVERIFY2(problems.at(2).label.contains(QStringLiteral("is \u2026 characters long"))
                     && problems.at(2).label.contains(QStringLiteral("280")) && !problems.at(2).label.contains(QStringLiteral("281")),
                 qPrintable(problems.at(2).label));
        // The errors column keeps a short value (a long one is "…", see below).
        const QModelIndex issues = model->index(0, ImportPreviewModel::IssuesColumn);
        QVERIFY2(issues.data().toString().startsWith(QStringLiteral("schedule_at: \"2027-12-01T09:00:00Z\" is more than")),
                 qPrintable(issues.data().toString()));
        QVERIFY2(issues.data(Qt::ToolTipRole).toString().startsWith(QStringLiteral("schedule_at: \"2027-12-01T09:00:00Z\"")),
                 qPrintable(issues.data(Qt::ToolTipRole).toString()));
        QCOMPARE(model->problems(1).size(), 1);

        // One problem as a filter: only its rows.
        const QString tooFar = problems.at(0).key;
        model->setProblemFilter(tooFar);
        QCOMPARE(model->rowCount(), 30);
        QCOMPARE(model->index(0, ImportPreviewModel::RowColumn).data().toLongLong(), qint64(2));
        // Fixed or left out, a row no longer counts for it.
        QVERIFY(model->setData(model->index(0, ImportPreviewModel::TimeColumn), QStringLiteral("2026-06-01T09:00:00Z")));
        QVERIFY(model->setData(model->index(1, ImportPreviewModel::IncludeColumn), Qt::Unchecked, Qt::CheckStateRole));
        QCOMPARE(model->problems(10).at(0).rows, qint64(28));
        QVERIFY(model->setData(model->index(1, ImportPreviewModel::IncludeColumn), Qt::Checked, Qt::CheckStateRole));
        QCOMPARE(model->problems(10).at(0).rows, qint64(29));
        model->setFilter(ImportPreviewModel::Filter::All);
        QCOMPARE(model->rowCount(), 48);
    }

    // Rows that break the same rule in the same words hold those words once
    // (a million rows of a sloppy team file took 379 MiB, now 96 MiB), and a
    // file of all-different messages does not make the remembering grow.
    void rowsShareTheWordsOfTheirIssues()
    {
        IssueInterner interner;
        auto list = [](const char *column, const QString &message) {
            // Built afresh each time, as the validators do: equal, not shared.
            return QList<RowIssue>{{QString::fromUtf8(column), QString::fromUtf8(message.toUtf8())}};
        };
        const QString noMedia = QStringLiteral("is empty, but Instagram needs at least one image or video URL.");
        const QList<RowIssue> first = interner.intern(list("media", noMedia));
        const QList<RowIssue> again = interner.intern(list("media", noMedia));
        QCOMPARE(again, first);
        QCOMPARE(again.constData(), first.constData()); // the same list
        // Another column, the same words: the message is shared.
        const QList<RowIssue> elsewhere = interner.intern(list("instagram_media", noMedia));
        QVERIFY(elsewhere.constData() != first.constData());
        QCOMPARE(elsewhere.first().message.constData(), first.first().message.constData());

        for (int i = 0; i < IssueInterner::MaxDistinct + 100; ++i)
            interner.intern(list("content", QStringLiteral("is %1 characters long for X; X accepts at most 280.").arg(281 + i)));
        auto sharedWithEarlier = [&](int i) {
            const QString words = QStringLiteral("is %1 characters long for X; X accepts at most 280.").arg(281 + i);
            const QList<RowIssue> a = interner.intern(list("content", words));
            return interner.intern(list("content", words)).constData() == a.constData();
        };
        QVERIFY(sharedWithEarlier(10)); // remembered
        QVERIFY(!sharedWithEarlier(IssueInterner::MaxDistinct + 50)); // past the limit: kept as given
        QCOMPARE(interner.intern(list("media", noMedia)).constData(), first.constData()); // the first still are
    }

    // A row left out for its errors, then fixed, is one to import: it is in
    // again. A row the user left out whole stays out when edited.
    void aFixedRowLeftOutComesBackIn()
    {
        Test::TestStore store;
        store.addIntegration("int_x", "x");
        const ImportOptions o = options(store, writeFile(store, "content,integrations,schedule_at\n"
                                                               "Too late,x,2027-12-01T09:00:00Z\n"
                                                               "Fine,x,2026-05-01T09:00:00Z\n"));
        auto model = preview(store, o);
        QVERIFY(run(model.get(), o));
        QTRY_COMPARE(model->rowCount(), 2);
        QCOMPARE(model->excludeRowsWithErrors(), (QList<qint64>{2}));
        QVERIFY(model->setData(model->index(1, ImportPreviewModel::IncludeColumn), Qt::Unchecked, Qt::CheckStateRole));
        QCOMPARE(model->counts().excluded, qint64(2));
        QVERIFY(model->setData(model->index(0, ImportPreviewModel::TimeColumn), QStringLiteral("2026-06-01T09:00:00Z")));
        QCOMPARE(model->index(0, ImportPreviewModel::IncludeColumn).data(Qt::CheckStateRole).value<Qt::CheckState>(), Qt::Checked);
        QVERIFY(model->setData(model->index(1, ImportPreviewModel::ContentColumn), QStringLiteral("Fine, and edited")));
        QCOMPARE(model->index(1, ImportPreviewModel::IncludeColumn).data(Qt::CheckStateRole).value<Qt::CheckState>(), Qt::Unchecked);
        QCOMPARE(model->counts().valid, qint64(1));
        QCOMPARE(model->counts().excluded, qint64(1));
        // Undo of a Leave Out, by row number.
        model->setExcludedRowNumbers({3}, false);
        QCOMPARE(model->counts().valid, qint64(2));

        // A batch fix brings its fixed rows back in too; one fix is counted once.
        QVERIFY(model->setData(model->index(0, ImportPreviewModel::TimeColumn), QStringLiteral("2027-12-01T09:00:00Z")));
        model->excludeRowsWithErrors();
        QSignalSpy counted(model.get(), &ImportPreviewModel::countsChanged);
        model->setFieldOfRows({0}, 2, QStringLiteral("2026-06-02T09:00:00Z"));
        QCOMPARE(counted.size(), 1);
        QCOMPARE(model->index(0, ImportPreviewModel::IncludeColumn).data(Qt::CheckStateRole).value<Qt::CheckState>(), Qt::Checked);
        counted.clear();
        QVERIFY(model->setData(model->index(0, ImportPreviewModel::TimeColumn), QStringLiteral("2026-06-03T09:00:00Z")));
        QCOMPARE(counted.size(), 1);
    }

    // Set a Column over rows that already hold the value changes nothing of
    // them: they are not "Fixed", and Undo has nothing of theirs to restore;
    // a row whose fix is undone is not "Fixed" either.
    void settingAValueARowHasIsNoFix()
    {
        Test::TestStore store;
        store.addIntegration("int_x", "x");
        const ImportOptions o = options(store, writeFile(store, "content,integrations,schedule_at,post_type\n"
                                                               "A,x,2026-05-01T09:00:00Z,post\n"
                                                               "B,x,2026-05-01T10:00:00Z,thread\n"));
        auto model = preview(store, o);
        QVERIFY(run(model.get(), o));
        QTRY_COMPARE(model->rowCount(), 2);
        auto status = [&](int row) { return model->index(row, ImportPreviewModel::StatusColumn).data().toString(); };
        QCOMPARE(status(0), QStringLiteral("Valid"));
        const ImportPreviewModel::FieldsBefore before = model->setFieldOfRows({0, 1}, 3, QStringLiteral("post"));
        QCOMPARE(before.keys(), QList<qint64>{3}); // only the row that said "thread"
        QCOMPARE(status(0), QStringLiteral("Valid"));
        QCOMPARE(status(1), QStringLiteral("Fixed"));
        model->restoreFields(3, before);
        QCOMPARE(status(1), QStringLiteral("Valid"));
        QCOMPARE(model->fields(1).value(3), QStringLiteral("thread"));
    }

    void problemKeysSetRowValuesAside_data()
    {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::addColumn<bool>("same");
        QTest::newRow("quoted values") << "\"2027-12-01\" is more than 180 days ahead; expected no later than 10/17/26."
                                       << "\"2027-12-09\" is more than 180 days ahead; expected no later than 10/17/26." << true;
        QTest::newRow("numbers with separators") << "is 1,281 characters; X accepts at most 280."
                                                 << "is 312 characters; X accepts at most 280." << true;
        QTest::newRow("French quotes") << "« lundi » n’est pas une date" << "« mardi » n’est pas une date" << true;
        QTest::newRow("German quotes") << "„Montag“ ist kein Datum" << "„Dienstag“ ist kein Datum" << true;
        QTest::newRow("another platform") << "is 312 characters; X accepts at most 280."
                                          << "is 312 characters; Bluesky accepts at most 300." << false;
        QTest::newRow("another rule") << "\"a\" is not accepted." << "\"a\" is in the past." << false;
        QTest::newRow("an unclosed quote stays") << "\"abc is odd" << "\"abd is odd" << false;
        // Each unclosed quote is looked for once: a hostile run of them is read in one pass.
        QTest::newRow("a run of unclosed quotes") << QString(200000, QChar(0x201C)) + u'a' << QString(200000, QChar(0x201C)) + u'b'
                                                  << false;
    }

    // A problem's label sets aside the row's values: quoted ones, and the time a value was read as.
    // Rows read from a selection by walking its ranges (overlaps once each),
    // and rows made into as few ranges as they have runs.
    void selectionsAreReadByTheirRanges()
    {
        QStringListModel model(QStringList(10, QStringLiteral("row")));
        QItemSelection selection;
        selection.select(model.index(2, 0), model.index(4, 0));
        selection.select(model.index(3, 0), model.index(6, 0));
        selection.select(model.index(8, 0), model.index(8, 0));
        QCOMPARE(selectedRowsOf(selection, model.rowCount()), (QList<int>{2, 3, 4, 5, 6, 8}));
        const QItemSelection runs = selectionOfRows({5, 1, 2, 3, 9, 2}, &model);
        QCOMPARE(runs.size(), qsizetype(3));
        QCOMPARE(runs.at(0).top(), 1);
        QCOMPARE(runs.at(0).bottom(), 3);
        QCOMPARE(selectedRowsOf(runs, model.rowCount()), (QList<int>{1, 2, 3, 5, 9}));
    }

    void labelsMergeTheNumbersRowsDifferIn()
    {
        using ProblemText::mergedLabel;
        QCOMPARE(mergedLabel(QStringLiteral("is 911 characters long; at most 300"), QStringLiteral("is 873 characters long; at most 300")),
                 QStringLiteral("is \u2026 characters long; at most 300"));
        QCOMPARE(mergedLabel(QStringLiteral("is \u2026 characters long; at most 300"), QStringLiteral("is 1,234 characters long; at most 300")),
                 QStringLiteral("is \u2026 characters long; at most 300"));
        QCOMPARE(mergedLabel(QStringLiteral("has 2 media URLs"), QStringLiteral("has 2 media URLs")), QStringLiteral("has 2 media URLs"));
        // Not the same words: the first label is kept.
        QCOMPARE(mergedLabel(QStringLiteral("has 2 media URLs"), QStringLiteral("has 3 media links")), QStringLiteral("has 2 media URLs"));
    }

    void problemLabelsSayWhatIsWrong()
    {
        const RowIssue issue{QStringLiteral("schedule_at"),
                             QStringLiteral("\"next summer, early July\" (2027-07-09T10:00:00Z) is more than 180 days ahead.")};
        QCOMPARE(ImportPreviewModel::problemLabel(issue),
                 QStringLiteral("schedule_at: \"…\" (…) is more than 180 days ahead."));
    }

    void problemKeysSetRowValuesAside()
    {
        QFETCH(QString, a);
        QFETCH(QString, b);
        QFETCH(bool, same);
        const QString column = QStringLiteral("schedule_at");
        QCOMPARE(ImportPreviewModel::problemKey({column, a}) == ImportPreviewModel::problemKey({column, b}), same);
        // The column is part of it.
        QVERIFY(ImportPreviewModel::problemKey({column, a}) != ImportPreviewModel::problemKey({QStringLiteral("content"), a}));
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
