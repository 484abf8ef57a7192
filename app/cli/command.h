// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <functional>

class QCommandLineParser;
class QIODevice;

namespace Almanac {

class Database;
class JsonWriter;
class SecretStore;

// One almanac-cli command (KeePassXC's cli/Command): it parses its own
// arguments and does its job; the base opens the store and prints, text or
// JSON, in one place. Exit codes: 0 success, 1 validation failed and nothing
// was written (import) or some posts failed for good (sync, scheduler), 2 bad
// usage or an unreadable, refused file or store (nothing written), 3 stopped
// early (offline, timeout, no key) with everything still queued.
class Command
{
    Q_DECLARE_TR_FUNCTIONS(Cli)

public:
    enum ExitCode { Success = 0, ValidationFailed = 1, UsageOrFileError = 2, StoppedEarly = 3 };

    struct Context
    {
        QIODevice *out = nullptr;
        QIODevice *err = nullptr;
        SecretStore *secrets = nullptr; // the providers' keys and accounts' secrets (the keychain; memory in tests)
        QString storePath;
        std::function<int(const QString &problem)> usage; // says the problem and the usage; returns 2
    };

    explicit Command(const Context &context);
    virtual ~Command() = default;
    // `args`: what follows the command's name.
    virtual int run(const QStringList &args) = 0;

protected:
    // Parses the command's own options; false after saying the problem.
    bool parse(QCommandLineParser &parser, const QStringList &args);
    // A problem with how the command was called: said with the usage, exit 2.
    int usage(const QString &problem) const { return m_context.usage(problem); }
    // Opens the store (bringing it up to date), or says why not.
    bool openStore(Database &db);
    void say(const QString &text); // on standard output
    void note(const QString &text); // on standard error, redacted
    int fail(const QString &message, int code = UsageOrFileError); // "almanac-cli: message" on standard error
    // One JSON document and a newline on standard output.
    void printJson(const std::function<void(JsonWriter &)> &write);

    const Context &m_context;
    SecretStore *secrets() const { return m_context.secrets; }
    const QString &storePath() const { return m_context.storePath; }
    QIODevice *stdOut() const { return m_context.out; }

private:
    void print(QIODevice *to, const QString &text);
};

// The commands, one file each (app/cli/<name>command.cpp). Each says its
// messages in the one catalog of the CLI, Cli (as lupdate reads them).
// clang-format off
class IntegrationsCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
public:
    using Command::Command;
    int run(const QStringList &args) override;

private:
    int test(const QStringList &args);
};
class ExportCommand final : public Command { Q_DECLARE_TR_FUNCTIONS(Cli) public: using Command::Command; int run(const QStringList &args) override; };
class ListCommand final : public Command { Q_DECLARE_TR_FUNCTIONS(Cli) public: using Command::Command; int run(const QStringList &args) override; };
class ProviderCommand final : public Command { Q_DECLARE_TR_FUNCTIONS(Cli) public: using Command::Command; int run(const QStringList &args) override; };
class SyncCommand final : public Command { Q_DECLARE_TR_FUNCTIONS(Cli) public: using Command::Command; int run(const QStringList &args) override; };
class RetryFailedCommand final : public Command { Q_DECLARE_TR_FUNCTIONS(Cli) public: using Command::Command; int run(const QStringList &args) override; };
class CancelGroupCommand final : public Command { Q_DECLARE_TR_FUNCTIONS(Cli) public: using Command::Command; int run(const QStringList &args) override; };
class SecretCommand final : public Command { Q_DECLARE_TR_FUNCTIONS(Cli) public: using Command::Command; int run(const QStringList &args) override; };
class BackupCommand final : public Command { Q_DECLARE_TR_FUNCTIONS(Cli) public: using Command::Command; int run(const QStringList &args) override; };
class RestoreCommand final : public Command { Q_DECLARE_TR_FUNCTIONS(Cli) public: using Command::Command; int run(const QStringList &args) override; };
class SchedulerCommand final : public Command { Q_DECLARE_TR_FUNCTIONS(Cli) public: using Command::Command; int run(const QStringList &args) override; };
// clang-format on

// A CSV in either dialect, or a JSON export.
struct ImportOptions;

class ImportCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(Cli)

public:
    using Command::Command;
    int run(const QStringList &args) override;

private:
    int importJson(const QString &path, bool dryRun, const QStringList &allowedFiles);
    // What each column is read as, from --map HEADER=FIELD; empty and a usage
    // message when a header or a field is unknown.
    std::optional<QStringList> columnNames(const ImportOptions &options, const QStringList &maps);
};

} // namespace Almanac
