// SPDX-License-Identifier: GPL-3.0-or-later
// almanac-screens OUTDIR SUFFIX [NAME...]: the window's daily scenes on the demo
// plan, each saved as OUTDIR/NAME-SUFFIX.png for people to look at (see
// tools/screenshots.sh, which runs it in each palette and language, and on a
// 1280x720 screen for "composer-720"). Real widgets driven by object name, as
// the GUI tests drive them; nothing here is compared automatically.
#include "app/demo/demodata.h"
#include "app/settings/appsettings.h"
#include "app/settings/languages.h"
#include "models/domain/clock.h"
#include "models/store/database.h"
#include "models/store/postrepository.h"
#include "models/itemmodels/importpreviewmodel.h"
#include "ui/calendar/calendarwidget.h"
#include "ui/composer/composerdialog.h"
#include "ui/composer/mediastrip.h"
#include "ui/importwizard/importwizard.h"
#include "ui/mainwindow/appearance.h"
#include "ui/mainwindow/mainwindow.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>

using namespace Almanac;

namespace {

QString g_out, g_suffix;

void settle(int ms = 400)
{
    QTest::qWait(ms); // layouts, queued shows and thumbnails read off the window's thread
}

void save(QWidget *widget, const QString &name)
{
    settle();
    const QString path = QDir(g_out).filePath(name + u'-' + g_suffix + QStringLiteral(".png"));
    if (!widget->grab().save(path))
        std::fprintf(stderr, "almanac-screens: could not save %s\n", qPrintable(path));
    else
        std::printf("%s\n", qPrintable(path));
}

QString postWithStatus(Database &db, PostStatus status)
{
    for (const Post &post : PostRepository(db.connection()).query({}))
        if (post.status == status && !post.media.isEmpty() == (status == PostStatus::Published))
            return post.id;
    for (const Post &post : PostRepository(db.connection()).query({}))
        if (post.status == status)
            return post.id;
    return {};
}

void showTab(QWidget *dialog, const QString &tabName)
{
    auto *tabs = dialog->findChild<QTabWidget *>();
    for (int i = 0; tabs && i < tabs->count(); ++i)
        if (tabs->widget(i)->objectName() == tabName)
            tabs->setCurrentIndex(i);
}

void calendar(MainWindow &window)
{
    window.resize(1280, 800);
    auto view = [&](const char *action) { window.findChild<QAction *>(QLatin1StringView(action))->trigger(); };
    view("monthAction");
    save(&window, QStringLiteral("month"));
    view("weekAction");
    save(&window, QStringLiteral("week"));
    view("monthAction");
}

void postsOpened(MainWindow &window, Database &db)
{
    for (const auto &[status, name] : {std::pair{PostStatus::Published, "post-published"}, {PostStatus::Failed, "post-failed"}}) {
        const QString id = postWithStatus(db, status);
        if (id.isEmpty())
            continue;
        ComposerDialog *composer = window.openPost(id);
        save(composer, QString::fromLatin1(name));
        composer->reject();
    }
}

ComposerDialog *composerWithThreadAndAltText(MainWindow &window, const QString &picture)
{
    ComposerDialog *composer = window.newPost(QDate(), -1);
    composer->findChild<QPlainTextEdit *>(QStringLiteral("baseText"))
        ->setPlainText(QStringLiteral( // the user's words: the same in every language of the window
            "Autumn blend is back! Cosy notes of caramel and cocoa for the colder mornings. We roasted it slowly this "
            "year, in small batches, so every bag tastes like the first one. Come by the shop on Saturday for a free "
            "tasting from nine until noon, and bring a friend who has never tried it. Grab a bag before Friday: "
            "https://acme.coffee/autumn #coffee"));
    composer->findChild<MediaStrip *>(QStringLiteral("mediaStrip"))->addUrls({QUrl::fromLocalFile(picture)});
    auto *list = composer->findChild<QListWidget *>(QStringLiteral("mediaList"));
    list->item(0)->setSelected(true);
    QTest::keyClicks(composer->findChild<QLineEdit *>(QStringLiteral("mediaAltText")),
                     QStringLiteral("A cup of coffee with a leaf drawn in the foam"));
    showTab(composer, QStringLiteral("tab_x"));
    if (auto *split = composer->findChild<QPushButton *>(QStringLiteral("split_x")))
        split->click();
    return composer;
}

void wizardDetail(MainWindow &window, const QString &samples)
{
    ImportWizard *wizard = window.importCsv(QDir(samples).filePath(QStringLiteral("plan-with-errors.csv")));
    settle();
    wizard->next(); // the Map page as found, then every row judged
    auto *stop = wizard->findChild<QPushButton *>(QStringLiteral("stopCheckButton"));
    for (int i = 0; i < 100 && stop->isVisible(); ++i) // judging
        settle(100);
    auto *table = wizard->findChild<QTableView *>(QStringLiteral("previewTable"));
    for (int row = 0; row < table->model()->rowCount(); ++row)
        if (table->model()->index(row, 0).data(ImportPreviewModel::RowStateRole).toInt()
            == int(ImportPreviewModel::RowState::Error)) {
            table->setCurrentIndex(table->model()->index(row, 3));
            break;
        }
    wizard->resize(1100, 720);
    save(wizard, QStringLiteral("wizard-detail"));
    wizard->reject();
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("almanac"));
    QApplication::setApplicationName(QStringLiteral("almanac"));
    const QStringList args = app.arguments();
    if (args.size() < 3) {
        std::fprintf(stderr, "usage: almanac-screens OUTDIR SUFFIX [month|posts|composer-thread|wizard-detail|"
                             "first-run|composer-720 ...]\n");
        return 2;
    }
    g_out = args.at(1);
    g_suffix = args.at(2);
    const QStringList wanted = args.mid(3);
    auto want = [&](const char *name) { return wanted.isEmpty() || wanted.contains(QLatin1StringView(name)); };
    Languages::install(AppSettings().language());
    Appearance::apply(AppSettings().palette());

    QTemporaryDir dir;
    const QString picture = dir.filePath(QStringLiteral("latte.png"));
    QImage latte(800, 600, QImage::Format_RGB32);
    latte.fill(QColor(0xc8, 0xa2, 0x7a));
    latte.save(picture);
    const QString samples = QStringLiteral(ALMANAC_SAMPLES);

    Database demo;
    if (!demo.open(dir.filePath(QStringLiteral("demo.sqlite"))) || !DemoData::fill(demo, Clock::nowSecs(), AppSettings().timeZone())) {
        std::fprintf(stderr, "almanac-screens: the demo store could not be made\n");
        return 1;
    }
    {
        MainWindow window(demo);
        window.show();
        settle();
        if (want("month"))
            calendar(window);
        if (want("posts"))
            postsOpened(window, demo);
        if (want("composer-thread")) {
            ComposerDialog *composer = composerWithThreadAndAltText(window, picture);
            save(composer, QStringLiteral("composer-thread"));
            composer->reject();
        }
        if (want("composer-720")) { // run on a 1280x720 screen: the composer as it opens there
            ComposerDialog *composer = window.newPost(QDate(), -1);
            save(composer, QStringLiteral("composer-720"));
            composer->reject();
        }
        if (want("wizard-detail"))
            wizardDetail(window, samples);
    }
    if (want("first-run")) {
        Database empty;
        if (!empty.open(dir.filePath(QStringLiteral("empty.sqlite"))))
            return 1;
        MainWindow window(empty);
        window.resize(1280, 800);
        window.show();
        save(&window, QStringLiteral("first-run"));
    }
    return 0;
}
