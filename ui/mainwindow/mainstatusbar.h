// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStatusBar>
#include <QTimeZone>

#include <functional>

class QLabel;
class QProgressBar;
class QToolButton;

namespace Almanac {

class Database;
class PublishingIndicator;
struct SyncStatus;

// The window's status bar: the posts in view by status, the sync with the
// hosted schedulers (a word, and a bar during a long push), local publishing,
// and the time zone. It shows; the window decides what the clicks do.
class MainStatusBar final : public QStatusBar
{
    Q_OBJECT

public:
    MainStatusBar(Database &database, std::function<QTimeZone()> zone, QWidget *parent = nullptr);

    void showCounts(const QString &text);
    void showZone(const QTimeZone &zone);
    void showSyncStarting();
    void showSyncStatus(const SyncStatus &status);
    PublishingIndicator *publishing() const { return m_publishing; }

Q_SIGNALS:
    void zoneChosen(const QTimeZone &zone); // picked by the user from the zone button
    void syncClicked();
    void publishingClicked();

private:
    void chooseZone();

    QLabel *m_counts;
    QToolButton *m_zone;
    QToolButton *m_sync;
    QProgressBar *m_syncProgress;
    PublishingIndicator *m_publishing;
    qint64 m_syncPushSize = 0; // what was queued when the current push began
};

} // namespace Almanac
