// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/sync/syncengine.h"

#include <QObject>

namespace Almanac {

class BackgroundScheduler;
class BackgroundSync;
class SecretStore;

// What runs behind the window (qBittorrent's Application, not its window): the
// sync engine toward the hosted schedulers and the local scheduler publishing
// while the window is open, each on its own thread. It owns them, starts and
// stops them, and only says what happened; the window shows it.
class DesktopServices final : public QObject
{
    Q_OBJECT

public:
    explicit DesktopServices(QString storePath, QObject *parent = nullptr);
    ~DesktopServices() override;

    // The keychain the services use; before it is given, nothing starts.
    // `secrets` must outlive this object.
    void setSecrets(SecretStore *secrets, const SyncEngine::Options &syncOptions = {});
    SecretStore *secrets() const { return m_secrets; }
    // Starts the sync engine, once (the caller knows a hosted scheduler is set up).
    void startSync();
    bool isSyncing() const { return m_sync != nullptr; }
    SyncStatus syncStatus() const;
    // Something new is in the outbox, or the user asked to sync now.
    void kickSync();
    // A hosted scheduler's key was stored or replaced: sync reads them again.
    void providerKeysChanged();
    // Has the providers that can retry their own failures do so (providerRetries says how each answered).
    void retryAtProviders(const RetryFilter &filter);

    // Publishing to local accounts while the window is open (Settings), unless paused.
    void setPublishing(bool on);
    bool isPublishing() const { return m_publisher != nullptr; }
    // A round now, when publishing.
    void publishNow();

Q_SIGNALS:
    void syncStarted();
    void syncStatusChanged(const Almanac::SyncStatus &status);
    void syncFailedToStart(const QString &reason);
    void providerRetries(const QStringList &lines);
    // A publishing round ended with these many destinations published and failed (or missed).
    void publishingRoundFinished(int published, int failed, const QString &lastError);

private:
    QString m_storePath;
    SecretStore *m_secrets = nullptr;
    SyncEngine::Options m_syncOptions;
    BackgroundSync *m_sync = nullptr;
    BackgroundScheduler *m_publisher = nullptr;
};

} // namespace Almanac
