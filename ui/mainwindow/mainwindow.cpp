// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/mainwindow/mainwindow.h"

#include "app/desktop/desktopservices.h"
#include "app/settings/appsettings.h"
#include "app/settings/languages.h"
#include "app/sync/provideroperations.h"
#include "models/domain/clock.h"
#include "models/itemmodels/calendarmodel.h"
#include "models/itemmodels/failedtargetsmodel.h"
#include "models/store/database.h"
#include "models/store/integrationrepository.h"
#include "models/store/postrepository.h"
#include "models/store/providerrepository.h"
#include "models/store/storebackup.h"
#include "ui/calendar/calendargridview.h"
#include "ui/calendar/calendarstyle.h"
#include "ui/calendar/calendarwidget.h"
#include "ui/calendar/edittagsdialog.h"
#include "ui/calendar/movetodatedialog.h"
#include "ui/calendar/postcommands.h"
#include "ui/calendar/unscheduledpanel.h"
#include "ui/composer/composerdialog.h"
#include "ui/importwizard/importwizard.h"
#include "ui/mainwindow/appearance.h"
#include "ui/mainwindow/backupactions.h"
#include "ui/mainwindow/exportdialog.h"
#include "ui/mainwindow/filterpanel.h"
#include "ui/mainwindow/importflows.h"
#include "ui/mainwindow/mainactions.h"
#include "ui/mainwindow/mainstatusbar.h"
#include "ui/mainwindow/messagebar.h"
#include "ui/mainwindow/publishingindicator.h"
#include "ui/mainwindow/shortcutsdialog.h"
#include "ui/mainwindow/trayicon.h"
#include "ui/settings/accountsdialog.h"
#include "ui/sync/failedpanel.h"
#include "ui/sync/providersdialog.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDateTime>
#include <QDialog>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QProcess>
#include <QStatusBar>
#include <QTimeZone>
#include <QUndoStack>
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

} // namespace

MainWindow::MainWindow(Database &database, QWidget *parent)
    : QMainWindow(parent)
    , m_database(database)
    , m_undo(new QUndoStack(this))
    , m_model(new CalendarModel(database.connection(), this))
    , m_messages(new MessageBar)
    , m_services(new DesktopServices(database.path(), this))
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

    m_status = new MainStatusBar(m_database, [this] { return m_model->timeZone(); });
    setStatusBar(m_status);
    connect(m_status, &MainStatusBar::zoneChosen, this, [this](const QTimeZone &zone) {
        AppSettings().setTimeZone(zone);
        applyTimeZone(zone);
    });
    connect(m_status, &MainStatusBar::syncClicked, this, [this] {
        m_services->kickSync();
        if (m_services->syncStatus().failed)
            findChild<QDockWidget *>(QStringLiteral("failedDock"))->show();
    });
    connect(m_status, &MainStatusBar::publishingClicked, this, &MainWindow::showAccounts);
    connectServices();

    m_imports = new ImportFlows(m_database, this, m_messages, [this] { return m_model->timeZone(); });
    connect(m_imports, &ImportFlows::postsChanged, this, [this] {
        m_model->reload();
        m_unscheduled->reload();
        m_services->kickSync();
    });
    connect(m_imports, &ImportFlows::imported, this, [this](const QStringList &postIds, qint64 earliest) {
        if (earliest)
            m_calendar->setAnchorDate(QDateTime::fromSecsSinceEpoch(earliest, m_model->timeZone()).date());
        m_calendar->selectPosts(postIds);
    });

    m_backups = new BackupActions(m_database, this);
    m_actions = std::make_unique<MainActions>(this, m_undo, m_backups);
    connectActions();
    createFilterDock();
    createUnscheduledDock();
    createFailedDock();
    PostCommand::setErrorReporter([this](const QString &message) {
        m_messages->showMessage(message, MessageBar::Kind::Warning);
    });
    connect(m_calendar, &CalendarWidget::message, this,
            [this](const QString &text) { m_messages->showMessage(text, MessageBar::Kind::Warning); });
    connect(m_calendar, &CalendarWidget::titleChanged, m_actions->title, &QLabel::setText);
    connect(m_calendar, &CalendarWidget::openPostRequested, this, &MainWindow::openPost);
    connect(m_calendar, &CalendarWidget::newPostRequested, this, &MainWindow::newPost);
    connect(m_calendar, &CalendarWidget::selectionChanged, this, &MainWindow::updateSelectionActions);
    connect(m_model, &QAbstractItemModel::modelReset, this, &MainWindow::updateStatusBar);
    m_actions->title->setText(m_calendar->title());
    restoreSettings();
    updateStatusBar();
    updateSelectionActions();
    showWelcomeIfEmpty();
}

MainWindow::~MainWindow()
{
    PostCommand::setErrorReporter({});
    delete m_services; // its threads stop before the window's parts go
    // Clearing the stack on destruction would reload the model into half-destroyed views.
    m_undo->blockSignals(true);
    m_model->disconnect(this);
}

void MainWindow::connectActions()
{
    const MainActions &a = *m_actions;
    connect(a.newPost, &QAction::triggered, this, [this] { newPost(m_calendar->anchorDate(), -1); });
    connect(a.importCsv, &QAction::triggered, this, [this] { importCsv(); });
    connect(a.recent, &QMenu::aboutToShow, this, [this] {
        m_actions->fillRecent(this, [this](const QString &path) {
            if (QFileInfo::exists(path)) {
                importCsv(path);
                return;
            }
            AppSettings().removeRecentFile(path);
            m_messages->showMessage(tr("%1 is not there any more; it was taken off the list.")
                                        .arg(QDir::toNativeSeparators(path)),
                                    MessageBar::Kind::Warning);
        });
    });
    connect(a.importHistory, &QAction::triggered, m_imports, &ImportFlows::showHistory);
    connect(a.importJson, &QAction::triggered, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Import JSON Export"), QDir::homePath(),
                                                          tr("JSON files (*.json);;All files (*)"));
        if (!path.isEmpty())
            importJson(path);
    });
    connect(a.exportPosts, &QAction::triggered, this, [this] { showExport(); });
    connect(a.sync, &QAction::triggered, m_services, &DesktopServices::kickSync);
    connect(a.providers, &QAction::triggered, this, &MainWindow::showProviders);
    connect(a.accounts, &QAction::triggered, this, &MainWindow::showAccounts);
    connect(m_backups, &BackupActions::message, this, [this](const QString &text, bool problem) {
        m_messages->showMessage(text, problem ? MessageBar::Kind::Warning : MessageBar::Kind::Information);
    });
    connect(m_backups, &BackupActions::restored, this, [this] {
        m_undo->clear(); // its steps were about the store before
        reloadIntegrations();
        m_model->reload();
        m_failed->reload();
        m_unscheduled->reload();
        m_status->publishing()->refresh();
        m_services->kickSync();
    });
    connect(a.quit, &QAction::triggered, this, &QWidget::close);

    connect(a.open, &QAction::triggered, this, [this] {
        if (const QStringList ids = m_calendar->selectedPostIds(); !ids.isEmpty())
            openPost(ids.first());
    });
    connect(a.duplicate, &QAction::triggered, m_calendar, &CalendarWidget::duplicateSelected);
    connect(a.move, &QAction::triggered, this, &MainWindow::moveSelectionToDate);
    connect(a.tags, &QAction::triggered, this, &MainWindow::editTagsOfSelection);
    connect(a.remove, &QAction::triggered, m_calendar, &CalendarWidget::deleteSelected);
    connect(a.settings, &QAction::triggered, this, [this] { showSettings(); });

    for (QAction *mode : a.modes->actions())
        connect(mode, &QAction::triggered, this,
                [this, mode] { m_calendar->setMode(CalendarMode(mode->data().toInt())); });
    connect(a.today, &QAction::triggered, m_calendar, &CalendarWidget::goToday);
    connect(a.previous, &QAction::triggered, m_calendar, &CalendarWidget::goPrevious);
    connect(a.next, &QAction::triggered, m_calendar, &CalendarWidget::goNext);
    connect(a.refresh, &QAction::triggered, this, [this] {
        reloadIntegrations();
        m_model->reload();
    });
    for (QAction *palette : a.palettes->actions())
        connect(palette, &QAction::triggered, this, [key = palette->data().toString()] {
            AppSettings().setPalette(key);
            Appearance::apply(key);
        });
    connect(a.about, &QAction::triggered, this, &MainWindow::showAbout);
    connect(a.shortcuts, &QAction::triggered, this, [this] {
        auto *dialog = new ShortcutsDialog(this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });

    connect(a.find, &QAction::triggered, a.search, [search = a.search] {
        search->setFocus(Qt::ShortcutFocusReason);
        search->selectAll();
    });
    connect(a.search, &QLineEdit::textChanged, this, [this](const QString &text) {
        CalendarFilter f = m_model->filter();
        f.search = text;
        m_model->setFilter(f);
    });
}

void MainWindow::connectServices()
{
    connect(m_services, &DesktopServices::syncStarted, this, [this] {
        // Every edit (and its undo) wrote outbox rows in its transaction: tell the engine.
        connect(m_undo, &QUndoStack::indexChanged, m_services, &DesktopServices::kickSync, Qt::UniqueConnection);
        m_actions->sync->setEnabled(true);
        m_actions->sync->setToolTip(tr("Send what changed to your hosted schedulers now (F5)"));
        m_status->showSyncStarting();
    });
    connect(m_services, &DesktopServices::syncStatusChanged, this, &MainWindow::showSyncStatus);
    connect(m_services, &DesktopServices::providerRetries, this, [this](const QStringList &lines) {
        if (lines.isEmpty())
            return;
        // The advice of the retry that asked stays in sight beside the answers.
        const QString answers = lines.join(u' ');
        m_messages->showMessage(m_retryNote.isEmpty() ? answers : m_retryNote + u' ' + answers,
                                m_retryNote.isEmpty() ? MessageBar::Kind::Information : MessageBar::Kind::Warning);
    });
    connect(m_services, &DesktopServices::syncFailedToStart, this, [this](const QString &reason) {
        m_messages->showMessage(tr("Sync cannot start: %1").arg(reason), MessageBar::Kind::Warning);
    });
    connect(m_services, &DesktopServices::publishingRoundFinished, this, &MainWindow::showPublishingRound);
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
    m_actions->view->addAction(toggle);
    m_filters->setFilter(m_model->filter());
    reloadIntegrations();
    connect(m_filters, &FilterPanel::filterChanged, this, [this](CalendarFilter f) {
        f.search = m_actions->search->text();
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
    m_actions->view->addAction(toggle);
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
    m_actions->view->addAction(toggle);
    m_failed->model()->setTimeZone(m_model->timeZone());
    connect(m_failed, &FailedPanel::openPostRequested, this, &MainWindow::openPost);
    connect(m_failed, &FailedPanel::retryRequested, this, &MainWindow::retryFailed);
    connect(m_failed, &FailedPanel::confirmedPublished, this, [this](int destinations) {
        m_messages->showMessage(tr("Marked %Ln destination(s) as published.", nullptr, destinations), MessageBar::Kind::Information);
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
        Appearance::fitToScreen(this, QSize(1280, 800));
    restoreState(settings.windowState());
    const CalendarMode mode = settings.calendarMode();
    for (QAction *a : m_actions->modes->actions())
        a->setChecked(a->data().toInt() == int(mode));
    m_calendar->setMode(mode);
    m_actions->search->setText(m_model->filter().search);
    m_status->showZone(m_model->timeZone());
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
    QString text = tr("In view: %Ln post(s)", nullptr, m_model->rowCount()) + QStringLiteral(" · ")
        + tr("%Ln draft(s)", nullptr, counts[size_t(PostStatus::Draft)]) + QStringLiteral(" · ")
        + tr("%Ln scheduled", nullptr, counts[size_t(PostStatus::Scheduled)]) + QStringLiteral(" · ")
        + tr("%Ln failed", nullptr, counts[size_t(PostStatus::Failed)]);
    if (const int hidden = m_model->hiddenCount())
        text += QStringLiteral(" · ") + tr("%Ln hidden by filters", nullptr, hidden);
    m_status->showCounts(text);
}

void MainWindow::updateSelectionActions()
{
    const bool any = m_calendar->hasSelectedPosts();
    for (QAction *a : std::as_const(m_actions->selectionActions))
        a->setEnabled(any);
}

void MainWindow::showWelcomeIfEmpty()
{
    if (PostRepository(m_database.connection()).count() > 0)
        return;
    // The first run: the three ways in, one click each.
    m_messages->showMessage(tr("Your calendar is empty. Double-click a day to write a post, connect the accounts "
                               "to post to, or import a content plan from a CSV file (you can also drop the file "
                               "on this window)."),
                            MessageBar::Kind::Information, tr("Import CSV…"), [this] { importCsv(); });
    m_messages->addAction(tr("Connect an Account…"), QStringLiteral("messageConnectAccount"), [this] { showAccounts(); });
    m_messages->addAction(tr("Open the Demo"), QStringLiteral("messageOpenDemo"), [] {
        // A window of its own on a throwaway store: nothing of the demo lands in this one.
        QProcess::startDetached(QCoreApplication::applicationFilePath(), {QStringLiteral("--demo")});
    });
}

void MainWindow::applyTimeZone(const QTimeZone &zone)
{
    m_model->setTimeZone(zone);
    m_failed->model()->setTimeZone(zone);
    m_status->showZone(zone);
}

SettingsDialog *MainWindow::showSettings()
{
    auto *dialog = new SettingsDialog(IntegrationRepository(m_database.connection()).list(),
                                      m_throwawayStore ? QString() : m_database.path(), this);
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
        for (QAction *a : m_actions->palettes->actions())
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
    MoveToDateDialog dialog(int(ids.size()), m_calendar->anchorDate(), this);
    if (dialog.exec() == QDialog::Accepted)
        m_calendar->moveSelectedTo(dialog.date());
}

void MainWindow::editTagsOfSelection()
{
    const QStringList ids = m_calendar->selectedPostIds();
    if (ids.isEmpty())
        return;
    EditTagsDialog dialog(int(ids.size()), m_model->tagsInRange(), this);
    if (dialog.exec() == QDialog::Accepted)
        m_calendar->changeTagsOfSelected(dialog.tagsToAdd(), dialog.tagsToRemove());
}

ComposerDialog *MainWindow::showComposer(ComposerDialog *composer)
{
    composer->setAttribute(Qt::WA_DeleteOnClose);
    connect(composer, &ComposerDialog::sendAgainRequested, this, [this](const QString &id, const QString &integrationId) {
        OutboxRepository::FailedFilter filter;
        filter.destinations = {{id, integrationId}}; // that destination only: another may have gone out
        retryFailed(filter);
    });
    connect(composer, &ComposerDialog::saved, this, [this](const QString &id) {
        reloadIntegrations();
        m_calendar->selectPosts({id});
    });
    connect(composer, &ComposerDialog::connectAccountRequested, this, &MainWindow::showAccounts);
    connect(composer, &ComposerDialog::message, this,
            [this](const QString &text) { m_messages->showMessage(text, MessageBar::Kind::Information); });
    composer->open();
    return composer;
}

void MainWindow::retryFailed(const OutboxRepository::FailedFilter &filter)
{
    OutboxRepository outbox(m_database.connection());
    const Result<int> requeued = outbox.requeueFailed(filter);
    if (!requeued) {
        m_messages->showMessage(requeued.error(), MessageBar::Kind::Warning);
        return;
    }
    // What failed at a hosted scheduler itself: that scheduler publishes it
    // again if it can (PostEverywhere), and the user hears what to do if not.
    const QList<OutboxRepository::FailedAtProvider> atProviders = outbox.failedAtProviders(filter);
    const QString said = tr("%Ln failed destination(s) queued again.", nullptr, requeued.value());
    m_retryNote = ProviderOperations::cannotRetryNote(atProviders); // kept with the schedulers' answers
    // "0 queued again" says nothing beside what the schedulers must do.
    const QString shown = m_retryNote.isEmpty() ? said : requeued.value() ? said + u' ' + m_retryNote : m_retryNote;
    m_messages->showMessage(shown, m_retryNote.isEmpty() ? MessageBar::Kind::Information : MessageBar::Kind::Warning);
    m_failed->reload();
    m_model->reload();
    m_services->publishNow();
    m_services->kickSync();
    for (const RetryFilter &remote : ProviderOperations::retryFiltersFor(filter, atProviders))
        m_services->retryAtProviders(remote);
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
            minute = AppSettings().defaultPostingMinute();
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

ImportWizard *MainWindow::importCsv(const QString &path)
{
    return m_imports->importCsv(path);
}

void MainWindow::importJson(const QString &path)
{
    m_imports->importJson(path);
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

void MainWindow::setPublishingWhileOpen(bool on)
{
    m_services->setPublishing(on);
    if (on)
        m_publishingPaused = false; // publishing is on: a pause from the tray is over
    m_status->publishing()->refresh();
    m_tray->setPublishing(m_services->isPublishing(), m_publishingPaused);
    updateTrayCounts();
}

void MainWindow::showPublishingRound(int published, int failed, const QString &error)
{
    m_model->reload();
    m_failed->reload();
    m_status->publishing()->refresh();
    updateTrayCounts();
    if (!failed && !published)
        return;
    const QString said = failed ? tr("%Ln post(s) could not be published: %1", nullptr, failed).arg(error)
                                : tr("Published %Ln post(s).", nullptr, published);
    auto *failedDock = findChild<QDockWidget *>(QStringLiteral("failedDock"));
    if (failed && failedDock->isVisible()) // what failed is in sight already
        m_messages->showMessage(said, MessageBar::Kind::Warning);
    else if (failed)
        m_messages->showMessage(said, MessageBar::Kind::Warning, tr("Show &Failed Posts"), [failedDock] {
            failedDock->show();
            failedDock->raise(); // it may share its place with another panel
        });
    else
        statusBar()->showMessage(said, 8000);
    // The desktop hears of it when the window is not in front.
    if (!isActiveWindow())
        m_tray->notify(tr("Almanac"), said, failed > 0);
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
    m_services->setSecrets(secrets, options);
    m_actions->providers->setEnabled(secrets != nullptr);
    m_actions->accounts->setEnabled(secrets != nullptr);
    // Local accounts (Mastodon, webhooks) are published from here while the window is open.
    setPublishingWhileOpen(AppSettings().publishWhileOpen());
    if (!ProviderRepository(m_database.connection()).list().isEmpty())
        m_services->startSync();
}

void MainWindow::showSyncStatus(const SyncStatus &status)
{
    // What the engine settled shows in the calendar and the Failed view.
    if (status.failed != m_lastSyncStatus.failed || (m_lastSyncStatus.pending && !status.pending)) {
        m_failed->reload();
        m_model->reload();
    }
    m_lastSyncStatus = status;
    m_status->showSyncStatus(status);
}

void MainWindow::showProviders()
{
    auto *dialog = new ProvidersDialog(m_database, m_services->secrets(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // A key stored: a running sync reads it (changed() then kicks or starts it).
    connect(dialog, &ProvidersDialog::keyChanged, m_services, &DesktopServices::providerKeysChanged);
    connect(dialog, &ProvidersDialog::changed, this, [this] {
        reloadIntegrations();
        if (m_services->isSyncing())
            m_services->kickSync();
        else if (!ProviderRepository(m_database.connection()).list().isEmpty())
            m_services->startSync();
    });
    dialog->open();
}

void MainWindow::showAccounts()
{
    if (!m_services->secrets())
        return; // no keychain to keep an account's password in (the action is off too)
    auto *dialog = new AccountsDialog(m_database, m_services->secrets(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &AccountsDialog::changed, this, [this] {
        reloadIntegrations();
        m_status->publishing()->refresh();
    });
    connect(dialog, &AccountsDialog::hostedSchedulersRequested, this, &MainWindow::showProviders);
    dialog->open();
}

} // namespace Almanac
