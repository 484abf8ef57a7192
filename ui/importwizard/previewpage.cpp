// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/importwizard/previewpage.h"

#include "app/importing/backgroundimport.h"
#include "app/settings/appsettings.h"
#include "app/importing/previewfeed.h"
#include "models/domain/clock.h"
#include "models/itemmodels/importpreviewmodel.h"
#include "models/itemmodels/selectedrows.h"
#include "models/store/database.h"
#include "models/store/integrationrepository.h"
#include "ui/calendar/calendarstyle.h"
#include "ui/importwizard/importwizard.h"
#include "ui/importwizard/movetimesdialog.h"
#include "ui/importwizard/scheduleeditor.h"
#include "ui/importwizard/setcolumndialog.h"

#include <QApplication>
#include <QComboBox>
#include <QFileInfo>
#include <QGuiApplication>
#include <QHeaderView>
#include <QIdentityProxyModel>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QProgressBar>
#include <QShortcut>
#include <QSignalBlocker>
#include <QPushButton>
#include <QSplitter>
#include <QStandardItemModel>
#include <QStyle>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

#include <climits>

namespace Almanac {

namespace {

// A change to many rows takes a moment on a large file (a second for 200k
// rows): the pointer says the window is at work meanwhile.
struct BusyCursor
{
    BusyCursor() { QGuiApplication::setOverrideCursor(Qt::WaitCursor); }
    ~BusyCursor() { QGuiApplication::restoreOverrideCursor(); }
    BusyCursor(const BusyCursor &) = delete;
    BusyCursor &operator=(const BusyCursor &) = delete;
};

// The filter's first entries (all rows, errors, warnings); the file's problems follow.
constexpr int FixedFilters = 3;
constexpr int MaxProblemsListed = 15;
constexpr int ProblemKeyRole = Qt::UserRole + 1;

// The model rows that show these spreadsheet rows now (a dialog remembers row
// numbers: the filter may hide a fixed row before it closes).
QList<int> rowsShowing(const ImportPreviewModel &model, const QList<qint64> &numbers)
{
    QList<int> rows;
    for (qint64 number : numbers)
        if (const int row = model.rowOfNumber(number); row >= 0)
            rows.append(row);
    return rows;
}

// Icons for the preview's words: the row's state, and its destinations' platforms.
class PreviewDecorations final : public QIdentityProxyModel
{
public:
    using QIdentityProxyModel::QIdentityProxyModel;

    QVariant data(const QModelIndex &index, int role) const override
    {
        if (role != Qt::DecorationRole)
            return QIdentityProxyModel::data(index, role);
        if (index.column() == ImportPreviewModel::StatusColumn) {
            switch (ImportPreviewModel::RowState(index.data(ImportPreviewModel::RowStateRole).toInt())) {
            case ImportPreviewModel::RowState::Valid: return style()->standardIcon(QStyle::SP_DialogApplyButton);
            case ImportPreviewModel::RowState::Warning: return style()->standardIcon(QStyle::SP_MessageBoxWarning);
            case ImportPreviewModel::RowState::Error: return style()->standardIcon(QStyle::SP_MessageBoxCritical);
            case ImportPreviewModel::RowState::Excluded: return style()->standardIcon(QStyle::SP_DialogCancelButton);
            }
        }
        if (index.column() == ImportPreviewModel::DestinationsColumn) {
            const QStringList platforms = index.data(ImportPreviewModel::PlatformsRole).toStringList();
            if (!platforms.isEmpty())
                return icon(platforms.first());
        }
        return {};
    }

private:
    static QStyle *style() { return QApplication::style(); }
    QIcon icon(const QString &platform) const
    {
        auto found = m_icons.constFind(platform);
        if (found == m_icons.cend())
            found = m_icons.insert(platform, CalendarStyle::platformIcon(platform));
        return *found;
    }
    mutable QHash<QString, QIcon> m_icons;
};

} // namespace

PreviewPage::PreviewPage()
    : m_status(new QLabel)
    , m_progress(new QProgressBar)
    , m_stop(new QPushButton(tr("S&top")))
    , m_again(new QPushButton(tr("Check &Again")))
    , m_filter(new QComboBox)
    , m_excludeErrors(new QPushButton(tr("&Leave Out Rows with Errors")))
    , m_setColumn(new QPushButton(tr("Set a Col&umn…")))
    , m_moveTimes(new QPushButton(tr("&Move Times…")))
    , m_nextHint(new QLabel)
    , m_undoSet(new QPushButton)
    , m_redoSet(new QPushButton)
    , m_counts(new QLabel)
    , m_table(new QTableView)
    , m_fieldsTitle(new QLabel)
    , m_rowIssues(new QLabel)
    , m_fields(new QTableWidget)
{
    setTitle(tr("Check Every Row"));
    setSubTitle(tr("Double-click a cell, or a field below, to fix it. Clear a row's box to leave it out; it is "
                   "recorded in the import history as excluded."));
    m_status->setObjectName(QStringLiteral("previewStatus"));
    m_status->setWordWrap(true);
    m_progress->setObjectName(QStringLiteral("previewProgress"));
    m_progress->setRange(0, 1000);
    m_stop->setObjectName(QStringLiteral("stopCheckButton"));
    m_again->setObjectName(QStringLiteral("checkAgainButton"));
    m_again->hide();
    m_filter->setObjectName(QStringLiteral("previewFilter"));
    // Their texts, with how many rows each shows, are set by updateCounts().
    m_filter->addItem(QString(), int(ImportPreviewModel::Filter::All));
    m_filter->addItem(QString(), int(ImportPreviewModel::Filter::Errors));
    m_filter->addItem(QString(), int(ImportPreviewModel::Filter::Warnings));
    m_filter->setToolTip(tr("Once the file is checked, its commonest problems are listed here too: choose one to see "
                            "only its rows, then select them all (Ctrl+A) to fix them together with Set a Column or "
                            "leave them out with Space."));
    // A problem's example is the first row's words: long, so the box keeps its width.
    m_filter->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_filter->setMinimumContentsLength(24);
    m_counts->setObjectName(QStringLiteral("previewCounts"));
    m_table->setObjectName(QStringLiteral("previewTable"));
    m_table->setAccessibleName(tr("Rows of the file, as checked"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    m_table->setWordWrap(false);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->installEventFilter(this);
    m_table->setToolTip(tr("Space includes or excludes the selected rows; F2 or a double-click fixes a cell. Select "
                           "several rows (Shift or Ctrl and a click) to set a column for all of them."));
    // Uniform rows: a million of them must not be measured one by one.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_fieldsTitle->setObjectName(QStringLiteral("rowFieldsTitle"));
    m_rowIssues->setObjectName(QStringLiteral("rowIssues"));
    m_rowIssues->setWordWrap(true);
    m_rowIssues->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_rowIssues->setStyleSheet(CalendarStyle::errorStyleSheet());
    m_fields->setObjectName(QStringLiteral("rowFields"));
    m_fields->setAccessibleName(tr("Every field of the selected row"));
    m_fields->setColumnCount(2);
    m_fields->setHorizontalHeaderLabels({tr("Column"), tr("Value")});
    m_fields->verticalHeader()->hide();
    m_fields->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_fields->horizontalHeader()->setStretchLastSection(true);

    auto *top = new QHBoxLayout;
    top->addWidget(m_progress, 1);
    top->addWidget(m_stop);
    top->addWidget(m_again);
    auto *filterRow = new QHBoxLayout;
    filterRow->addWidget(new QLabel(tr("Show:")));
    filterRow->addWidget(m_filter);
    filterRow->addSpacing(12);
    filterRow->addWidget(m_counts, 1);
    // What can be done to many rows at once, on a row of its own: the words of
    // each (and the Undo's) fit in any language.
    auto *actionRow = new QHBoxLayout;
    m_excludeErrors->setObjectName(QStringLiteral("excludeErrorsButton"));
    m_excludeErrors->setToolTip(tr("Clear the box of every row with errors: they are recorded as excluded, and "
                                   "the others can be imported."));
    actionRow->addWidget(m_excludeErrors);
    m_setColumn->setObjectName(QStringLiteral("setColumnButton"));
    m_setColumn->setToolTip(tr("Give one column the same value in every selected row."));
    m_setColumn->setEnabled(false);
    actionRow->addWidget(m_setColumn);
    m_moveTimes->setObjectName(QStringLiteral("moveTimesButton"));
    m_moveTimes->setToolTip(tr("Move the selected rows' dates by days, weeks, months or years (last year's plan to "
                               "this year, say); each keeps its time of day."));
    m_moveTimes->setEnabled(false);
    actionRow->addWidget(m_moveTimes);
    connect(m_moveTimes, &QPushButton::clicked, this, &PreviewPage::moveTimesOfSelectedRows);
    m_undoSet->setObjectName(QStringLiteral("undoSetColumnButton"));
    m_undoSet->hide();
    actionRow->addWidget(m_undoSet);
    connect(m_setColumn, &QPushButton::clicked, this, &PreviewPage::setColumnOfSelectedRows);
    m_redoSet->setObjectName(QStringLiteral("redoSetColumnButton"));
    m_redoSet->hide();
    actionRow->addWidget(m_redoSet);
    connect(m_undoSet, &QPushButton::clicked, this, [this] {
        if (ImportPreviewModel *model = static_cast<ImportWizard *>(wizard())->previewModel()) {
            const BusyCursor busy;
            if (const StepHistory::Step *step = m_steps.undo(*model))
                m_status->setText(step->undone);
        }
        showUndo();
    });
    connect(m_redoSet, &QPushButton::clicked, this, [this] {
        if (ImportPreviewModel *model = static_cast<ImportWizard *>(wizard())->previewModel()) {
            const BusyCursor busy;
            if (const StepHistory::Step *step = m_steps.redo(*model))
                m_status->setText(step->done);
        }
        showUndo();
    });
    auto *details = new QWidget;
    auto *detailsLayout = new QVBoxLayout(details);
    detailsLayout->setContentsMargins(0, 0, 0, 0);
    detailsLayout->addWidget(m_fieldsTitle);
    detailsLayout->addWidget(m_rowIssues);
    detailsLayout->addWidget(m_fields);
    auto *split = new QSplitter(Qt::Vertical);
    split->addWidget(m_table);
    split->addWidget(details);
    // The detail area gets room for a row's fields and its whole error by default.
    m_fields->setMinimumHeight(5 * (fontMetrics().height() + 8));
    split->setObjectName(QStringLiteral("previewSplitter"));
    split->setChildrenCollapsible(false);
    // Most of the height for the rows (a walk saw twelve of 200k); the details keep their minimum.
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    split->setSizes({480, 200});
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_table, &QWidget::customContextMenuRequested, this, &PreviewPage::showRowMenu);
    connect(m_excludeErrors, &QPushButton::clicked, this, &PreviewPage::excludeRowsWithErrors);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_status);
    layout->addLayout(filterRow);
    actionRow->addStretch();
    // Why Next is greyed out, where the rows are: it waits for every error.
    m_nextHint->setObjectName(QStringLiteral("nextHint"));
    m_nextHint->hide();
    actionRow->addWidget(m_nextHint);
    layout->addLayout(actionRow);
    layout->addWidget(split, 1);

    // Ctrl+Z on the page does what its Undo button says, while it is shown.
    auto *undoKey = new QShortcut(QKeySequence::Undo, this);
    undoKey->setObjectName(QStringLiteral("undoShortcut"));
    undoKey->setContext(Qt::WidgetWithChildrenShortcut);
    connect(undoKey, &QShortcut::activated, this, [this] {
        if (m_undoSet->isVisible())
            m_undoSet->click();
    });
    // Ctrl+Shift+Z (Ctrl+Y too) does again what was taken back.
    for (const QKeySequence &keys : {QKeySequence(QKeySequence::Redo), QKeySequence(Qt::CTRL | Qt::Key_Y)}) {
        auto *redoKey = new QShortcut(keys, this);
        redoKey->setObjectName(QStringLiteral("redoShortcut"));
        redoKey->setContext(Qt::WidgetWithChildrenShortcut);
        connect(redoKey, &QShortcut::activated, this, [this] {
            if (m_redoSet->isVisible())
                m_redoSet->click();
        });
    }
    connect(m_stop, &QPushButton::clicked, this, &PreviewPage::stop);
    connect(m_again, &QPushButton::clicked, this, &PreviewPage::start);
    connect(m_filter, &QComboBox::currentIndexChanged, this, &PreviewPage::filterChosen);
    connect(m_fields, &QTableWidget::cellChanged, this, [this](int row, int column) {
        if (column == 1)
            fieldEdited(row);
    });
}

PreviewPage::~PreviewPage()
{
    delete m_check; // waits for its worker before the feed and the model go
}

void PreviewPage::initializePage()
{
    start();
}

void PreviewPage::cleanupPage()
{
    delete m_check;
    m_check = nullptr;
    m_table->setModel(nullptr);
    static_cast<ImportWizard *>(wizard())->setPreviewModel(nullptr);
}

void PreviewPage::start()
{
    auto *wizard = static_cast<ImportWizard *>(this->wizard());
    cleanupPage();
    m_judged = false;
    const ImportOptions options = wizard->importOptions(true);
    ValidationContext context{IntegrationRepository(wizard->database().connection()).list(), wizard->mapping().zone,
                              Clock::nowSecs(), ValidationContext::DefaultDaysAhead};
    context.allowLocalNetworkMedia = options.allowLocalNetworkMedia;
    // A fixed cell is read as the Map page says, else as the file shows.
    context.dateOrder = options.dateOrder != DateOrder::Unknown ? options.dateOrder : wizard->fileDateOrder();
    context.defaultMinute = options.defaultMinute;
    auto model = std::make_unique<ImportPreviewModel>(wizard->filePath(), wizard->probe().delimiter,
                                                      wizard->dialectMapping(), context, wizard->userZone());
    model->setHeaders(wizard->probe().header);
    {
        // The last check's problems are not this one's: back to rows with errors.
        const QSignalBlocker quiet(m_filter);
        if (m_filter->currentIndex() >= FixedFilters)
            m_filter->setCurrentIndex(int(ImportPreviewModel::Filter::Errors));
        while (m_filter->count() > FixedFilters)
            m_filter->removeItem(m_filter->count() - 1);
    }
    model->setFilter(ImportPreviewModel::Filter(m_filter->currentData().toInt()));
    ImportPreviewModel *preview = model.get();
    wizard->setPreviewModel(std::move(model));
    auto *decorated = new PreviewDecorations(m_table);
    decorated->setSourceModel(preview);
    m_table->setModel(decorated);
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->resizeSection(ImportPreviewModel::IncludeColumn, 60);
    header->resizeSection(ImportPreviewModel::RowColumn, 60);
    header->resizeSection(ImportPreviewModel::StatusColumn, 100);
    header->resizeSection(ImportPreviewModel::DestinationsColumn, 200);
    header->resizeSection(ImportPreviewModel::ContentColumn, 220);
    header->resizeSection(ImportPreviewModel::TimeColumn, 140);
    header->setStretchLastSection(true);
    connect(preview, &ImportPreviewModel::countsChanged, this, &PreviewPage::updateCounts);
    connect(preview, &QAbstractItemModel::dataChanged, this, [this] { showRowFields(); });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &PreviewPage::showRowFields);
    const auto selectionActions = [this, dated = wizard->dialectMapping().scheduleColumn() >= 0] {
        m_setColumn->setEnabled(m_table->selectionModel()->hasSelection());
        m_moveTimes->setEnabled(m_setColumn->isEnabled() && dated);
    };
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, selectionActions);
    // Another filter drops the selection without a word from the selection model.
    connect(decorated, &QAbstractItemModel::modelReset, this, selectionActions);
    m_setColumn->setEnabled(false);
    m_moveTimes->setEnabled(false);
    m_steps.clear();
    showUndo();
    // A time is edited with a calendar and a clock, not typed.
    delete m_timeDelegate;
    m_timeDelegate = new ScheduleCellDelegate(preview->hasTimeOfDayColumn(), wizard->mapping().zone,
                                              options.defaultMinute, m_table);
    m_table->setItemDelegateForColumn(ImportPreviewModel::TimeColumn, m_timeDelegate);

    m_feed = std::make_unique<PreviewFeed>(preview);
    m_check = new BackgroundImport(options, this);
    m_check->setRowObserver(m_feed.get());
    connect(m_check, &BackgroundImport::progressed, this, [this](qint64 read, qint64 total) {
        if (total > 0)
            m_progress->setValue(int(read * 1000 / total));
    });
    connect(m_check, &BackgroundImport::finished, this, &PreviewPage::finished);
    m_progress->setValue(0);
    m_progress->show();
    m_stop->show();
    m_again->hide();
    m_status->setStyleSheet({});
    m_status->setText(tr("Checking %1…").arg(QFileInfo(wizard->filePath()).fileName()));
    updateCounts();
    showRowFields();
    m_check->start();
}

void PreviewPage::stop()
{
    if (m_check)
        m_check->cancel();
}

bool PreviewPage::isRunning() const
{
    return m_check && m_check->isRunning();
}

void PreviewPage::finished(const ImportOutcome &outcome)
{
    using Status = ImportOutcome::Status;
    m_stop->hide();
    m_progress->setValue(1000);
    switch (outcome.status) {
    case Status::Validated:
    case Status::ValidationFailed:
        m_judged = true;
        m_progress->hide();
        m_status->setText(tr("All %1 rows checked.").arg(QLocale().toString(outcome.rowsTotal)));
        break;
    case Status::Cancelled:
        m_again->show();
        m_status->setText(tr("Stopped after %1 rows; nothing was written. Check the whole file to go on.")
                              .arg(QLocale().toString(static_cast<ImportWizard *>(wizard())->previewModel()->totalRows())));
        break;
    default:
        m_again->show();
        m_status->setStyleSheet(CalendarStyle::errorStyleSheet());
        m_status->setText(tr("This file cannot be imported: %1").arg(outcome.fileErrors.join(u' ')));
        break;
    }
    if (!outcome.fileWarnings.isEmpty() && m_judged)
        m_status->setText(m_status->text() + u' ' + outcome.fileWarnings.join(u' '));
    updateCounts(); // the problems and why Next waits, now that every row is judged
    Q_EMIT completeChanged();
}

void PreviewPage::filterChosen()
{
    ImportPreviewModel *model = static_cast<ImportWizard *>(wizard())->previewModel();
    if (!model)
        return;
    const auto filter = ImportPreviewModel::Filter(m_filter->currentData().toInt());
    if (filter == ImportPreviewModel::Filter::Problem)
        model->setProblemFilter(m_filter->currentData(ProblemKeyRole).toString());
    else
        model->setFilter(filter);
    // Other rows: from their first, not where the last ones were scrolled to.
    m_table->scrollToTop();
}

void PreviewPage::refreshProblems()
{
    const ImportPreviewModel *model = static_cast<ImportWizard *>(wizard())->previewModel();
    if (!model || !m_judged)
        return;
    const QString chosen = m_filter->currentData(ProblemKeyRole).toString();
    const QString chosenLabel = m_filter->currentData(Qt::ToolTipRole).toString();
    QList<ImportPreviewModel::Problem> problems = model->problems(MaxProblemsListed);
    // The chosen one stays listed while it has rows, among the commonest or not.
    if (!chosen.isEmpty() && model->problemRows(chosen) > 0
        && std::none_of(problems.cbegin(), problems.cend(), [&](const auto &p) { return p.key == chosen; }))
        problems.append({chosen, chosenLabel, model->problemRows(chosen)});
    bool stillThere = false;
    {
        const QSignalBlocker quiet(m_filter);
        while (m_filter->count() > FixedFilters)
            m_filter->removeItem(m_filter->count() - 1);
        if (!problems.isEmpty())
            m_filter->insertSeparator(FixedFilters);
        for (const ImportPreviewModel::Problem &p : std::as_const(problems)) {
            const QString label = p.label.size() > 110 ? p.label.left(109) + u'\u2026' : p.label;
            m_filter->addItem(tr("%Ln row(s): %1", nullptr, int(qMin<qint64>(p.rows, INT_MAX))).arg(label),
                              int(ImportPreviewModel::Filter::Problem));
            const int item = m_filter->count() - 1;
            m_filter->setItemData(item, p.key, ProblemKeyRole);
            m_filter->setItemData(item, p.label, Qt::ToolTipRole);
            if (p.key == chosen) {
                m_filter->setCurrentIndex(item);
                stillThere = true;
            }
        }
        if (!chosen.isEmpty() && !stillThere) // every row with it fixed or left out
            m_filter->setCurrentIndex(int(ImportPreviewModel::Filter::Errors));
    }
    if (!chosen.isEmpty() && !stillThere)
        filterChosen();
}

void PreviewPage::updateCounts()
{
    const ImportPreviewModel *model = static_cast<ImportWizard *>(wizard())->previewModel();
    if (!model)
        return;
    const ImportPreviewModel::Counts c = model->counts();
    m_excludeErrors->setEnabled(c.errors > 0);
    const QLocale locale;
    QStringList parts{tr("%1 valid").arg(locale.toString(c.valid)),
                      tr("%1 with errors").arg(locale.toString(c.errors))};
    if (c.warnings)
        parts.append(tr("%1 with warnings").arg(locale.toString(c.warnings)));
    if (c.excluded)
        parts.append(c.excludedWithErrors ? tr("%1 excluded (%2 with errors)")
                                                .arg(locale.toString(c.excluded), locale.toString(c.excludedWithErrors))
                                          : tr("%1 excluded").arg(locale.toString(c.excluded)));
    m_counts->setText(parts.join(QStringLiteral(" · ")));
    // The filters list left-out rows too: each says how many rows it shows,
    // and one with none cannot be chosen unless it is the one shown.
    const auto offer = [this, &locale](ImportPreviewModel::Filter filter, const QString &text, qint64 rows) {
        const int item = int(filter);
        m_filter->setItemText(item, text.arg(locale.toString(rows)));
        if (auto *items = qobject_cast<QStandardItemModel *>(m_filter->model()))
            items->item(item)->setEnabled(rows > 0 || m_filter->currentIndex() == item);
    };
    offer(ImportPreviewModel::Filter::All, tr("All rows (%1)"), c.valid + c.errors + c.excluded);
    offer(ImportPreviewModel::Filter::Errors, tr("Rows with errors (%1)"), c.errors + c.excludedWithErrors);
    offer(ImportPreviewModel::Filter::Warnings, tr("Rows with warnings (%1)"), c.warnings + c.excludedWithWarnings);
    m_nextHint->setText(c.errors > 0 ? tr("To go on, fix or leave out the %Ln row(s) with errors.", nullptr,
                                          int(qMin<qint64>(c.errors, INT_MAX)))
                                     : tr("Every row is left out: include one to go on."));
    m_nextHint->setVisible(m_judged && (c.errors > 0 || (c.valid == 0 && c.excluded > 0)));
    if (!isRunning())
        refreshProblems(); // after a fix: while the file is read, once at its end
    Q_EMIT completeChanged();
}

void PreviewPage::showRowFields()
{
    const ImportPreviewModel *model = static_cast<ImportWizard *>(wizard())->previewModel();
    const QModelIndex current = m_table->currentIndex();
    m_fillingFields = true;
    if (!model || !current.isValid()) {
        m_fields->setRowCount(0);
        m_fieldsTitle->setText(tr("Select a row to see all its fields."));
        m_rowIssues->hide();
        m_fillingFields = false;
        return;
    }
    const QStringList headers = model->headers();
    const QStringList values = model->fields(current.row());
    m_fieldsTitle->setText(tr("Row %1, every field:").arg(current.data(ImportPreviewModel::RowNumberRole).toLongLong()));
    const QString issues = current.siblingAtColumn(ImportPreviewModel::IssuesColumn).data(Qt::ToolTipRole).toString();
    m_rowIssues->setText(issues);
    m_rowIssues->setVisible(!issues.isEmpty());
    m_fields->setRowCount(int(qMax(headers.size(), values.size())));
    // A field an error names is marked: the issues name columns as the mapping reads them.
    const DialectMapping mapping = static_cast<ImportWizard *>(wizard())->dialectMapping();
    const QStringList issueLines = issues.split(u'\n');
    QTableWidgetItem *firstAtFault = nullptr;
    for (int i = 0; i < m_fields->rowCount(); ++i) {
        auto *name = new QTableWidgetItem(headers.value(i));
        name->setFlags(Qt::ItemIsEnabled);
        auto *value = new QTableWidgetItem(values.value(i));
        const QString column = i < mapping.columns.size() ? mapping.columns.at(i).header : QString();
        const bool atFault = !column.isEmpty() && std::any_of(issueLines.cbegin(), issueLines.cend(), [&](const QString &line) {
            return line.startsWith(column + QStringLiteral(": ")) || line.startsWith(column + u'.');
        });
        if (atFault) {
            QFont bold = name->font();
            bold.setBold(true);
            name->setFont(bold);
            name->setForeground(QColor(0xd7, 0x30, 0x27));
            name->setData(Qt::UserRole, true); // at fault (for tests and screen readers' descriptions)
            name->setToolTip(tr("This field has an error."));
            if (!firstAtFault)
                firstAtFault = name;
        }
        m_fields->setItem(i, 0, name);
        m_fields->setItem(i, 1, value);
    }
    // The field at fault is in sight, however far down the row's fields it is.
    if (firstAtFault)
        m_fields->scrollToItem(firstAtFault, QAbstractItemView::EnsureVisible);
    m_fillingFields = false;
}

void PreviewPage::fieldEdited(int fieldRow)
{
    ImportPreviewModel *model = static_cast<ImportWizard *>(wizard())->previewModel();
    const QModelIndex current = m_table->currentIndex();
    if (m_fillingFields || !model || !current.isValid())
        return;
    model->setField(current.row(), fieldRow, m_fields->item(fieldRow, 1)->text());
}

void PreviewPage::excludeRowsWithErrors()
{
    ImportPreviewModel *model = static_cast<ImportWizard *>(wizard())->previewModel();
    if (!model)
        return;
    const BusyCursor busy;
    const QList<qint64> left = model->excludeRowsWithErrors();
    if (left.isEmpty())
        return;
    const QString done = tr("%Ln row(s) with errors left out.", nullptr, int(left.size()));
    offerUndo({tr("Und&o Leave Out"), tr("The rows left out are in again."),
               [left](ImportPreviewModel &m) { m.setExcludedRowNumbers(left, false); }, tr("Re&do Leave Out"), done,
               [left](ImportPreviewModel &m) { m.setExcludedRowNumbers(left, true); }});
    m_status->setText(done);
}

QList<int> PreviewPage::selectedRows() const
{
    if (!m_table->selectionModel())
        return {};
    // The proxy only adds icons: its rows are the model's, one for one.
    return selectedRowsOf(m_table->selectionModel()->selection(), m_table->model()->rowCount());
}

void PreviewPage::setColumnOfSelectedRows()
{
    auto *wizard = static_cast<ImportWizard *>(this->wizard());
    ImportPreviewModel *model = wizard->previewModel();
    const QList<int> rows = selectedRows();
    if (!model || rows.isEmpty())
        return;
    // As an integrations cell names them: by id, or by platform where one account is on it.
    QStringList accounts;
    QHash<QString, int> onPlatform;
    for (const Integration &in : model->integrations()) {
        accounts.append(in.id);
        ++onPlatform[in.platform];
    }
    for (auto it = onPlatform.cbegin(); it != onPlatform.cend(); ++it)
        if (it.value() == 1 && !accounts.contains(it.key()))
            accounts.append(it.key());
    auto *dialog = new SetColumnDialog(model->headers(), wizard->dialectMapping(), int(rows.size()),
                                       wizard->mapping().zone, AppSettings().defaultPostingMinute(), accounts, this);
    // Rows shown for one problem: the column it is in. A problem's key starts
    // with its column as the issues name it: the mapping's name, not the file's.
    if (m_filter->currentData().toInt() == int(ImportPreviewModel::Filter::Problem)) {
        const QString column = m_filter->currentData(ProblemKeyRole).toString().section(u'\x1f', 0, 0);
        const QList<ColumnBinding> &columns = wizard->dialectMapping().columns;
        for (qsizetype i = 0; !column.isEmpty() && i < columns.size(); ++i)
            if (columns.at(i).header == column)
                dialog->chooseColumn(int(i));
    }
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // Row numbers, not model rows: the filter may hide a fixed row before the dialog closes.
    QList<qint64> numbers;
    for (int row : rows)
        numbers.append(model->index(row, 0).data(ImportPreviewModel::RowNumberRole).toLongLong());
    connect(dialog, &QDialog::accepted, this, [this, dialog, numbers] {
        ImportPreviewModel *model = static_cast<ImportWizard *>(this->wizard())->previewModel();
        if (!model)
            return;
        const BusyCursor busy;
        const QList<int> rows = rowsShowing(*model, numbers);
        const int column = dialog->column();
        ImportPreviewModel::FieldsBefore before = model->setFieldOfRows(rows, column, dialog->value());
        const QString done = tr("\"%1\" set for %Ln row(s).", nullptr, int(before.size())).arg(model->headers().value(column));
        if (!before.isEmpty()) // nothing set: the last change keeps its Undo
            offerUndo({tr("Und&o Set Column"), tr("The rows have their values from before again."),
                       [column, before](ImportPreviewModel &m) { m.restoreFields(column, before); },
                       tr("Re&do Set Column"), done,
                       [column, after = StepHistory::valuesNow(*model, column, before)](ImportPreviewModel &m) {
                           m.restoreFields(column, after);
                       }});
        m_status->setText(done);
    });
    dialog->open();
}

void PreviewPage::offerUndo(StepHistory::Step step)
{
    m_steps.add(std::move(step));
    showUndo();
}

void PreviewPage::showUndo()
{
    const StepHistory::Step *undo = m_steps.nextUndo(), *redo = m_steps.nextRedo();
    m_undoSet->setVisible(undo);
    m_undoSet->setText(undo ? undo->undoWhat : QString());
    m_redoSet->setVisible(redo);
    m_redoSet->setText(redo ? redo->redoWhat : QString());
}

void PreviewPage::moveTimesOfSelectedRows()
{
    auto *wizard = static_cast<ImportWizard *>(this->wizard());
    ImportPreviewModel *model = wizard->previewModel();
    const QList<int> rows = selectedRows();
    if (!model || rows.isEmpty())
        return;
    std::optional<qint64> earliest, latest;
    QList<qint64> numbers; // row numbers, not model rows: the filter may hide a moved row
    // Many rows at one minute to the same accounts stay together when moved: said in the dialog.
    constexpr int Crowd = 10;
    QHash<std::pair<qint64, QString>, int> atOnce;
    std::pair<std::pair<qint64, QString>, int> crowd{{}, 0};
    for (int row : rows) {
        const QModelIndex time = model->index(row, ImportPreviewModel::TimeColumn);
        numbers.append(time.data(ImportPreviewModel::RowNumberRole).toLongLong());
        const QVariant utc = time.data(ImportPreviewModel::ScheduledAtRole);
        if (utc.isNull())
            continue;
        earliest = qMin(earliest.value_or(utc.toLongLong()), utc.toLongLong());
        latest = qMax(latest.value_or(utc.toLongLong()), utc.toLongLong());
        const QString accounts = model->index(row, ImportPreviewModel::DestinationsColumn).data().toString();
        const bool included = model->index(row, ImportPreviewModel::IncludeColumn).data(Qt::CheckStateRole).value<Qt::CheckState>()
            == Qt::Checked;
        if (accounts.isEmpty() || !included)
            continue;
        const std::pair key{utc.toLongLong() / 60 * 60, accounts}; // one minute
        if (const int n = ++atOnce[key]; n > crowd.second)
            crowd = {key, n};
    }
    const QTimeZone zone = wizard->mapping().zone;
    auto *dialog = new MoveTimesDialog(int(rows.size()), earliest, latest, zone, ValidationContext::DefaultDaysAhead, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (crowd.second >= Crowd)
        dialog->warnOfCrowd(crowd.second, crowd.first.first, crowd.first.second);
    connect(dialog, &QDialog::accepted, this, [this, dialog, numbers, zone] {
        auto *wizard = static_cast<ImportWizard *>(this->wizard());
        ImportPreviewModel *model = wizard->previewModel();
        if (!model)
            return;
        const BusyCursor busy;
        const QList<int> rows = rowsShowing(*model, numbers);
        ImportPreviewModel::Moved moved = model->moveTimes(rows, dialog->months(), dialog->days(), zone);
        const int count = int(moved.before.size());
        QString said = tr("The times of %Ln row(s) moved.", nullptr, count);
        if (moved.clamped)
            said += u' ' + tr("%Ln of them fell on a day their month does not have and went to its last day.", nullptr,
                              int(moved.clamped));
        if (moved.unmoved)
            said += u' ' + tr("%Ln row(s) had no time that could be read and stayed as they were.", nullptr, int(moved.unmoved));
        const int column = wizard->dialectMapping().scheduleColumn();
        if (count) // nothing moved: the last change keeps its Undo
            offerUndo({tr("Und&o Move Times"), tr("The rows have their times from before again."),
                       [column, before = moved.before](ImportPreviewModel &m) { m.restoreFields(column, before); },
                       tr("Re&do Move Times"), said,
                       [column, after = StepHistory::valuesNow(*model, column, moved.before)](ImportPreviewModel &m) {
                           m.restoreFields(column, after);
                       }});
        m_status->setText(said);
    });
    dialog->open();
}

void PreviewPage::includeSelectedRows(bool include)
{
    // The table shows the model's rows one for one (its proxy only adds icons).
    if (ImportPreviewModel *model = static_cast<ImportWizard *>(wizard())->previewModel()) {
        const BusyCursor busy;
        model->setExcludedRows(selectedRows(), !include);
    }
}

void PreviewPage::showRowMenu(const QPoint &at)
{
    const QModelIndex index = m_table->indexAt(at);
    QMenu menu(this);
    menu.setObjectName(QStringLiteral("previewRowMenu"));
    if (index.isValid() && !m_table->selectionModel()->isRowSelected(index.row()))
        m_table->selectionModel()->select(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    if (const qsizetype selected = selectedRows().size(); selected > 1) {
        menu.addAction(tr("Leave &Out the %Ln Selected Rows", nullptr, int(selected)), this,
                       [this] { includeSelectedRows(false); });
        menu.addAction(tr("&Include the %Ln Selected Rows", nullptr, int(selected)), this,
                       [this] { includeSelectedRows(true); });
        menu.addAction(m_setColumn->text(), this, &PreviewPage::setColumnOfSelectedRows);
        menu.addAction(m_moveTimes->text(), this, &PreviewPage::moveTimesOfSelectedRows)->setEnabled(m_moveTimes->isEnabled());
        menu.addSeparator();
    } else if (index.isValid()) {
        const QModelIndex include = index.siblingAtColumn(ImportPreviewModel::IncludeColumn);
        const bool included = include.data(Qt::CheckStateRole).value<Qt::CheckState>() == Qt::Checked;
        menu.addAction(included ? tr("Leave &Out This Row") : tr("&Include This Row"), this, [this, include, included] {
            m_table->model()->setData(include, included ? Qt::Unchecked : Qt::Checked, Qt::CheckStateRole);
        });
        if (index.flags() & Qt::ItemIsEditable)
            menu.addAction(tr("&Fix This Cell"), this, [this, index] { m_table->edit(index); });
        menu.addAction(m_setColumn->text(), this, &PreviewPage::setColumnOfSelectedRows);
        menu.addAction(m_moveTimes->text(), this, &PreviewPage::moveTimesOfSelectedRows)->setEnabled(m_moveTimes->isEnabled());
        menu.addSeparator();
    }
    menu.addAction(m_excludeErrors->text(), this, &PreviewPage::excludeRowsWithErrors)
        ->setEnabled(m_excludeErrors->isEnabled());
    menu.exec(m_table->viewport()->mapToGlobal(at));
}

bool PreviewPage::eventFilter(QObject *watched, QEvent *event)
{
    // Space includes or leaves out the selected rows (as the current one is), whichever cell is current.
    if (watched == m_table && event->type() == QEvent::KeyPress
        && static_cast<QKeyEvent *>(event)->key() == Qt::Key_Space && m_table->currentIndex().isValid()) {
        const QModelIndex include = m_table->currentIndex().siblingAtColumn(ImportPreviewModel::IncludeColumn);
        const bool included = include.data(Qt::CheckStateRole).value<Qt::CheckState>() == Qt::Checked;
        if (selectedRows().size() > 1)
            includeSelectedRows(!included);
        else
            m_table->model()->setData(include, included ? Qt::Unchecked : Qt::Checked, Qt::CheckStateRole);
        return true;
    }
    return QWizardPage::eventFilter(watched, event);
}

bool PreviewPage::isComplete() const
{
    const ImportPreviewModel *model = static_cast<ImportWizard *>(wizard())->previewModel();
    return m_judged && model && model->canConfirm();
}

} // namespace Almanac
