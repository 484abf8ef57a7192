// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/calendar/unscheduledpanel.h"

#include "models/itemmodels/postlistmodel.h"

#include <QKeyEvent>
#include <QLabel>
#include <QListView>
#include <QVBoxLayout>

namespace Almanac {

UnscheduledPanel::UnscheduledPanel(QSqlDatabase db, QWidget *parent)
    : QWidget(parent)
    , m_model(new PostListModel(std::move(db), this))
    , m_view(new QListView)
    , m_hint(new QLabel(tr("Drafts without a date appear here. Drag one onto a day to schedule it.")))
{
    m_model->setUndatedDraftsOnly(true);
    m_view->setObjectName(QStringLiteral("unscheduledView"));
    m_view->setModel(m_model);
    m_view->setModelColumn(PostListModel::ContentColumn);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setDragEnabled(true);
    m_view->setDragDropMode(QAbstractItemView::DragOnly);
    m_view->setDefaultDropAction(Qt::MoveAction);
    // Whole texts, wrapped: an idea is recognised by more than its first words.
    m_view->setWordWrap(true);
    m_view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_view->setResizeMode(QListView::Adjust);
    m_view->setSpacing(2);
    m_view->setAlternatingRowColors(true);
    m_view->setAccessibleName(tr("Drafts without a date"));
    m_view->installEventFilter(this);
    m_hint->setObjectName(QStringLiteral("unscheduledHint"));
    m_hint->setWordWrap(true);
    m_hint->setForegroundRole(QPalette::PlaceholderText);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 4, 6, 4);
    layout->addWidget(m_hint);
    layout->addWidget(m_view, 1);

    connect(m_view, &QListView::activated, this, [this](const QModelIndex &index) {
        Q_EMIT openPostRequested(index.data(PostListModel::PostIdRole).toString());
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, &UnscheduledPanel::updateHint);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &UnscheduledPanel::updateHint);
    updateHint();
}

void UnscheduledPanel::reload()
{
    m_model->reload();
}

int UnscheduledPanel::count() const
{
    return m_model->rowCount();
}

QStringList UnscheduledPanel::selectedIds() const
{
    QStringList ids;
    for (const QModelIndex &index : m_view->selectionModel()->selectedIndexes())
        ids.append(index.data(PostListModel::PostIdRole).toString());
    return ids;
}

void UnscheduledPanel::updateHint()
{
    // The hint says what the panel is for while it is empty, and stays as a
    // one-line reminder of the drag once there is something to drag.
    m_view->setVisible(m_model->rowCount() > 0);
}

bool UnscheduledPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if ((key == Qt::Key_Delete || key == Qt::Key_Backspace) && !selectedIds().isEmpty()) {
            Q_EMIT deleteRequested(selectedIds());
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace Almanac
