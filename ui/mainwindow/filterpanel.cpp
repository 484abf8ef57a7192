// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/mainwindow/filterpanel.h"

#include "models/domain/platform.h"
#include "ui/calendar/calendarstyle.h"

#include <QLabel>
#include <QListWidget>
#include <QVBoxLayout>

namespace Almanac {

namespace {

constexpr int KeyRole = Qt::UserRole + 1;

QListWidget *checkList(const QString &objectName, const QString &accessibleName)
{
    auto *list = new QListWidget;
    list->setObjectName(objectName);
    list->setAccessibleName(accessibleName);
    list->setSelectionMode(QAbstractItemView::NoSelection);
    list->setFrameShape(QFrame::NoFrame);
    list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    return list;
}

QListWidgetItem *addCheck(QListWidget *list, const QString &text, const QString &key, bool checked)
{
    auto *item = new QListWidgetItem(text, list);
    item->setData(KeyRole, key);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
    item->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
    return item;
}

void fitHeight(QListWidget *list)
{
    const int rows = qMax(1, list->count());
    list->setFixedHeight(qMin(rows, 10) * list->sizeHintForRow(0) + 4);
}

} // namespace

FilterPanel::FilterPanel(QWidget *parent)
    : QWidget(parent)
    , m_integrations(checkList(QStringLiteral("integrationFilter"), tr("Accounts")))
    , m_statuses(checkList(QStringLiteral("statusFilter"), tr("Statuses")))
    , m_tags(checkList(QStringLiteral("tagFilter"), tr("Tags")))
{
    setObjectName(QStringLiteral("filterPanel"));
    auto *layout = new QVBoxLayout(this);
    auto section = [layout](const QString &title, QListWidget *list) {
        auto *label = new QLabel(QStringLiteral("<b>%1</b>").arg(title.toHtmlEscaped()));
        label->setBuddy(list);
        layout->addWidget(label);
        layout->addWidget(list);
    };
    section(tr("Accounts"), m_integrations);
    section(tr("Status"), m_statuses);
    section(tr("Tags"), m_tags);
    layout->addStretch();

    for (int s = int(PostStatus::Draft); s <= int(PostStatus::Cancelled); ++s)
        addCheck(m_statuses, postStatusLabel(PostStatus(s)), postStatusName(PostStatus(s)), true);
    fitHeight(m_statuses);
    m_tags->setToolTip(tr("Check tags to show only posts with one of them."));
    for (QListWidget *list : {m_integrations, m_statuses, m_tags})
        connect(list, &QListWidget::itemChanged, this, &FilterPanel::readChecks);
}

void FilterPanel::setIntegrations(const QList<Integration> &integrations)
{
    m_filling = true;
    m_integrations->clear();
    for (const Integration &in : integrations) {
        const Platform *platform = PlatformCatalog::find(in.platform);
        const QString name = in.handle.isEmpty() ? in.id : in.handle;
        QListWidgetItem *item = addCheck(m_integrations,
                                         tr("%1 (%2)").arg(name, platform ? platform->displayName : in.platform),
                                         in.id, !m_filter.hiddenIntegrations.contains(in.id));
        item->setIcon(CalendarStyle::platformIcon(in.platform));
        item->setToolTip(tr("%1 · provider: %2").arg(in.id, in.provider));
    }
    if (integrations.isEmpty())
        new QListWidgetItem(tr("No accounts connected"), m_integrations);
    fitHeight(m_integrations);
    m_filling = false;
}

void FilterPanel::setAvailableTags(const QStringList &tags)
{
    QStringList offered = tags;
    for (const QString &t : std::as_const(m_filter.tags))
        if (!offered.contains(t))
            offered.append(t);
    m_filling = true;
    m_tags->clear();
    for (const QString &t : std::as_const(offered))
        addCheck(m_tags, u'#' + t, t, m_filter.tags.contains(t));
    if (offered.isEmpty())
        new QListWidgetItem(tr("No tags in view"), m_tags);
    fitHeight(m_tags);
    m_filling = false;
}

void FilterPanel::setFilter(const CalendarFilter &filter)
{
    m_filter = filter;
    m_filling = true;
    for (int i = 0; i < m_integrations->count(); ++i)
        if (QListWidgetItem *item = m_integrations->item(i); item->flags() & Qt::ItemIsUserCheckable)
            item->setCheckState(filter.hiddenIntegrations.contains(item->data(KeyRole).toString()) ? Qt::Unchecked
                                                                                                 : Qt::Checked);
    for (int i = 0; i < m_statuses->count(); ++i) {
        QListWidgetItem *item = m_statuses->item(i);
        const auto status = postStatusFromName(item->data(KeyRole).toString());
        item->setCheckState(status && filter.hiddenStatuses.contains(*status) ? Qt::Unchecked : Qt::Checked);
    }
    for (int i = 0; i < m_tags->count(); ++i)
        if (QListWidgetItem *item = m_tags->item(i); item->flags() & Qt::ItemIsUserCheckable)
            item->setCheckState(filter.tags.contains(item->data(KeyRole).toString()) ? Qt::Checked : Qt::Unchecked);
    m_filling = false;
}

void FilterPanel::readChecks()
{
    if (m_filling)
        return;
    CalendarFilter f = m_filter;
    f.hiddenIntegrations.clear();
    f.hiddenStatuses.clear();
    f.tags.clear();
    for (int i = 0; i < m_integrations->count(); ++i)
        if (QListWidgetItem *item = m_integrations->item(i);
            item->flags() & Qt::ItemIsUserCheckable && item->checkState() == Qt::Unchecked)
            f.hiddenIntegrations.insert(item->data(KeyRole).toString());
    for (int i = 0; i < m_statuses->count(); ++i)
        if (m_statuses->item(i)->checkState() == Qt::Unchecked)
            if (const auto status = postStatusFromName(m_statuses->item(i)->data(KeyRole).toString()))
                f.hiddenStatuses.insert(*status);
    for (int i = 0; i < m_tags->count(); ++i)
        if (QListWidgetItem *item = m_tags->item(i);
            item->flags() & Qt::ItemIsUserCheckable && item->checkState() == Qt::Checked)
            f.tags.append(item->data(KeyRole).toString());
    m_filter = f;
    Q_EMIT filterChanged(f);
}

} // namespace Almanac
