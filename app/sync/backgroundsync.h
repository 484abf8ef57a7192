// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/sync/syncengine.h"

#include <QObject>
#include <QThread>

namespace Almanac {

class SecretStore;

// The sync engine on its own thread, for the window: kick it after edits,
// hear its status (queued to the caller's thread). The engine, its store
// connection and its network manager live and die on that thread.
class BackgroundSync final : public QObject
{
    Q_OBJECT

public:
    BackgroundSync(QString storePath, SecretStore *secrets, SyncEngine::Options options = {}, QObject *parent = nullptr);
    ~BackgroundSync() override;

    void start();
    // Something new is in the outbox (or the user asked to sync now).
    void kick();
    // The provider keys changed: the engine reads them again, then syncs.
    void readKeysAgain();
    SyncStatus status() const { return m_status; }
    // Has the providers that can retry their own failed destinations do so;
    // providerRetries() says how each answered.
    void retryAtProviders(const RetryFilter &filter);

Q_SIGNALS:
    void statusChanged(const Almanac::SyncStatus &status);
    void failedToStart(const QString &reason);
    void providerRetries(const QStringList &lines);

private:
    QThread m_thread;
    SyncEngine *m_engine; // lives on m_thread
    SyncStatus m_status;
};

} // namespace Almanac
