// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>
#include <QCoreApplication>

class QIODevice;

namespace Almanac {

class Database;
class SecretStore;

// almanac-cli: the headless twin of the desktop app. Exit codes: 0 success,
// 1 validation failed and nothing was written (import) or some posts failed
// for good (sync), 2 bad usage or an unreadable, refused file or store
// (nothing written), 3 sync stopped early (offline, timeout, no key) with
// everything still queued.
class Cli final
{
    Q_DECLARE_TR_FUNCTIONS(Cli)

public:
    enum ExitCode { Success = 0, ValidationFailed = 1, UsageOrFileError = 2, StoppedEarly = 3 };

    // `secrets` holds the providers' API keys (the keychain; memory in tests).
    Cli(QIODevice *out, QIODevice *err, SecretStore *secrets = nullptr);
    int run(const QStringList &arguments); // arguments[0] is the program name

private:
    int integrations(const QStringList &args);
    int importFile(const QStringList &args);
    int list(const QStringList &args);
    int exportPosts(const QStringList &args);
    int importJson(const QString &path, bool dryRun, const QStringList &allowedFiles);
    int provider(const QStringList &args);
    int sync(const QStringList &args);
    int retryFailed(const QStringList &args);
    int cancelGroup(const QStringList &args);
    int secret(const QStringList &args);
    int scheduler(const QStringList &args);
    int backup(const QStringList &args);
    int restore(const QStringList &args);
    int usage(const QString &problem);
    // Opens the --db store, or says why not on stderr.
    bool openStore(Database &db);
    void print(QIODevice *to, const QString &text);

    QIODevice *m_out;
    QIODevice *m_err;
    SecretStore *m_secrets;
    QString m_storePath;
};

} // namespace Almanac
