// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/desktop/desktopservices.h"

#include "app/publish/backgroundscheduler.h"
#include "app/sync/backgroundsync.h"

namespace Almanac {

DesktopServices::DesktopServices(QString storePath, QObject *parent)
    : QObject(parent)
    , m_storePath(std::move(storePath))
{
}

DesktopServices::~DesktopServices()
{
    delete m_publisher; // waits for a round under way to finish
    delete m_sync;
}

void DesktopServices::setSecrets(SecretStore *secrets, const SyncEngine::Options &syncOptions)
{
    m_secrets = secrets;
    m_syncOptions = syncOptions;
}

void DesktopServices::startSync()
{
    if (m_sync || !m_secrets)
        return;
    m_sync = new BackgroundSync(m_storePath, m_secrets, m_syncOptions, this);
    connect(m_sync, &BackgroundSync::statusChanged, this, &DesktopServices::syncStatusChanged);
    connect(m_sync, &BackgroundSync::providerRetries, this, &DesktopServices::providerRetries);
    connect(m_sync, &BackgroundSync::failedToStart, this, &DesktopServices::syncFailedToStart);
    Q_EMIT syncStarted();
    m_sync->start();
}

SyncStatus DesktopServices::syncStatus() const
{
    return m_sync ? m_sync->status() : SyncStatus{};
}

void DesktopServices::kickSync()
{
    if (m_sync)
        m_sync->kick();
}

void DesktopServices::providerKeysChanged()
{
    if (m_sync)
        m_sync->readKeysAgain();
}

void DesktopServices::retryAtProviders(const RetryFilter &filter)
{
    if (m_sync)
        m_sync->retryAtProviders(filter);
}

void DesktopServices::setPublishing(bool on)
{
    if (!on) {
        delete m_publisher; // waits for a round under way to finish
        m_publisher = nullptr;
        return;
    }
    if (m_publisher || !m_secrets)
        return;
    LocalScheduler::Options publishing;
    publishing.transferTimeoutMs = m_syncOptions.transferTimeoutMs;
    publishing.followSettings = true; // the Settings dialog changes them while the window runs
    m_publisher = new BackgroundScheduler(m_storePath, m_secrets, publishing, 30000, this);
    connect(m_publisher, &BackgroundScheduler::roundFinished, this, &DesktopServices::publishingRoundFinished);
    m_publisher->start();
}

void DesktopServices::publishNow()
{
    if (m_publisher)
        m_publisher->runNow();
}

} // namespace Almanac
