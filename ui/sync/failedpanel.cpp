// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/sync/failedpanel.h"

#include "models/itemmodels/failedtargetsmodel.h"
#include "models/itemmodels/selectedrows.h"
#include "models/store/schedulerepository.h"
#include "ui/calendar/datetimetyping.h"

#include <QDateEdit>
#include <QDateTime>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace Almanac {

FailedPanel::FailedPanel(QSqlDatabase db, QWidget *parent)
    : QWidget(parent)
    , m_model(new FailedTargetsModel(db, this))
    , m_view(new QTableView)
    , m_summary(new QLabel)
    , m_retrySelected(new QPushButton(tr("&Retry Selected")))
    , m_retryRange(new QPushButton(tr("Retry All in &Range…")))
    , m_wentOut(new QPushButton(tr("It &Went Out")))
    , m_db(std::move(db))
{
    m_view->setObjectName(QStringLiteral("failedView"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setWordWrap(false);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSectionResizeMode(FailedTargetsModel::WhenColumn, QHeaderView::ResizeToContents);
    m_view->setColumnWidth(FailedTargetsModel::DestinationColumn, 180);
    m_view->setColumnWidth(FailedTargetsModel::PostColumn, 220);
    m_summary->setObjectName(QStringLiteral("failedSummary"));
    m_retrySelected->setObjectName(QStringLiteral("retrySelectedButton"));
    m_retryRange->setObjectName(QStringLiteral("retryRangeButton"));
    m_wentOut->setObjectName(QStringLiteral("confirmPublishedButton"));
    m_wentOut->setToolTip(tr("For an unconfirmed post: you checked the account, and the post is there"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_summary, 1);
    buttons->addWidget(m_retrySelected);
    buttons->addWidget(m_retryRange);
    buttons->addWidget(m_wentOut);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 4, 6, 4);
    layout->addLayout(buttons);
    layout->addWidget(m_view, 1);

    connect(m_retrySelected, &QPushButton::clicked, this, [this] {
        // The destinations chosen, exactly: another of the same post may be
        // failing for a reason the user wants to look at first.
        OutboxRepository::FailedFilter filter;
        for (const QModelIndex &row : selectedIndexes())
            filter.destinations.append({row.data(FailedTargetsModel::PostIdRole).toString(),
                                        row.data(FailedTargetsModel::IntegrationIdRole).toString()});
        if (!filter.destinations.isEmpty())
            Q_EMIT retryRequested(filter);
    });
    connect(m_retryRange, &QPushButton::clicked, this, &FailedPanel::retryRange);
    connect(m_wentOut, &QPushButton::clicked, this, &FailedPanel::confirmSelectedPublished);
    connect(m_view, &QTableView::activated, this, [this](const QModelIndex &index) {
        Q_EMIT openPostRequested(index.data(FailedTargetsModel::PostIdRole).toString());
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &FailedPanel::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &FailedPanel::updateButtons);
    updateButtons();
}

QSize FailedPanel::sizeHint() const
{
    const int rows = m_view->verticalHeader()->defaultSectionSize() * 8 + m_view->horizontalHeader()->sizeHint().height();
    return {QWidget::sizeHint().width(), m_retrySelected->sizeHint().height() + rows + 2 * m_view->frameWidth() + 16};
}

void FailedPanel::reload()
{
    m_model->reload();
}

QModelIndexList FailedPanel::selectedIndexes() const
{
    QModelIndexList indexes;
    for (int row : selectedRowsOf(m_view->selectionModel()->selection(), m_view->model()->rowCount()))
        indexes.append(m_view->model()->index(row, 0));
    return indexes;
}

void FailedPanel::updateButtons()
{
    const int failed = m_model->rowCount();
    m_summary->setText(failed ? tr("%Ln destination(s) failed. Select one to see why; double-click to open the post.", nullptr, failed)
                              : tr("Nothing has failed."));
    m_retrySelected->setEnabled(m_view->selectionModel()->hasSelection());
    m_retryRange->setEnabled(failed > 0);
    bool unconfirmed = false;
    for (const QModelIndex &row : selectedIndexes())
        unconfirmed = unconfirmed || row.data(FailedTargetsModel::UnconfirmedRole).toBool();
    m_wentOut->setEnabled(unconfirmed);
}

void FailedPanel::confirmSelectedPublished()
{
    int confirmed = 0;
    for (const QModelIndex &row : selectedIndexes()) {
        if (!row.data(FailedTargetsModel::UnconfirmedRole).toBool())
            continue;
        if (ScheduleRepository(m_db)
                .confirmPublished(row.data(FailedTargetsModel::PostIdRole).toString(),
                                  row.data(FailedTargetsModel::IntegrationIdRole).toString()))
            ++confirmed;
    }
    reload();
    Q_EMIT confirmedPublished(confirmed);
}

void FailedPanel::retryRange()
{
    QDialog dialog(this);
    dialog.setObjectName(QStringLiteral("retryRangeDialog"));
    dialog.setWindowTitle(tr("Retry Failed Posts"));
    auto *from = new QDateEdit(QDate::currentDate().addDays(-7));
    from->setObjectName(QStringLiteral("retryFrom"));
    from->setCalendarPopup(true);
    auto *to = new QDateEdit(QDate::currentDate());
    to->setObjectName(QStringLiteral("retryTo"));
    to->setCalendarPopup(true);
    DateTimeTyping::install(from);
    DateTimeTyping::install(to);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Retry"));
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *form = new QFormLayout(&dialog);
    form->addRow(new QLabel(tr("Queue again every destination that failed between these days (inclusive).")));
    form->addRow(tr("&From:"), from);
    form->addRow(tr("&To:"), to);
    form->addRow(buttons);
    if (dialog.exec() != QDialog::Accepted)
        return;
    OutboxRepository::FailedFilter filter;
    filter.since = QDateTime(from->date(), QTime(0, 0)).toSecsSinceEpoch();
    filter.until = QDateTime(to->date().addDays(1), QTime(0, 0)).toSecsSinceEpoch() - 1;
    Q_EMIT retryRequested(filter);
}

} // namespace Almanac
