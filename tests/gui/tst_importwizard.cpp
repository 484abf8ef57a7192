// SPDX-License-Identifier: GPL-3.0-or-later
// The CSV import wizard on the offscreen platform, driven by object name from
// a real main window on a real store: drop, map, preview, fix, exclude,
// confirm, undo, history, and the ways out that must write nothing.
#include "app/importing/rowreport.h"
#include "calendarfixture.h"
#include "models/itemmodels/calendarmodel.h"
#include "models/itemmodels/importpreviewmodel.h"
#include "models/itemmodels/importrowsmodel.h"
#include "models/store/importrepository.h"
#include "ui/calendar/calendarwidget.h"
#include "ui/importwizard/importhistorydialog.h"
#include "ui/importwizard/importwizard.h"
#include "ui/importwizard/movetimesdialog.h"
#include "ui/importwizard/setcolumndialog.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QBuffer>
#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QShortcut>
#include <QSpinBox>
#include <QDateTimeEdit>
#include <QLabel>
#include <QMessageBox>
#include <QMimeData>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QScopeGuard>
#include <QScreen>
#include <QScrollBar>
#include <QStandardItemModel>
#include <QTableView>
#include <QTableWidget>
#include <QTimer>

using namespace Almanac;
using namespace Almanac::Test;

namespace {

QString writeCsv(TestStore &store, const QByteArray &content, const QString &name = QStringLiteral("plan.csv"))
{
    const QString path = store.dir() + u'/' + name;
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(content) != content.size())
        qFatal("cannot write");
    return path;
}

// Two valid rows and three invalid ones (rows 3, 5 and 6).
const QByteArray ThreeInvalid = "content,integrations,schedule_at\n"
                                "Spring menu,x,2026-05-01T09:00:00Z\n"
                                "Too late,x,2027-12-01T09:00:00Z\n"
                                "Workshop,x;bluesky,2026-05-03T09:00:00Z\n"
                                "Nowhere,myspace,2026-05-04T09:00:00Z\n"
                                "Dark roast,x,someday\n";

void dropFile(QWidget *target, const QString &path)
{
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(path)});
    const QPoint at = target->rect().center();
    QDragEnterEvent enter(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target, &enter);
    QDropEvent drop(QPointF(at), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target, &drop);
}

} // namespace

class TestImportWizard : public QObject
{
    Q_OBJECT

private:
    static ImportWizard *wizardOf(MainWindow &window)
    {
        return window.findChild<ImportWizard *>(QStringLiteral("importWizard"));
    }
    static bool nextEnabled(ImportWizard *wizard) { return wizard->button(QWizard::NextButton)->isEnabled(); }
    // Goes from the mapping page to the preview and waits until every row is judged.
    static void previewAll(ImportWizard *wizard)
    {
        QCOMPARE(wizard->currentId(), int(ImportWizard::MapPageId));
        QTRY_VERIFY(nextEnabled(wizard)); // once the page has read how the file writes its dates
        wizard->next();
        QCOMPARE(wizard->currentId(), int(ImportWizard::PreviewPageId));
        auto *status = wizard->findChild<QLabel *>(QStringLiteral("previewStatus"));
        QTRY_VERIFY_WITH_TIMEOUT(status->text().startsWith(QStringLiteral("All ")), 10000);
    }
    static QTableView *previewTable(ImportWizard *wizard)
    {
        return wizard->findChild<QTableView *>(QStringLiteral("previewTable"));
    }
    // Cancels the wizard, discarding its fixes if it asks.
    static void discardAndClose(QPointer<ImportWizard> &wizard)
    {
        wizard->button(QWizard::CancelButton)->click();
        if (auto *box = wizard->findChild<QMessageBox *>(QStringLiteral("discardFixesBox")))
            box->findChild<QPushButton *>(QStringLiteral("discardFixes"))->click();
        QTRY_VERIFY(!wizard);
    }

private Q_SLOTS:
    void initTestCase()
    {
        qputenv("ALMANAC_NOW", "2026-04-20T00:00:00Z");
        QApplication::setApplicationName(QStringLiteral("almanac-tst_importwizard")); // its own settings: GUI tests run side by side
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear(); // remembered mappings of an earlier run must not leak in
    }

    void dropFixExcludeConfirmAndUndo()
    {
        TestStore store;
        store.addIntegration("int_x", "x");
        store.addIntegration("int_bsky", "bluesky");
        const QString csv = writeCsv(store, ThreeInvalid);
        auto window = openWindow(store);

        // A simulated drop of the file opens the wizard, past the file page.
        dropFile(window.get(), csv);
        ImportWizard *wizard = wizardOf(*window);
        QVERIFY(wizard);
        QVERIFY(wizard->isVisible());
        QTRY_COMPARE(wizard->currentId(), int(ImportWizard::MapPageId));
        QVERIFY2(wizard->findChild<QLabel *>(QStringLiteral("detectedLabel"))->text().startsWith(QStringLiteral("OpenPost, comma-separated")),
                 qPrintable(wizard->findChild<QLabel *>(QStringLiteral("detectedLabel"))->text()));
        previewAll(wizard);

        // Three invalid rows: no way on to Confirm.
        auto *counts = wizard->findChild<QLabel *>(QStringLiteral("previewCounts"));
        QCOMPARE(counts->text(), QStringLiteral("2 valid · 3 with errors"));
        QVERIFY(!nextEnabled(wizard));
        QAbstractItemModel *rows = previewTable(wizard)->model();
        QCOMPARE(rows->rowCount(), 5);
        QCOMPARE(rows->index(1, ImportPreviewModel::StatusColumn).data().toString(), QStringLiteral("Error"));
        QVERIFY(!rows->index(1, ImportPreviewModel::StatusColumn).data(Qt::DecorationRole).isNull());
        QVERIFY(rows->index(1, ImportPreviewModel::IssuesColumn).data().toString().contains(QStringLiteral("180 days")));

        // Fix one cell in place (judged again at once), exclude the other two.
        QVERIFY(rows->setData(rows->index(1, ImportPreviewModel::TimeColumn), QStringLiteral("2026-06-01T09:00:00Z")));
        QCOMPARE(rows->index(1, ImportPreviewModel::StatusColumn).data().toString(), QStringLiteral("Fixed"));
        QCOMPARE(counts->text(), QStringLiteral("3 valid · 2 with errors"));
        QVERIFY(!nextEnabled(wizard));
        QVERIFY(rows->setData(rows->index(3, ImportPreviewModel::IncludeColumn), Qt::Unchecked, Qt::CheckStateRole));
        // The keyboard: Space on any cell of a row leaves it out.
        previewTable(wizard)->setCurrentIndex(rows->index(4, ImportPreviewModel::ContentColumn));
        QTest::keyClick(previewTable(wizard), Qt::Key_Space);
        QCOMPARE(counts->text(), QStringLiteral("3 valid · 0 with errors · 2 excluded (2 with errors)"));
        QVERIFY(nextEnabled(wizard));
        // The filters say how many rows they list: left-out rows too, so they
        // can be fixed and brought back. One that lists none cannot be chosen.
        auto *filter = wizard->findChild<QComboBox *>(QStringLiteral("previewFilter"));
        QCOMPARE(filter->itemText(int(ImportPreviewModel::Filter::All)), QStringLiteral("All rows (5)"));
        QCOMPARE(filter->itemText(int(ImportPreviewModel::Filter::Errors)), QStringLiteral("Rows with errors (2)"));
        QCOMPARE(filter->itemText(int(ImportPreviewModel::Filter::Warnings)), QStringLiteral("Rows with warnings (0)"));
        const auto *filters = qobject_cast<QStandardItemModel *>(filter->model());
        QVERIFY(filters->item(int(ImportPreviewModel::Filter::Errors))->isEnabled());
        QVERIFY(!filters->item(int(ImportPreviewModel::Filter::Warnings))->isEnabled());

        // The summary, then Confirm.
        wizard->next();
        QCOMPARE(wizard->currentId(), int(ImportWizard::ConfirmPageId));
        const QString summary = wizard->findChild<QLabel *>(QStringLiteral("confirmSummary"))->text();
        QVERIFY2(summary.contains(QStringLiteral("<b>3 post(s)</b> to 2 account(s)")), qPrintable(summary));
        QVERIFY2(summary.contains(QStringLiteral("X (Twitter) 3 · ")) || summary.contains(QStringLiteral("Bluesky 1")),
                 qPrintable(summary));
        QVERIFY2(summary.contains(QStringLiteral("2 row(s) excluded")), qPrintable(summary));
        QCOMPARE(PostRepository(store.connection()).count(), qint64(0)); // nothing yet
        QPushButton *confirm = static_cast<QPushButton *>(wizard->button(QWizard::CommitButton));
        QVERIFY(confirm->isVisible());
        QCOMPARE(confirm->text(), QStringLiteral("&Import 3 Post(s)"));
        confirm->click();
        QTRY_COMPARE_WITH_TIMEOUT(wizard->currentId(), int(ImportWizard::ResultPageId), 10000);

        // Exactly the valid rows became posts, the fixed one at its fixed time.
        QStringList contents;
        for (const Post &p : PostRepository(store.connection()).query({}))
            contents.append(p.content);
        contents.sort();
        QCOMPARE(contents, (QStringList{QStringLiteral("Spring menu"), QStringLiteral("Too late"), QStringLiteral("Workshop")}));
        const ImportJob job = ImportRepository(store.connection()).list().value(0);
        QCOMPARE(job.rowsCommitted, 3);
        QCOMPARE(job.rowsExcluded, 2);
        QCOMPARE(ImportRepository(store.connection()).rows(job.id).size(), 5);
        // The calendar shows them, selected.
        QCOMPARE(window->calendarModel()->rowCount(), 3);
        QCOMPARE(window->calendar()->selectedPostIds().size(), 3);

        // Undo import removes exactly them.
        addPost(store, utc("2026-05-10T09:00:00Z"), QStringLiteral("Written by hand"));
        wizard->findChild<QPushButton *>(QStringLiteral("undoImportButton"))->click();
        // Undo Import runs on a worker; the result page says so when it is done.
        QVERIFY(!wizard->findChild<QPushButton *>(QStringLiteral("undoImportButton"))->isEnabled());
        QTRY_COMPARE(PostRepository(store.connection()).count(), qint64(1));
        QCOMPARE(ImportRepository(store.connection()).find(job.id)->status, QStringLiteral("undone"));
        wizard->accept();
    }

    // After an import the calendar shows the earliest new post, not the file's
    // first row (a plan is rarely in date order).
    void theCalendarGoesToTheEarliestNewPost()
    {
        TestStore store;
        store.addIntegration("int_x", "x");
        const QString csv = writeCsv(store, "content,integrations,schedule_at\n"
                                            "Late summer,x,2026-08-20T09:00:00Z\n"
                                            "An undated draft,x,\n"
                                            "Early May,x,2026-05-02T09:00:00Z\n");
        auto window = openWindow(store);
        ImportWizard *wizard = window->importCsv(csv);
        QTRY_COMPARE(wizard->currentId(), int(ImportWizard::MapPageId));
        previewAll(wizard);
        QTRY_VERIFY(nextEnabled(wizard));
        wizard->next();
        QCOMPARE(wizard->currentId(), int(ImportWizard::ConfirmPageId));
        static_cast<QPushButton *>(wizard->button(QWizard::CommitButton))->click();
        QTRY_COMPARE_WITH_TIMEOUT(wizard->currentId(), int(ImportWizard::ResultPageId), 10000);
        QCOMPARE(PostRepository(store.connection()).count(), qint64(3));
        const QDate shown = window->calendar()->anchorDate();
        QVERIFY2(shown.month() == 5 && shown.year() == 2026, qPrintable(shown.toString(Qt::ISODate)));
        wizard->accept();
    }

    // Escape closes the wizard at once until a row is fixed or left out; then it
    // asks, and Keep Editing keeps every fix.
    void escapeAsksBeforeDroppingFixes()
    {
        TestStore store;
        store.addIntegration("int_x", "x");
        store.addIntegration("int_bsky", "bluesky");
        auto window = openWindow(store);

        dropFile(window.get(), writeCsv(store, ThreeInvalid));
        QPointer<ImportWizard> untouched = wizardOf(*window);
        QTRY_COMPARE(untouched->currentId(), int(ImportWizard::MapPageId));
        previewAll(untouched);
        QTest::keyClick(untouched, Qt::Key_Escape);
        QVERIFY(!untouched->findChild<QMessageBox *>(QStringLiteral("discardFixesBox")));
        QVERIFY(!untouched->isVisible());
        QTRY_VERIFY(!untouched); // closed windows go

        dropFile(window.get(), writeCsv(store, ThreeInvalid));
        QPointer<ImportWizard> wizard = wizardOf(*window);
        QTRY_COMPARE(wizard->currentId(), int(ImportWizard::MapPageId));
        previewAll(wizard);
        QAbstractItemModel *rows = previewTable(wizard)->model();
        QVERIFY(rows->setData(rows->index(1, ImportPreviewModel::TimeColumn), QStringLiteral("2026-06-01T09:00:00Z")));
        QTest::keyClick(wizard, Qt::Key_Escape);
        auto *ask = wizard->findChild<QMessageBox *>(QStringLiteral("discardFixesBox"));
        QVERIFY(ask && ask->isVisible());
        QVERIFY(ask->text().contains(QStringLiteral("fixed or left out")));
        ask->findChild<QPushButton *>(QStringLiteral("keepEditing"))->click();
        QVERIFY(wizard->isVisible());
        QCOMPARE(rows->index(1, ImportPreviewModel::StatusColumn).data().toString(), QStringLiteral("Fixed"));

        // The Cancel button asks the same; Discard Fixes closes it, nothing written.
        wizard->button(QWizard::CancelButton)->click();
        ask = wizard->findChild<QMessageBox *>(QStringLiteral("discardFixesBox"));
        QVERIFY(ask);
        ask->findChild<QPushButton *>(QStringLiteral("discardFixes"))->click();
        QTRY_VERIFY(!wizard);
        QCOMPARE(PostRepository(store.connection()).count(), qint64(0));
    }

    // A sheet of dates that read two ways (05/06/2026): the Map page asks how
    // they are written, and remembers the answer for files of the same header.
    void theMapPageAsksTheDateOrder()
    {
        TestStore store;
        store.addIntegration("int_x", "x");
        auto window = openWindow(store);
        const QByteArray sheet = "Post,Networks,When\nSpring menu,x,05/06/2026 9:00\nWorkshop,x,06/06/2026\n";
        dropFile(window.get(), writeCsv(store, sheet));
        QPointer<ImportWizard> wizard = wizardOf(*window);
        QTRY_COMPARE(wizard->currentId(), int(ImportWizard::MapPageId));
        auto *order = wizard->findChild<QComboBox *>(QStringLiteral("dateOrderCombo"));
        QVERIFY(order);
        QCOMPARE(DateOrder(order->currentData().toInt()), DateOrder::Unknown);
        // The file's own names, mapped by hand.
        for (const auto &[column, field] : {std::pair{0, "content"}, std::pair{1, "integrations"}, std::pair{2, "schedule_at"}}) {
            auto *readAs = wizard->findChild<QComboBox *>(QStringLiteral("readAs_%1").arg(column));
            readAs->setCurrentIndex(readAs->findData(QString::fromLatin1(field)));
        }
        // The fields read as words, not column names.
        QCOMPARE(wizard->findChild<QComboBox *>(QStringLiteral("readAs_2"))->currentText(), QStringLiteral("Scheduled time"));
        QCOMPARE(wizard->findChild<QComboBox *>(QStringLiteral("readAs_0"))->currentText(), QStringLiteral("Text of the post"));
        previewAll(wizard);
        QAbstractItemModel *rows = previewTable(wizard)->model();
        QVERIFY2(rows->index(0, ImportPreviewModel::IssuesColumn).data().toString().contains(QStringLiteral("day first or month first")),
                 qPrintable(rows->index(0, ImportPreviewModel::IssuesColumn).data().toString()));
        QVERIFY(!nextEnabled(wizard));

        wizard->back();
        order->setCurrentIndex(order->findData(int(DateOrder::DayMonthYear)));
        previewAll(wizard);
        rows = previewTable(wizard)->model();
        QCOMPARE(rows->index(0, ImportPreviewModel::StatusColumn).data().toString(), QStringLiteral("Valid"));
        QCOMPARE(rows->index(0, ImportPreviewModel::TimeColumn).data(Qt::ToolTipRole).toString().left(10), QStringLiteral("2026-06-05"));
        QVERIFY(nextEnabled(wizard));
        wizard->reject();
        QTRY_VERIFY(!wizard);

        // The same header again: the order chosen is remembered.
        dropFile(window.get(), writeCsv(store, sheet, QStringLiteral("again.csv")));
        wizard = wizardOf(*window);
        QTRY_COMPARE(wizard->currentId(), int(ImportWizard::MapPageId));
        QCOMPARE(DateOrder(wizard->findChild<QComboBox *>(QStringLiteral("dateOrderCombo"))->currentData().toInt()),
                 DateOrder::DayMonthYear);
    }

    // A date and a time in two columns are read together; a date alone takes the
    // posting time from Settings; the Map page says which order the file shows.
    void splitDateAndTimeColumns()
    {
        TestStore store;
        store.addIntegration("int_x", "x");
        AppSettings().setDefaultPostingMinute(10 * 60 + 30);
        auto window = openWindow(store);
        dropFile(window.get(), writeCsv(store, "content,integrations,date,time\nSpring menu,x,15/05/2026,14:30\n"
                                               "Workshop,x,05/06/2026,\n"));
        QPointer<ImportWizard> wizard = wizardOf(*window);
        QTRY_COMPARE(wizard->currentId(), int(ImportWizard::MapPageId));
        QCOMPARE(wizard->findChild<QComboBox *>(QStringLiteral("readAs_2"))->currentText(), QStringLiteral("Scheduled date"));
        QCOMPARE(wizard->findChild<QComboBox *>(QStringLiteral("readAs_3"))->currentText(), QStringLiteral("Time of day"));
        auto *found = wizard->findChild<QLabel *>(QStringLiteral("dateOrderFound"));
        QVERIFY(!found->isHidden());
        // Read off the window's thread; Next waits for it.
        QTRY_VERIFY2(found->text().contains(QStringLiteral("day first")), qPrintable(found->text()));
        previewAll(wizard);
        QAbstractItemModel *rows = previewTable(wizard)->model();
        const QString first = rows->index(0, ImportPreviewModel::TimeColumn).data(Qt::ToolTipRole).toString();
        const QString second = rows->index(1, ImportPreviewModel::TimeColumn).data(Qt::ToolTipRole).toString();
        QVERIFY2(first.contains(QStringLiteral("2026-05-15T14:30")), qPrintable(first));
        QVERIFY2(second.contains(QStringLiteral("2026-06-05T10:30")), qPrintable(second));
        QVERIFY(nextEnabled(wizard));
        // Moved a year on: the time of day stays in its column where it has one,
        // and goes with the date where the date's cell had it alone.
        const ImportPreviewModel::Moved moved = wizard->previewModel()->moveTimes({0, 1}, 12, 0, wizard->mapping().zone);
        QCOMPARE(moved.before.size(), 2);
        QCOMPARE(wizard->previewModel()->fields(0).mid(2), (QStringList{QStringLiteral("2027-05-15"), QStringLiteral("14:30")}));
        QCOMPARE(wizard->previewModel()->fields(1).mid(2), (QStringList{QStringLiteral("2027-06-05 10:30"), QString()}));
        QVERIFY2(rows->index(0, ImportPreviewModel::TimeColumn).data(Qt::ToolTipRole).toString().contains(QStringLiteral("2027-05-15T14:30")),
                 qPrintable(rows->index(0, ImportPreviewModel::TimeColumn).data(Qt::ToolTipRole).toString()));
        QVERIFY2(rows->index(1, ImportPreviewModel::TimeColumn).data(Qt::ToolTipRole).toString().contains(QStringLiteral("2027-06-05T10:30")),
                 qPrintable(rows->index(1, ImportPreviewModel::TimeColumn).data(Qt::ToolTipRole).toString()));
        wizard->reject();
        AppSettings().setDefaultPostingMinute(9 * 60);
    }

    // How a file writes its dates is read on a worker: the window keeps
    // answering while 8 MB of them are read, and Next waits for the answer.
    void theDatesAreReadOffTheWindowsThread()
    {
        TestStore store;
        store.addIntegration("int_x", "x");
        auto window = openWindow(store);
        QByteArray sheet = "content,integrations,schedule_at\n";
        while (sheet.size() < (9 << 20))
            sheet += "Spring menu,x,05/03/2026 9:00\n"; // never shows which order
        dropFile(window.get(), writeCsv(store, sheet));
        QPointer<ImportWizard> wizard = wizardOf(*window);
        QTRY_COMPARE(wizard->currentId(), int(ImportWizard::MapPageId));
        auto *found = wizard->findChild<QLabel *>(QStringLiteral("dateOrderFound"));
        if (found->text().startsWith(u"Reading")) // the worker has not finished: the page waits for it
            QVERIFY(!nextEnabled(wizard));
        QTRY_VERIFY_WITH_TIMEOUT(found->text().contains(u"choose how its dates are written"), 10000);
        QVERIFY(nextEnabled(wizard));
        wizard->reject();
    }

    // A column the user leaves out is neither "has no name" nor an empty entry
    // in the Map page's "Found:" list.
    void ignoredColumnsAreNotBlanks()
    {
        TestStore store;
        store.addIntegration("int_x", "x");
        auto window = openWindow(store);
        dropFile(window.get(), writeCsv(store, "Post,Networks,Time,Notes\nSpring menu,x,2026-05-01T09:00:00Z,ask Ana\n"));
        QPointer<ImportWizard> wizard = wizardOf(*window);
        QTRY_COMPARE(wizard->currentId(), int(ImportWizard::MapPageId));
        auto readAs = [&](int column, const QString &field) {
            auto *combo = wizard->findChild<QComboBox *>(QStringLiteral("readAs_%1").arg(column));
            combo->setCurrentIndex(combo->findData(field));
        };
        readAs(0, QStringLiteral("content"));
        readAs(1, QString());
        readAs(2, QStringLiteral("schedule_at"));
        readAs(3, QString());
        const QString problems = wizard->findChild<QLabel *>(QStringLiteral("mappingProblems"))->text();
        QVERIFY2(problems.contains(QStringLiteral("Found: content, schedule_at.")), qPrintable(problems));
        QVERIFY2(!problems.contains(QStringLiteral(", ,")), qPrintable(problems));
        readAs(1, QStringLiteral("integrations"));
        QTRY_VERIFY(nextEnabled(wizard)); // once the dates of the time's column are read
        for (const QString &warning : wizard->dialectMapping().warnings)
            QVERIFY2(!warning.contains(QStringLiteral("no name")), qPrintable(warning));
    }

    // A file of many bad rows is fixed in the wizard: the detail area has room,
    // marks the field at fault, and every row with errors can be left out at once.
    void theDetailAreaAndBulkActions()
    {
        TestStore store;
        store.addIntegration("int_x", "x");
        store.addIntegration("int_bsky", "bluesky");
        auto window = openWindow(store);
        dropFile(window.get(), writeCsv(store, ThreeInvalid));
        QPointer<ImportWizard> wizard = wizardOf(*window);
        QTRY_COMPARE(wizard->currentId(), int(ImportWizard::MapPageId));
        previewAll(wizard);
        auto *fields = wizard->findChild<QTableWidget *>(QStringLiteral("rowFields"));
        QVERIFY(fields->height() >= 5 * fields->fontMetrics().height());

        // Row 3's time is too late: its schedule_at field is marked, the others are not.
        QTableView *table = previewTable(wizard);
        table->setCurrentIndex(table->model()->index(1, ImportPreviewModel::ContentColumn));
        QTRY_COMPARE(fields->rowCount(), 3);
        QCOMPARE(fields->item(2, 0)->data(Qt::UserRole).toBool(), true);
        QCOMPARE(fields->item(0, 0)->data(Qt::UserRole).toBool(), false);
        QVERIFY(wizard->findChild<QLabel *>(QStringLiteral("rowIssues"))->text().contains(QStringLiteral("180 days")));

        // Leave out every row with errors at once: the rest can be imported.
        auto *excludeErrors = wizard->findChild<QPushButton *>(QStringLiteral("excludeErrorsButton"));
        QVERIFY(excludeErrors->isEnabled());
        excludeErrors->click();
        QCOMPARE(wizard->findChild<QLabel *>(QStringLiteral("previewCounts"))->text(),
                 QStringLiteral("2 valid · 0 with errors · 3 excluded (3 with errors)"));
        QVERIFY(!excludeErrors->isEnabled());
        QVERIFY(nextEnabled(wizard));
        // Taken back with Undo (Ctrl+Z on the page), and done again.
        auto *undo = wizard->findChild<QPushButton *>(QStringLiteral("undoSetColumnButton"));
        QCOMPARE(undo->text(), QStringLiteral("Und&o Leave Out"));
        auto *undoKey = wizard->findChild<QShortcut *>(QStringLiteral("undoShortcut"));
        QCOMPARE(undoKey->key(), QKeySequence(QKeySequence::Undo));
        Q_EMIT undoKey->activated();
        QVERIFY(!undo->isVisible());
        QCOMPARE(wizard->findChild<QLabel *>(QStringLiteral("previewCounts"))->text(), QStringLiteral("2 valid · 3 with errors"));
        QVERIFY(!nextEnabled(wizard));
        excludeErrors->click();
        QVERIFY(nextEnabled(wizard));
    }

    // Several rows at once: a column set for the selection (a time with a
    // calendar), taken back with Undo; a time cell fixed with a date-time editor.
    void setAColumnForSelectedRows()
    {
        TestStore store;
        store.addIntegration("int_x", "x");
        auto window = openWindow(store);
        dropFile(window.get(), writeCsv(store, "content,integrations,schedule_at\nOne,x,someday\nTwo,x,soon\n"
                                               "Three,x,2026-05-03T09:00:00Z\nFour,x,later\n"));
        QPointer<ImportWizard> wizard = wizardOf(*window);
        QTRY_COMPARE(wizard->currentId(), int(ImportWizard::MapPageId));
        previewAll(wizard);
        auto *counts = wizard->findChild<QLabel *>(QStringLiteral("previewCounts"));
        QCOMPARE(counts->text(), QStringLiteral("1 valid · 3 with errors"));
        QTableView *table = previewTable(wizard);
        auto *setColumn = wizard->findChild<QPushButton *>(QStringLiteral("setColumnButton"));
        QVERIFY(!setColumn->isEnabled());
        QItemSelection rows;
        rows.select(table->model()->index(0, 0), table->model()->index(1, ImportPreviewModel::ColumnCount - 1));
        rows.select(table->model()->index(3, 0), table->model()->index(3, ImportPreviewModel::ColumnCount - 1));
        table->selectionModel()->select(rows, QItemSelectionModel::ClearAndSelect);
        QVERIFY(setColumn->isEnabled());
        setColumn->click();
        auto *dialog = wizard->findChild<SetColumnDialog *>(QStringLiteral("setColumnDialog"));
        QVERIFY(dialog);
        // A column of a few words offers them.
        auto *columnCombo = dialog->findChild<QComboBox *>(QStringLiteral("setColumnCombo"));
        auto *text = dialog->findChild<QLineEdit *>(QStringLiteral("setColumnText"));
        columnCombo->setCurrentIndex(columnCombo->findData(0)); // content: free text
        QVERIFY(!text->completer());
        columnCombo->setCurrentIndex(columnCombo->findData(1)); // integrations: the accounts
        QVERIFY(text->completer());
        // The time's column comes first, with a calendar rather than a text box.
        columnCombo->setCurrentIndex(columnCombo->findData(2));
        QCOMPARE(dialog->column(), 2);
        auto *when = dialog->findChild<QDateTimeEdit *>(QStringLiteral("setColumnWhen"));
        QVERIFY(when->isVisibleTo(dialog));
        when->setDateTime(QDateTime(QDate(2026, 5, 7), QTime(14, 30)));
        QCOMPARE(dialog->value(), QStringLiteral("2026-05-07 14:30"));
        dialog->accept();
        QCOMPARE(counts->text(), QStringLiteral("4 valid · 0 with errors"));
        for (int row : {0, 1, 3})
            QCOMPARE(table->model()->index(row, ImportPreviewModel::TimeColumn).data(ImportPreviewModel::ScheduledAtRole).toLongLong(),
                     utc("2026-05-07T14:30:00Z"));
        QCOMPARE(table->model()->index(2, ImportPreviewModel::TimeColumn).data(ImportPreviewModel::ScheduledAtRole).toLongLong(),
                 utc("2026-05-03T09:00:00Z"));
        // Undo: each row has its own value again.
        auto *undo = wizard->findChild<QPushButton *>(QStringLiteral("undoSetColumnButton"));
        QVERIFY(undo->isVisible());
        undo->click();
        QCOMPARE(counts->text(), QStringLiteral("1 valid · 3 with errors"));
        QCOMPARE(wizard->previewModel()->fields(1).value(2), QStringLiteral("soon"));
        QVERIFY(!undo->isVisible());

        // One time cell, fixed with a date-time editor.
        const QModelIndex time = table->model()->index(0, ImportPreviewModel::TimeColumn);
        table->setCurrentIndex(time);
        table->edit(time);
        auto *editor = table->findChild<QDateTimeEdit *>();
        QVERIFY(editor);
        editor->setDateTime(QDateTime(QDate(2026, 5, 8), QTime(8, 15)));
        QTest::keyClick(editor, Qt::Key_Return);
        QTRY_COMPARE(time.data(ImportPreviewModel::ScheduledAtRole).toLongLong(), utc("2026-05-08T08:15:00Z")); // the delegate commits queued
        QCOMPARE(counts->text(), QStringLiteral("2 valid · 2 with errors"));
        wizard->button(QWizard::CancelButton)->click(); // a fixed cell: it asks first
        wizard->findChild<QMessageBox *>(QStringLiteral("discardFixesBox"))->findChild<QPushButton *>(QStringLiteral("discardFixes"))->click();
        QTRY_VERIFY(!wizard);
    }

    // Hundreds of errors read as a few problems in the filter, commonest first;
    // one chosen shows only its rows, to fix or leave out together. When none is
    // left, the filter goes back to every row with errors.
    void manyErrorsAreListedByProblem()
    {
        TestStore store;
        store.addIntegration("int_x", "x");
        QByteArray csv = "content,integrations,schedule_at\n";
        for (int day = 1; day <= 6; ++day) // last year's plan: each date passed
            csv += "Old news " + QByteArray::number(day) + ",x,2025-03-0" + QByteArray::number(day) + "T09:00:00Z\n";
        for (const char *platform : {"myspace", "friendster", "orkut"})
            csv += QByteArray("Gone ") + platform + ',' + platform + ",2026-05-03T09:00:00Z\n";
        csv += "Fine,x,2026-05-05T09:00:00Z\n";
        auto window = openWindow(store);
        dropFile(window.get(), writeCsv(store, csv));
        QPointer<ImportWizard> wizard = wizardOf(*window);
        QTRY_COMPARE(wizard->currentId(), int(ImportWizard::MapPageId));
        previewAll(wizard);
        auto *filter = wizard->findChild<QComboBox *>(QStringLiteral("previewFilter"));
        // All rows, errors, warnings, a separator, then the two problems.
        QCOMPARE(filter->count(), 6);
        QVERIFY2(filter->itemText(4).startsWith(QStringLiteral("6 row(s): schedule_at: ")), qPrintable(filter->itemText(4)));
        QVERIFY2(filter->itemText(4).contains(QStringLiteral("in the past")), qPrintable(filter->itemText(4)));
        QVERIFY2(filter->itemText(5).startsWith(QStringLiteral("3 row(s): integrations: ")), qPrintable(filter->itemText(5)));

        filter->setCurrentIndex(4);
        QTableView *table = previewTable(wizard);
        QCOMPARE(table->model()->rowCount(), 6);
        table->selectAll();
        wizard->findChild<QPushButton *>(QStringLiteral("setColumnButton"))->click();
        auto *dialog = wizard->findChild<SetColumnDialog *>(QStringLiteral("setColumnDialog"));
        QVERIFY(dialog);
        QCOMPARE(dialog->column(), 2);
        dialog->findChild<QDateTimeEdit *>(QStringLiteral("setColumnWhen"))->setDateTime(QDateTime(QDate(2026, 5, 7), QTime(9, 0)));
        dialog->accept();
        auto *counts = wizard->findChild<QLabel *>(QStringLiteral("previewCounts"));
        QCOMPARE(counts->text(), QStringLiteral("7 valid · 3 with errors"));
        // Next is greyed out, and the page says why.
        QVERIFY(!nextEnabled(wizard));
        auto *hint = wizard->findChild<QLabel *>(QStringLiteral("nextHint"));
        QVERIFY(hint->isVisibleTo(wizard));
        QVERIFY2(hint->text().contains(QStringLiteral("3 row(s) with errors")), qPrintable(hint->text()));
        // That problem is gone: the filter shows the rows with errors left.
        QCOMPARE(filter->currentIndex(), 1);
        QCOMPARE(filter->count(), 5);
        QCOMPARE(table->model()->rowCount(), 3);
        // The integrations problem: Set a Column opens on its column.
        filter->setCurrentIndex(4);
        table->selectAll();
        wizard->findChild<QPushButton *>(QStringLiteral("setColumnButton"))->click();
        auto *forProblem = wizard->findChildren<SetColumnDialog *>(QStringLiteral("setColumnDialog")).last();
        QCOMPARE(forProblem->column(), 1);
        forProblem->reject();
        discardAndClose(wizard);
    }

    // A file whose header names the columns its own way: Set a Column still
    // opens on the column of the problem shown.
    void setAColumnOpensOnTheProblemsColumnWhateverItsHeader()
    {
        TestStore store;
        store.addIntegration("int_x", "x");
        auto window = openWindow(store);
        dropFile(window.get(), writeCsv(store, "Content,Integrations,Schedule_At\n"
                                               "A,nowhere,2026-05-03T09:00:00Z\nB,nowhere,2026-05-04T09:00:00Z\n"));
        QPointer<ImportWizard> wizard = wizardOf(*window);
        QTRY_COMPARE(wizard->currentId(), int(ImportWizard::MapPageId));
        previewAll(wizard);
        auto *filter = wizard->findChild<QComboBox *>(QStringLiteral("previewFilter"));
        QCOMPARE(filter->count(), 5); // three, a separator, the one problem
        filter->setCurrentIndex(4);
        previewTable(wizard)->selectAll();
        wizard->findChild<QPushButton *>(QStringLiteral("setColumnButton"))->click();
        auto *dialog = wizard->findChild<SetColumnDialog *>(QStringLiteral("setColumnDialog"));
        QCOMPARE(dialog->column(), 1);
        dialog->reject();
        discardAndClose(wizard);
    }

    // Another filter shows its rows from their first, not at the scroll
    // position the last rows had (a walk landed on row 122,007).
    void anotherFilterShowsItsFirstRows()
    {
        TestStore store;
        store.addIntegration("int_x", "x");
        QByteArray csv = "content,integrations,schedule_at\n";
        for (int i = 0; i < 300; ++i)
            csv += "Post " + QByteArray::number(i) + (i % 2 ? ",x,2026-05-05T09:00:00Z\n" : ",nowhere,2026-05-05T09:00:00Z\n");
        auto window = openWindow(store);
        dropFile(window.get(), writeCsv(store, csv));
        QPointer<ImportWizard> wizard = wizardOf(*window);
        QTRY_COMPARE(wizard->currentId(), int(ImportWizard::MapPageId));
        previewAll(wizard);
        QTableView *table = previewTable(wizard);
        table->scrollToBottom();
        QVERIFY(table->verticalScrollBar()->value() > 0);
        table->selectAll();
        auto *setColumn = wizard->findChild<QPushButton *>(QStringLiteral("setColumnButton"));
        QVERIFY(setColumn->isEnabled());
        auto *filter = wizard->findChild<QComboBox *>(QStringLiteral("previewFilter"));
        filter->setCurrentIndex(1); // rows with errors
        QCOMPARE(table->model()->rowCount(), 150);
        QCOMPARE(table->verticalScrollBar()->value(), 0);
        // The rows selected before are not shown: nothing is selected to set a column of.
        QVERIFY(!table->selectionModel()->hasSelection());
        QVERIFY(!setColumn->isEnabled());
        discardAndClose(wizard);
    }

    // Rows that would all go to one account at one minute stay together when
    // moved: Move Times says so (a walk moved 28,691 posts to one midnight).
    void moveTimesWarnsOfACrowdAtOneMinute()
    {
        TestStore store;
        store.addIntegration("int_x", "x");
        QByteArray csv = "content,integrations,schedule_at\n";
        for (int i = 0; i < 12; ++i)
            csv += "Sale " + QByteArray::number(i) + ",x,2025-11-28T00:00:" + QByteArray::number(10 + i) + "Z\n";
        for (int i = 0; i < 15; ++i) // more, but to no account: nothing goes out
            csv += "Lost " + QByteArray::number(i) + ",nowhere,2025-11-29T00:00:00Z\n";
        csv += "Later,x,2025-12-01T09:00:00Z\n";
        auto window = openWindow(store);
        dropFile(window.get(), writeCsv(store, csv));
        QPointer<ImportWizard> wizard = wizardOf(*window);
        QTRY_COMPARE(wizard->currentId(), int(ImportWizard::MapPageId));
        previewAll(wizard);
        previewTable(wizard)->selectAll();
        wizard->findChild<QPushButton *>(QStringLiteral("moveTimesButton"))->click();
        auto *dialog = wizard->findChild<MoveTimesDialog *>(QStringLiteral("moveTimesDialog"));
        QVERIFY(dialog);
        auto *crowd = dialog->findChild<QLabel *>(QStringLiteral("moveTimesCrowd"));
        QVERIFY(!crowd->isHidden());
        // Seconds apart, one minute: the twelve to X, not the fifteen to no account.
        QVERIFY2(crowd->text().startsWith(QStringLiteral("12 of these rows go to X")) && crowd->text().contains(u"same minute"),
                 qPrintable(crowd->text()));
        dialog->reject();
        discardAndClose(wizard);
    }

    // Last year's plan: its rows' dates are moved a year on together (the
    // dialog offers the years that bring them ahead of now), each keeping its
    // time of day; Undo takes it back.
    void lastYearsPlanMovesAYearOn()
    {
        TestStore store;
        store.addIntegration("int_x", "x");
        auto window = openWindow(store);
        dropFile(window.get(), writeCsv(store, "content,integrations,schedule_at\n"
                                               "Spring menu,x,2025-05-02 09:15\n"
                                               "Summer menu,x,2025-06-21 18:00\n"
                                               "Someday,x,whenever\n"));
        QPointer<ImportWizard> wizard = wizardOf(*window);
        QTRY_COMPARE(wizard->currentId(), int(ImportWizard::MapPageId));
        // Year-first dates and words need no day-or-month order: nothing is asked.
        auto *found = wizard->findChild<QLabel *>(QStringLiteral("dateOrderFound"));
        QTRY_VERIFY2(found->isHidden(), qPrintable(found->text()));
        previewAll(wizard);
        auto *counts = wizard->findChild<QLabel *>(QStringLiteral("previewCounts"));
        QCOMPARE(counts->text(), QStringLiteral("0 valid · 3 with errors"));
        QTableView *table = previewTable(wizard);
        auto *move = wizard->findChild<QPushButton *>(QStringLiteral("moveTimesButton"));
        QVERIFY(!move->isEnabled());
        table->selectAll();
        QVERIFY(move->isEnabled());
        move->click();
        auto *dialog = wizard->findChild<MoveTimesDialog *>(QStringLiteral("moveTimesDialog"));
        QVERIFY(dialog);
        // "Now" is 2026-04-20: one year brings June 2025 ahead of it.
        QCOMPARE(dialog->findChild<QSpinBox *>(QStringLiteral("moveTimesAmount"))->value(), 1);
        QCOMPARE(dialog->months(), 12);
        QCOMPARE(dialog->days(), 0);
        const QString where = dialog->findChild<QLabel *>(QStringLiteral("moveTimesWhere"))->text();
        QVERIFY2(where.contains(QLocale().toString(QDate(2026, 5, 2), QLocale::ShortFormat)), qPrintable(where));
        QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("moveTimesCrowd"))->isHidden()); // two rows, two times
        dialog->accept();
        QCOMPARE(counts->text(), QStringLiteral("2 valid · 1 with errors"));
        QCOMPARE(wizard->previewModel()->fields(0).value(2), QStringLiteral("2026-05-02 09:15"));
        QCOMPARE(wizard->previewModel()->fields(1).value(2), QStringLiteral("2026-06-21 18:00"));
        QCOMPARE(wizard->previewModel()->fields(2).value(2), QStringLiteral("whenever")); // no time to move
        auto *status = wizard->findChild<QLabel *>(QStringLiteral("previewStatus"));
        QVERIFY2(status->text().contains(QStringLiteral("1 row(s) had no time")), qPrintable(status->text()));
        // The row left with errors is left out; then Undo, step by step: the
        // leaving out first, then the move (each row has the file's own date again).
        wizard->findChild<QPushButton *>(QStringLiteral("excludeErrorsButton"))->click();
        QCOMPARE(counts->text(), QStringLiteral("2 valid · 0 with errors · 1 excluded (1 with errors)"));
        auto *undo = wizard->findChild<QPushButton *>(QStringLiteral("undoSetColumnButton"));
        QCOMPARE(undo->text(), QStringLiteral("Und&o Leave Out"));
        undo->click();
        QCOMPARE(counts->text(), QStringLiteral("2 valid · 1 with errors"));
        QVERIFY(undo->isVisible());
        QCOMPARE(undo->text(), QStringLiteral("Und&o Move Times"));
        undo->click();
        QCOMPARE(counts->text(), QStringLiteral("0 valid · 3 with errors"));
        QCOMPARE(wizard->previewModel()->fields(0).value(2), QStringLiteral("2025-05-02 09:15"));
        QVERIFY(!undo->isVisible());
        // One Undo too many is not lost: Redo (Ctrl+Shift+Z) does the steps again, in order.
        auto *redo = wizard->findChild<QPushButton *>(QStringLiteral("redoSetColumnButton"));
        QVERIFY(redo->isVisible());
        QCOMPARE(redo->text(), QStringLiteral("Re&do Move Times"));
        const QList<QShortcut *> redoKeys = wizard->findChildren<QShortcut *>(QStringLiteral("redoShortcut"));
        QCOMPARE(redoKeys.size(), qsizetype(2));
        QCOMPARE(redoKeys.first()->key(), QKeySequence(QKeySequence::Redo));
        QCOMPARE(redoKeys.last()->key(), QKeySequence(Qt::CTRL | Qt::Key_Y));
        Q_EMIT redoKeys.first()->activated();
        QCOMPARE(wizard->previewModel()->fields(0).value(2), QStringLiteral("2026-05-02 09:15"));
        QCOMPARE(counts->text(), QStringLiteral("2 valid · 1 with errors"));
        QCOMPARE(redo->text(), QStringLiteral("Re&do Leave Out"));
        redo->click();
        QCOMPARE(counts->text(), QStringLiteral("2 valid · 0 with errors · 1 excluded (1 with errors)"));
        QVERIFY(!redo->isVisible());
        QCOMPARE(undo->text(), QStringLiteral("Und&o Leave Out"));
        // A new change after an Undo: what was taken back stays so.
        undo->click();
        QVERIFY(redo->isVisible());
        wizard->findChild<QPushButton *>(QStringLiteral("excludeErrorsButton"))->click();
        QVERIFY(!redo->isVisible());
        discardAndClose(wizard);
    }

    // Rows too far ahead: the dialog offers the months back that bring the
    // latest within reach, and says before moving when some would not fit.
    void moveTimesSaysWhereTheRowsLand()
    {
        const QTimeZone utc = QTimeZone::utc();
        auto at = [&](const char *iso) { return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate).toSecsSinceEpoch(); };
        MoveTimesDialog tooFar(3, at("2027-01-10T09:00:00Z"), at("2027-03-10T09:00:00Z"), utc, 180);
        QCOMPARE(tooFar.months(), -5); // "now" is 2026-04-20: 180 days on is 2026-10-17
        auto *where = tooFar.findChild<QLabel *>(QStringLiteral("moveTimesWhere"));
        QVERIFY2(where->text().contains(QStringLiteral("the latest")) && !where->text().contains(QStringLiteral("Some would")),
                 qPrintable(where->text()));
        auto *amount = tooFar.findChild<QSpinBox *>(QStringLiteral("moveTimesAmount"));
        amount->setValue(-1);
        QVERIFY2(where->text().contains(QStringLiteral("further ahead than a post may be scheduled")), qPrintable(where->text()));
        amount->setValue(-12);
        QVERIFY2(where->text().contains(QStringLiteral("Some would still be in the past")), qPrintable(where->text()));
        // A plan that ended 2025-12-01: a year on would pass the reach; the
        // months that bring its earliest ahead of now are offered instead.
        MoveTimesDialog lastWinter(2, at("2025-11-10T09:00:00Z"), at("2025-12-01T09:00:00Z"), utc, 180);
        QCOMPARE(lastWinter.months(), 6); // 2025-11-10 + 6 months: 2026-05-10
        QVERIFY2(!lastWinter.findChild<QLabel *>(QStringLiteral("moveTimesWhere"))->text().contains(QStringLiteral("Some would")),
                 qPrintable(lastWinter.findChild<QLabel *>(QStringLiteral("moveTimesWhere"))->text()));
        // A large amount reads as the spin box shows it, the unit alone beside it.
        const QLocale before;
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); // "1,200"
        auto *unit = tooFar.findChild<QComboBox *>(QStringLiteral("moveTimesUnit"));
        unit->setCurrentIndex(unit->findData(MoveTimesDialog::Days));
        amount->setValue(1200);
        QLocale::setDefault(before);
        QVERIFY2(!unit->currentText().contains(u'1'), qPrintable(unit->currentText()));
        // Nothing that can be read: nothing to move.
        MoveTimesDialog none(2, std::nullopt, std::nullopt, utc, 180);
        QVERIFY(!none.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->isEnabled());
    }

    // A batch over the rows of one problem moves exactly the rows selected,
    // though fixing them empties the problem (and its filter) on the way.
    void aBatchOverAProblemTouchesOnlyItsRows()
    {
        TestStore store;
        store.addIntegration("int_x", "x");
        QByteArray csv = "content,integrations,schedule_at\n";
        for (int day = 1; day <= 5; ++day) // rows 2-6: dates passed
            csv += "Old " + QByteArray::number(day) + ",x,2025-05-0" + QByteArray::number(day) + " 09:00\n";
        for (int day = 1; day <= 3; ++day) // rows 7-9: another problem, dates to keep
            csv += "Gone " + QByteArray::number(day) + ",myspace,2026-05-1" + QByteArray::number(day) + " 09:00\n";
        auto window = openWindow(store);
        dropFile(window.get(), writeCsv(store, csv));
        QPointer<ImportWizard> wizard = wizardOf(*window);
        QTRY_COMPARE(wizard->currentId(), int(ImportWizard::MapPageId));
        previewAll(wizard);
        auto *filter = wizard->findChild<QComboBox *>(QStringLiteral("previewFilter"));
        QVERIFY2(filter->itemText(4).startsWith(QStringLiteral("5 row(s): schedule_at")), qPrintable(filter->itemText(4)));
        filter->setCurrentIndex(4);
        QTableView *table = previewTable(wizard);
        QCOMPARE(table->model()->rowCount(), 5);
        QVERIFY(table->model()->setData(table->model()->index(4, ImportPreviewModel::IncludeColumn), Qt::Unchecked,
                                        Qt::CheckStateRole)); // row 6 left out, still shown and selected
        table->selectAll();
        wizard->findChild<QPushButton *>(QStringLiteral("moveTimesButton"))->click();
        auto *dialog = wizard->findChild<MoveTimesDialog *>(QStringLiteral("moveTimesDialog"));
        QCOMPARE(dialog->months(), 12);
        dialog->accept();
        ImportPreviewModel *model = wizard->previewModel();
        model->setFilter(ImportPreviewModel::Filter::All);
        for (int row = 0; row < 5; ++row)
            QVERIFY2(model->fields(row).value(2).startsWith(QStringLiteral("2026-05-0")), qPrintable(model->fields(row).value(2)));
        for (int row = 5; row < 8; ++row)
            QVERIFY2(model->fields(row).value(2).startsWith(QStringLiteral("2026-05-1")), qPrintable(model->fields(row).value(2)));
        // Left out a batch at a time: counted once each.
        table->selectionModel()->setCurrentIndex(table->model()->index(0, ImportPreviewModel::ContentColumn),
                                                 QItemSelectionModel::NoUpdate);
        table->selectAll();
        QTest::keyClick(table, Qt::Key_Space);
        QCOMPARE(wizard->findChild<QLabel *>(QStringLiteral("previewCounts"))->text(),
                 QStringLiteral("0 valid · 0 with errors · 8 excluded (3 with errors)"));
        auto *hint = wizard->findChild<QLabel *>(QStringLiteral("nextHint"));
        QVERIFY2(hint->isVisibleTo(wizard) && hint->text().contains(QStringLiteral("Every row is left out")), qPrintable(hint->text()));
        discardAndClose(wizard);
    }

    // Set a Column offers the words a column takes (a post type, a status).
    void setAColumnOffersTheWordsItTakes()
    {
        TestStore store;
        store.addIntegration("int_x", "x");
        auto window = openWindow(store);
        dropFile(window.get(), writeCsv(store, "content,integrations,schedule_at,post_type\nA reel,x,2026-05-03T09:00:00Z,reels\n"));
        QPointer<ImportWizard> wizard = wizardOf(*window);
        QTRY_COMPARE(wizard->currentId(), int(ImportWizard::MapPageId));
        previewAll(wizard);
        QTableView *table = previewTable(wizard);
        table->selectAll();
        wizard->findChild<QPushButton *>(QStringLiteral("setColumnButton"))->click();
        auto *dialog = wizard->findChild<SetColumnDialog *>(QStringLiteral("setColumnDialog"));
        auto *columnCombo = dialog->findChild<QComboBox *>(QStringLiteral("setColumnCombo"));
        columnCombo->setCurrentIndex(columnCombo->findData(3));
        auto *text = dialog->findChild<QLineEdit *>(QStringLiteral("setColumnText"));
        QVERIFY(text->completer());
        QCOMPARE(text->placeholderText(), QStringLiteral("One of: post, thread, reel, story"));
        // Another column and back (the first version deleted the completer Qt had deleted: a crash).
        columnCombo->setCurrentIndex(columnCombo->findData(0));
        QVERIFY(!text->completer());
        QCOMPARE(text->placeholderText(), QString());
        columnCombo->setCurrentIndex(columnCombo->findData(3));
        QVERIFY(text->completer());
        // Completed in the field, without a list over the dialog's buttons that a click could land on.
        QCOMPARE(text->completer()->completionMode(), QCompleter::InlineCompletion);
        // The integrations column offers the accounts, by id and by platform,
        // and a word offered is set as it is spelled, however it was typed.
        columnCombo->setCurrentIndex(columnCombo->findData(1));
        QVERIFY(text->completer());
        QCOMPARE(text->placeholderText(), QStringLiteral("One of: int_x, x"));
        text->setText(QStringLiteral("INT_X"));
        QCOMPARE(dialog->value(), QStringLiteral("int_x"));
        columnCombo->setCurrentIndex(columnCombo->findData(3));
        text->setText(QStringLiteral("post"));
        dialog->accept();
        QCOMPARE(wizard->findChild<QLabel *>(QStringLiteral("previewCounts"))->text(), QStringLiteral("1 valid · 0 with errors"));
        discardAndClose(wizard);
    }

    // A large file is worked through in a large window: the next wizard
    // opens at the size the last one was given.
    void theWizardKeepsTheSizeItWasGiven()
    {
        TestStore store;
        store.addIntegration("int_x", "x");
        const auto forget = qScopeGuard([] { AppSettings().setDialogSize(QStringLiteral("importWizard"), {}); });
        auto window = openWindow(store);
        const QString csv = writeCsv(store, "content,integrations,schedule_at\nA,x,2026-05-03T09:00:00Z\n");
        QPointer<ImportWizard> first = window->importCsv(csv);
        const QSize screen = first->screen()->availableGeometry().size();
        const QSize given = QSize(700, 500).boundedTo(screen);
        first->resize(given);
        first->reject();
        QPointer<ImportWizard> second = window->importCsv(csv);
        QCOMPARE(second->size(), given);
        second->reject();
        // A size kept from a larger screen is fitted to this one.
        AppSettings().setDialogSize(QStringLiteral("importWizard"), screen + QSize(800, 600));
        QPointer<ImportWizard> third = window->importCsv(csv);
        QVERIFY(third->width() <= screen.width() && third->height() <= screen.height());
        third->reject();
    }

    void cancelDuringTheCheckWritesNothing()
    {
        TestStore store;
        store.addIntegration("int_x", "x");
        QByteArray big = "content,integrations,schedule_at\n";
        for (int i = 0; i < 200000; ++i)
            big += "Post number " + QByteArray::number(i) + ",x,2026-05-01T09:00:00Z\n";
        const QString csv = writeCsv(store, big);
        auto window = openWindow(store);
        ImportWizard *wizard = window->importCsv(csv);
        QTRY_COMPARE(wizard->currentId(), int(ImportWizard::MapPageId));
        wizard->next();
        // Stop at once: the check ends early, says so, and there is no way on.
        wizard->findChild<QPushButton *>(QStringLiteral("stopCheckButton"))->click();
        auto *status = wizard->findChild<QLabel *>(QStringLiteral("previewStatus"));
        QTRY_VERIFY_WITH_TIMEOUT(status->text().startsWith(QStringLiteral("Stopped after")), 10000);
        QVERIFY(wizard->previewModel()->totalRows() < 200000);
        QVERIFY(!nextEnabled(wizard));
        QVERIFY(wizard->findChild<QPushButton *>(QStringLiteral("checkAgainButton"))->isVisible());
        // Check again, and cancel the wizard while it runs.
        wizard->findChild<QPushButton *>(QStringLiteral("checkAgainButton"))->click();
        wizard->reject();
        QTRY_VERIFY(!wizardOf(*window));
        QCOMPARE(PostRepository(store.connection()).count(), qint64(0));
        QCOMPARE(ImportRepository(store.connection()).list().size(), 0);
    }

    void refusedFileSaysWhyOnTheFirstPage()
    {
        TestStore store;
        const QString csv = writeCsv(store, "content,integrations,schedule_at\ncaf\xe9,x,\n");
        auto window = openWindow(store);
        ImportWizard *wizard = window->importCsv(csv);
        QTest::qWait(20);
        QCOMPARE(wizard->currentId(), int(ImportWizard::FilePageId));
        auto *error = wizard->findChild<QLabel *>(QStringLiteral("fileError"));
        QVERIFY(error->isVisible());
        QVERIFY2(error->text().contains(QStringLiteral("Line 2, byte 36")), qPrintable(error->text()));
        QVERIFY(!nextEnabled(wizard));
        // An unterminated quote, refused with its line.
        wizard->openFile(writeCsv(store, "content,integrations,schedule_at\nok,x,2026-05-01T09:00:00Z\n\"open,x,\n",
                                  QStringLiteral("quote.csv")));
        QVERIFY2(error->text().contains(QStringLiteral("Line 3")) && error->text().contains(QStringLiteral("quote")),
                 qPrintable(error->text()));
        QVERIFY(!nextEnabled(wizard));
        // A readable file dropped on the page goes on.
        const QString good = writeCsv(store, "content,integrations,schedule_at\nHi,x,2026-05-01T09:00:00Z\n",
                                      QStringLiteral("good.csv"));
        dropFile(wizard->currentPage(), good);
        QCOMPARE(wizard->currentId(), int(ImportWizard::MapPageId));
        wizard->reject();
    }

    void unknownColumnsAreMappedAndRemembered()
    {
        TestStore store;
        store.addIntegration("int_x", "x");
        const QString csv = writeCsv(store, "Message,Where,When,Notes\nHello,x,2026-05-01 11:00,n\n");
        auto window = openWindow(store);
        ImportWizard *wizard = window->importCsv(csv);
        QTRY_COMPARE(wizard->currentId(), int(ImportWizard::MapPageId));
        auto *problems = wizard->findChild<QLabel *>(QStringLiteral("mappingProblems"));
        QVERIFY2(problems->text().contains(QStringLiteral("missing the required column")), qPrintable(problems->text()));
        QVERIFY(!nextEnabled(wizard));
        const QStringList readAs{QStringLiteral("content"), QStringLiteral("integrations"), QStringLiteral("schedule_at")};
        for (int i = 0; i < readAs.size(); ++i) {
            auto *combo = wizard->findChild<QComboBox *>(QStringLiteral("readAs_%1").arg(i));
            combo->setCurrentIndex(combo->findData(readAs.at(i)));
        }
        QVERIFY2(problems->text().contains(QStringLiteral("1 column(s) will be ignored")), qPrintable(problems->text()));
        // Times without an offset are read in the zone chosen here.
        auto *zone = wizard->findChild<QComboBox *>(QStringLiteral("zoneCombo"));
        zone->setCurrentIndex(zone->findText(QStringLiteral("America/New_York")));
        previewAll(wizard);
        QCOMPARE(previewTable(wizard)->model()->index(0, ImportPreviewModel::TimeColumn).data(Qt::ToolTipRole).toString(),
                 QStringLiteral("2026-05-01T15:00:00Z UTC"));
        wizard->reject();

        // The same header next time: the same mapping.
        wizard = window->importCsv(csv);
        QTRY_COMPARE(wizard->currentId(), int(ImportWizard::MapPageId));
        QCOMPARE(wizard->findChild<QComboBox *>(QStringLiteral("readAs_1"))->currentData().toString(),
                 QStringLiteral("integrations"));
        QTRY_VERIFY(nextEnabled(wizard)); // once the page has read how the file writes its dates
        wizard->reject();
    }

    void historyListsRowsAndExportsThem()
    {
        TestStore store;
        store.addIntegration("int_x", "x");
        const QString csv = writeCsv(store, ThreeInvalid);
        ImportOptions options;
        options.filePath = csv;
        options.storePath = store.path();
        options.skipInvalid = true;
        options.edits.excluded = {6}; // "Dark roast" (line 6), left out in the preview
        QVERIFY(CsvImporter(options).run(nullptr).committed());
        auto window = openWindow(store);
        window->findChild<QAction *>(QStringLiteral("importHistoryAction"))->trigger();
        auto *history = window->findChild<ImportHistoryDialog *>(QStringLiteral("importHistory"));
        QVERIFY(history);
        QCOMPARE(history->findChild<QTableWidget *>(QStringLiteral("importList"))->rowCount(), 1);
        QAbstractItemModel *rows = history->findChild<QTableView *>(QStringLiteral("importRows"))->model();
        QAbstractItemModelTester tester(rows, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(rows->rowCount(), 5);
        QCOMPARE(rows->index(1, ImportRowsModel::StatusColumn).data().toString(), QStringLiteral("Skipped (invalid)"));
        QVERIFY(rows->index(1, ImportRowsModel::ErrorColumn).data().toString().contains(QStringLiteral("schedule_at")));
        // A row left out says so, though it was never judged.
        QCOMPARE(rows->index(4, ImportRowsModel::StatusColumn).data().toString(), QStringLiteral("Excluded"));
        QCOMPARE(rows->index(4, ImportRowsModel::ErrorColumn).data().toString(), QStringLiteral("Left out in the preview"));
        // The rows as a table under the file's own columns, in the file's order; no ids, no JSON.
        auto *view = history->findChild<QTableView *>(QStringLiteral("importRows"));
        QStringList shownHeaders;
        for (int c = 0; c < rows->columnCount(); ++c)
            if (!view->isColumnHidden(c))
                shownHeaders.append(rows->headerData(c, Qt::Horizontal).toString());
        QCOMPARE(shownHeaders, (QStringList{"Row", "Status", "Why", "content", "integrations", "schedule_at"}));
        QCOMPARE(rows->index(1, ImportRowsModel::FirstFileColumn).data().toString(), QStringLiteral("Too late"));
        auto *model = static_cast<ImportRowsModel *>(rows);
        QVERIFY(view->isColumnHidden(model->postIdColumn()) && view->isColumnHidden(model->rawColumn()));
        // The details toggle shows the post it became and the row as stored.
        history->findChild<QCheckBox *>(QStringLiteral("historyDetails"))->setChecked(true);
        QVERIFY(!view->isColumnHidden(model->postIdColumn()) && !view->isColumnHidden(model->rawColumn()));
        QVERIFY(!rows->index(0, model->postIdColumn()).data().toString().isEmpty());
        QVERIFY(rows->index(0, model->rawColumn()).data().toString().startsWith(u'{'));

        // The row report, as CSV.
        QBuffer report;
        report.open(QIODevice::WriteOnly);
        QCOMPARE(writeRowReport(store.connection(), history->selectedImport(), &report).value(), qint64(5));
        const QList<QByteArray> lines = report.data().split('\n');
        QCOMPARE(lines.first(), QByteArray("rowNumber,status,postId,error,rawRow"));
        QVERIFY(lines.at(2).startsWith("3,skipped,,"));
        QVERIFY2(lines.at(2).contains("\"{\"\"content\"\":\"\"Too late\"\""), lines.at(2).constData());

        // Undo from the history.
        QTimer::singleShot(0, this, [] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            QVERIFY(box);
            box->button(QMessageBox::Yes)->click();
        });
        history->findChild<QPushButton *>(QStringLiteral("historyUndoButton"))->click();
        QTRY_COMPARE(PostRepository(store.connection()).count(), qint64(0));
        QVERIFY(!history->findChild<QPushButton *>(QStringLiteral("historyUndoButton"))->isEnabled());
        history->reject();
    }
};

QTEST_MAIN(TestImportWizard)
#include "tst_importwizard.moc"
