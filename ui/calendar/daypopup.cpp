// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/calendar/daypopup.h"

#include "models/domain/wallclock.h"
#include "models/itemmodels/calendarmodel.h"
#include "ui/calendar/calendarstyle.h"

#include <QLabel>
#include <QListView>
#include <QLocale>
#include <QPainter>
#include <QSortFilterProxyModel>
#include <QStyledItemDelegate>
#include <QVBoxLayout>

namespace Almanac {

namespace {

class DayFilter final : public QSortFilterProxyModel
{
public:
    DayFilter(QDate date, QObject *parent)
        : QSortFilterProxyModel(parent)
        , m_date(date)
    {
    }

protected:
    bool filterAcceptsRow(int row, const QModelIndex &) const override
    {
        return sourceModel()->index(row, 0).data(CalendarModel::LocalDateRole).toDate() == m_date;
    }

private:
    QDate m_date;
};

class ChipDelegate final : public QStyledItemDelegate
{
public:
    ChipDelegate(CalendarModel *model, QObject *parent)
        : QStyledItemDelegate(parent)
        , m_model(model)
    {
    }
    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        const auto *proxy = static_cast<const QSortFilterProxyModel *>(index.model());
        const int row = proxy->mapToSource(index).row();
        CalendarStyle::paintChip(*painter, option.rect.adjusted(2, 1, -2, -1), option.palette, *m_model, row,
                                 option.state & QStyle::State_Selected);
    }
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const override
    {
        return {320, CalendarStyle::chipHeight(option.fontMetrics) + 2};
    }

private:
    CalendarModel *m_model;
};

} // namespace

DayPopup::DayPopup(CalendarModel *model, QDate date, QWidget *parent)
    : QFrame(parent, Qt::Popup)
    , m_list(new QListView)
{
    setObjectName(QStringLiteral("dayPopup"));
    setAttribute(Qt::WA_DeleteOnClose);
    setFrameShape(QFrame::StyledPanel);
    auto *title = new QLabel(QStringLiteral("<b>%1</b>").arg(QLocale().toString(date, QLocale::LongFormat).toHtmlEscaped()));
    auto *filter = new DayFilter(date, this);
    filter->setSourceModel(model);
    m_list->setObjectName(QStringLiteral("dayPopupList"));
    m_list->setModel(filter);
    m_list->setItemDelegate(new ChipDelegate(model, this));
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setUniformItemSizes(true);
    m_list->setMinimumWidth(340);
    const int rows = qMin(filter->rowCount(), 14);
    m_list->setMinimumHeight(qMax(3, rows) * (CalendarStyle::chipHeight(fontMetrics()) + 2) + 6);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addWidget(title);
    layout->addWidget(m_list);
    auto open = [this, filter](const QModelIndex &index) {
        Q_EMIT postActivated(filter->data(index, CalendarModel::PostIdRole).toString());
        close();
    };
    connect(m_list, &QListView::activated, this, open);
    connect(m_list, &QListView::doubleClicked, this, open);
    connect(model, &QAbstractItemModel::modelReset, this, &QWidget::close); // the rows it filtered are gone
}

} // namespace Almanac
