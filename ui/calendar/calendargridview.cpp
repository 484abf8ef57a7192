// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/calendar/calendargridview.h"

#include "models/domain/wallclock.h"
#include "models/itemmodels/calendarmodel.h"
#include "models/itemmodels/postlistmodel.h"
#include "models/itemmodels/selectedrows.h"
#include "ui/media/thumbnails.h"

#include <QApplication>
#include <QDragEnterEvent>
#include <QMimeData>
#include <QHelpEvent>
#include <QItemSelectionModel>
#include <QKeyEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QToolTip>

namespace Almanac {

CalendarGridView::CalendarGridView(CalendarModel *model, QItemSelectionModel *selection, QWidget *parent)
    : QAbstractScrollArea(parent)
    , m_model(model)
    , m_selection(selection)
{
    setFocusPolicy(Qt::StrongFocus);
    setFrameShape(QFrame::NoFrame);
    viewport()->setMouseTracking(false);
    setAcceptDrops(true);
    viewport()->setAcceptDrops(true);
    connect(model, &QAbstractItemModel::modelReset, this, &CalendarGridView::requestLayout);
    connect(model, &QAbstractItemModel::dataChanged, this, &CalendarGridView::requestLayout);
    connect(selection, &QItemSelectionModel::selectionChanged, viewport(), qOverload<>(&QWidget::update));
    connect(&Thumbnails::instance(), &Thumbnails::ready, viewport(), qOverload<>(&QWidget::update));
}

Qt::DayOfWeek CalendarGridView::s_firstDayOfWeek = QLocale().firstDayOfWeek();

void CalendarGridView::setFirstDayOfWeek(Qt::DayOfWeek day)
{
    s_firstDayOfWeek = day;
}

QDate CalendarGridView::weekStart(QDate day)
{
    const int start = int(s_firstDayOfWeek);
    return day.addDays(-((day.dayOfWeek() - start + 7) % 7));
}

void CalendarGridView::setCurrentDate(QDate date)
{
    if (date == m_current || !date.isValid())
        return;
    m_current = date;
    viewport()->update();
    Q_EMIT currentDateChanged(date);
}

void CalendarGridView::requestLayout()
{
    m_layoutDirty = true;
    if (m_anchorRow >= m_model->rowCount())
        m_anchorRow = -1;
    viewport()->update();
}

void CalendarGridView::ensureLayout() const
{
    if (!m_layoutDirty)
        return;
    auto *self = const_cast<CalendarGridView *>(this);
    self->m_chips.clear();
    self->m_more.clear();
    self->relayout();
    self->m_layoutDirty = false;
}

QRect CalendarGridView::chipRect(const QString &postId) const
{
    ensureLayout();
    const int row = m_model->rowOf(postId);
    for (const Chip &c : m_chips)
        if (c.row == row)
            return c.rect;
    return {};
}

QRect CalendarGridView::moreLinkRect(QDate date) const
{
    ensureLayout();
    for (const MoreLink &more : m_more)
        if (more.date == date)
            return more.rect;
    return {};
}

int CalendarGridView::chipAt(QPoint pos) const
{
    ensureLayout();
    for (const Chip &c : m_chips)
        if (c.rect.contains(pos))
            return c.row;
    return -1;
}

bool CalendarGridView::isSelected(int row) const
{
    return m_selection->isRowSelected(row, {});
}

void CalendarGridView::selectOnly(int row)
{
    m_selection->select(m_model->index(row, 0),
                        QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_selection->setCurrentIndex(m_model->index(row, 0), QItemSelectionModel::NoUpdate);
    m_anchorRow = row;
}

void CalendarGridView::mousePressEvent(QMouseEvent *event)
{
    setFocus(Qt::MouseFocusReason);
    const QPoint pos = event->position().toPoint();
    if (event->button() != Qt::LeftButton)
        return QAbstractScrollArea::mousePressEvent(event);
    ensureLayout();
    for (const MoreLink &more : std::as_const(m_more)) {
        if (more.rect.contains(pos)) {
            setCurrentDate(more.date);
            Q_EMIT dayPopupRequested(more.date);
            return;
        }
    }
    m_pressRow = chipAt(pos);
    m_pressPos = pos;
    m_dragging = false;
    m_pressKeptSelection = false;
    if (m_pressRow < 0) {
        if (!(event->modifiers() & Qt::ControlModifier))
            m_selection->clearSelection();
        if (const auto date = dateAt(pos))
            setCurrentDate(*date);
        return;
    }
    setCurrentDate(m_model->localDate(m_pressRow));
    m_grabOffset = pos - chipRect(m_model->post(m_pressRow).id).topLeft();
    const QModelIndex index = m_model->index(m_pressRow, 0);
    if (event->modifiers() & Qt::ControlModifier) {
        m_selection->select(index, QItemSelectionModel::Toggle | QItemSelectionModel::Rows);
        m_anchorRow = m_pressRow;
    } else if (event->modifiers() & Qt::ShiftModifier && m_anchorRow >= 0) {
        const int from = qMin(m_anchorRow, m_pressRow), to = qMax(m_anchorRow, m_pressRow);
        m_selection->select(QItemSelection(m_model->index(from, 0), m_model->index(to, 0)),
                            QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    } else if (isSelected(m_pressRow)) {
        m_pressKeptSelection = true; // a drag takes the whole selection; a click selects only this one
    } else {
        selectOnly(m_pressRow);
    }
}

void CalendarGridView::mouseMoveEvent(QMouseEvent *event)
{
    const QPoint pos = event->position().toPoint();
    if (m_pressRow < 0 || !(event->buttons() & Qt::LeftButton))
        return QAbstractScrollArea::mouseMoveEvent(event);
    if (!m_dragging && (pos - m_pressPos).manhattanLength() >= QApplication::startDragDistance()) {
        m_dragging = true;
        if (!isSelected(m_pressRow))
            selectOnly(m_pressRow);
    }
    if (m_dragging) {
        updateDropTarget(pos);
        // A time that has passed takes no post: said before the drop, not after.
        viewport()->setCursor(dropIsInThePast() ? Qt::ForbiddenCursor : Qt::ClosedHandCursor);
    }
}

bool CalendarGridView::dropIsInThePast() const
{
    if (!m_dropDate)
        return false;
    const WallClock::Local now = m_model->now();
    return *m_dropDate < now.date || (*m_dropDate == now.date && m_dropMinute >= 0 && m_dropMinute <= now.minute);
}

void CalendarGridView::updateDropTarget(QPoint pos)
{
    m_dropDate = dateAt(pos);
    m_dropMinute = minuteAt(pos - QPoint(0, m_grabOffset.y()));
    viewport()->update();
}

void CalendarGridView::cancelDrag()
{
    m_dragging = false;
    m_pressRow = -1;
    m_dropDate.reset();
    m_dropMinute = -1;
    viewport()->unsetCursor();
    viewport()->update();
}

void CalendarGridView::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton || m_pressRow < 0)
        return QAbstractScrollArea::mouseReleaseEvent(event);
    const int row = m_pressRow;
    if (m_dragging) {
        updateDropTarget(event->position().toPoint());
        const auto date = m_dropDate;
        const int minute = m_dropMinute;
        const bool copy = event->modifiers() & Qt::ControlModifier;
        const QString id = m_model->post(row).id;
        cancelDrag();
        const bool moved = date && (*date != m_model->localDate(row) || (minute >= 0 && minute != m_model->localMinute(row)));
        if (date && (moved || copy))
            Q_EMIT dropRequested(id, *date, minute, copy);
        return;
    }
    if (m_pressKeptSelection)
        selectOnly(row);
    m_pressRow = -1;
}

void CalendarGridView::mouseDoubleClickEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return;
    const QPoint pos = event->position().toPoint();
    if (const int row = chipAt(pos); row >= 0) {
        Q_EMIT postActivated(m_model->post(row).id);
        return;
    }
    if (const auto date = dateAt(pos))
        Q_EMIT newPostRequested(*date, minuteAt(pos));
}

void CalendarGridView::keyPressEvent(QKeyEvent *event)
{
    if (m_dragging && event->key() == Qt::Key_Escape) {
        cancelDrag();
        return;
    }
    int days = 0;
    switch (event->key()) {
    case Qt::Key_Left: days = layoutDirection() == Qt::RightToLeft ? 1 : -1; break;
    case Qt::Key_Right: days = layoutDirection() == Qt::RightToLeft ? -1 : 1; break;
    case Qt::Key_Up: days = -7; break;
    case Qt::Key_Down: days = 7; break;
    case Qt::Key_Return:
    case Qt::Key_Enter: {
        const QList<int> rows = selectedRowsOf(m_selection->selection(), m_model->rowCount());
        if (!rows.isEmpty())
            Q_EMIT postActivated(m_model->post(rows.first()).id);
        else if (m_current.isValid())
            Q_EMIT newPostRequested(m_current, -1);
        return;
    }
    case Qt::Key_Delete:
    case Qt::Key_Backspace:
        if (m_selection->hasSelection())
            Q_EMIT deleteRequested();
        return;
    case Qt::Key_Escape: m_selection->clearSelection(); return;
    default: return QAbstractScrollArea::keyPressEvent(event);
    }
    if (!m_current.isValid())
        m_current = m_model->firstDay();
    // Moving the keyboard to another day leaves the posts behind: Enter then starts a new post there.
    m_selection->clearSelection();
    setCurrentDate(m_current.addDays(days));
}

bool CalendarGridView::focusNextPrevChild(bool next)
{
    if (hasFocus() && selectNextPostOfDay(next))
        return true;
    return QAbstractScrollArea::focusNextPrevChild(next);
}

bool CalendarGridView::selectNextPostOfDay(bool next)
{
    if (!m_current.isValid())
        return false;
    // The visible rows are in time order: a day's posts are one run of them.
    QList<int> day;
    for (int row = 0; row < m_model->rowCount(); ++row)
        if (m_model->localDate(row) == m_current)
            day.append(row);
        else if (!day.isEmpty())
            break;
    if (day.isEmpty())
        return false;
    const QList<int> selected = selectedRowsOf(m_selection->selection(), m_model->rowCount());
    const qsizetype at = selected.size() == 1 ? day.indexOf(selected.first()) : -1;
    const qsizetype to = at < 0 ? (next ? 0 : day.size() - 1) : at + (next ? 1 : -1);
    if (to < 0 || to >= day.size())
        return false;
    selectOnly(day.at(to));
    reveal(day.at(to));
    viewport()->update();
    return true;
}

void CalendarGridView::resizeEvent(QResizeEvent *event)
{
    QAbstractScrollArea::resizeEvent(event);
    requestLayout();
}

void CalendarGridView::scrollContentsBy(int, int)
{
    requestLayout();
}

void CalendarGridView::dragEnterEvent(QDragEnterEvent *event)
{
    if (PostListModel::postIdsFrom(event->mimeData()).isEmpty())
        return event->ignore();
    m_grabOffset = {};
    event->acceptProposedAction();
    updateDropTarget(event->position().toPoint());
}

void CalendarGridView::dragMoveEvent(QDragMoveEvent *event)
{
    updateDropTarget(event->position().toPoint());
    // A past day takes the drop too (drawn faint), to say why it is refused.
    if (m_dropDate)
        event->acceptProposedAction();
    else
        event->ignore();
}

void CalendarGridView::dragLeaveEvent(QDragLeaveEvent *)
{
    cancelDrag();
}

void CalendarGridView::dropEvent(QDropEvent *event)
{
    const QStringList ids = PostListModel::postIdsFrom(event->mimeData());
    updateDropTarget(event->position().toPoint());
    const auto date = m_dropDate;
    const int minute = m_dropMinute;
    cancelDrag();
    if (ids.isEmpty() || !date)
        return event->ignore();
    event->acceptProposedAction();
    Q_EMIT scheduleRequested(ids, *date, minute);
}

bool CalendarGridView::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const int row = chipAt(help->pos());
        if (row < 0) {
            QToolTip::hideText();
            return true;
        }
        const PostSummary &post = m_model->post(row);
        const int minute = m_model->localMinute(row);
        QToolTip::showText(help->globalPos(),
                           tr("<b>%1 %2</b> · %3<br>%4<br><i>%5</i>")
                               .arg(QLocale().toString(m_model->localDate(row), QLocale::ShortFormat),
                                    shortTime(minute),
                                    postStatusLabel(post.status), m_model->destinationNames(row).join(QStringLiteral(", ")).toHtmlEscaped(),
                                    post.content.left(280).toHtmlEscaped()),
                           viewport());
        return true;
    }
    return QAbstractScrollArea::viewportEvent(event);
}

} // namespace Almanac
