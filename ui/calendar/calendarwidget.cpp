// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/calendar/calendarwidget.h"

#include "app/settings/appsettings.h"
#include "models/domain/clock.h"
#include "models/itemmodels/calendarmodel.h"
#include "models/itemmodels/selectedrows.h"
#include "models/store/database.h"
#include "models/validation/verdict.h"
#include "ui/calendar/daypopup.h"
#include "ui/calendar/monthview.h"
#include "ui/calendar/postcommands.h"
#include "ui/calendar/weekview.h"

#include <QDateTime>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLocale>
#include <QScreen>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QTableView>
#include <QUndoStack>
#include <QVBoxLayout>

namespace Almanac {

CalendarWidget::CalendarWidget(Database &database, CalendarModel *model, QUndoStack *undoStack, QWidget *parent)
    : QWidget(parent)
    , m_database(database)
    , m_model(model)
    , m_undo(undoStack)
    , m_selection(new QItemSelectionModel(model, this))
    , m_sorted(new QSortFilterProxyModel(this))
    , m_stack(new QStackedWidget)
    , m_month(new MonthView(model, m_selection))
    , m_week(new WeekView(model, m_selection))
    , m_list(new QTableView)
{
    setObjectName(QStringLiteral("calendar"));
    m_sorted->setSourceModel(model);
    m_sorted->setSortRole(CalendarModel::SortRole);
    m_list->setObjectName(QStringLiteral("listView"));
    m_list->setModel(m_sorted);
    m_list->setSortingEnabled(true);
    m_list->sortByColumn(CalendarModel::TimeColumn, Qt::AscendingOrder);
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_list->setAlternatingRowColors(true);
    m_list->setWordWrap(false);
    m_list->verticalHeader()->hide();
    QHeaderView *header = m_list->horizontalHeader();
    header->setSectionResizeMode(CalendarModel::ContentColumn, QHeaderView::Stretch);
    for (int c : {CalendarModel::TimeColumn, CalendarModel::StatusColumn, CalendarModel::TagsColumn})
        header->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    m_list->setColumnWidth(CalendarModel::DestinationsColumn, 200);

    m_stack->addWidget(m_month);
    m_stack->addWidget(m_week);
    m_stack->addWidget(m_list);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    for (CalendarGridView *view : {static_cast<CalendarGridView *>(m_month), static_cast<CalendarGridView *>(m_week)}) {
        connect(view, &CalendarGridView::postActivated, this, &CalendarWidget::openPostRequested);
        connect(view, &CalendarGridView::newPostRequested, this, &CalendarWidget::newPostRequested);
        connect(view, &CalendarGridView::dropRequested, this, &CalendarWidget::dropPosts);
        connect(view, &CalendarGridView::scheduleRequested, this, &CalendarWidget::scheduleUndated);
        connect(view, &CalendarGridView::dayPopupRequested, this, &CalendarWidget::showDayPopup);
        connect(view, &CalendarGridView::deleteRequested, this, &CalendarWidget::deleteSelected);
        // The keyboard walking off the shown range takes the range with it.
        connect(view, &CalendarGridView::currentDateChanged, this, [this](QDate date) {
            if (date < m_model->firstDay() || date >= m_model->endDay())
                setAnchorDate(date);
            else
                m_anchor = date;
        });
    }
    connect(m_list, &QTableView::activated, this, [this](const QModelIndex &index) {
        Q_EMIT openPostRequested(index.data(CalendarModel::PostIdRole).toString());
    });
    connect(m_selection, &QItemSelectionModel::selectionChanged, this, &CalendarWidget::selectionChanged);
    connect(m_list->selectionModel(), &QItemSelectionModel::selectionChanged, this, &CalendarWidget::selectionChanged);
    // A reload (after any edit) keeps what was selected, by id.
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this, [this] { m_keepSelected = selectedPostIds(); });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] { selectPosts(std::exchange(m_keepSelected, {})); });
    // Every edit, its undo and its redo went through the stack: the views re-read the store after each.
    connect(m_undo, &QUndoStack::indexChanged, m_model, &CalendarModel::reload);

    m_anchor = m_model->now().date;
    applyRange();
    m_week->scrollToMinute(8 * 60);
}

CalendarGridView *CalendarWidget::gridView() const
{
    return m_mode == CalendarMode::Week ? static_cast<CalendarGridView *>(m_week) : m_month;
}

void CalendarWidget::setMode(CalendarMode mode)
{
    const QStringList selected = selectedPostIds();
    m_mode = mode;
    m_stack->setCurrentIndex(int(mode));
    applyRange();
    selectPosts(selected);
}

void CalendarWidget::setAnchorDate(QDate date)
{
    if (!date.isValid())
        return;
    m_anchor = date;
    applyRange();
}

void CalendarWidget::goToday()
{
    setAnchorDate(m_model->now().date);
}

void CalendarWidget::goPrevious()
{
    setAnchorDate(m_mode == CalendarMode::Week ? m_anchor.addDays(-7) : m_anchor.addMonths(-1));
}

void CalendarWidget::goNext()
{
    setAnchorDate(m_mode == CalendarMode::Week ? m_anchor.addDays(7) : m_anchor.addMonths(1));
}

void CalendarWidget::applyRange()
{
    m_month->setMonth(m_anchor);
    m_week->setWeek(m_anchor);
    switch (m_mode) {
    case CalendarMode::Month:
        m_model->setRange(m_month->firstShownDay(), m_month->firstShownDay().addDays(7 * MonthView::Weeks));
        break;
    case CalendarMode::Week: m_model->setRange(m_week->firstDay(), m_week->firstDay().addDays(7)); break;
    case CalendarMode::List: {
        const QDate first(m_anchor.year(), m_anchor.month(), 1);
        m_model->setRange(first, first.addMonths(1));
        break;
    }
    }
    m_month->setCurrentDate(m_anchor);
    m_week->setCurrentDate(m_anchor);
    Q_EMIT titleChanged(title());
}

QString CalendarWidget::title() const
{
    const QLocale locale;
    if (m_mode == CalendarMode::Week) {
        const QDate first = m_week->firstDay(), last = first.addDays(6);
        const QString end = locale.toString(last, QStringLiteral("d MMM yyyy"));
        return first.month() == last.month()
            ? tr("%1 – %2").arg(QString::number(first.day()), end)
            : tr("%1 – %2").arg(locale.toString(first, first.year() == last.year() ? QStringLiteral("d MMM")
                                                                                 : QStringLiteral("d MMM yyyy")),
                                end);
    }
    return locale.standaloneMonthName(m_anchor.month()) + u' ' + QString::number(m_anchor.year());
}

QStringList CalendarWidget::selectedPostIds() const
{
    const QItemSelectionModel *selection = m_mode == CalendarMode::List ? m_list->selectionModel() : m_selection;
    const QAbstractItemModel *model = selection->model();
    QStringList ids;
    for (int row : selectedRowsOf(selection->selection(), model->rowCount()))
        ids.append(model->index(row, 0).data(CalendarModel::PostIdRole).toString());
    return ids;
}

bool CalendarWidget::hasSelectedPosts() const
{
    return (m_mode == CalendarMode::List ? m_list->selectionModel() : m_selection)->hasSelection();
}

void CalendarWidget::selectPosts(const QStringList &ids)
{
    QList<int> rows, sortedRows;
    for (const QString &id : ids)
        if (const int row = m_model->rowOf(id); row >= 0) {
            rows.append(row);
            sortedRows.append(m_sorted->mapFromSource(m_model->index(row, 0)).row());
        }
    m_selection->select(selectionOfRows(std::move(rows), m_model), QItemSelectionModel::ClearAndSelect);
    m_list->selectionModel()->select(selectionOfRows(std::move(sortedRows), m_sorted), QItemSelectionModel::ClearAndSelect);
}

void CalendarWidget::push(std::unique_ptr<PostCommand> command)
{
    if (auto r = PostCommand::push(*m_undo, std::move(command)); !r)
        Q_EMIT message(r.error());
}

bool CalendarWidget::isSchedulable(qint64 at)
{
    const qint64 now = Clock::nowSecs();
    const qint64 latest = now + qint64(ValidationContext().maxDaysAhead) * 86400;
    const QString when = QLocale().toString(QDateTime::fromSecsSinceEpoch(at, m_model->timeZone()), QLocale::ShortFormat);
    if (at <= now) {
        Q_EMIT message(tr("Cannot schedule a post at %1: that time has passed. Choose a later day or time.").arg(when));
        return false;
    }
    if (at > latest) {
        Q_EMIT message(tr("Cannot schedule a post at %1: posts can be scheduled at most %2 days ahead.")
                           .arg(when)
                           .arg(ValidationContext().maxDaysAhead));
        return false;
    }
    return true;
}

bool CalendarWidget::wentOut(int row) const
{
    if (row < 0)
        return false;
    const PostStatus status = m_model->post(row).status;
    return status == PostStatus::Published || status == PostStatus::Publishing;
}

void CalendarWidget::refuseMovingWhatWentOut()
{
    Q_EMIT message(tr("A post that is published or being published cannot be moved: copy it instead "
                      "(Ctrl+D, or hold Ctrl while dragging)."));
}

std::optional<QList<qint64>> CalendarWidget::shiftedTimes(const QStringList &ids, int days, int minutes, bool copying)
{
    QList<qint64> times;
    for (const QString &id : ids) {
        const int row = m_model->rowOf(id);
        if (row < 0)
            return std::nullopt;
        if (!copying && wentOut(row)) {
            refuseMovingWhatWentOut();
            return std::nullopt;
        }
        // Wall-clock arithmetic: 09:00 stays 09:00 across a daylight-saving change.
        const int total = m_model->localMinute(row) + minutes;
        const int dayCarry = total >= 0 ? total / 1440 : -((-total + 1439) / 1440);
        const QDate date = m_model->localDate(row).addDays(days + dayCarry);
        const qint64 at = m_model->toUtc(date, total - dayCarry * 1440);
        if (!isSchedulable(at))
            return std::nullopt;
        times.append(at);
    }
    return times;
}

void CalendarWidget::dropPosts(const QString &postId, QDate date, int minute, bool copy)
{
    const int row = m_model->rowOf(postId);
    if (row < 0)
        return;
    QStringList ids = selectedPostIds();
    if (!ids.contains(postId))
        ids = {postId};
    const int days = int(m_model->localDate(row).daysTo(date));
    const int minutes = minute >= 0 ? minute - m_model->localMinute(row) : 0;
    const auto times = shiftedTimes(ids, days, minutes, copy);
    if (!times)
        return;
    if (copy) {
        QList<DuplicatePostsCommand::Copy> copies;
        for (qsizetype i = 0; i < ids.size(); ++i)
            copies.append({ids.at(i), times->at(i)});
        auto command = std::make_unique<DuplicatePostsCommand>(m_database, copies);
        DuplicatePostsCommand *created = command.get();
        push(std::move(command));
        if (m_undo->command(m_undo->index() - 1) == created)
            selectPosts(created->createdIds());
        return;
    }
    QList<MovePostsCommand::Move> moves;
    for (qsizetype i = 0; i < ids.size(); ++i)
        moves.append({ids.at(i), m_model->post(m_model->rowOf(ids.at(i))).scheduledAt, times->at(i)});
    push(std::make_unique<MovePostsCommand>(m_database, moves));
}

void CalendarWidget::scheduleUndated(const QStringList &ids, QDate date, int minute)
{
    // The month view has no times: a dropped draft takes the morning slot the
    // composer offers for a day ahead.
    const qint64 at = m_model->toUtc(date, minute >= 0 ? minute : AppSettings().defaultPostingMinute());
    if (!isSchedulable(at))
        return;
    QList<MovePostsCommand::Move> moves;
    for (const QString &id : ids)
        moves.append({id, std::nullopt, at});
    push(std::make_unique<MovePostsCommand>(m_database, moves));
    selectPosts(ids);
}

void CalendarWidget::moveSelectedTo(QDate date)
{
    QStringList ids = selectedPostIds();
    if (ids.isEmpty() || !date.isValid())
        return;
    // What went out stays where it went out; the rest of the selection moves.
    const qsizetype chosen = ids.size();
    ids.removeIf([this](const QString &id) { return wentOut(m_model->rowOf(id)); });
    if (ids.isEmpty()) {
        refuseMovingWhatWentOut();
        return;
    }
    QList<MovePostsCommand::Move> moves;
    for (const QString &id : std::as_const(ids)) {
        const int row = m_model->rowOf(id);
        const auto time = shiftedTimes({id}, int(m_model->localDate(row).daysTo(date)), 0, false);
        if (!time)
            return;
        moves.append({id, m_model->post(row).scheduledAt, time->first()});
    }
    push(std::make_unique<MovePostsCommand>(m_database, moves));
    if (const qsizetype kept = chosen - ids.size(); kept > 0)
        Q_EMIT message(tr("%Ln published post(s) stayed where they went out; the others moved.", nullptr, int(kept)));
}

void CalendarWidget::duplicateSelected()
{
    const QStringList ids = selectedPostIds();
    if (ids.isEmpty())
        return;
    // A copy lands a week later, the usual rhythm of a repeated post.
    const auto times = shiftedTimes(ids, 7, 0, true);
    if (!times)
        return;
    QList<DuplicatePostsCommand::Copy> copies;
    for (qsizetype i = 0; i < ids.size(); ++i)
        copies.append({ids.at(i), times->at(i)});
    push(std::make_unique<DuplicatePostsCommand>(m_database, copies));
}

void CalendarWidget::deleteSelected()
{
    const QStringList ids = selectedPostIds();
    if (ids.isEmpty())
        return;
    push(std::make_unique<DeletePostsCommand>(m_database, ids));
}

void CalendarWidget::changeTagsOfSelected(const QStringList &add, const QStringList &remove)
{
    const QStringList ids = selectedPostIds();
    if (ids.isEmpty() || (add.isEmpty() && remove.isEmpty()))
        return;
    push(std::make_unique<ChangeTagsCommand>(m_database, ids, add, remove));
}

void CalendarWidget::showDayPopup(QDate date)
{
    auto *popup = new DayPopup(m_model, date, this);
    connect(popup, &DayPopup::postActivated, this, &CalendarWidget::openPostRequested);
    const QPoint anchor = gridView()->viewport()->mapToGlobal(gridView()->pointOf(date));
    popup->adjustSize();
    QRect geometry(anchor - QPoint(popup->width() / 2, popup->height() / 2), popup->size());
    if (const QScreen *screen = this->screen())
        geometry.moveTo(qBound(screen->availableGeometry().left(), geometry.left(),
                               screen->availableGeometry().right() - geometry.width()),
                        qBound(screen->availableGeometry().top(), geometry.top(),
                               screen->availableGeometry().bottom() - geometry.height()));
    popup->move(geometry.topLeft());
    popup->show();
}

} // namespace Almanac
