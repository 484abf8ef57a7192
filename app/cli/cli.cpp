// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/cli.h"

#include "app/cli/command.h"
#include "models/domain/redaction.h"
#include "models/store/database.h"

#include <QIODevice>
#include <memory>

namespace Almanac {

namespace {

const char *const usageText = R"(usage:
  almanac-cli [--db PATH] provider add NAME --kind openpost|posteverywhere|bundlesocial --base-url URL
                                     [--rate-limit N] [--team-id TEAM]
  almanac-cli [--db PATH] provider set-key NAME          (reads the key from stdin into the keychain)
  almanac-cli [--db PATH] provider list [--json]
  almanac-cli [--db PATH] integrations add --id ID --platform PLATFORM [--name TEXT] [--handle H]
                                         [--provider local|NAME] [--remote-id RID] [--service-url URL]
  almanac-cli [--db PATH] integrations list [--json]
  almanac-cli [--db PATH] integrations remove ID      (refused while a post still waits to go to it)
  almanac-cli [--db PATH] integrations test ID        (signs in as the window's Test Connection does;
                                                      keeps the limits a Mastodon instance says)
  almanac-cli [--db PATH] import FILE [--dry-run] [--json] [--timezone IANA]
                                      [--dialect auto|openpost|bundlesocial] [--skip-invalid]
                                      [--allow-file PATH ...] [--date-order dmy|mdy|ymd]
                                      [--map HEADER=FIELD ...]  (read a column as a field, or ignore;
                                      a column by its number from 1 when two share a header)
                                      (a CSV in either dialect, or a JSON export; a JSON export's
                                      media files on this computer are refused unless allowed one by one)
  almanac-cli [--db PATH] list [--status STATUS] [--from ISO] [--to ISO] [--json]
  almanac-cli [--db PATH] export FILE|- --format openpost|bundlesocial|json|ics [--from ISO] [--to ISO]
                                      [--post ID ...] [--team-id TEAM]
  almanac-cli [--db PATH] sync [--json] [--timeout SECONDS]
  almanac-cli [--db PATH] retry-failed [--platform P] [--since ISO] [--until ISO] [--post ID ...]
  almanac-cli [--db PATH] cancel-group GROUP_ID
  almanac-cli [--db PATH] secret set ID                  (reads the account's secret from stdin into the keychain)
  almanac-cli [--db PATH] backup FILE                    (the whole store, one file)
  almanac-cli [--db PATH] restore FILE                   (the current store is kept in the backups folder first)
  almanac-cli [--db PATH] scheduler run [--once [--timeout SECONDS]] [--json] [--lease-seconds N] [--grace-minutes N]
)";

template <typename C> std::unique_ptr<Command> make(const Command::Context &context)
{
    return std::make_unique<C>(context);
}

} // namespace

Cli::Cli(QIODevice *out, QIODevice *err, SecretStore *secrets)
    : m_out(out)
    , m_err(err)
    , m_secrets(secrets)
{
}

int Cli::usage(const QString &problem)
{
    if (!problem.isEmpty())
        m_err->write(Redaction::redact(tr("almanac-cli: %1\n").arg(problem)).toUtf8());
    m_err->write(usageText);
    return Command::UsageOrFileError;
}

std::unique_ptr<Command> Cli::command(const QString &name, const Command::Context &context)
{
    using Make = std::unique_ptr<Command> (*)(const Command::Context &);
    static const std::pair<const char *, Make> commands[] = {
        { "integrations", &make<IntegrationsCommand> },
        { "import", &make<ImportCommand> },
        { "export", &make<ExportCommand> },
        { "list", &make<ListCommand> },
        { "provider", &make<ProviderCommand> },
        { "sync", &make<SyncCommand> },
        { "retry-failed", &make<RetryFailedCommand> },
        { "cancel-group", &make<CancelGroupCommand> },
        { "secret", &make<SecretCommand> },
        { "scheduler", &make<SchedulerCommand> },
        { "backup", &make<BackupCommand> },
        { "restore", &make<RestoreCommand> },
    };
    for (const auto &[commandName, make] : commands)
        if (name == QLatin1StringView(commandName))
            return make(context);
    return nullptr;
}

int Cli::run(const QStringList &arguments)
{
    QStringList args = arguments.mid(1);
    Command::Context context { m_out, m_err, m_secrets, Database::defaultPath(),
        [this](const QString &problem) { return usage(problem); } };
    // Global options come before the command.
    while (!args.isEmpty() && args.first().startsWith(u'-')) {
        const QString option = args.takeFirst();
        if (option == u"--db") {
            if (args.isEmpty())
                return usage(tr("--db needs a path"));
            context.storePath = args.takeFirst();
        } else if (option.startsWith(QLatin1String("--db="))) {
            context.storePath = option.mid(5);
        } else if (option == u"--help" || option == u"-h") {
            m_out->write(usageText);
            return Command::Success;
        } else if (option == u"--version") {
            m_out->write(QStringLiteral("almanac-cli %1\n").arg(QLatin1StringView(ALMANAC_VERSION)).toUtf8());
            return Command::Success;
        } else {
            return usage(tr("unknown option %1").arg(option));
        }
    }
    if (args.isEmpty())
        return usage(tr("no command given"));
    const QString name = args.takeFirst();
    const std::unique_ptr<Command> chosen = command(name, context);
    if (!chosen)
        return usage(tr("unknown command \"%1\"").arg(name));
    return chosen->run(args);
}

} // namespace Almanac
