// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/mainwindow/mainactions.h"

#include "app/settings/appsettings.h"
#include "models/itemmodels/calendarmodel.h"
#include "ui/mainwindow/backupactions.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QToolBar>
#include <QToolButton>
#include <QUndoStack>

namespace Almanac {

namespace {

// Esc clears a search, as in every search box; in an empty one it does what
// it does elsewhere.
class ClearOnEscape final : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        auto *edit = qobject_cast<QLineEdit *>(watched);
        if (!edit || event->type() != QEvent::KeyPress || static_cast<QKeyEvent *>(event)->key() != Qt::Key_Escape
            || edit->text().isEmpty())
            return false;
        edit->clear();
        return true;
    }
};

QAction *named(QAction *action, const char *objectName)
{
    action->setObjectName(QLatin1StringView(objectName));
    return action;
}

} // namespace

MainActions::MainActions(QMainWindow *window, QUndoStack *undo, BackupActions *backups)
{
    createFileMenu(window, backups);
    createEditMenu(window, undo);
    createViewMenu(window);
    QMenu *help = window->menuBar()->addMenu(tr("&Help"));
    shortcuts = named(help->addAction(tr("&Keyboard Shortcuts")), "shortcutsAction");
    shortcuts->setShortcut(QKeySequence::HelpContents);
    help->addSeparator();
    about = named(help->addAction(tr("&About Almanac")), "aboutAction");
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
    createToolBar(window);
}

void MainActions::createFileMenu(QMainWindow *window, BackupActions *backups)
{
    QMenu *file = window->menuBar()->addMenu(tr("&File"));
    newPost = named(file->addAction(QIcon::fromTheme(QStringLiteral("document-new")), tr("&New Post…")), "newPostAction");
    newPost->setShortcut(QKeySequence::New);
    newPost->setToolTip(tr("Write a new post (%1)").arg(QKeySequence(QKeySequence::New).toString(QKeySequence::NativeText)));
    importCsv = named(file->addAction(QIcon::fromTheme(QStringLiteral("document-import")), tr("&Import CSV…")), "importAction");
    importCsv->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    importCsv->setStatusTip(tr("Check a CSV file of posts and add them to the calendar"));
    recent = file->addMenu(tr("Open Re&cent"));
    recent->setObjectName(QStringLiteral("recentMenu"));
    importHistory = named(file->addAction(tr("Import &History…")), "importHistoryAction");
    importHistory->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
    importHistory->setStatusTip(tr("Past imports, their rows, and Undo Import"));
    importJson = named(file->addAction(tr("Import &JSON Export…")), "importJsonAction");
    importJson->setStatusTip(tr("Add the posts of an Almanac JSON export"));
    exportPosts = named(file->addAction(QIcon::fromTheme(QStringLiteral("document-export")), tr("&Export…")), "exportAction");
    exportPosts->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    exportPosts->setStatusTip(tr("Save posts as CSV, JSON or a calendar file"));
    file->addSeparator();
    sync = named(file->addAction(QIcon::fromTheme(QStringLiteral("view-refresh")), tr("&Sync Now")), "syncAction");
    sync->setShortcut(QKeySequence(Qt::Key_F5));
    sync->setEnabled(false);
    sync->setToolTip(tr("Sync needs a hosted scheduler (OpenPost, PostEverywhere or bundle.social); none is set up yet."));
    providers = named(file->addAction(tr("Hos&ted Schedulers…")), "providersAction");
    providers->setStatusTip(tr("Accounts at OpenPost, PostEverywhere or bundle.social to sync posts to"));
    providers->setEnabled(false); // until the window has a keychain to keep keys in
    accounts = named(file->addAction(tr("&Publishing Accounts…")), "accountsAction");
    accounts->setStatusTip(tr("Bluesky, Mastodon, webhook, Discord and Slack accounts Almanac publishes to itself"));
    accounts->setEnabled(false); // until the window has a keychain to keep passwords in
    file->addSeparator();
    backups->addTo(file);
    file->addSeparator();
    quit = file->addAction(QIcon::fromTheme(QStringLiteral("application-exit")), tr("&Quit"));
    quit->setShortcut(QKeySequence::Quit);
}

void MainActions::createEditMenu(QMainWindow *window, QUndoStack *undo)
{
    QMenu *edit = window->menuBar()->addMenu(tr("&Edit"));
    QAction *undoAction = named(undo->createUndoAction(window, tr("&Undo")), "undoAction");
    undoAction->setIcon(QIcon::fromTheme(QStringLiteral("edit-undo")));
    undoAction->setShortcut(QKeySequence::Undo);
    QAction *redoAction = named(undo->createRedoAction(window, tr("&Redo")), "redoAction");
    redoAction->setIcon(QIcon::fromTheme(QStringLiteral("edit-redo")));
    redoAction->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)});
    edit->addAction(undoAction);
    edit->addAction(redoAction);
    edit->addSeparator();
    open = edit->addAction(tr("&Open Post"));
    open->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_O));
    duplicate = named(edit->addAction(QIcon::fromTheme(QStringLiteral("edit-copy")), tr("Dupli&cate a Week Later")),
                      "duplicateAction");
    duplicate->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    move = named(edit->addAction(tr("&Move to Date…")), "moveAction");
    move->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_M));
    tags = named(edit->addAction(tr("Edit &Tags…")), "tagsAction");
    tags->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_T));
    remove = named(edit->addAction(QIcon::fromTheme(QStringLiteral("edit-delete")), tr("&Delete")), "deleteAction");
    remove->setShortcut(QKeySequence::Delete);
    selectionActions = {open, duplicate, move, tags, remove};
    edit->addSeparator();
    settings = named(edit->addAction(QIcon::fromTheme(QStringLiteral("preferences-system")), tr("&Settings…")),
                     "settingsAction");
    settings->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    settings->setMenuRole(QAction::PreferencesRole);
    settings->setStatusTip(tr("Language, time zone, the accounts new posts go to, publishing and backups"));
}

void MainActions::createViewMenu(QMainWindow *window)
{
    view = window->menuBar()->addMenu(tr("&View"));
    modes = new QActionGroup(window);
    const struct
    {
        CalendarMode mode;
        QString text;
        const char *name;
        QString icon;
        Qt::Key key;
    } choices[] = {
        {CalendarMode::Month, tr("&Month"), "monthAction", QStringLiteral("view-calendar-month"), Qt::Key_1},
        {CalendarMode::Week, tr("&Week"), "weekAction", QStringLiteral("view-calendar-week"), Qt::Key_2},
        {CalendarMode::List, tr("&List"), "listAction", QStringLiteral("view-calendar-list"), Qt::Key_3},
    };
    for (const auto &m : choices) {
        QAction *a = named(view->addAction(QIcon::fromTheme(m.icon), m.text), m.name);
        a->setCheckable(true);
        a->setShortcut(QKeySequence(Qt::CTRL | m.key));
        a->setData(int(m.mode));
        modes->addAction(a);
    }
    modes->actions().first()->setChecked(true);
    view->addSeparator();
    today = named(view->addAction(QIcon::fromTheme(QStringLiteral("go-jump-today")), tr("&Today")), "todayAction");
    today->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Home));
    previous = named(view->addAction(QIcon::fromTheme(QStringLiteral("go-previous")), tr("&Previous")), "previousAction");
    previous->setShortcut(QKeySequence(Qt::Key_PageUp));
    next = named(view->addAction(QIcon::fromTheme(QStringLiteral("go-next")), tr("&Next")), "nextAction");
    next->setShortcut(QKeySequence(Qt::Key_PageDown));
    view->addSeparator();
    refresh = view->addAction(QIcon::fromTheme(QStringLiteral("view-refresh")), tr("&Refresh"));
    // Ctrl+R, not the platform's Refresh key: that is F5, which is Sync Now's.
    refresh->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    QMenu *appearance = view->addMenu(tr("&Appearance"));
    palettes = new QActionGroup(window);
    const QString chosen = AppSettings().palette();
    for (const auto &[key, text] : {std::pair{QStringLiteral("system"), tr("&System")},
                                    std::pair{QStringLiteral("light"), tr("&Light")},
                                    std::pair{QStringLiteral("dark"), tr("&Dark")}}) {
        QAction *a = appearance->addAction(text);
        a->setCheckable(true);
        a->setData(key);
        a->setChecked(key == chosen);
        palettes->addAction(a);
    }
}

void MainActions::fillRecent(QObject *context, const std::function<void(const QString &path)> &open)
{
    recent->clear();
    const QStringList files = AppSettings().recentFiles();
    for (qsizetype i = 0; i < files.size(); ++i) {
        const QString path = files.at(i);
        // &1 … &8: the number is the shortcut letter.
        QAction *a = recent->addAction(QStringLiteral("&%1 %2").arg(i + 1).arg(QFileInfo(path).fileName()));
        a->setToolTip(QDir::toNativeSeparators(path));
        a->setStatusTip(QDir::toNativeSeparators(path));
        QObject::connect(a, &QAction::triggered, context, [open, path] { open(path); });
    }
    if (files.isEmpty())
        recent->addAction(tr("No files imported yet"))->setEnabled(false);
    recent->addSeparator();
    QAction *clear = recent->addAction(tr("&Clear List"));
    clear->setEnabled(!files.isEmpty());
    QObject::connect(clear, &QAction::triggered, context, [] { AppSettings().clearRecentFiles(); });
}

void MainActions::createToolBar(QMainWindow *window)
{
    QToolBar *bar = window->addToolBar(tr("Main"));
    bar->setObjectName(QStringLiteral("mainToolBar"));
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    bar->setMovable(false);
    bar->addAction(newPost);
    bar->addAction(importCsv);
    bar->addAction(sync);
    bar->addSeparator();
    bar->addAction(today);
    bar->addAction(previous);
    bar->addAction(next);
    for (QAction *a : {previous, next})
        if (QWidget *button = bar->widgetForAction(a))
            qobject_cast<QToolButton *>(button)->setToolButtonStyle(Qt::ToolButtonIconOnly);
    title = new QLabel;
    title->setObjectName(QStringLiteral("rangeTitle"));
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.25);
    titleFont.setBold(true);
    title->setFont(titleFont);
    title->setContentsMargins(10, 0, 10, 0);
    bar->addWidget(title);
    auto *spacer = new QWidget;
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    bar->addWidget(spacer);
    bar->addActions(modes->actions());
    bar->addSeparator();
    search = new QLineEdit;
    search->setObjectName(QStringLiteral("searchBox"));
    search->setPlaceholderText(tr("Search text or #tag"));
    search->setAccessibleName(tr("Search"));
    search->setClearButtonEnabled(true);
    search->setMinimumWidth(200);
    search->installEventFilter(new ClearOnEscape(search));
    bar->addWidget(search);
    // On a narrow screen the toolbar folds its last tools behind Qt's ">>" button: give it a name.
    if (auto *more = bar->findChild<QToolButton *>(QStringLiteral("qt_toolbar_ext_button"))) {
        more->setAccessibleName(tr("More tools"));
        more->setToolTip(tr("More tools"));
    }
    find = new QAction(tr("Find"), window);
    find->setShortcut(QKeySequence::Find);
    window->addAction(find);
}

} // namespace Almanac
