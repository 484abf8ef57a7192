// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "importing/backgroundimport.h"
#include "itemmodels/postlistmodel.h"
#include "store/database.h"
#include "store/postrepository.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDragEnterEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressDialog>
#include <QPushButton>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QTimeZone>
#include <QToolBar>
#include <QVBoxLayout>

#include <numeric>

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
{
    setWindowTitle(tr("Almanac"));
    setObjectName(QStringLiteral("mainWindow"));
    setAcceptDrops(true);

    m_model = new PostListModel(m_database.connection(), this);

    m_table = new QTableView;
    m_table->setObjectName(QStringLiteral("postTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalHeader()->setSectionResizeMode(PostListModel::ContentColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(PostListModel::TimeColumn, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(PostListModel::StatusColumn, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(PostListModel::TypeColumn, QHeaderView::ResizeToContents);
    m_table->setColumnWidth(PostListModel::DestinationsColumn, 260);

    // What a new user sees before the first post: what to do next, not an empty grid.
    auto *empty = new QWidget;
    empty->setObjectName(QStringLiteral("emptyState"));
    auto *emptyLayout = new QVBoxLayout(empty);
    auto *emptyText = new QLabel(tr("<h2>No posts here yet</h2>"
                                    "<p>Import a content plan from a CSV file (OpenPost or bundle.social columns),<br>"
                                    "or drop the file onto this window.</p>"));
    emptyText->setAlignment(Qt::AlignCenter);
    emptyText->setTextFormat(Qt::RichText);
    auto *emptyImport = new QPushButton(tr("Import CSV…"));
    emptyImport->setObjectName(QStringLiteral("emptyImportButton"));
    connect(emptyImport, &QPushButton::clicked, this, &MainWindow::chooseCsv);
    emptyLayout->addStretch();
    emptyLayout->addWidget(emptyText);
    emptyLayout->addWidget(emptyImport, 0, Qt::AlignHCenter);
    emptyLayout->addStretch();

    m_pages = new QStackedWidget;
    m_pages->addWidget(m_table);
    m_pages->addWidget(empty);
    setCentralWidget(m_pages);

    m_counts = new QLabel;
    m_counts->setObjectName(QStringLiteral("countsLabel"));
    m_zone = new QLabel(tr("Time zone: %1").arg(QString::fromUtf8(QTimeZone::systemTimeZoneId())));
    statusBar()->addWidget(m_counts, 1);
    statusBar()->addPermanentWidget(m_zone);

    createActions();
    // Counting is a query per status: on a reload, not on every page fetched while scrolling.
    connect(m_model, &QAbstractItemModel::modelReset, this, &MainWindow::updateStatusBar);
    restoreSettings();
    updateStatusBar();
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *import = file->addAction(QIcon::fromTheme(QStringLiteral("document-import")), tr("&Import CSV…"));
    import->setObjectName(QStringLiteral("importAction"));
    import->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    import->setStatusTip(tr("Check a CSV file of posts and add them to the calendar"));
    connect(import, &QAction::triggered, this, &MainWindow::chooseCsv);
    file->addSeparator();
    QAction *quit = file->addAction(QIcon::fromTheme(QStringLiteral("application-exit")), tr("&Quit"));
    quit->setShortcut(QKeySequence::Quit);
    connect(quit, &QAction::triggered, this, &QWidget::close);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    QAction *refreshAction = view->addAction(QIcon::fromTheme(QStringLiteral("view-refresh")), tr("&Refresh"));
    refreshAction->setShortcut(QKeySequence::Refresh);
    connect(refreshAction, &QAction::triggered, this, &MainWindow::refresh);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *about = help->addAction(tr("&About Almanac"));
    about->setObjectName(QStringLiteral("aboutAction"));
    connect(about, &QAction::triggered, this, &MainWindow::showAbout);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);

    QToolBar *bar = addToolBar(tr("Main"));
    bar->setObjectName(QStringLiteral("mainToolBar"));
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    bar->addAction(import);
    bar->addAction(refreshAction);
    bar->addSeparator();
    auto *filterLabel = new QLabel(tr("Show:"));
    filterLabel->setContentsMargins(6, 0, 6, 0);
    bar->addWidget(filterLabel);
    m_statusFilter = new QComboBox;
    m_statusFilter->setObjectName(QStringLiteral("statusFilter"));
    m_statusFilter->addItem(tr("All posts"), QString());
    for (int s = int(PostStatus::Draft); s <= int(PostStatus::Cancelled); ++s)
        m_statusFilter->addItem(postStatusLabel(PostStatus(s)), postStatusName(PostStatus(s)));
    filterLabel->setBuddy(m_statusFilter);
    bar->addWidget(m_statusFilter);
    connect(m_statusFilter, &QComboBox::currentIndexChanged, this, [this] {
        m_model->setStatusFilter(postStatusFromName(m_statusFilter->currentData().toString()));
    });
}

void MainWindow::restoreSettings()
{
    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray()))
        resize(1100, 700);
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    const int filter = m_statusFilter->findData(settings.value(QStringLiteral("window/statusFilter")).toString());
    if (filter > 0)
        m_statusFilter->setCurrentIndex(filter);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_import && m_import->isRunning()) {
        const auto answer = QMessageBox::question(this, tr("Import running"),
                                                  tr("An import is still running. Stop it? Nothing of it will be "
                                                     "written."));
        if (answer != QMessageBox::Yes) {
            event->ignore();
            return;
        }
        m_import->cancel();
    }
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    settings.setValue(QStringLiteral("window/statusFilter"), m_statusFilter->currentData());
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

void MainWindow::refresh()
{
    m_model->reload();
}

void MainWindow::updateStatusBar()
{
    const std::array<qint64, 6> counts = PostRepository(m_database.connection()).countByStatus();
    m_counts->setText(tr("%1 posts · %2 drafts · %3 scheduled · %4 failed")
                          .arg(std::accumulate(counts.begin(), counts.end(), qint64(0)))
                          .arg(counts[size_t(PostStatus::Draft)])
                          .arg(counts[size_t(PostStatus::Scheduled)])
                          .arg(counts[size_t(PostStatus::Failed)]));
    const bool empty = m_model->rowCount() == 0 && !m_model->statusFilter();
    m_pages->setCurrentIndex(empty ? 1 : 0);
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

void MainWindow::chooseCsv()
{
    QSettings settings;
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Import CSV"), settings.value(QStringLiteral("import/lastFolder")).toString(),
        tr("CSV files (*.csv *.tsv *.txt);;All files (*)"));
    if (path.isEmpty())
        return;
    settings.setValue(QStringLiteral("import/lastFolder"), QFileInfo(path).absolutePath());
    importCsv(path);
}

void MainWindow::importCsv(const QString &path)
{
    if (m_import && m_import->isRunning()) {
        QMessageBox::information(this, tr("Import running"), tr("Wait for the current import to finish."));
        return;
    }
    startImport(path, true, false);
}

void MainWindow::startImport(const QString &path, bool dryRun, bool skipInvalid)
{
    ImportOptions options;
    options.filePath = path;
    options.storePath = m_database.path();
    options.dryRun = dryRun;
    options.skipInvalid = skipInvalid;
    m_import = new BackgroundImport(options, this);

    m_progress = new QProgressDialog(dryRun ? tr("Checking %1…").arg(QFileInfo(path).fileName())
                                            : tr("Importing %1…").arg(QFileInfo(path).fileName()),
                                     tr("Cancel"), 0, 1000, this);
    m_progress->setObjectName(QStringLiteral("importProgress"));
    m_progress->setWindowTitle(tr("Import CSV"));
    m_progress->setWindowModality(Qt::WindowModal);
    m_progress->setMinimumDuration(300);
    m_progress->setAutoClose(false);
    m_progress->setAutoReset(false);
    m_progress->setValue(0);
    connect(m_progress, &QProgressDialog::canceled, m_import, &BackgroundImport::cancel);
    connect(m_import, &BackgroundImport::progressed, m_progress, [this](qint64 read, qint64 total) {
        if (m_progress && total > 0)
            m_progress->setValue(int(read * 1000 / total));
    });
    connect(m_import, &BackgroundImport::finished, this, &MainWindow::importFinished);
    m_import->start();
}

void MainWindow::importFinished(const ImportOutcome &outcome)
{
    using Status = ImportOutcome::Status;
    BackgroundImport *import = m_import;
    const ImportOptions options = import->options();
    const QStringList issues = import->issueLines();
    import->deleteLater();
    if (m_progress) {
        m_progress->close();
        m_progress->deleteLater();
    }
    const QString fileName = QFileInfo(options.filePath).fileName();

    switch (outcome.status) {
    case Status::Cancelled:
        statusBar()->showMessage(tr("Import of %1 cancelled; nothing was written.").arg(fileName), 8000);
        return;
    case Status::FileRefused:
    case Status::StoreFailed: {
        QMessageBox box(QMessageBox::Warning, tr("Cannot import %1").arg(fileName),
                        tr("Nothing was imported from %1.").arg(fileName), QMessageBox::Ok, this);
        box.setObjectName(QStringLiteral("importRefusedBox"));
        box.setInformativeText(outcome.fileErrors.join(u'\n'));
        box.exec();
        return;
    }
    case Status::Committed:
        m_model->reload();
        statusBar()->showMessage(outcome.rowsInvalid
                                     ? tr("Imported %n post(s) from %1; %2 invalid rows were left out and recorded.",
                                          nullptr, int(outcome.rowsValid))
                                           .arg(fileName)
                                           .arg(outcome.rowsInvalid)
                                     : tr("Imported %n post(s) from %1.", nullptr, int(outcome.rowsValid)).arg(fileName),
                                 10000);
        return;
    case Status::Validated: {
        QMessageBox box(QMessageBox::Question, tr("Import %1").arg(fileName),
                        tr("All %n row(s) of %1 are valid.", nullptr, int(outcome.rowsTotal)).arg(fileName),
                        QMessageBox::Cancel, this);
        box.setObjectName(QStringLiteral("importConfirmBox"));
        box.setInformativeText(outcome.fileWarnings.isEmpty() ? tr("Add them to the calendar?")
                                                              : outcome.fileWarnings.join(u'\n'));
        QPushButton *go = box.addButton(tr("Import %n post(s)", nullptr, int(outcome.rowsValid)), QMessageBox::AcceptRole);
        box.setDefaultButton(go);
        box.exec();
        if (box.clickedButton() == go)
            startImport(options.filePath, false, false);
        return;
    }
    case Status::ValidationFailed: {
        QMessageBox box(QMessageBox::Warning, tr("Import %1").arg(fileName),
                        tr("%1 of %2 rows have errors; nothing has been imported.")
                            .arg(outcome.rowsInvalid)
                            .arg(outcome.rowsTotal),
                        QMessageBox::Cancel, this);
        box.setObjectName(QStringLiteral("importErrorsBox"));
        box.setInformativeText(tr("Fix the rows in the file and import it again, or import only the valid rows; "
                                  "the others are kept in the import history with their errors."));
        QStringList details = issues;
        if (issues.size() >= BackgroundImport::MaxIssueLines)
            details.append(tr("… and more."));
        box.setDetailedText(details.join(u'\n'));
        QPushButton *partial = nullptr;
        if (outcome.rowsValid > 0)
            partial = box.addButton(tr("Import the %n valid row(s)", nullptr, int(outcome.rowsValid)),
                                    QMessageBox::AcceptRole);
        box.exec();
        if (partial && box.clickedButton() == partial)
            startImport(options.filePath, false, true);
        return;
    }
    }
}

} // namespace Almanac
