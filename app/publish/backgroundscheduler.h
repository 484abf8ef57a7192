// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/publish/localscheduler.h"

#include <QObject>
#include <QThread>

namespace Almanac {

// The local scheduler on its own thread while the window is open: a round
// every `intervalMs` (and when asked), its counts reported back to the window.
// almanacd may run at the same time: the leases keep each destination to one.
class BackgroundScheduler final : public QObject
{
    Q_OBJECT

public:
    BackgroundScheduler(QString storePath, SecretStore *secrets, LocalScheduler::Options options, int intervalMs = 30000,
                        QObject *parent = nullptr);
    ~BackgroundScheduler() override;

    void start();
    void runNow();

Q_SIGNALS:
    // A round ended with these many destinations published and failed (or missed).
    void roundFinished(int published, int failed, const QString &lastError);

private:
    void report(const QList<LocalScheduler::Outcome> &outcomes); // on the scheduler's thread

    QThread m_thread;
    LocalScheduler *m_scheduler; // lives on m_thread
    int m_intervalMs;
};

} // namespace Almanac
