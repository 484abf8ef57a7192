// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/net/ratelimiter.h"
#include "app/sync/syncprovider.h"
#include "models/store/providerrepository.h"

#include <QCoreApplication>

#include <functional>
#include <memory>

class QObject;

namespace Almanac {

class HttpClient;
class SecretStore;

// The provider for an account's kind; null for a kind Almanac cannot sync to.
std::unique_ptr<SyncProvider> makeSyncProvider(const ProviderAccount &account);

// One hosted scheduler account as Almanac talks to it: its settings, its
// provider (what its requests look like), its key and its pace. send() is the
// one way a request goes to it: never past the account's allowance nor before
// a Retry-After, the key only to the provider's own origin, and an address a
// server handed back only where EndpointPolicy allows.
struct ProviderChannel
{
    Q_DECLARE_TR_FUNCTIONS(ProviderChannel)

public:
    // How requests travel, shared by an engine's channels.
    struct Transport
    {
        HttpClient *http = nullptr;
        QObject *context = nullptr; // waits (pace, polling) run on its thread, and stop with it
        int transferTimeoutMs = 30000;
        int deadlineMs = 120000;
    };

    ProviderChannel(const ProviderAccount &account, SecretStore *secrets, const Transport *transport);

    void send(const HttpCall &call, std::function<void(const HttpReply &)> answered);
    // Reads the account's key from `secrets` (again: one stored, mistyped or
    // replaced since, in Hosted Schedulers or with provider set-key); true if
    // it can send. Blocks until the keychain answers.
    bool readKey(SecretStore *secrets);

    ProviderAccount config;
    std::unique_ptr<SyncProvider> provider;
    RateLimiter limiter;
    QString key;
    QString blocked; // why it cannot send (no key, unknown kind)

private:
    const Transport *m_transport;
};

} // namespace Almanac
