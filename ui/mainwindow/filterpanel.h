// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/domain/integration.h"
#include "models/itemmodels/calendarmodel.h"

#include <QWidget>

class QListWidget;

namespace Almanac {

// What the calendar shows: a check per connected account (in its platform's
// colour), per status and per tag of the visible range. The search text comes
// from the toolbar and is kept in the filter too.
class FilterPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit FilterPanel(QWidget *parent = nullptr);

    void setIntegrations(const QList<Integration> &integrations);
    // The tags to offer: those of the visible range, plus any still chosen.
    void setAvailableTags(const QStringList &tags);
    void setFilter(const CalendarFilter &filter);
    CalendarFilter filter() const { return m_filter; }

Q_SIGNALS:
    void filterChanged(const CalendarFilter &filter);

private:
    void readChecks();

    QListWidget *m_integrations;
    QListWidget *m_statuses;
    QListWidget *m_tags;
    CalendarFilter m_filter;
    bool m_filling = false;
};

} // namespace Almanac
