// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/publish/backgroundscheduler.h"

namespace Almanac {

BackgroundScheduler::BackgroundScheduler(QString storePath, SecretStore *secrets, LocalScheduler::Options options,
                                         int intervalMs, QObject *parent)
    : QObject(parent)
    , m_scheduler(new LocalScheduler(std::move(storePath), secrets, [&] {
        options.program = QStringLiteral("almanac");
        options.followSettings = true;
        options.roundIntervalSecs = qMax(1, intervalMs / 1000);
        return options;
    }()))
    , m_intervalMs(intervalMs)
{
    m_thread.setObjectName(QStringLiteral("almanac-scheduler"));
    m_scheduler->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_scheduler, &QObject::deleteLater);
    m_thread.start();
}

BackgroundScheduler::~BackgroundScheduler()
{
    m_thread.quit();
    m_thread.wait();
}

void BackgroundScheduler::start()
{
    QMetaObject::invokeMethod(m_scheduler, [this] {
        if (auto r = m_scheduler->open(); !r) {
            Q_EMIT roundFinished(0, 0, r.error());
            return;
        }
        m_scheduler->runRounds(m_intervalMs, [this](const QList<LocalScheduler::Outcome> &outcomes) { report(outcomes); });
    });
}

void BackgroundScheduler::runNow()
{
    QMetaObject::invokeMethod(m_scheduler, [this] {
        m_scheduler->runOnce([this](const QList<LocalScheduler::Outcome> &outcomes) { report(outcomes); });
    });
}

void BackgroundScheduler::report(const QList<LocalScheduler::Outcome> &outcomes)
{
    if (outcomes.isEmpty())
        return;
    const LocalScheduler::Tally tally = LocalScheduler::Tally::of(outcomes);
    Q_EMIT roundFinished(tally.published, tally.failed, tally.lastError); // queued to the window's thread
}

} // namespace Almanac
