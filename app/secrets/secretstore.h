// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/domain/result.h"

#include <QHash>
#include <QMutex>
#include <QString>
#include <QCoreApplication>

#include <functional>

namespace Almanac {

struct Integration;

// What reaching an account Almanac publishes to needs from the keychain.
struct AccountKeys
{
    QString url;    // a generic webhook's URL (empty for the others: theirs is in the store)
    QString secret; // its token, app password or signing key (a generic webhook may have none)
};

// Where secrets (API keys, app passwords, tokens) live: the OS keychain, never
// the store, the settings or a log. Calls block until the keychain answers, so
// they belong on a worker thread or in the CLI.
class SecretStore
{
    Q_DECLARE_TR_FUNCTIONS(SecretStore)

public:
    virtual ~SecretStore() = default;
    virtual Result<QString> read(const QString &key) = 0;
    virtual Result<void> write(const QString &key, const QString &secret) = 0;
    virtual Result<void> remove(const QString &key) = 0; // none there is fine

    // A provider account's API key: ALMANAC_API_KEY_<NAME> when the environment
    // holds it (headless machines without a keychain), else the keychain's.
    Result<QString> providerKey(const QString &providerName);
    Result<void> setProviderKey(const QString &providerName, const QString &key);
    // A local integration's secret (app password, token, webhook URL or HMAC
    // key): ALMANAC_SECRET_<ID> when the environment holds it, else the keychain's.
    Result<QString> integrationSecret(const QString &integrationId);
    Result<void> setIntegrationSecret(const QString &integrationId, const QString &secret);
    // Forgets everything of the integration's: its secret and its webhook URL.
    Result<void> removeIntegrationSecret(const QString &integrationId);
    // A generic webhook's URL (it often carries a token, so it is a secret
    // too): ALMANAC_WEBHOOK_URL_<ID> when the environment holds it, else the
    // keychain's. Discord's and Slack's URL is the integration secret itself.
    Result<QString> webhookUrl(const QString &integrationId);
    Result<void> setWebhookUrl(const QString &integrationId, const QString &url);
    // Both, as publishing to `integration` needs them: its webhook URL where
    // the keychain keeps it, and its secret, which only a generic webhook may lack.
    Result<AccountKeys> accountKeys(const Integration &integration);

    // The environment variables a secret may come from. Each id maps to its
    // own name: IntegrationRepository and ProviderRepository refuse an id whose
    // name another already has (team-hook and team.hook would share one).
    static QByteArray providerKeyVariable(const QString &providerName);
    static QByteArray integrationSecretVariable(const QString &integrationId);
    static QByteArray webhookUrlVariable(const QString &integrationId);

private:
    // The environment's value, else the keychain's entry; either way remembered
    // by Redaction. `missing` words the error when neither has one.
    Result<QString> lookUp(const QByteArray &variable, const QString &entry,
                           const std::function<QString(const QString &why)> &missing);
    Result<void> store(const QString &entry, const QString &secret);
};

// The OS keychain through QtKeychain (Secret Service, KWallet, macOS Keychain,
// Windows Credential Manager), under the service "almanac".
class KeychainSecretStore final : public SecretStore
{
    Q_DECLARE_TR_FUNCTIONS(KeychainSecretStore)

public:
    Result<QString> read(const QString &key) override;
    Result<void> write(const QString &key, const QString &secret) override;
    Result<void> remove(const QString &key) override;
};

// For tests only: secrets in memory.
class MemorySecretStore final : public SecretStore
{
    Q_DECLARE_TR_FUNCTIONS(MemorySecretStore)

public:
    Result<QString> read(const QString &key) override;
    Result<void> write(const QString &key, const QString &secret) override;
    Result<void> remove(const QString &key) override;

private:
    // The window's sync reads on its own thread while a dialog writes.
    mutable QMutex m_mutex;
    QHash<QString, QString> m_secrets;
};

} // namespace Almanac
