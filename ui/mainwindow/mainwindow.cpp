// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/mainwindow/mainwindow.h"

#include "app/importing/jsonimporter.h"
#include "app/publish/backgroundscheduler.h"
#include "app/settings/appsettings.h"
#include "app/settings/languages.h"
#include "app/sync/backgroundsync.h"
#include "models/domain/clock.h"
#include "models/itemmodels/calendarmodel.h"
#include "models/itemmodels/failedtargetsmodel.h"
#include "models/store/database.h"
#include "models/store/importrepository.h"
#include "models/store/integrationrepository.h"
#include "models/store/postrepository.h"
#include "models/store/providerrepository.h"
#include "models/store/storebackup.h"
#include "ui/calendar/calendargridview.h"
#include "ui/calendar/calendarstyle.h"
#include "ui/calendar/calendarwidget.h"
#include "ui/calendar/postcommands.h"
#include "ui/calendar/unscheduledpanel.h"
#include "ui/composer/composerdialog.h"
#include "ui/importwizard/importhistorydialog.h"
#include "ui/importwizard/importwizard.h"
#include "ui/importwizard/jsonimportdialog.h"
#include "ui/mainwindow/appearance.h"
#include "ui/mainwindow/backupactions.h"
#include "ui/mainwindow/exportdialog.h"
#include "ui/mainwindow/filterpanel.h"
#include "ui/mainwindow/messagebar.h"
#include "ui/mainwindow/publishingindicator.h"
#include "ui/mainwindow/trayicon.h"
#include "ui/mainwindow/workerprogress.h"
#include "ui/settings/accountsdialog.h"
#include "ui/sync/failedpanel.h"
#include "ui/sync/providersdialog.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDateEdit>
#include <QDateTime>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressBar>
#include <QRegularExpression>
#include <QPushButton>
#include <QStatusBar>
#include <QTimeZone>
#include <QToolBar>
#include <QToolButton>
#include <QUndoStack>
#include <QUuid>
#include <QVBoxLayout>

namespace Almanac {

namespace {

bool isCsvUrl(const QUrl &url)
{
    if (!url.isLocalFile())
        return false;
    const QString suffix = QFileInfo(url.toLocalFile()).suffix().toLower();
    return suffix == u"csv" || suffix == u"tsv" || suffix == u"txt";
}

QStringList splitTags(const QString &text)
{
    QStringList tags;
    for (QString t : text.split(QRegularExpression(QStringLiteral("[,;\\s]+")), Qt::SkipEmptyParts)) {
        if (t.startsWith(u'#'))
            t.remove(0, 1);
        if (!t.isEmpty() && !tags.contains(t))
            tags.append(t);
    }
    return tags;
}

} // namespace

MainWindow::MainWindow(Database &database, QWidget *parent)
    : QMainWindow(parent)
    , m_database(database)
    , m_undo(new QUndoStack(this))
    , m_model(new CalendarModel(database.connection(), this))
    , m_messages(new MessageBar)
{
    setWindowTitle(tr("Almanac"));
    setObjectName(QStringLiteral("mainWindow"));
    setAcceptDrops(true);
    m_tray = new TrayIcon(this);
    connect(m_tray, &TrayIcon::showWindowRequested, this, &MainWindow::bringToFront);
    connect(m_tray, &TrayIcon::quitRequested, this, &QWidget::close);
    connect(m_tray, &TrayIcon::pauseToggled, this, &MainWindow::pausePublishing);

    AppSettings settings;
    CalendarGridView::setFirstDayOfWeek(settings.firstDayOfWeek());
    m_model->setTimeZone(settings.timeZone());
    m_model->setFilter(settings.calendarFilter());
    m_calendar = new CalendarWidget(m_database, m_model, m_undo);

    auto *central = new QWidget;
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_messages);
    layout->addWidget(m_calendar, 1);
    setCentralWidget(central);

    m_counts = new QLabel;
    m_counts->setObjectName(QStringLiteral("countsLabel"));
    m_zone = new QToolButton;
    m_zone->setObjectName(QStringLiteral("zoneButton"));
    m_zone->setAutoRaise(true);
    m_zone->setToolTip(tr("The time zone times are shown and entered in. Click to change it."));
    connect(m_zone, &QToolButton::clicked, this, &MainWindow::chooseTimeZone);
    m_syncIndicator = new QToolButton;
    m_syncIndicator->setObjectName(QStringLiteral("syncIndicator"));
    m_syncIndicator->setAutoRaise(true);
    m_syncIndicator->hide(); // until there is a provider to sync with
    connect(m_syncIndicator, &QToolButton::clicked, this, [this] {
        if (m_sync)
            m_sync->kick();
        if (m_sync && m_sync->status().failed)
            findChild<QDockWidget *>(QStringLiteral("failedDock"))->show();
    });
    m_syncProgress = new QProgressBar;
    m_syncProgress->setObjectName(QStringLiteral("syncProgress"));
    m_syncProgress->setMaximumWidth(160);
    m_syncProgress->setTextVisible(false);
    m_syncProgress->hide();
    statusBar()->addWidget(m_counts, 1);
    statusBar()->addPermanentWidget(m_syncProgress);
    statusBar()->addPermanentWidget(m_syncIndicator);
    m_publishing = new PublishingIndicator(m_database, [this] { return m_model->timeZone(); }, statusBar());
    connect(m_publishing, &QToolButton::clicked, this, [this] {
        if (m_accountsAction->isEnabled())
            showAccounts();
    });
    statusBar()->addPermanentWidget(m_publishing);
    statusBar()->addPermanentWidget(m_zone);

    createActions();
    createFilterDock();
    createUnscheduledDock();
    createFailedDock();
    PostCommand::setErrorReporter([this](const QString &message) {
        m_messages->showMessage(message, MessageBar::Kind::Warning);
    });
    connect(m_calendar, &CalendarWidget::message, this,
            [this](const QString &text) { m_messages->showMessage(text, MessageBar::Kind::Warning); });
    connect(m_calendar, &CalendarWidget::titleChanged, m_title, &QLabel::setText);
    connect(m_calendar, &CalendarWidget::openPostRequested, this, &MainWindow::openPost);
    connect(m_calendar, &CalendarWidget::newPostRequested, this, &MainWindow::newPost);
    connect(m_calendar, &CalendarWidget::selectionChanged, this, &MainWindow::updateSelectionActions);
    connect(m_model, &QAbstractItemModel::modelReset, this, &MainWindow::updateStatusBar);
    m_title->setText(m_calendar->title());
    restoreSettings();
    updateStatusBar();
    updateSelectionActions();
    showWelcomeIfEmpty();
}

MainWindow::~MainWindow()
{
    PostCommand::setErrorReporter({});
    // Clearing the stack on destruction would reload the model into half-destroyed views.
    m_undo->blockSignals(true);
    m_model->disconnect(this);
}

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *newPostAction = file->addAction(QIcon::fromTheme(QStringLiteral("document-new")), tr("&New Post…"));
    newPostAction->setObjectName(QStringLiteral("newPostAction"));
    newPostAction->setShortcut(QKeySequence::New);
    newPostAction->setToolTip(tr("Write a new post (%1)").arg(QKeySequence(QKeySequence::New).toString(QKeySequence::NativeText)));
    connect(newPostAction, &QAction::triggered, this, [this] { newPost(m_calendar->anchorDate(), -1); });
    QAction *import = file->addAction(QIcon::fromTheme(QStringLiteral("document-import")), tr("&Import CSV…"));
    import->setObjectName(QStringLiteral("importAction"));
    import->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    import->setStatusTip(tr("Check a CSV file of posts and add them to the calendar"));
    connect(import, &QAction::triggered, this, [this] { importCsv(); });
    m_recentMenu = file->addMenu(tr("Open Re&cent"));
    m_recentMenu->setObjectName(QStringLiteral("recentMenu"));
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::fillRecentMenu);
    QAction *history = file->addAction(tr("Import &History…"));
    history->setObjectName(QStringLiteral("importHistoryAction"));
    history->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
    history->setStatusTip(tr("Past imports, their rows, and Undo Import"));
    connect(history, &QAction::triggered, this, &MainWindow::showImportHistory);
    QAction *importJsonAction = file->addAction(tr("Import &JSON Export…"));
    importJsonAction->setObjectName(QStringLiteral("importJsonAction"));
    importJsonAction->setStatusTip(tr("Add the posts of an Almanac JSON export"));
    connect(importJsonAction, &QAction::triggered, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Import JSON Export"), QDir::homePath(),
                                                          tr("JSON files (*.json);;All files (*)"));
        if (!path.isEmpty())
            importJson(path);
    });
    QAction *exportAction = file->addAction(QIcon::fromTheme(QStringLiteral("document-export")), tr("&Export…"));
    exportAction->setObjectName(QStringLiteral("exportAction"));
    exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    exportAction->setStatusTip(tr("Save posts as CSV, JSON or a calendar file"));
    connect(exportAction, &QAction::triggered, this, [this] { showExport(); });
    file->addSeparator();
    QAction *sync = file->addAction(QIcon::fromTheme(QStringLiteral("view-refresh")), tr("&Sync Now"));
    sync->setObjectName(QStringLiteral("syncAction"));
    sync->setShortcut(QKeySequence(Qt::Key_F5));
    sync->setEnabled(false);
    sync->setToolTip(tr("Sync needs a hosted scheduler (OpenPost, PostEverywhere or bundle.social); none is set up yet."));
    m_syncAction = sync;
    connect(sync, &QAction::triggered, this, [this] {
        if (m_sync)
            m_sync->kick();
    });
    m_providersAction = file->addAction(tr("Hos&ted Schedulers…"));
    m_providersAction->setObjectName(QStringLiteral("providersAction"));
    m_providersAction->setStatusTip(tr("Accounts at OpenPost, PostEverywhere or bundle.social to sync posts to"));
    m_providersAction->setEnabled(false); // until the window has a keychain to keep keys in
    connect(m_providersAction, &QAction::triggered, this, &MainWindow::showProviders);
    m_accountsAction = file->addAction(tr("&Publishing Accounts…"));
    m_accountsAction->setObjectName(QStringLiteral("accountsAction"));
    m_accountsAction->setStatusTip(tr("Bluesky, Mastodon, webhook, Discord and Slack accounts Almanac publishes to itself"));
    m_accountsAction->setEnabled(false); // until the window has a keychain to keep passwords in
    connect(m_accountsAction, &QAction::triggered, this, &MainWindow::showAccounts);
    file->addSeparator();
    m_backups = new BackupActions(m_database, this);
    m_backups->addTo(file);
    connect(m_backups, &BackupActions::message, this, [this](const QString &text, bool problem) {
        m_messages->showMessage(text, problem ? MessageBar::Kind::Warning : MessageBar::Kind::Information);
    });
    connect(m_backups, &BackupActions::restored, this, [this] {
        m_undo->clear(); // its steps were about the store before
        reloadIntegrations();
        m_model->reload();
        m_failed->reload();
        m_unscheduled->reload();
        m_publishing->refresh();
        if (m_sync)
            m_sync->kick();
    });
    file->addSeparator();
    QAction *quit = file->addAction(QIcon::fromTheme(QStringLiteral("application-exit")), tr("&Quit"));
    quit->setShortcut(QKeySequence::Quit);
    connect(quit, &QAction::triggered, this, &QWidget::close);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = m_undo->createUndoAction(this, tr("&Undo"));
    undo->setObjectName(QStringLiteral("undoAction"));
    undo->setIcon(QIcon::fromTheme(QStringLiteral("edit-undo")));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = m_undo->createRedoAction(this, tr("&Redo"));
    redo->setObjectName(QStringLiteral("redoAction"));
    redo->setIcon(QIcon::fromTheme(QStringLiteral("edit-redo")));
    redo->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)});
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    QAction *open = edit->addAction(tr("&Open Post"));
    open->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_O));
    connect(open, &QAction::triggered, this, [this] {
        if (const QStringList ids = m_calendar->selectedPostIds(); !ids.isEmpty())
            openPost(ids.first());
    });
    QAction *duplicate = edit->addAction(QIcon::fromTheme(QStringLiteral("edit-copy")), tr("Dupli&cate a Week Later"));
    duplicate->setObjectName(QStringLiteral("duplicateAction"));
    duplicate->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    connect(duplicate, &QAction::triggered, m_calendar, &CalendarWidget::duplicateSelected);
    QAction *move = edit->addAction(tr("&Move to Date…"));
    move->setObjectName(QStringLiteral("moveAction"));
    move->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_M));
    connect(move, &QAction::triggered, this, &MainWindow::moveSelectionToDate);
    QAction *tags = edit->addAction(tr("Edit &Tags…"));
    tags->setObjectName(QStringLiteral("tagsAction"));
    tags->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_T));
    connect(tags, &QAction::triggered, this, &MainWindow::editTagsOfSelection);
    QAction *remove = edit->addAction(QIcon::fromTheme(QStringLiteral("edit-delete")), tr("&Delete"));
    remove->setObjectName(QStringLiteral("deleteAction"));
    remove->setShortcut(QKeySequence::Delete);
    connect(remove, &QAction::triggered, m_calendar, &CalendarWidget::deleteSelected);
    m_selectionActions = {open, duplicate, move, tags, remove};
    edit->addSeparator();
    QAction *settingsAction = edit->addAction(QIcon::fromTheme(QStringLiteral("preferences-system")), tr("&Settings…"));
    settingsAction->setObjectName(QStringLiteral("settingsAction"));
    settingsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    settingsAction->setMenuRole(QAction::PreferencesRole);
    settingsAction->setStatusTip(tr("Language, time zone, the accounts new posts go to, publishing and backups"));
    connect(settingsAction, &QAction::triggered, this, [this] { showSettings(); });

    QMenu *view = menuBar()->addMenu(tr("&View"));
    m_modes = new QActionGroup(this);
    const struct
    {
        CalendarMode mode;
        QString text, name, icon;
        Qt::Key key;
    } modes[] = {
        {CalendarMode::Month, tr("&Month"), QStringLiteral("monthAction"), QStringLiteral("view-calendar-month"), Qt::Key_1},
        {CalendarMode::Week, tr("&Week"), QStringLiteral("weekAction"), QStringLiteral("view-calendar-week"), Qt::Key_2},
        {CalendarMode::List, tr("&List"), QStringLiteral("listAction"), QStringLiteral("view-calendar-list"), Qt::Key_3},
    };
    for (const auto &m : modes) {
        QAction *a = view->addAction(QIcon::fromTheme(m.icon), m.text);
        a->setObjectName(m.name);
        a->setCheckable(true);
        a->setShortcut(QKeySequence(Qt::CTRL | m.key));
        a->setData(int(m.mode));
        m_modes->addAction(a);
        connect(a, &QAction::triggered, this, [this, mode = m.mode] { m_calendar->setMode(mode); });
    }
    m_modes->actions().first()->setChecked(true);
    view->addSeparator();
    QAction *today = view->addAction(QIcon::fromTheme(QStringLiteral("go-jump-today")), tr("&Today"));
    today->setObjectName(QStringLiteral("todayAction"));
    today->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Home));
    connect(today, &QAction::triggered, m_calendar, &CalendarWidget::goToday);
    QAction *previous = view->addAction(QIcon::fromTheme(QStringLiteral("go-previous")), tr("&Previous"));
    previous->setObjectName(QStringLiteral("previousAction"));
    previous->setShortcut(QKeySequence(Qt::Key_PageUp));
    connect(previous, &QAction::triggered, m_calendar, &CalendarWidget::goPrevious);
    QAction *next = view->addAction(QIcon::fromTheme(QStringLiteral("go-next")), tr("&Next"));
    next->setObjectName(QStringLiteral("nextAction"));
    next->setShortcut(QKeySequence(Qt::Key_PageDown));
    connect(next, &QAction::triggered, m_calendar, &CalendarWidget::goNext);
    view->addSeparator();
    QAction *refresh = view->addAction(QIcon::fromTheme(QStringLiteral("view-refresh")), tr("&Refresh"));
    refresh->setShortcut(QKeySequence::Refresh);
    connect(refresh, &QAction::triggered, this, [this] {
        reloadIntegrations();
        m_model->reload();
    });
    QMenu *appearance = view->addMenu(tr("&Appearance"));
    auto *palettes = new QActionGroup(this);
    m_palettes = palettes;
    const QString chosen = AppSettings().palette();
    for (const auto &[key, text] : {std::pair{QStringLiteral("system"), tr("&System")},
                                    std::pair{QStringLiteral("light"), tr("&Light")},
                                    std::pair{QStringLiteral("dark"), tr("&Dark")}}) {
        QAction *a = appearance->addAction(text);
        a->setCheckable(true);
        a->setData(key);
        a->setChecked(key == chosen);
        palettes->addAction(a);
        connect(a, &QAction::triggered, this, [key = key] {
            AppSettings().setPalette(key);
            Appearance::apply(key);
        });
    }
    m_viewMenu = view;

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *about = help->addAction(tr("&About Almanac"));
    about->setObjectName(QStringLiteral("aboutAction"));
    connect(about, &QAction::triggered, this, &MainWindow::showAbout);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);

    QToolBar *bar = addToolBar(tr("Main"));
    bar->setObjectName(QStringLiteral("mainToolBar"));
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    bar->setMovable(false);
    bar->addAction(newPostAction);
    bar->addAction(import);
    bar->addAction(sync);
    bar->addSeparator();
    bar->addAction(today);
    bar->addAction(previous);
    bar->addAction(next);
    for (QAction *a : {previous, next})
        if (QWidget *button = bar->widgetForAction(a))
            qobject_cast<QToolButton *>(button)->setToolButtonStyle(Qt::ToolButtonIconOnly);
    m_title = new QLabel;
    m_title->setObjectName(QStringLiteral("rangeTitle"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.25);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setContentsMargins(10, 0, 10, 0);
    bar->addWidget(m_title);
    auto *spacer = new QWidget;
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    bar->addWidget(spacer);
    bar->addActions(m_modes->actions());
    bar->addSeparator();
    m_search = new QLineEdit;
    m_search->setObjectName(QStringLiteral("searchBox"));
    m_search->setPlaceholderText(tr("Search text or #tag"));
    m_search->setAccessibleName(tr("Search"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(200);
    bar->addWidget(m_search);
    QAction *find = new QAction(tr("Find"), this);
    find->setShortcut(QKeySequence::Find);
    connect(find, &QAction::triggered, m_search, [this] { m_search->setFocus(Qt::ShortcutFocusReason); m_search->selectAll(); });
    addAction(find);
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        CalendarFilter f = m_model->filter();
        f.search = text;
        m_model->setFilter(f);
    });
}

void MainWindow::createFilterDock()
{
    m_filters = new FilterPanel;
    auto *dock = new QDockWidget(tr("Filters"), this);
    dock->setObjectName(QStringLiteral("filterDock"));
    dock->setWidget(m_filters);
    dock->setFeatures(QDockWidget::DockWidgetClosable | QDockWidget::DockWidgetMovable);
    addDockWidget(Qt::LeftDockWidgetArea, dock);
    QAction *toggle = dock->toggleViewAction();
    toggle->setText(tr("&Filters"));
    toggle->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    m_viewMenu->addAction(toggle);
    m_filters->setFilter(m_model->filter());
    reloadIntegrations();
    connect(m_filters, &FilterPanel::filterChanged, this, [this](CalendarFilter f) {
        f.search = m_search->text();
        m_model->setFilter(f);
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] { m_filters->setAvailableTags(m_model->tagsInRange()); });
    m_filters->setAvailableTags(m_model->tagsInRange());
}

void MainWindow::createUnscheduledDock()
{
    m_unscheduled = new UnscheduledPanel(m_database.connection());
    auto *dock = new QDockWidget(tr("Unscheduled Drafts"), this);
    dock->setObjectName(QStringLiteral("unscheduledDock"));
    dock->setWidget(m_unscheduled);
    dock->setFeatures(QDockWidget::DockWidgetClosable | QDockWidget::DockWidgetMovable);
    addDockWidget(Qt::LeftDockWidgetArea, dock);
    QAction *toggle = dock->toggleViewAction();
    toggle->setText(tr("&Unscheduled Drafts"));
    toggle->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_U));
    m_viewMenu->addAction(toggle);
    connect(m_unscheduled, &UnscheduledPanel::openPostRequested, this, &MainWindow::openPost);
    connect(m_unscheduled, &UnscheduledPanel::deleteRequested, this, [this](const QStringList &ids) {
        if (auto r = PostCommand::push(*m_undo, std::make_unique<DeletePostsCommand>(m_database, ids)); !r)
            m_messages->showMessage(r.error(), MessageBar::Kind::Warning);
    });
    // Every edit goes through the undo stack (an import reloads it itself).
    connect(m_undo, &QUndoStack::indexChanged, m_unscheduled, &UnscheduledPanel::reload);
}

void MainWindow::createFailedDock()
{
    m_failed = new FailedPanel(m_database.connection());
    auto *dock = new QDockWidget(tr("Failed"), this);
    dock->setObjectName(QStringLiteral("failedDock"));
    dock->setWidget(m_failed);
    dock->setFeatures(QDockWidget::DockWidgetClosable | QDockWidget::DockWidgetMovable);
    addDockWidget(Qt::BottomDockWidgetArea, dock);
    dock->hide(); // shown from the View menu or the sync indicator
    QAction *toggle = dock->toggleViewAction();
    toggle->setText(tr("Fa&iled Posts"));
    toggle->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    m_viewMenu->addAction(toggle);
    m_failed->model()->setTimeZone(m_model->timeZone());
    connect(m_failed, &FailedPanel::openPostRequested, this, &MainWindow::openPost);
    connect(m_failed, &FailedPanel::retryRequested, this, &MainWindow::retryFailed);
    connect(m_failed, &FailedPanel::confirmedPublished, this, [this](int destinations) {
        m_messages->showMessage(tr("Marked %n destination(s) as published.", nullptr, destinations), MessageBar::Kind::Information);
        m_model->reload();
    });
    connect(m_undo, &QUndoStack::indexChanged, m_failed, &FailedPanel::reload);
}

void MainWindow::startDailyBackups()
{
    m_backups->backUpDaily();
}

void MainWindow::reloadIntegrations()
{
    m_filters->setIntegrations(IntegrationRepository(m_database.connection()).list());
}

void MainWindow::restoreSettings()
{
    AppSettings settings;
    if (!restoreGeometry(settings.windowGeometry()))
        resize(1280, 800);
    restoreState(settings.windowState());
    const CalendarMode mode = settings.calendarMode();
    for (QAction *a : m_modes->actions())
        a->setChecked(a->data().toInt() == int(mode));
    m_calendar->setMode(mode);
    m_search->setText(m_model->filter().search);
    m_zone->setText(QString::fromUtf8(m_model->timeZone().id()));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    AppSettings settings;
    settings.setWindowGeometry(saveGeometry());
    settings.setWindowState(saveState());
    settings.setCalendarMode(m_calendar->mode());
    settings.setCalendarFilter(m_model->filter());
    QMainWindow::closeEvent(event);
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.size() == 1 && isCsvUrl(urls.first()))
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.size() != 1 || !isCsvUrl(urls.first()))
        return;
    event->acceptProposedAction();
    importCsv(urls.first().toLocalFile());
}

void MainWindow::updateStatusBar()
{
    const std::array<int, 6> counts = m_model->statusCounts();
    QString text = tr("In view: %n post(s)", nullptr, m_model->rowCount()) + QStringLiteral(" · ")
        + tr("%n draft(s)", nullptr, counts[size_t(PostStatus::Draft)]) + QStringLiteral(" · ")
        + tr("%n scheduled", nullptr, counts[size_t(PostStatus::Scheduled)]) + QStringLiteral(" · ")
        + tr("%n failed", nullptr, counts[size_t(PostStatus::Failed)]);
    if (const int hidden = m_model->hiddenCount())
        text += QStringLiteral(" · ") + tr("%n hidden by filters", nullptr, hidden);
    m_counts->setText(text);
}

void MainWindow::updateSelectionActions()
{
    const bool any = !m_calendar->selectedPostIds().isEmpty();
    for (QAction *a : std::as_const(m_selectionActions))
        a->setEnabled(any);
}

void MainWindow::showWelcomeIfEmpty()
{
    if (PostRepository(m_database.connection()).count() > 0)
        return;
    m_messages->showMessage(tr("Your calendar is empty. Double-click a day to write a post, or import a content "
                               "plan from a CSV file (you can also drop the file on this window)."),
                            MessageBar::Kind::Information, tr("Import CSV…"), [this] { importCsv(); });
}

void MainWindow::chooseTimeZone()
{
    QStringList zones;
    for (const QByteArray &id : QTimeZone::availableTimeZoneIds())
        zones.append(QString::fromUtf8(id));
    bool ok = false;
    const QString current = QString::fromUtf8(m_model->timeZone().id());
    const QString chosen = QInputDialog::getItem(this, tr("Time Zone"),
                                                 tr("Show and enter times in this time zone:"), zones,
                                                 int(qMax(qsizetype(0), zones.indexOf(current))), false, &ok);
    if (!ok || chosen == current)
        return;
    const QTimeZone zone(chosen.toUtf8());
    AppSettings().setTimeZone(zone);
    applyTimeZone(zone);
}

void MainWindow::applyTimeZone(const QTimeZone &zone)
{
    m_model->setTimeZone(zone);
    m_failed->model()->setTimeZone(zone);
    m_zone->setText(QString::fromUtf8(zone.id()));
}

SettingsDialog *MainWindow::showSettings()
{
    auto *dialog = new SettingsDialog(IntegrationRepository(m_database.connection()).list(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &SettingsDialog::saved, this, &MainWindow::applySettings);
    connect(dialog, &SettingsDialog::publishingAccountsRequested, this, &MainWindow::showAccounts);
    connect(dialog, &SettingsDialog::hostedSchedulersRequested, this, &MainWindow::showProviders);
    dialog->open();
    return dialog;
}

void MainWindow::applySettings(const SettingsDialog::Changes &changes)
{
    const AppSettings settings;
    if (changes.timeZone)
        applyTimeZone(settings.timeZone());
    if (changes.firstDayOfWeek) {
        CalendarGridView::setFirstDayOfWeek(settings.firstDayOfWeek());
        m_calendar->setAnchorDate(m_calendar->anchorDate()); // the views lay their weeks out again
    }
    if (changes.palette) {
        for (QAction *a : m_palettes->actions())
            a->setChecked(a->data().toString() == settings.palette());
        Appearance::apply(settings.palette());
    }
    if (changes.language) {
        const QLocale next = Languages::localeFor(settings.language());
        m_messages->showMessage(tr("Almanac speaks %1 from the next start.").arg(next.nativeLanguageName()),
                                MessageBar::Kind::Information);
    }
    if (changes.publishing)
        setPublishingWhileOpen(settings.publishWhileOpen());
    if (changes.backups)
        m_backups->backUpDaily(); // a copy now if one is due in the new place
}

void MainWindow::moveSelectionToDate()
{
    const QStringList ids = m_calendar->selectedPostIds();
    if (ids.isEmpty())
        return;
    QDialog dialog(this);
    dialog.setObjectName(QStringLiteral("moveDialog"));
    dialog.setWindowTitle(tr("Move Posts"));
    auto *date = new QDateEdit(m_calendar->anchorDate());
    date->setObjectName(QStringLiteral("moveDate"));
    date->setCalendarPopup(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Move %n post(s)", nullptr, int(ids.size())));
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *form = new QFormLayout(&dialog);
    form->addRow(new QLabel(tr("Each post keeps its time of day.")));
    form->addRow(tr("&Date:"), date);
    form->addRow(buttons);
    if (dialog.exec() == QDialog::Accepted)
        m_calendar->moveSelectedTo(date->date());
}

void MainWindow::editTagsOfSelection()
{
    const QStringList ids = m_calendar->selectedPostIds();
    if (ids.isEmpty())
        return;
    QDialog dialog(this);
    dialog.setObjectName(QStringLiteral("tagsDialog"));
    dialog.setWindowTitle(tr("Edit Tags"));
    auto *add = new QLineEdit;
    add->setObjectName(QStringLiteral("addTags"));
    add->setPlaceholderText(tr("launch, #q3"));
    auto *remove = new QLineEdit;
    remove->setObjectName(QStringLiteral("removeTags"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *form = new QFormLayout(&dialog);
    form->addRow(new QLabel(tr("Change the tags of %n selected post(s). Separate tags with commas or spaces.",
                               nullptr, int(ids.size()))));
    form->addRow(tr("&Add:"), add);
    form->addRow(tr("&Remove:"), remove);
    form->addRow(buttons);
    dialog.resize(420, dialog.sizeHint().height());
    if (dialog.exec() == QDialog::Accepted)
        m_calendar->changeTagsOfSelected(splitTags(add->text()), splitTags(remove->text()));
}

ComposerDialog *MainWindow::showComposer(ComposerDialog *composer)
{
    composer->setAttribute(Qt::WA_DeleteOnClose);
    connect(composer, &ComposerDialog::sendAgainRequested, this, [this](const QString &id, const QString &integrationId) {
        OutboxRepository::FailedFilter filter;
        filter.postIds = {id};
        filter.integrationIds = {integrationId}; // that destination only: another may have gone out
        retryFailed(filter);
    });
    connect(composer, &ComposerDialog::saved, this, [this](const QString &id) {
        reloadIntegrations();
        m_calendar->selectPosts({id});
    });
    connect(composer, &ComposerDialog::message, this,
            [this](const QString &text) { m_messages->showMessage(text, MessageBar::Kind::Information); });
    composer->open();
    return composer;
}

void MainWindow::retryFailed(const OutboxRepository::FailedFilter &filter)
{
    const Result<int> requeued = OutboxRepository(m_database.connection()).requeueFailed(filter);
    if (!requeued) {
        m_messages->showMessage(requeued.error(), MessageBar::Kind::Warning);
        return;
    }
    m_messages->showMessage(tr("%n failed destination(s) queued again.", nullptr, requeued.value()),
                            MessageBar::Kind::Information);
    m_failed->reload();
    m_model->reload();
    if (m_publisher)
        m_publisher->runNow();
    if (m_sync) {
        m_sync->kick();
        // Providers that publish for Almanac retry their own failures in that range too.
        if (filter.since || filter.until || !filter.platform.isEmpty())
            m_sync->retryAtProviders(RetryFilter{filter.platform, filter.since, filter.until, {}});
    }
}

ComposerDialog *MainWindow::newPost(QDate date, int minute)
{
    auto *composer = new ComposerDialog(m_database, m_undo, m_model->timeZone(), this);
    const qint64 now = Clock::nowSecs();
    if (!date.isValid() || minute < 0) {
        // The next whole hour, on the chosen day when that is still ahead.
        const QDateTime next = QDateTime::fromSecsSinceEpoch((now / 3600 + 1) * 3600, m_model->timeZone());
        if (!date.isValid() || date <= next.date())
            date = next.date(), minute = next.time().hour() * 60;
        else
            minute = 9 * 60;
    }
    composer->startNew(m_model->toUtc(date, minute));
    return showComposer(composer);
}

ComposerDialog *MainWindow::openPost(const QString &postId)
{
    const std::optional<Post> post = PostRepository(m_database.connection()).find(postId);
    if (!post) {
        m_messages->showMessage(tr("That post is not in the store any more."), MessageBar::Kind::Warning);
        return nullptr;
    }
    auto *composer = new ComposerDialog(m_database, m_undo, m_model->timeZone(), this);
    composer->edit(*post);
    return showComposer(composer);
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Almanac"),
                       tr("<h3>Almanac %1</h3>"
                          "<p>An offline-first content calendar for social media managers: plan posts for every "
                          "platform, import content plans from CSV, and publish when you are back online.</p>"
                          "<p>Your posts live in one file on this computer:<br><code>%2</code></p>"
                          "<p>Built with Qt %3.</p>")
                           .arg(QStringLiteral(ALMANAC_VERSION), m_database.path().toHtmlEscaped(),
                                QString::fromLatin1(qVersion())));
}

void MainWindow::fillRecentMenu()
{
    m_recentMenu->clear();
    const QStringList files = AppSettings().recentFiles();
    for (qsizetype i = 0; i < files.size(); ++i) {
        const QString path = files.at(i);
        // &1 … &8: the number is the shortcut letter.
        QAction *a = m_recentMenu->addAction(QStringLiteral("&%1 %2").arg(i + 1).arg(QFileInfo(path).fileName()));
        a->setToolTip(QDir::toNativeSeparators(path));
        a->setStatusTip(QDir::toNativeSeparators(path));
        connect(a, &QAction::triggered, this, [this, path] {
            if (!QFileInfo::exists(path)) {
                AppSettings().removeRecentFile(path);
                m_messages->showMessage(tr("%1 is not there any more; it was taken off the list.")
                                            .arg(QDir::toNativeSeparators(path)),
                                        MessageBar::Kind::Warning);
                return;
            }
            importCsv(path);
        });
    }
    if (files.isEmpty())
        m_recentMenu->addAction(tr("No files imported yet"))->setEnabled(false);
    m_recentMenu->addSeparator();
    QAction *clear = m_recentMenu->addAction(tr("&Clear List"));
    clear->setEnabled(!files.isEmpty());
    connect(clear, &QAction::triggered, this, [] { AppSettings().clearRecentFiles(); });
}

ImportWizard *MainWindow::importCsv(const QString &path)
{
    if (!path.isEmpty() && JsonImporter::looksLikeJson(path)) {
        importJson(path); // an Almanac JSON export, dropped or opened like a CSV
        return nullptr;
    }
    if (m_wizard && m_wizard->isVisible()) { // a closed one is on its way out
        m_wizard->raise();
        m_wizard->activateWindow();
        if (!path.isEmpty() && m_wizard->currentId() == ImportWizard::FilePageId)
            m_wizard->openFile(path);
        return m_wizard;
    }
    m_wizard = new ImportWizard(m_database, m_model->timeZone(), this);
    m_wizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_wizard, &ImportWizard::imported, this, &MainWindow::showImported);
    connect(m_wizard, &ImportWizard::undoImportRequested, this, &MainWindow::undoImport);
    connect(m_wizard, &ImportWizard::historyRequested, this, &MainWindow::showImportHistory);
    connect(m_wizard, &ImportWizard::fileChosen, this, [](const QString &file) { AppSettings().addRecentFile(file); });
    m_wizard->open();
    if (!path.isEmpty())
        m_wizard->openFile(path);
    return m_wizard;
}

ExportDialog *MainWindow::showExport()
{
    auto *dialog = new ExportDialog(m_database, m_calendar->selectedPostIds(), m_model->firstDay(),
                                    m_model->endDay().addDays(-1), m_model->timeZone(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ExportDialog::finished, this, [this](bool ok, const QString &message, const QStringList &notes) {
        if (!ok) {
            m_messages->showMessage(message, MessageBar::Kind::Warning);
            return;
        }
        QStringList lines{message};
        lines << notes;
        m_messages->showMessage(lines.join(u'\n'), notes.isEmpty() ? MessageBar::Kind::Information
                                                                    : MessageBar::Kind::Warning);
    });
    dialog->open();
    return dialog;
}

void MainWindow::importJson(const QString &path)
{
    AppSettings().addRecentFile(QFileInfo(path).absoluteFilePath());
    const QString name = QFileInfo(path).fileName();
    runJsonImport(path, {}, true, [this, path, name](const JsonImportOutcome &check) {
        if (check.status != JsonImportOutcome::Status::Validated) {
            auto *box = new QMessageBox(QMessageBox::Warning, tr("Import JSON Export"),
                                        check.status == JsonImportOutcome::Status::ValidationFailed
                                            ? tr("Nothing was imported: %n problem(s) in %1.", nullptr, int(check.errors.size())).arg(name)
                                            : tr("Nothing was imported."),
                                        QMessageBox::Ok, this);
            box->setAttribute(Qt::WA_DeleteOnClose);
            box->setInformativeText(check.errors.mid(0, 5).join(u'\n'));
            if (check.errors.size() > 5)
                box->setDetailedText(check.errors.join(u'\n'));
            box->open();
            return;
        }
        auto *ask = new JsonImportDialog(name, check, this);
        ask->setAttribute(Qt::WA_DeleteOnClose);
        connect(ask, &QDialog::accepted, this, [this, path, ask] {
            runJsonImport(path, ask->confirmedFiles(), false, [this](const JsonImportOutcome &done) {
                if (!done.committed()) {
                    m_messages->showMessage(tr("Nothing was imported: %1").arg(done.errors.join(u' ')), MessageBar::Kind::Warning);
                    return;
                }
                showImported(done.importId);
            });
        });
        ask->open();
    });
}

void MainWindow::runJsonImport(const QString &path, const QStringList &confirmedFiles, bool dryRun,
                               std::function<void(const JsonImportOutcome &)> then)
{
    JsonImporter::Options options{path, dryRun, 0};
    options.allowLocalNetworkMedia = AppSettings().allowLocalNetworkMedia();
    options.confirmedFiles = confirmedFiles;
    const QString store = m_database.path();
    runWithProgress<JsonImportOutcome>(
        this, dryRun ? tr("Reading %1…").arg(QFileInfo(path).fileName()) : tr("Importing %1…").arg(QFileInfo(path).fileName()),
        [store, options](const WorkerProgress &) {
            // Its own connection: QtSql connections belong to the thread that opened them.
            Database db(QStringLiteral("almanac-json-import-") + QUuid::createUuid().toString(QUuid::Id128));
            if (auto r = db.open(store); !r) {
                JsonImportOutcome failed;
                failed.status = JsonImportOutcome::Status::StoreFailed;
                failed.errors = {r.error()};
                return failed;
            }
            return JsonImporter(db.connection(), options).run();
        },
        std::move(then));
}

void MainWindow::showImported(qint64 importId)
{
    m_model->reload();
    m_unscheduled->reload();
    if (m_sync)
        m_sync->kick();
    const Result<QStringList> ids = ImportRepository(m_database.connection()).postIds(importId);
    if (!ids || ids.value().isEmpty())
        return;
    // The calendar goes to the first new post and selects the new posts it shows.
    if (const std::optional<Post> first = PostRepository(m_database.connection()).find(ids.value().first());
        first && first->scheduledAt)
        m_calendar->setAnchorDate(QDateTime::fromSecsSinceEpoch(*first->scheduledAt, m_model->timeZone()).date());
    m_calendar->selectPosts(ids.value());
    m_messages->showMessage(tr("Imported %n post(s).", nullptr, int(ids.value().size())), MessageBar::Kind::Information,
                            tr("Undo Import"), [this, importId] { undoImport(importId); });
}

void MainWindow::setPublishingWhileOpen(bool on)
{
    if (!on) {
        delete m_publisher; // waits for a round under way to finish
        m_publisher = nullptr;
        m_publishing->refresh();
        m_tray->setPublishing(false, m_publishingPaused);
        updateTrayCounts();
        return;
    }
    if (!m_publisher && m_secrets) {
        LocalScheduler::Options publishing;
        publishing.transferTimeoutMs = m_syncOptions.transferTimeoutMs;
        publishing.followSettings = true; // the Settings dialog changes them while the window runs
        m_publisher = new BackgroundScheduler(m_database.path(), m_secrets, publishing, 30000, this);
        connect(m_publisher, &BackgroundScheduler::roundFinished, this, [this](int published, int failed, const QString &error) {
            m_model->reload();
            m_failed->reload();
            m_publishing->refresh();
            updateTrayCounts();
            if (!failed && !published)
                return;
            const QString said = failed ? tr("%n post(s) could not be published: %1", nullptr, failed).arg(error)
                                        : tr("Published %n post(s).", nullptr, published);
            if (failed)
                m_messages->showMessage(said, MessageBar::Kind::Warning);
            else
                statusBar()->showMessage(said, 8000);
            // The desktop hears of it when the window is not in front.
            if (!isActiveWindow())
                m_tray->notify(tr("Almanac"), said, failed > 0);
        });
        m_publisher->start();
    }
    m_publishingPaused = false; // publishing is on: a pause from the tray is over
    m_tray->setPublishing(m_publisher != nullptr, false);
    updateTrayCounts();
}

void MainWindow::pausePublishing(bool paused)
{
    m_publishingPaused = paused;
    setPublishingWhileOpen(!paused && AppSettings().publishWhileOpen());
    statusBar()->showMessage(paused ? tr("Publishing is paused until you resume it from the tray or restart Almanac.")
                                    : tr("Publishing resumed."),
                             8000);
}

void MainWindow::updateTrayCounts()
{
    // A count over every post: not worth a round's time when no tray shows it.
    if (!m_tray->isShown())
        return;
    const std::array<qint64, 6> counts = PostRepository(m_database.connection()).countByStatus();
    m_tray->setCounts(counts[size_t(PostStatus::Scheduled)], counts[size_t(PostStatus::Failed)]);
}

void MainWindow::bringToFront()
{
    if (isMinimized())
        showNormal();
    show();
    raise();
    activateWindow();
}

void MainWindow::openFiles(const QStringList &files)
{
    bringToFront();
    if (!files.isEmpty())
        importCsv(files.first());
}

void MainWindow::startSync(SecretStore *secrets, const SyncEngine::Options &options)
{
    m_secrets = secrets;
    m_syncOptions = options;
    m_providersAction->setEnabled(secrets != nullptr);
    m_accountsAction->setEnabled(secrets != nullptr);
    // Local accounts (Mastodon, webhooks) are published from here while the window is open.
    setPublishingWhileOpen(AppSettings().publishWhileOpen());
    if (m_sync || ProviderRepository(m_database.connection()).list().isEmpty())
        return;
    m_sync = new BackgroundSync(m_database.path(), secrets, options, this);
    connect(m_sync, &BackgroundSync::statusChanged, this, &MainWindow::showSyncStatus);
    connect(m_sync, &BackgroundSync::providerRetries, this, [this](const QStringList &lines) {
        if (!lines.isEmpty())
            m_messages->showMessage(lines.join(u' '), MessageBar::Kind::Information);
    });
    connect(m_sync, &BackgroundSync::failedToStart, this,
            [this](const QString &reason) { m_messages->showMessage(tr("Sync cannot start: %1").arg(reason), MessageBar::Kind::Warning); });
    // Every edit (and its undo) wrote outbox rows in its transaction: tell the engine.
    connect(m_undo, &QUndoStack::indexChanged, m_sync, &BackgroundSync::kick);
    m_syncAction->setEnabled(true);
    m_syncAction->setToolTip(tr("Send what changed to your hosted schedulers now (F5)"));
    m_syncIndicator->show();
    m_syncIndicator->setText(tr("Sync starting…"));
    m_sync->start();
}

void MainWindow::showSyncStatus(const SyncStatus &status)
{
    // What the engine settled shows in the calendar and the Failed view.
    if (status.failed != m_lastSyncStatus.failed || (m_lastSyncStatus.pending && !status.pending)) {
        m_failed->reload();
        m_model->reload();
    }
    m_lastSyncStatus = status;
    // A long push (an import, say) gets a bar: how much of what was queued when
    // it began has gone since.
    if (status.busy && status.online && status.pending > 0) {
        m_syncPushSize = qMax(m_syncPushSize, status.pending);
        m_syncProgress->setRange(0, int(qMin<qint64>(m_syncPushSize, INT_MAX)));
        m_syncProgress->setValue(int(m_syncPushSize - status.pending));
        m_syncProgress->setVisible(m_syncPushSize >= 20);
    } else if (!status.pending || !status.online) {
        m_syncPushSize = 0;
        m_syncProgress->hide();
    }
    QString text;
    if (!status.online)
        text = tr("Offline · %n to sync", nullptr, int(status.pending));
    else if (status.pending && status.busy)
        text = tr("Syncing · %n to go", nullptr, int(status.pending));
    else if (status.pending)
        text = tr("%n to sync", nullptr, int(status.pending));
    else
        text = tr("Synced");
    if (status.failed)
        text += QStringLiteral(" · ") + tr("%n failed", nullptr, int(status.failed));
    m_syncIndicator->setText(text);
    QStringList tip;
    if (!status.blocked.isEmpty())
        tip.append(status.blocked);
    if (!status.lastError.isEmpty() && (status.pending || status.failed || !status.online))
        tip.append(tr("Last problem: %1").arg(status.lastError));
    tip.append(tr("Click to sync now."));
    m_syncIndicator->setToolTip(tip.join(u'\n'));
}

void MainWindow::showProviders()
{
    auto *dialog = new ProvidersDialog(m_database, m_secrets, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ProvidersDialog::changed, this, [this] {
        reloadIntegrations();
        if (m_sync)
            m_sync->kick();
        else
            startSync(m_secrets, m_syncOptions);
    });
    dialog->open();
}

void MainWindow::showAccounts()
{
    auto *dialog = new AccountsDialog(m_database, m_secrets, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &AccountsDialog::changed, this, [this] {
        reloadIntegrations();
        m_publishing->refresh();
    });
    dialog->open();
}

void MainWindow::showImportHistory()
{
    auto *history = new ImportHistoryDialog(m_database, this);
    history->setAttribute(Qt::WA_DeleteOnClose);
    connect(history, &ImportHistoryDialog::undoImportRequested, this, &MainWindow::undoImport);
    history->open();
}

void MainWindow::undoImport(qint64 importId)
{
    const Result<int> removed = ImportRepository(m_database.connection()).undo(importId);
    if (!removed) {
        m_messages->showMessage(removed.error(), MessageBar::Kind::Warning);
        return;
    }
    m_model->reload();
    m_unscheduled->reload();
    m_messages->showMessage(tr("Import undone: %n post(s) removed.", nullptr, removed.value()),
                            MessageBar::Kind::Information);
}

} // namespace Almanac
