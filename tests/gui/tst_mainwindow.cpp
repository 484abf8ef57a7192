// SPDX-License-Identifier: GPL-3.0-or-later
// The main window on the offscreen platform: real widgets, a real store.
#include "models/itemmodels/calendarmodel.h"
#include "ui/calendar/calendarwidget.h"
#include "ui/mainwindow/appearance.h"
#include "ui/mainwindow/backupactions.h"
#include "ui/mainwindow/exportdialog.h"
#include <QStyle>
#include "app/publish/backgroundscheduler.h"
#include "app/secrets/secretstore.h"
#include "app/settings/appsettings.h"
#include "ui/calendar/calendargridview.h"
#include "ui/composer/composerdialog.h"
#include "ui/settings/settingsdialog.h"
#include "app/desktop/almanacdatlogin.h"
#include <QCheckBox>
#include <QListWidget>
#include <QSettings>
#include <QSpinBox>
#include "models/store/postrepository.h"
#include "teststore.h"
#include "ui/calendar/calendarwidget.h"
#include "ui/importwizard/jsonimportdialog.h"
#include "ui/mainwindow/mainwindow.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QListWidget>
#include <QDialogButtonBox>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableView>
#include <QTest>
#include <QTimeEdit>
#include <QStandardPaths>
#include <QTimer>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QDir>
#include <QFileInfo>
#include <QStyleOption>
#include <QComboBox>
#include <QDateEdit>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QToolButton>
#include <QInputDialog>
#include <QRadioButton>

using namespace Almanac;


class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        qputenv("ALMANAC_NOW", "2026-04-20T00:00:00Z");
        QApplication::setApplicationName(QStringLiteral("almanac-tst_mainwindow")); // its own settings: GUI tests run side by side
        QStandardPaths::setTestModeEnabled(true); // settings go to a test location, not the user's
    }
    void startsEmptyWithAWayForward();
    void statusFilterNarrowsTheList();
    void searchFindsHashtagsAndEscClearsIt();
    void theZoneChoiceOpensOnTheZoneInUse();
    void backUpAndRestoreThroughTheWindow();
    void exportsTheSelectionOrARange();
    void importsAJsonExportAfterAsking();
    void aJsonExportsLocalFilesAreConfirmedOneByOne();
    void settingsTakeEffect();
    void paletteFollowsTheChoiceAndBackToTheSystem();
    void backupFieldsFollowTheDailyBox();
    void publishingWhileClosedIsTurnedOnAndOffInSettings();
    void noTwoActionsShareAShortcut();
    void anUntickedBoxShowsInTheDarkPalette();
};

void TestMainWindow::startsEmptyWithAWayForward()
{
    Test::TestStore store;
    MainWindow window(store.database());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    // The calendar is there to double-click on, with a hint and the import one click away.
    QVERIFY(window.findChild<QWidget *>(QStringLiteral("monthView"))->isVisible());
    QWidget *bar = window.findChild<QWidget *>(QStringLiteral("messageBar"));
    QVERIFY(bar->isVisible());
    QVERIFY(window.findChild<QLabel *>(QStringLiteral("messageText"))->text().contains(QStringLiteral("Double-click a day")));
    QCOMPARE(window.findChild<QPushButton *>(QStringLiteral("messageAction"))->text(), QStringLiteral("Import CSV…"));
    // The first run offers the three ways in: import a plan, connect an account, open the demo.
    QVERIFY(window.findChild<QPushButton *>(QStringLiteral("messageConnectAccount"))->isVisible());
    QVERIFY(window.findChild<QPushButton *>(QStringLiteral("messageOpenDemo"))->isVisible());
    MemorySecretStore secrets;
    window.startSync(&secrets);
    window.findChild<QPushButton *>(QStringLiteral("messageConnectAccount"))->click();
    QTRY_VERIFY(window.findChild<QDialog *>(QStringLiteral("accountsDialog")));
    QAction *import = window.findChild<QAction *>(QStringLiteral("importAction"));
    QVERIFY(import);
    QCOMPARE(import->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_I));
}

void TestMainWindow::statusFilterNarrowsTheList()
{
    Test::TestStore store;
    store.addIntegration("int_x", "x");
    PostRepository posts(store.connection());
    for (PostStatus s : {PostStatus::Draft, PostStatus::Scheduled, PostStatus::Scheduled}) {
        Post p;
        p.content = QStringLiteral("p");
        p.status = s;
        p.scheduledAt = 1776762000; // 2026-04-21T09:00:00Z, in the month on screen
        QVERIFY(posts.insert(p).ok());
    }
    MainWindow window(store.database());
    window.show();
    QCOMPARE(window.calendarModel()->rowCount(), 3);
    auto *label = window.findChild<QLabel *>(QStringLiteral("countsLabel"));
    QVERIFY2(label->text().contains(QStringLiteral("1 draft(s) · 2 scheduled")), qPrintable(label->text()));
    auto *statuses = window.findChild<QListWidget *>(QStringLiteral("statusFilter"));
    statuses->item(int(PostStatus::Draft))->setCheckState(Qt::Unchecked);
    QCOMPARE(window.calendarModel()->rowCount(), 2);
    QVERIFY2(label->text().contains(QStringLiteral("0 draft(s) · 2 scheduled")), qPrintable(label->text()));
    QVERIFY2(label->text().contains(QStringLiteral("1 hidden by filters")), qPrintable(label->text()));
    statuses->item(int(PostStatus::Scheduled))->setCheckState(Qt::Unchecked);
    QCOMPARE(window.calendarModel()->rowCount(), 0);
    window.close(); // the filter is remembered
    MainWindow again(store.database());
    QCOMPARE(again.calendarModel()->rowCount(), 0);
    auto *restored = again.findChild<QListWidget *>(QStringLiteral("statusFilter"));
    restored->item(int(PostStatus::Draft))->setCheckState(Qt::Checked);
    restored->item(int(PostStatus::Scheduled))->setCheckState(Qt::Checked);
    QCOMPARE(again.calendarModel()->rowCount(), 3);
    again.close();
}


// The search box: "#roasting" finds the hashtag in a post's text; Esc in
// the box clears the search, and every post shows again.
void TestMainWindow::searchFindsHashtagsAndEscClearsIt()
{
    Test::TestStore store;
    store.addIntegration("int_x", "x");
    PostRepository posts(store.connection());
    for (const char *text : {"Fresh beans #roasting today", "Open late on Friday", "#roastingday is next week"}) {
        Post p;
        p.content = QString::fromUtf8(text);
        p.status = PostStatus::Scheduled;
        p.scheduledAt = 1776762000; // 2026-04-21T09:00:00Z, in the month on screen
        QVERIFY(posts.insert(p).ok());
    }
    MainWindow window(store.database());
    window.show();
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QCOMPARE(window.calendarModel()->rowCount(), 3);
    auto *search = window.findChild<QLineEdit *>(QStringLiteral("searchBox"));
    search->setFocus();
    QTest::keyClicks(search, QStringLiteral("#roasting"));
    QCOMPARE(window.calendarModel()->rowCount(), 1);
    QTest::keyClick(search, Qt::Key_Escape);
    QVERIFY(search->text().isEmpty());
    QCOMPARE(window.calendarModel()->rowCount(), 3);
    window.close();
}

// The status bar's zone opens its list on the zone in use, even one the
// system's list lacks (Etc/UTC where ICU lists only UTC): OK changes nothing.
void TestMainWindow::theZoneChoiceOpensOnTheZoneInUse()
{
    Test::TestStore store;
    // A zone the system knows but does not list (which one depends on its ICU).
    const QList<QByteArray> listed = QTimeZone::availableTimeZoneIds();
    QByteArray unlisted;
    for (const char *id : {"Etc/UTC", "Etc/Universal", "Etc/Zulu", "Universal", "Zulu", "Etc/GMT", "GMT0", "Etc/GMT0"})
        if (QTimeZone(id).isValid() && QTimeZone(id).id() == id && !listed.contains(id)) {
            unlisted = id;
            break;
        }
    if (unlisted.isEmpty())
        QSKIP("every alias of UTC is listed here");
    AppSettings().setTimeZone(QTimeZone(unlisted));
    MainWindow window(store.database());
    window.show();
    auto *zone = window.findChild<QToolButton *>(QStringLiteral("zoneButton"));
    QCOMPARE(zone->text(), QString::fromUtf8(unlisted));
    QString offered;
    QTimer::singleShot(0, this, [&offered] {
        auto *ask = qobject_cast<QInputDialog *>(QApplication::activeModalWidget());
        QVERIFY(ask);
        offered = ask->textValue();
        ask->accept();
    });
    zone->click();
    QCOMPARE(offered, QString::fromUtf8(unlisted));
    QCOMPARE(AppSettings().timeZone().id(), unlisted);
    window.close();
}

void TestMainWindow::backUpAndRestoreThroughTheWindow()
{
    Test::TestStore store;
    store.addIntegration("int_x", "x");
    PostRepository posts(store.connection());
    for (int i = 0; i < 3; ++i) {
        Post p;
        p.content = QStringLiteral("kept %1").arg(i);
        p.status = PostStatus::Scheduled;
        p.scheduledAt = 1776762000 + i * 3600;
        QVERIFY(posts.insert(p).ok());
    }
    MainWindow window(store.database());
    window.show();
    QCOMPARE(window.calendarModel()->rowCount(), 3);
    auto *backups = window.findChild<BackupActions *>();
    QVERIFY(backups);
    QCOMPARE(window.findChild<QAction *>(QStringLiteral("backUpAction"))->shortcut(),
             QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B));
    QSignalSpy finished(backups, &BackupActions::finished);
    QSignalSpy messages(backups, &BackupActions::message);
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("plan.sqlite"));
    backups->backUp(file);
    QVERIFY(finished.wait(20000));
    QVERIFY(QFileInfo::exists(file));
    QCOMPARE(messages.last().at(1).toBool(), false);

    // After the backup: one more post and an undo step about it.
    Post later;
    later.content = QStringLiteral("added after the backup");
    later.status = PostStatus::Scheduled;
    later.scheduledAt = 1776762000 + 86400;
    QVERIFY(posts.insert(later).ok());
    window.calendarModel()->reload();
    QCOMPARE(window.calendarModel()->rowCount(), 4);
    auto *undo = window.findChild<QUndoStack *>();
    QVERIFY(undo);
    undo->push(new QUndoCommand(QStringLiteral("a step about the store before")));
    QCOMPARE(undo->count(), 1);

    backups->restore(file);
    QVERIFY(finished.wait(20000));
    QCOMPARE(messages.last().at(1).toBool(), false);
    // The window shows the restored store at once, and has forgotten steps it can no longer undo.
    QCOMPARE(window.calendarModel()->rowCount(), 3);
    QCOMPARE(undo->count(), 0);
    // The store as it was is kept where the message says.
    const QString said = messages.last().at(0).toString();
    QVERIFY2(said.contains(QStringLiteral("before-restore-")), qPrintable(said));

    // A file that is not a backup is refused with a reason and changes nothing.
    const QString bogus = dir.filePath(QStringLiteral("notes.sqlite"));
    QFile f(bogus);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("not a database");
    f.close();
    backups->restore(bogus);
    QVERIFY(finished.wait(20000));
    QCOMPARE(messages.last().at(1).toBool(), true);
    QCOMPARE(window.calendarModel()->rowCount(), 3);
}

namespace {

QStringList addThreePosts(Test::TestStore &store)
{
    store.addIntegration("int_x", "x");
    PostRepository posts(store.connection());
    QStringList ids;
    for (int i = 0; i < 3; ++i) {
        Post p;
        p.content = QStringLiteral("plan %1").arg(i);
        p.status = PostStatus::Scheduled;
        p.scheduledAt = 1776762000 + i * 86400; // 21, 22 and 23 April 2026, 09:00 UTC
        PostTarget t;
        t.integrationId = QStringLiteral("int_x");
        t.platform = QStringLiteral("x");
        p.targets.append(t);
        if (!posts.insert(p).ok())
            return {};
        ids.append(p.id);
    }
    return ids;
}

QStringList exportedIds(const QString &file)
{
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QStringList ids;
    for (const QJsonValue &p : QJsonDocument::fromJson(f.readAll()).object().value("posts").toArray())
        ids.append(p["id"].toString());
    return ids;
}

} // namespace

void TestMainWindow::exportsTheSelectionOrARange()
{
    Test::TestStore store;
    const QStringList ids = addThreePosts(store);
    QCOMPARE(ids.size(), 3);
    MainWindow window(store.database());
    window.show();
    QCOMPARE(window.findChild<QAction *>(QStringLiteral("exportAction"))->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_E));
    window.calendar()->selectPosts({ids.at(0), ids.at(2)});
    QCOMPARE(window.calendar()->selectedPostIds().size(), 2);

    ExportDialog *dialog = window.showExport();
    QVERIFY(dialog->isVisible());
    auto *selection = dialog->findChild<QRadioButton *>(QStringLiteral("exportSelection"));
    QVERIFY(selection->isChecked()); // a selection is what the user most likely means
    QVERIFY2(selection->text().contains("(2)"), qPrintable(selection->text()));
    QVERIFY(dialog->findChild<QRadioButton *>(QStringLiteral("exportAll"))->text().contains("(3)"));
    auto *format = dialog->findChild<QComboBox *>(QStringLiteral("exportFormat"));
    auto *go = dialog->findChild<QPushButton *>(QStringLiteral("exportButton"));
    // bundle.social's dialect needs a team ID: Export waits for one.
    format->setCurrentIndex(format->findData(int(ExportFormat::BundleSocialCsv)));
    auto *team = dialog->findChild<QLineEdit *>(QStringLiteral("exportTeamId"));
    QVERIFY(team->isVisible());
    QVERIFY(!go->isEnabled());
    team->setText("team_1");
    QVERIFY(go->isEnabled());
    format->setCurrentIndex(format->findData(int(ExportFormat::Json)));
    QVERIFY(!team->isVisible());

    QTemporaryDir dir;
    const QString file = dir.filePath("selection.json");
    QSignalSpy finished(dialog, &ExportDialog::finished);
    dialog->exportTo(file);
    QVERIFY(finished.wait(20000));
    QCOMPARE(finished.last().at(0).toBool(), true);
    QCOMPARE(exportedIds(file), QStringList({ids.at(0), ids.at(2)}));
    QVERIFY2(window.findChild<QLabel *>(QStringLiteral("messageText"))->text().contains("Exported 2 post"),
             qPrintable(window.findChild<QLabel *>(QStringLiteral("messageText"))->text()));

    // A range of days in the user's zone, both ends included.
    dialog = window.showExport();
    dialog->findChild<QRadioButton *>(QStringLiteral("exportRange"))->setChecked(true);
    dialog->findChild<QDateEdit *>(QStringLiteral("exportFrom"))->setDate(QDate(2026, 4, 22));
    dialog->findChild<QDateEdit *>(QStringLiteral("exportTo"))->setDate(QDate(2026, 4, 23));
    format = dialog->findChild<QComboBox *>(QStringLiteral("exportFormat"));
    format->setCurrentIndex(format->findData(int(ExportFormat::Json)));
    QSignalSpy again(dialog, &ExportDialog::finished);
    const QString ranged = dir.filePath("range.json");
    dialog->exportTo(ranged);
    QVERIFY(again.wait(20000));
    QCOMPARE(exportedIds(ranged), QStringList({ids.at(1), ids.at(2)}));
}

void TestMainWindow::importsAJsonExportAfterAsking()
{
    Test::TestStore source(QStringLiteral("source"));
    const QStringList ids = addThreePosts(source);
    QTemporaryDir dir;
    const QString file = dir.filePath("plan.json");
    {
        ExportOptions options;
        options.format = ExportFormat::Json;
        QVERIFY(PostExporter(source.connection(), options).writeFile(file));
    }
    Test::TestStore store;
    store.addIntegration("int_x", "x");
    MainWindow window(store.database());
    window.show();
    QCOMPARE(window.calendarModel()->rowCount(), 0);
    // Dropped or opened like a CSV, it is recognised and read on a worker; the
    // user is asked, then it is one import.
    QCOMPARE(window.importCsv(file), nullptr);
    JsonImportDialog *ask = nullptr;
    QTRY_VERIFY((ask = qobject_cast<JsonImportDialog *>(QApplication::activeModalWidget())));
    const QString question = ask->findChild<QLabel *>(QStringLiteral("jsonImportQuestion"))->text();
    QVERIFY2(question.contains("3 post"), qPrintable(question));
    QVERIFY(!ask->findChild<QListWidget *>(QStringLiteral("localFiles"))->isVisible()); // no files to confirm
    ask->findChild<QPushButton *>(QStringLiteral("importButton"))->click();
    QTRY_COMPARE(window.calendarModel()->rowCount(), 3);
    QTRY_VERIFY(window.findChild<QLabel *>(QStringLiteral("messageText"))->text().contains("Imported 3 post"));

    // A file with a post Almanac cannot take: said, with the reason, and nothing changes.
    const QString bad = dir.filePath("bad.json");
    QFile f(bad);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(R"([{"content": "to nobody", "integrations": ["int_gone"], "scheduled_at": "2026-04-25T09:00:00Z"}])");
    f.close();
    window.importCsv(bad);
    QMessageBox *box = nullptr;
    QTRY_VERIFY((box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())));
    QVERIFY2(box->text().contains("Nothing was imported"), qPrintable(box->text()));
    QVERIFY2(box->informativeText().contains("int_gone"), qPrintable(box->informativeText()));
    box->accept();
    QCOMPARE(window.calendarModel()->rowCount(), 3);
}

void TestMainWindow::aJsonExportsLocalFilesAreConfirmedOneByOne()
{
    Test::TestStore store;
    store.addIntegration("int_x", "x");
    QTemporaryDir dir;
    const QString picture = dir.filePath("team-photo.png");
    QFile png(picture);
    QVERIFY(png.open(QIODevice::WriteOnly));
    png.write(QByteArray("\x89PNG\r\n\x1a\n", 8) + QByteArray(64, 'x'));
    png.close();
    const QString file = dir.filePath("from-a-colleague.json");
    QFile json(file);
    QVERIFY(json.open(QIODevice::WriteOnly));
    json.write(QJsonDocument(QJsonArray{
                                 QJsonObject{{"content", "Our team"}, {"integrations", QJsonArray{"int_x"}},
                                             {"scheduled_at", "2026-04-25T09:00:00Z"},
                                             {"media", QJsonArray{QUrl::fromLocalFile(picture).toString()}}},
                                 QJsonObject{{"content", "And the keys"}, {"integrations", QJsonArray{"int_x"}},
                                             {"scheduled_at", "2026-04-26T09:00:00Z"}, {"media", QJsonArray{"/etc/hostname"}}}})
                   .toJson());
    json.close();
    MainWindow window(store.database());
    window.show();
    window.importCsv(file);
    JsonImportDialog *ask = nullptr;
    QTRY_VERIFY((ask = qobject_cast<JsonImportDialog *>(QApplication::activeModalWidget())));
    auto *files = ask->findChild<QListWidget *>(QStringLiteral("localFiles"));
    QVERIFY(files->isVisible());
    QCOMPARE(files->count(), 2); // each file named, to be confirmed one by one
    auto *import = ask->findChild<QPushButton *>(QStringLiteral("importButton"));
    QVERIFY(!import->isEnabled());
    files->item(0)->setCheckState(Qt::Checked);
    QVERIFY(!import->isEnabled()); // not until every file is confirmed
    QVERIFY(ask->findChild<QLabel *>(QStringLiteral("checkEveryFile"))->isVisible()); // why Import waits, said
    files->item(1)->setCheckState(Qt::Checked);
    QVERIFY(import->isEnabled());
    QVERIFY(import->isDefault()); // Enter imports now (never a silent Cancel)
    QVERIFY(!ask->findChild<QLabel *>(QStringLiteral("checkEveryFile"))->isVisible());
    QCOMPARE(ask->confirmedFiles().size(), 2);
    import->click();
    QTRY_COMPARE(window.calendarModel()->rowCount(), 2);

    // Cancelled: nothing written.
    window.importCsv(file);
    QTRY_VERIFY((ask = qobject_cast<JsonImportDialog *>(QApplication::activeModalWidget())));
    ask->reject();
    QTest::qWait(100);
    QCOMPARE(window.calendarModel()->rowCount(), 2);
}

void TestMainWindow::settingsTakeEffect()
{
    QSettings().clear(); // the test location: start from the defaults
    Test::TestStore store;
    store.addIntegration("int_x", "x");
    store.addIntegration("int_b", "bluesky", "local");
    MainWindow window(store.database());
    window.show();
    MemorySecretStore secrets;
    window.startSync(&secrets);
    QVERIFY(window.findChild<BackgroundScheduler *>()); // publishing while open is on by default
    QCOMPARE(window.findChild<QAction *>(QStringLiteral("settingsAction"))->shortcut(),
             QKeySequence(Qt::CTRL | Qt::Key_Comma));

    SettingsDialog *dialog = window.showSettings();
    QVERIFY(dialog->isVisible());
    auto *zone = dialog->findChild<QComboBox *>(QStringLiteral("settingsTimeZone"));
    auto *problem = dialog->findChild<QLabel *>(QStringLiteral("settingsProblem"));
    // A zone that does not exist is refused with the reason, and nothing is written.
    zone->setCurrentText("Mars/Olympus_Mons");
    QVERIFY(!dialog->save());
    QVERIFY(!problem->isHidden());
    QVERIFY2(problem->text().contains("Mars/Olympus_Mons"), qPrintable(problem->text()));
    QVERIFY(AppSettings().timeZone().id() != "Mars/Olympus_Mons");

    zone->setCurrentText("Europe/Berlin");
    auto *firstDay = dialog->findChild<QComboBox *>(QStringLiteral("settingsFirstDay"));
    firstDay->setCurrentIndex(firstDay->findData(int(Qt::Sunday)));
    auto *defaults = dialog->findChild<QListWidget *>(QStringLiteral("settingsDefaultAccounts"));
    QCOMPARE(defaults->count(), 2);
    for (int i = 0; i < defaults->count(); ++i)
        if (defaults->item(i)->data(Qt::UserRole).toString() == u"int_b")
            defaults->item(i)->setCheckState(Qt::Checked);
    dialog->findChild<QCheckBox *>(QStringLiteral("settingsPublishWhileOpen"))->setChecked(false);
    dialog->findChild<QSpinBox *>(QStringLiteral("settingsBackupsKept"))->setValue(3);
    auto *defaultTime = dialog->findChild<QTimeEdit *>(QStringLiteral("settingsDefaultTime"));
    QCOMPARE(defaultTime->time(), QTime(9, 0));
    defaultTime->setTime(QTime(10, 30));
    QVERIFY(dialog->save());
    QVERIFY(problem->isHidden());

    // In effect at once: the zone, the week, publishing; and kept for the next start.
    QCOMPARE(window.calendarModel()->timeZone().id(), QByteArray("Europe/Berlin"));
    QCOMPARE(AppSettings().timeZone().id(), QByteArray("Europe/Berlin"));
    QCOMPARE(CalendarGridView::weekStart(QDate(2026, 4, 22)), QDate(2026, 4, 19)); // a Wednesday's week starts on Sunday
    QCOMPARE(AppSettings().firstDayOfWeek(), Qt::Sunday);
    QVERIFY(!window.findChild<BackgroundScheduler *>());
    QCOMPARE(AppSettings().backupsKept(), 3);
    QCOMPARE(AppSettings().defaultPostingMinute(), 10 * 60 + 30);
    // A new post goes to the default account only.
    ComposerDialog *composer = window.newPost(QDate(2026, 4, 22), 9 * 60);
    auto *accounts = composer->findChild<QListWidget *>(QStringLiteral("integrationList"));
    QStringList checked;
    for (int i = 0; i < accounts->count(); ++i)
        if (accounts->item(i)->checkState() == Qt::Checked)
            checked.append(accounts->item(i)->data(Qt::UserRole).toString());
    QCOMPARE(checked, QStringList{"int_b"});
    composer->reject();

    // Publishing comes back when turned on again.
    window.setPublishingWhileOpen(true);
    QVERIFY(window.findChild<BackgroundScheduler *>());
    CalendarGridView::setFirstDayOfWeek(Qt::Monday);
    QSettings().clear();
}

void TestMainWindow::paletteFollowsTheChoiceAndBackToTheSystem()
{
    QSettings().clear();
    Appearance::apply(QStringLiteral("system")); // as at start: notes the platform's style
    const QString platformStyle = QApplication::style()->name();
    const int platformLightness = QApplication::palette().color(QPalette::Window).lightness();
    Test::TestStore store;
    MainWindow window(store.database());
    window.show();
    auto paletteAction = [&window](const QString &key) -> QAction * {
        for (QAction *a : window.findChildren<QAction *>())
            if (a->isCheckable() && a->data().toString() == key)
                return a;
        return nullptr;
    };
    QVERIFY(paletteAction("dark") && paletteAction("system"));
    paletteAction("dark")->trigger();
    QVERIFY(QApplication::palette().color(QPalette::Window).lightness() < 80);
    QCOMPARE(AppSettings().palette(), QStringLiteral("dark"));
    // Back to the system's at once, not at the next start.
    paletteAction("system")->trigger();
    QCOMPARE(QApplication::style()->name(), platformStyle);
    QCOMPARE(QApplication::palette().color(QPalette::Window).lightness(), platformLightness);
    QCOMPARE(AppSettings().palette(), QStringLiteral("system"));
}

void TestMainWindow::backupFieldsFollowTheDailyBox()
{
    QSettings().clear();
    AppSettings().setDailyBackups(false);
    SettingsDialog dialog({}, QString());
    auto *folder = dialog.findChild<QLineEdit *>(QStringLiteral("settingsBackupFolder"));
    auto *kept = dialog.findChild<QSpinBox *>(QStringLiteral("settingsBackupsKept"));
    // Off when the dialog opens: the fields that only matter to daily copies are off too.
    auto *choose = dialog.findChild<QPushButton *>(QStringLiteral("settingsChooseBackupFolder"));
    QVERIFY(!folder->isEnabled());
    QVERIFY(!choose->isEnabled());
    QVERIFY(!kept->isEnabled());
    dialog.findChild<QCheckBox *>(QStringLiteral("settingsDailyBackups"))->setChecked(true);
    QVERIFY(folder->isEnabled());
    QVERIFY(choose->isEnabled());
    QVERIFY(kept->isEnabled());
    // A long folder shows from its start, not cut at the left, and whole in the tooltip.
    const QString deep = QStringLiteral("/home/ana/Documents/Clients/Acme Coffee Roasters/Social media/Almanac backups");
    folder->setText(deep);
    QCOMPARE(folder->cursorPosition(), 0);
    QCOMPARE(folder->toolTip(), deep);
    QSettings().clear();
}

// Settings, Publishing: whether almanacd starts at login, read from systemd
// when the tab is looked at and turned off and on there at once (against
// tests/data/fake-systemctl; the test program has no almanacd beside it).
void TestMainWindow::publishingWhileClosedIsTurnedOnAndOffInSettings()
{
    QTemporaryDir dir;
    const QByteArray path = qgetenv("PATH");
    qputenv("PATH", ALMANAC_TEST_DATA "/fake-systemctl:" + path);
    qputenv("FAKE_SYSTEMCTL_LOG", dir.filePath("asked.log").toUtf8());
    qputenv("FAKE_SYSTEMCTL_STATE", dir.filePath("state").toUtf8());
    const QString unitPath = AlmanacdAtLogin::unitFilePath();
    qputenv("FAKE_SYSTEMCTL_UNIT_DIR", QFileInfo(unitPath).path().toUtf8());
    // On: Almanac's unit for this store, enabled.
    QVERIFY(QDir().mkpath(QFileInfo(unitPath).path()));
    QFile unit(unitPath);
    QVERIFY(unit.open(QIODevice::WriteOnly)
            && unit.write(AlmanacdAtLogin::unitText(AlmanacdAtLogin::almanacdPath(), dir.filePath("plan.sqlite"))) > 0);
    unit.close();
    QFile state(dir.filePath("state"));
    QVERIFY(state.open(QIODevice::WriteOnly) && state.write("enabled\n"));
    state.close();

    SettingsDialog dialog({}, dir.filePath("plan.sqlite"));
    dialog.show();
    auto *label = dialog.findChild<QLabel *>(QStringLiteral("backgroundPublishingState"));
    auto *toggle = dialog.findChild<QPushButton *>(QStringLiteral("backgroundPublishingToggle"));
    auto *outcome = dialog.findChild<QLabel *>(QStringLiteral("backgroundPublishingOutcome"));
    QVERIFY(label && toggle && outcome);
    QTest::qWait(50);
    QVERIFY(!QFile::exists(dir.filePath("asked.log"))); // not asked until the tab is looked at
    dialog.findChild<QTabWidget *>()->setCurrentIndex(2);
    QTRY_VERIFY(label->text().contains(u"<b>on</b>"));
    QCOMPARE(toggle->text(), QStringLiteral("Tu&rn Off"));
    QVERIFY(toggle->isEnabled());

    toggle->click();
    QVERIFY(!toggle->isEnabled()); // one step at a time
    QTRY_VERIFY(label->text().contains(u"<b>off</b>"));
    QVERIFY(outcome->isVisible());
    QVERIFY2(outcome->text().contains(u"almanacd has stopped"), qPrintable(outcome->text()));
    QCOMPARE(toggle->text(), QStringLiteral("Tu&rn On"));

    // Turning on needs the almanacd beside the program: said, and nothing changes.
    toggle->click();
    QTRY_VERIFY(outcome->isVisible() && outcome->text().contains(u"reinstall Almanac"));
    QTRY_VERIFY(label->text().contains(u"<b>off</b>") && toggle->isEnabled());
    QVERIFY(!outcome->styleSheet().isEmpty()); // shown as an error

    // A dialog closed in the middle of a step: one opened meanwhile waits for
    // that step, says how it went, and offers no second step until then.
    QVERIFY(unit.open(QIODevice::WriteOnly)
            && unit.write(AlmanacdAtLogin::unitText(AlmanacdAtLogin::almanacdPath(), dir.filePath("plan.sqlite"))) > 0);
    unit.close();
    QVERIFY(state.open(QIODevice::WriteOnly) && state.write("enabled\n"));
    state.close();
    const auto disables = [&dir] { return Test::readFile(dir.filePath("asked.log")).count("disable"); };
    const qsizetype disabledBefore = disables();
    qputenv("FAKE_SYSTEMCTL_SLOW", "0.1");
    {
        SettingsDialog first({}, dir.filePath("plan.sqlite"));
        first.show();
        first.findChild<QTabWidget *>()->setCurrentIndex(2);
        auto *firstToggle = first.findChild<QPushButton *>(QStringLiteral("backgroundPublishingToggle"));
        QTRY_VERIFY(firstToggle->isEnabled());
        QCOMPARE(firstToggle->text(), QStringLiteral("Tu&rn Off"));
        firstToggle->click();
    }
    SettingsDialog second({}, dir.filePath("plan.sqlite"));
    second.show();
    second.findChild<QTabWidget *>()->setCurrentIndex(2);
    auto *secondLabel = second.findChild<QLabel *>(QStringLiteral("backgroundPublishingState"));
    auto *secondToggle = second.findChild<QPushButton *>(QStringLiteral("backgroundPublishingToggle"));
    auto *secondOutcome = second.findChild<QLabel *>(QStringLiteral("backgroundPublishingOutcome"));
    QVERIFY2(secondLabel->text().contains(u"finishing"), qPrintable(secondLabel->text()));
    QVERIFY(!secondToggle->isEnabled());
    QTRY_VERIFY_WITH_TIMEOUT(secondLabel->text().contains(u"<b>off</b>") && secondToggle->isEnabled(), 10000);
    QVERIFY2(secondOutcome->isVisible() && secondOutcome->text().contains(u"almanacd has stopped"),
             qPrintable(secondOutcome->text()));
    QCOMPARE(secondToggle->text(), QStringLiteral("Tu&rn On"));
    QCOMPARE(disables(), disabledBefore + 1);
    qunsetenv("FAKE_SYSTEMCTL_SLOW");

    // Without a user manager the row says so and offers nothing to click.
    qputenv("FAKE_SYSTEMCTL_FAIL", "1");
    SettingsDialog unreachable({}, dir.filePath("plan.sqlite"));
    unreachable.show();
    unreachable.findChild<QTabWidget *>()->setCurrentIndex(2);
    auto *unreachableLabel = unreachable.findChild<QLabel *>(QStringLiteral("backgroundPublishingState"));
    QTRY_VERIFY(unreachableLabel->text().contains(u"Failed to connect to bus"));
    QVERIFY(!unreachable.findChild<QPushButton *>(QStringLiteral("backgroundPublishingToggle"))->isVisible());
    // What to run instead, with this store.
    QVERIFY2(unreachableLabel->text().contains(dir.filePath("plan.sqlite").toHtmlEscaped()), qPrintable(unreachableLabel->text()));
    qunsetenv("FAKE_SYSTEMCTL_FAIL");

    // The demo's store goes with its window: no almanacd is offered for it.
    SettingsDialog demo({}, QString());
    QVERIFY(!demo.findChild<QPushButton *>(QStringLiteral("backgroundPublishingToggle")));
    QVERIFY(!demo.findChild<QLabel *>(QStringLiteral("backgroundPublishingState")));
    QFile::remove(unitPath);
    qputenv("PATH", path);
}

// A key two actions claim does nothing (Qt calls it ambiguous): F5 was both
// Sync Now and Refresh, so once a hosted scheduler existed it did neither.
void TestMainWindow::noTwoActionsShareAShortcut()
{
    Test::TestStore store;
    store.addIntegration("int_x", "x", QStringLiteral("openpost"));
    MainWindow window(store.database());
    QHash<QString, QString> owner; // shortcut -> the action's text
    for (QAction *a : window.findChildren<QAction *>()) {
        for (const QKeySequence &key : a->shortcuts()) {
            const QString shown = key.toString();
            QVERIFY2(!owner.contains(shown), qPrintable(QStringLiteral("%1 is both %2 and %3").arg(shown, owner.value(shown), a->text())));
            owner.insert(shown, a->text());
        }
    }
    QCOMPARE(owner.value(QStringLiteral("F5")), QStringLiteral("&Sync Now"));

    // Help → Keyboard Shortcuts lists every one of them, read from the actions,
    // and the keys of the views that no menu shows.
    window.show();
    window.findChild<QAction *>(QStringLiteral("shortcutsAction"))->trigger();
    auto *dialog = window.findChild<QDialog *>(QStringLiteral("shortcutsDialog"));
    QVERIFY(dialog && dialog->isVisible());
    auto *table = dialog->findChild<QTableWidget *>(QStringLiteral("shortcutsTable"));
    QStringList keysListed;
    for (int row = 0; row < table->rowCount(); ++row)
        if (table->item(row, 1))
            keysListed.append(table->item(row, 1)->text());
    for (auto it = owner.cbegin(); it != owner.cend(); ++it) {
        if (it.value().isEmpty())
            continue; // a key without words (none is expected) has nothing to list
        const QString native = QKeySequence(it.key()).toString(QKeySequence::NativeText);
        QVERIFY2(std::any_of(keysListed.cbegin(), keysListed.cend(), [&](const QString &k) { return k.split(QStringLiteral(", ")).contains(native); }),
                 qPrintable(QStringLiteral("%1 (%2) is not listed").arg(native, it.value())));
    }
    QVERIFY(keysListed.contains(QStringLiteral("Tab, Shift+Tab")));
    dialog->reject();
}

// In the dark palette an unticked check box was nearly invisible: its outline
// was as dark as the box. The outline must stand out from the box's inside.
void TestMainWindow::anUntickedBoxShowsInTheDarkPalette()
{
    Appearance::apply(QStringLiteral("dark"));
    QCheckBox box(QStringLiteral("Publish while Almanac is open"));
    box.resize(box.sizeHint());
    const QImage shot = box.grab().toImage();
    QStyleOptionButton option;
    option.initFrom(&box);
    const QRect indicator = box.style()->subElementRect(QStyle::SE_CheckBoxIndicator, &option, &box);
    const int inside = qGray(shot.pixel(indicator.center()));
    int edge = 0; // the brightest pixel across the indicator's left edge
    for (int x = indicator.left(); x <= indicator.left() + 2; ++x)
        edge = qMax(edge, qGray(shot.pixel(x, indicator.center().y())));
    Appearance::apply(QStringLiteral("system"));
    QVERIFY2(edge - inside >= 40, qPrintable(QStringLiteral("outline %1 against inside %2").arg(edge).arg(inside)));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
