// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTimeZone>
#include <QToolButton>

#include <functional>

class QTimer;

namespace Almanac {

class Database;

// The status bar's word on local publishing: whether almanacd runs (so posts
// go out with the window closed) or only this window publishes, and what the
// schedulers did last (from scheduler_activity, which every scheduler process
// keeps up to date). Hidden while there is no account Almanac publishes to
// itself. Reads the store again every 15 s and when told.
class PublishingIndicator final : public QToolButton
{
    Q_OBJECT

public:
    PublishingIndicator(Database &database, std::function<QTimeZone()> zone, QWidget *parent = nullptr);

    void refresh();

private:
    Database &m_database;
    std::function<QTimeZone()> m_zone;
    QTimer *m_timer;
};

} // namespace Almanac
