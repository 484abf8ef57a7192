// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/importwizard/importhistorydialog.h"

#include "ui/mainwindow/appearance.h"
#include "app/importing/rowreport.h"
#include "app/settings/appsettings.h"
#include "models/itemmodels/importrowsmodel.h"
#include "models/store/database.h"
#include "models/store/importrepository.h"

#include <QCheckBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QSplitter>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Almanac {

ImportHistoryDialog::ImportHistoryDialog(Database &database, QWidget *parent)
    : QDialog(parent)
    , m_database(database)
    , m_imports(new QTableWidget)
    , m_rows(new ImportRowsModel(database.connection(), this))
    , m_rowsView(new QTableView)
    , m_undo(new QPushButton(tr("&Undo Import")))
    , m_export(new QPushButton(tr("&Export Row Report…")))
    , m_details(new QCheckBox(tr("Show &details: each post's ID and the row as stored")))
{
    setObjectName(QStringLiteral("importHistory"));
    setWindowTitle(tr("Import History"));
    Appearance::fitToScreen(this, QSize(1000, 640));
    m_imports->setObjectName(QStringLiteral("importList"));
    m_imports->setColumnCount(8);
    m_imports->setHorizontalHeaderLabels({tr("Imported"), tr("File"), tr("Format"), tr("Rows"), tr("Posts"),
                                          tr("Skipped"), tr("Excluded"), tr("Status")});
    m_imports->verticalHeader()->hide();
    m_imports->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_imports->setSelectionMode(QAbstractItemView::SingleSelection);
    m_imports->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_imports->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_imports->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_rowsView->setObjectName(QStringLiteral("importRows"));
    m_rowsView->setModel(m_rows);
    m_rowsView->verticalHeader()->hide();
    m_rowsView->setWordWrap(false);
    m_rowsView->setAlternatingRowColors(true);
    m_rowsView->setColumnWidth(ImportRowsModel::ErrorColumn, 300);
    m_details->setObjectName(QStringLiteral("historyDetails"));
    // Ids and the stored JSON are for support and scripts, not for reading: behind a toggle.
    auto showDetails = [this] {
        m_rowsView->setColumnHidden(m_rows->postIdColumn(), !m_details->isChecked());
        m_rowsView->setColumnHidden(m_rows->rawColumn(), !m_details->isChecked());
    };
    connect(m_details, &QCheckBox::toggled, this, showDetails);
    connect(m_rows, &QAbstractItemModel::modelReset, this, showDetails);
    m_undo->setObjectName(QStringLiteral("historyUndoButton"));
    m_export->setObjectName(QStringLiteral("exportRowsButton"));

    auto *split = new QSplitter(Qt::Vertical);
    split->addWidget(m_imports);
    split->addWidget(m_rowsView);
    split->setStretchFactor(1, 2);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    buttons->addButton(m_undo, QDialogButtonBox::ActionRole);
    buttons->addButton(m_export, QDialogButtonBox::ActionRole);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(split, 1);
    layout->addWidget(m_details);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_imports, &QTableWidget::itemSelectionChanged, this, &ImportHistoryDialog::showRows);
    connect(m_undo, &QPushButton::clicked, this, [this] {
        const qint64 id = selectedImport();
        const auto answer = QMessageBox::question(this, tr("Undo Import"),
                                                  tr("Remove the posts this import created? Posts you made or "
                                                     "changed since are not touched; the history keeps its rows."));
        if (id && answer == QMessageBox::Yes) {
            m_undo->setEnabled(false); // until the undo has ended (reload)
            Q_EMIT undoImportRequested(id);
        }
    });
    connect(m_export, &QPushButton::clicked, this, &ImportHistoryDialog::exportRows);
    reload();
}

void ImportHistoryDialog::reload()
{
    const qint64 keep = selectedImport();
    const QList<ImportJob> jobs = ImportRepository(m_database.connection()).list();
    const QLocale locale;
    const QTimeZone zone = AppSettings().timeZone(); // the zone the window shows times in, not the system's
    m_imports->setRowCount(int(jobs.size()));
    for (int i = 0; i < jobs.size(); ++i) {
        const ImportJob &job = jobs.at(i);
        const QStringList cells{locale.toString(QDateTime::fromSecsSinceEpoch(job.createdAt, zone), QLocale::ShortFormat),
                                job.fileName,
                                job.dialect,
                                locale.toString(job.rowsTotal),
                                locale.toString(job.rowsCommitted),
                                locale.toString(job.rowsSkipped),
                                locale.toString(job.rowsExcluded),
                                job.status == u"undone" ? tr("Undone") : tr("Imported")};
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells.at(c));
            item->setData(Qt::UserRole, job.id);
            m_imports->setItem(i, c, item);
        }
        m_imports->item(i, 0)->setData(Qt::UserRole + 1, job.status);
        if (job.id == keep || (keep == 0 && i == 0))
            m_imports->selectRow(i);
    }
    showRows();
}

qint64 ImportHistoryDialog::selectedImport() const
{
    const QList<QTableWidgetItem *> selected = m_imports->selectedItems();
    return selected.isEmpty() ? 0 : selected.first()->data(Qt::UserRole).toLongLong();
}

void ImportHistoryDialog::showRows()
{
    const qint64 id = selectedImport();
    if (id != m_rows->importId())
        m_rows->setImport(id);
    const QList<QTableWidgetItem *> selected = m_imports->selectedItems();
    const bool committed = !selected.isEmpty()
        && m_imports->item(selected.first()->row(), 0)->data(Qt::UserRole + 1).toString() == u"committed";
    m_undo->setEnabled(committed);
    m_export->setEnabled(id != 0);
}

void ImportHistoryDialog::exportRows()
{
    const qint64 id = selectedImport();
    if (!id)
        return;
    AppSettings settings;
    const QString name = QFileInfo(m_imports->item(m_imports->currentRow(), 1)->text()).completeBaseName();
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export Row Report"), settings.lastImportFolder() + u'/' + tr("%1 rows.csv").arg(name),
        tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    QSaveFile file(path);
    Result<qint64> written = file.open(QIODevice::WriteOnly)
        ? writeRowReport(m_database.connection(), id, &file)
        : Result<qint64>(Error{file.errorString()});
    if (written && !file.commit())
        written = Error{file.errorString()};
    if (!written)
        QMessageBox::warning(this, tr("Export Row Report"), tr("The report was not saved: %1").arg(written.error()));
}

} // namespace Almanac
