// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/secrets/secretstore.h"

#include "models/domain/integration.h"
#include "models/domain/redaction.h"

#include <QCoreApplication>
#include <QEventLoop>

#include <qt6keychain/keychain.h>

namespace Almanac {

namespace {

const QString Service = QStringLiteral("almanac");

QString providerEntry(const QString &name)
{
    return QStringLiteral("provider/") + name;
}

QString integrationEntry(const QString &id)
{
    return QStringLiteral("integration/") + id;
}

QByteArray environmentName(const QString &name, const char *prefix)
{
    return QByteArray(prefix) + secretVariableSuffix(name);
}

// Runs a keychain job on the entry to its end (the keychain answers asynchronously).
void runToEnd(QKeychain::Job &job, const QString &key)
{
    job.setAutoDelete(false);
    job.setKey(key);
    QEventLoop loop;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
    job.start();
    loop.exec();
}

QString webhookUrlEntry(const QString &id)
{
    return QStringLiteral("integration/") + id + QStringLiteral("/url");
}

// Every secret read is remembered by the redaction helper, so no message,
// log line or stored error can show it afterwards.
Result<QString> remembered(Result<QString> secret)
{
    if (secret)
        Redaction::remember(secret.value());
    return secret;
}

} // namespace

QByteArray SecretStore::providerKeyVariable(const QString &providerName)
{
    return environmentName(providerName, "ALMANAC_API_KEY_");
}

QByteArray SecretStore::integrationSecretVariable(const QString &integrationId)
{
    return environmentName(integrationId, "ALMANAC_SECRET_");
}

QByteArray SecretStore::webhookUrlVariable(const QString &integrationId)
{
    return environmentName(integrationId, "ALMANAC_WEBHOOK_URL_");
}

Result<QString> SecretStore::lookUp(const QByteArray &variable, const QString &entry,
                                    const std::function<QString(const QString &why)> &missing)
{
    if (const QByteArray env = qgetenv(variable.constData()); !env.isEmpty())
        return remembered(QString::fromUtf8(env));
    Result<QString> secret = read(entry);
    if (!secret)
        return Error{missing(secret.error())};
    return remembered(secret);
}

Result<void> SecretStore::store(const QString &entry, const QString &secret)
{
    Redaction::remember(secret);
    return write(entry, secret);
}

Result<QString> SecretStore::providerKey(const QString &providerName)
{
    const QByteArray variable = providerKeyVariable(providerName);
    return lookUp(variable, providerEntry(providerName), [&](const QString &why) {
        return tr("No API key for the provider %1: %2 Store one in File → Hosted Schedulers (Set API Key), with "
                  "\"almanac-cli provider set-key %1\", or set %3.")
            .arg(providerName, why, QString::fromLatin1(variable));
    });
}

Result<void> SecretStore::setProviderKey(const QString &providerName, const QString &key)
{
    return store(providerEntry(providerName), key);
}

Result<QString> SecretStore::integrationSecret(const QString &integrationId)
{
    const QByteArray variable = integrationSecretVariable(integrationId);
    return lookUp(variable, integrationEntry(integrationId), [&](const QString &why) {
        return tr("No secret for the account %1: %2 Store one in File → Publishing Accounts, with "
                  "\"almanac-cli secret set %1\", or set %3.")
            .arg(integrationId, why, QString::fromLatin1(variable));
    });
}

Result<void> SecretStore::setIntegrationSecret(const QString &integrationId, const QString &secret)
{
    return store(integrationEntry(integrationId), secret);
}

Result<void> SecretStore::removeIntegrationSecret(const QString &integrationId)
{
    if (auto r = remove(webhookUrlEntry(integrationId)); !r)
        return r;
    return remove(integrationEntry(integrationId));
}

Result<QString> SecretStore::webhookUrl(const QString &integrationId)
{
    const QByteArray variable = webhookUrlVariable(integrationId);
    return lookUp(variable, webhookUrlEntry(integrationId), [&](const QString &why) {
        return tr("No webhook URL for the account %1: %2 Enter it in Publishing Accounts, or set %3.")
            .arg(integrationId, why, QString::fromLatin1(variable));
    });
}

Result<void> SecretStore::setWebhookUrl(const QString &integrationId, const QString &url)
{
    return store(webhookUrlEntry(integrationId), url);
}

Result<AccountKeys> SecretStore::accountKeys(const Integration &integration)
{
    AccountKeys keys;
    if (keepsUrlInKeychain(integration.platform)) {
        const Result<QString> url = webhookUrl(integration.id);
        if (!url) // the account as people know it first: its id is for the CLI
            return Error{tr("%1: %2").arg(destinationName(integration), url.error())};
        keys.url = url.value();
    }
    const Result<QString> secret = integrationSecret(integration.id);
    if (secret)
        keys.secret = secret.value();
    else if (integration.platform != u"webhook") // a generic webhook may go unsigned
        return Error{tr("%1: %2").arg(destinationName(integration), secret.error())};
    return keys;
}

Result<QString> KeychainSecretStore::read(const QString &key)
{
    QKeychain::ReadPasswordJob job(Service);
    runToEnd(job, key);
    if (job.error() == QKeychain::EntryNotFound)
        return Error{tr("the keychain holds none.")};
    if (job.error() != QKeychain::NoError)
        return Error{tr("the keychain could not be read (%1).").arg(job.errorString())};
    return job.textData();
}

Result<void> KeychainSecretStore::write(const QString &key, const QString &secret)
{
    QKeychain::WritePasswordJob job(Service);
    job.setTextData(secret);
    runToEnd(job, key);
    if (job.error() != QKeychain::NoError)
        return Error{tr("The keychain did not store the secret: %1").arg(job.errorString())};
    return {};
}

Result<void> KeychainSecretStore::remove(const QString &key)
{
    if (!read(key))
        return {}; // nothing there (or no keychain at all): nothing to forget
    QKeychain::DeletePasswordJob job(Service);
    runToEnd(job, key);
    if (job.error() != QKeychain::NoError && job.error() != QKeychain::EntryNotFound)
        return Error{tr("The keychain did not remove the secret: %1").arg(job.errorString())};
    return {};
}

Result<QString> MemorySecretStore::read(const QString &key)
{
    const QMutexLocker lock(&m_mutex);
    const auto found = m_secrets.constFind(key);
    if (found == m_secrets.cend())
        return Error{tr("the keychain holds none.")};
    return *found;
}

Result<void> MemorySecretStore::write(const QString &key, const QString &secret)
{
    const QMutexLocker lock(&m_mutex);
    m_secrets.insert(key, secret);
    return {};
}

Result<void> MemorySecretStore::remove(const QString &key)
{
    const QMutexLocker lock(&m_mutex);
    m_secrets.remove(key);
    return {};
}

} // namespace Almanac
