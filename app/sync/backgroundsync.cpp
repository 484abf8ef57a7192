// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/sync/backgroundsync.h"

#include "app/net/networkreachability.h"

namespace Almanac {

BackgroundSync::BackgroundSync(QString storePath, SecretStore *secrets, SyncEngine::Options options, QObject *parent)
    : QObject(parent)
    , m_engine(new SyncEngine(std::move(storePath), secrets, options))
{
    m_thread.setObjectName(QStringLiteral("almanac-sync"));
    m_engine->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_engine, &QObject::deleteLater);
    connect(m_engine, &SyncEngine::statusChanged, this, [this](const SyncStatus &status) {
        m_status = status;
        Q_EMIT statusChanged(status);
    });
    m_thread.start();
    NetworkReachability::follow(m_engine, [engine = m_engine](bool reachable) { engine->setNetworkReachable(reachable); });
}

BackgroundSync::~BackgroundSync()
{
    m_thread.quit();
    m_thread.wait();
}

void BackgroundSync::start()
{
    QMetaObject::invokeMethod(m_engine, [this] {
        if (auto r = m_engine->start(); !r)
            Q_EMIT failedToStart(r.error());
    });
}

void BackgroundSync::retryAtProviders(const RetryFilter &filter)
{
    QMetaObject::invokeMethod(m_engine, [this, filter] {
        m_engine->operations().retryAtProviders(filter, [this](const QStringList &lines) {
            QMetaObject::invokeMethod(this, [this, lines] { Q_EMIT providerRetries(lines); });
        });
    });
}

void BackgroundSync::kick()
{
    QMetaObject::invokeMethod(m_engine, &SyncEngine::kick);
}

void BackgroundSync::readKeysAgain()
{
    QMetaObject::invokeMethod(m_engine, &SyncEngine::readKeysAgain);
}

} // namespace Almanac
