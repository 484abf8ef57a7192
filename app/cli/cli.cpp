// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/cli.h"

#include "app/exporting/postexporter.h"
#include "app/importing/csvimporter.h"
#include "app/importing/importreport.h"
#include "app/importing/jsonimporter.h"
#include "app/publish/localscheduler.h"
#include "app/secrets/secretstore.h"
#include "app/secrets/webhookurlmigration.h"
#include "app/settings/appsettings.h"
#include "app/sync/syncengine.h"
#include "models/domain/clock.h"
#include "models/domain/endpointpolicy.h"
#include "models/domain/jsonwriter.h"
#include "models/domain/mediapolicy.h"
#include "models/domain/platform.h"
#include "models/domain/postjson.h"
#include "models/domain/redaction.h"
#include "models/store/database.h"
#include "models/store/integrationrepository.h"
#include "models/store/outboxrepository.h"
#include "models/store/postrepository.h"
#include "models/store/providerrepository.h"
#include "models/store/storebackup.h"

#include <QCommandLineParser>
#include <QEventLoop>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTimer>
#include <QCoreApplication>
#include <QDateTime>
#include <QIODevice>
#include <QTimeZone>

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
  almanac-cli [--db PATH] import FILE [--dry-run] [--json] [--timezone IANA]
                                      [--dialect auto|openpost|bundlesocial] [--skip-invalid]
                                      [--allow-file PATH ...]
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

// Parses a subcommand's own options; false (with the problem) on anything unknown.
bool parseOptions(QCommandLineParser &parser, const QStringList &args, QString *problem)
{
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    if (!parser.parse(QStringList{QStringLiteral("almanac-cli")} + args)) {
        *problem = parser.errorText();
        return false;
    }
    return true;
}

// A secret piped in (never an argument: arguments show in the process list).
QString firstLineOfStdin()
{
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(in.readLine()).trimmed();
}

std::optional<qint64> parseInstant(const QString &text, bool *ok)
{
    *ok = true;
    if (text.isEmpty())
        return std::nullopt;
    QDateTime t = QDateTime::fromString(text, Qt::ISODate);
    if (!t.isValid()) {
        const QDate d = QDate::fromString(text, Qt::ISODate);
        if (d.isValid())
            t = QDateTime(d, QTime(0, 0), Qt::UTC);
    }
    if (!t.isValid()) {
        *ok = false;
        return std::nullopt;
    }
    return t.toSecsSinceEpoch();
}

} // namespace

Cli::Cli(QIODevice *out, QIODevice *err, SecretStore *secrets)
    : m_out(out)
    , m_err(err)
    , m_secrets(secrets)
{
}

void Cli::print(QIODevice *to, const QString &text)
{
    // What goes to standard error is a message (and may end up in a log): never a secret in it.
    to->write((to == m_err ? Redaction::redact(text) : text).toUtf8());
}

bool Cli::openStore(Database &db)
{
    if (auto r = db.open(m_storePath); !r) {
        print(m_err, tr("almanac-cli: %1\n").arg(r.error()));
        return false;
    }
    if (m_secrets)
        if (auto moved = WebhookUrlMigration::run(db.connection(), *m_secrets); !moved)
            print(m_err, tr("almanac-cli: %1\n").arg(moved.error()));
    return true;
}

int Cli::usage(const QString &problem)
{
    if (!problem.isEmpty())
        print(m_err, tr("almanac-cli: %1\n").arg(problem));
    print(m_err, QString::fromLatin1(usageText));
    return UsageOrFileError;
}

int Cli::run(const QStringList &arguments)
{
    QStringList args = arguments.mid(1);
    m_storePath = Database::defaultPath();
    // Global options come before the command.
    while (!args.isEmpty() && args.first().startsWith(u'-')) {
        const QString option = args.takeFirst();
        if (option == u"--db") {
            if (args.isEmpty())
                return usage(tr("--db needs a path"));
            m_storePath = args.takeFirst();
        } else if (option.startsWith(QLatin1String("--db="))) {
            m_storePath = option.mid(5);
        } else if (option == u"--help" || option == u"-h") {
            print(m_out, QString::fromLatin1(usageText));
            return Success;
        } else if (option == u"--version") {
            print(m_out, QStringLiteral("almanac-cli %1\n").arg(QLatin1StringView(ALMANAC_VERSION)));
            return Success;
        } else {
            return usage(tr("unknown option %1").arg(option));
        }
    }
    if (args.isEmpty())
        return usage(tr("no command given"));
    const QString command = args.takeFirst();
    if (command == u"integrations")
        return integrations(args);
    if (command == u"import")
        return importFile(args);
    if (command == u"export")
        return exportPosts(args);
    if (command == u"list")
        return list(args);
    if (command == u"provider")
        return provider(args);
    if (command == u"sync")
        return sync(args);
    if (command == u"retry-failed")
        return retryFailed(args);
    if (command == u"cancel-group")
        return cancelGroup(args);
    if (command == u"secret")
        return secret(args);
    if (command == u"scheduler")
        return scheduler(args);
    if (command == u"backup")
        return backup(args);
    if (command == u"restore")
        return restore(args);
    return usage(tr("unknown command \"%1\"").arg(command));
}

int Cli::integrations(const QStringList &arguments)
{
    QStringList args = arguments;
    if (args.isEmpty())
        return usage(tr("integrations needs add, list or remove"));
    const QString action = args.takeFirst();
    QCommandLineParser parser;
    QString problem;
    if (action == u"add") {
        const QCommandLineOption id(QStringLiteral("id"), QString(), QStringLiteral("ID"));
        const QCommandLineOption platform(QStringLiteral("platform"), QString(), QStringLiteral("PLATFORM"));
        const QCommandLineOption name(QStringLiteral("name"), QString(), QStringLiteral("TEXT"));
        const QCommandLineOption handle(QStringLiteral("handle"), QString(), QStringLiteral("H"));
        const QCommandLineOption provider(QStringLiteral("provider"), QString(), QStringLiteral("NAME"),
                                          QStringLiteral("local"));
        const QCommandLineOption serviceUrl(QStringLiteral("service-url"), QString(), QStringLiteral("URL"));
        const QCommandLineOption remoteId(QStringLiteral("remote-id"), QString(), QStringLiteral("RID"));
        parser.addOptions({id, platform, name, handle, provider, serviceUrl, remoteId});
        if (!parseOptions(parser, args, &problem))
            return usage(problem);
        if (!parser.positionalArguments().isEmpty())
            return usage(tr("unexpected argument %1").arg(parser.positionalArguments().first()));
        if (!parser.isSet(id) || !parser.isSet(platform))
            return usage(tr("integrations add needs --id and --platform"));
        Database db;
        if (!openStore(db))
            return UsageOrFileError;
        Integration in;
        in.id = parser.value(id);
        in.platform = parser.value(platform);
        in.name = parser.value(name);
        in.handle = parser.value(handle);
        // --provider names a provider account (provider add), or a kind (the
        // foundation's form: "local", or the only account of that kind).
        if (providerNames().contains(parser.value(provider)))
            in.provider = parser.value(provider);
        else
            in.providerAccount = parser.value(provider);
        in.serviceUrl = parser.value(serviceUrl);
        in.remoteId = parser.value(remoteId);
        const Platform *known = PlatformCatalog::find(in.platform); // the add below refuses an unknown one
        const bool keychainUrl = known && keepsUrlInKeychain(known->id);
        if (keychainUrl && !in.serviceUrl.isEmpty() && !m_secrets)
            return usage(tr("a webhook's URL goes into the keychain, and none is at hand"));
        if (auto r = IntegrationRepository(db.connection()).add(in); !r) {
            print(m_err, tr("almanac-cli: %1\n").arg(r.error()));
            return UsageOrFileError;
        }
        if (keychainUrl && !in.serviceUrl.isEmpty()) {
            if (auto r = m_secrets->setWebhookUrl(in.id, in.serviceUrl); !r) {
                (void)IntegrationRepository(db.connection()).remove(in.id);
                print(m_err, tr("almanac-cli: the webhook's URL was not stored, so %1 was not added: %2\n").arg(in.id, r.error()));
                return UsageOrFileError;
            }
        }
        print(m_out, tr("added integration %1 (%2, provider %3)\n")
                         .arg(in.id, PlatformCatalog::find(in.platform)->id,
                              in.providerAccount.isEmpty() ? in.provider : in.providerAccount));
        if (const QString note = EndpointPolicy::loopbackNote(QUrl(in.serviceUrl)); !note.isEmpty())
            print(m_err, note + u'\n');
        if (keychainUrl)
            print(m_err, tr("note: its posts go out unsigned until it has a secret: almanac-cli secret set %1 (docs/security.md "
                            "shows how the receiver checks the signature)\n").arg(in.id));
        return Success;
    }
    if (action == u"list") {
        const QCommandLineOption json(QStringLiteral("json"));
        parser.addOption(json);
        if (!parseOptions(parser, args, &problem))
            return usage(problem);
        Database db;
        if (!openStore(db))
            return UsageOrFileError;
        const QList<Integration> all = IntegrationRepository(db.connection()).list();
        if (parser.isSet(json)) {
            QByteArray out;
            JsonWriter w(out);
            w.beginObject().key("integrations").beginArray();
            for (const Integration &in : all) {
                w.beginObject();
                w.key("id").string(in.id);
                w.key("platform").string(in.platform);
                w.key("name").string(in.name);
                w.key("handle").string(in.handle);
                w.key("provider").string(in.provider);
                w.endObject();
            }
            w.endArray().endObject();
            out.append('\n');
            m_out->write(out);
        } else {
            for (const Integration &in : all)
                print(m_out, QStringLiteral("%1\t%2\t%3\t%4\n").arg(in.id, in.platform, in.provider, in.name));
        }
        return Success;
    }
    if (action == u"remove") {
        if (args.size() != 1)
            return usage(tr("integrations remove needs exactly one ID"));
        Database db;
        if (!openStore(db))
            return UsageOrFileError;
        if (auto r = IntegrationRepository(db.connection()).remove(args.first()); !r) {
            print(m_err, tr("almanac-cli: %1\n").arg(r.error()));
            return UsageOrFileError;
        }
        if (m_secrets)
            if (auto r = m_secrets->removeIntegrationSecret(args.first()); !r)
                print(m_err, tr("almanac-cli: the secret of %1 is still in the keychain: %2\n").arg(args.first(), r.error()));
        print(m_out, tr("removed integration %1\n").arg(args.first()));
        return Success;
    }
    return usage(tr("unknown integrations action \"%1\"").arg(action));
}

int Cli::importFile(const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption dryRun(QStringLiteral("dry-run"));
    const QCommandLineOption json(QStringLiteral("json"));
    const QCommandLineOption skipInvalid(QStringLiteral("skip-invalid"));
    const QCommandLineOption timezone(QStringLiteral("timezone"), QString(), QStringLiteral("IANA"));
    const QCommandLineOption dialect(QStringLiteral("dialect"), QString(), QStringLiteral("NAME"), QStringLiteral("auto"));
    const QCommandLineOption allowFile(QStringLiteral("allow-file"), QString(), QStringLiteral("PATH"));
    parser.addOptions({dryRun, json, skipInvalid, timezone, dialect, allowFile});
    QString problem;
    if (!parseOptions(parser, args, &problem))
        return usage(problem);
    if (parser.positionalArguments().size() != 1)
        return usage(tr("import needs exactly one FILE"));

    if (JsonImporter::looksLikeJson(parser.positionalArguments().first()))
        return importJson(parser.positionalArguments().first(), parser.isSet(dryRun), parser.values(allowFile));

    ImportOptions options;
    options.filePath = parser.positionalArguments().first();
    options.storePath = m_storePath;
    options.dryRun = parser.isSet(dryRun);
    options.skipInvalid = parser.isSet(skipInvalid);
    options.allowLocalNetworkMedia = AppSettings().allowLocalNetworkMedia();
    if (parser.isSet(timezone)) {
        const QByteArray zone = parser.value(timezone).toUtf8();
        if (!QTimeZone::isTimeZoneIdAvailable(zone))
            return usage(tr("\"%1\" is not a time zone; expected an IANA name such as Europe/Berlin or UTC")
                             .arg(parser.value(timezone)));
        options.timeZone = QTimeZone(zone);
    }
    const QString dialectName = parser.value(dialect);
    if (dialectName != u"auto") {
        options.dialect = csvDialectFromName(dialectName);
        if (!options.dialect)
            return usage(tr("\"%1\" is not a dialect; expected auto, openpost or bundlesocial").arg(dialectName));
    }

    ImportReport report(m_out, parser.isSet(json) ? ImportReport::Format::Json : ImportReport::Format::Text,
                        options.dryRun);
    CsvImporter importer(options);
    const ImportOutcome outcome = importer.run(&report);
    report.finish(outcome);
    switch (outcome.status) {
    case ImportOutcome::Status::Committed:
    case ImportOutcome::Status::Validated: return Success;
    case ImportOutcome::Status::ValidationFailed: return ValidationFailed;
    case ImportOutcome::Status::FileRefused:
    case ImportOutcome::Status::StoreFailed:
    case ImportOutcome::Status::Cancelled: break;
    }
    return UsageOrFileError;
}

int Cli::importJson(const QString &path, bool dryRun, const QStringList &allowedFiles)
{
    Database db;
    if (!openStore(db))
        return UsageOrFileError;
    JsonImporter::Options options{path, dryRun, 0};
    options.allowLocalNetworkMedia = AppSettings().allowLocalNetworkMedia();
    for (const QString &file : allowedFiles) // the CLI's way to confirm a file one by one
        options.confirmedFiles.append(MediaPolicy::confirmedPath(file));
    JsonImporter importer(db.connection(), options);
    const JsonImportOutcome outcome = importer.run();
    if (dryRun)
        for (const QString &file : outcome.localFiles)
            if (!options.confirmedFiles.contains(file))
                print(m_err, tr("note: a post uses the file %1 from this computer; import with --allow-file %1 if you "
                                "trust it to be uploaded\n").arg(file));
    using Status = JsonImportOutcome::Status;
    switch (outcome.status) {
    case Status::Committed:
        print(m_out, tr("Imported %n post(s) from %1 (import %2).\n", nullptr, int(outcome.posts))
                         .arg(path)
                         .arg(outcome.importId));
        return Success;
    case Status::Validated:
        print(m_out, tr("All %n post(s) in %1 are valid; nothing was written (dry run).\n", nullptr, int(outcome.posts))
                         .arg(path));
        return Success;
    case Status::ValidationFailed:
        for (const QString &e : outcome.errors)
            print(m_err, e + u'\n');
        print(m_err, tr("Nothing was imported: %n problem(s) in %1.\n", nullptr, int(outcome.errors.size())).arg(path));
        return ValidationFailed;
    case Status::FileRefused:
    case Status::StoreFailed: break;
    }
    print(m_err, tr("almanac-cli: %1\n").arg(outcome.errors.join(u'\n')));
    return UsageOrFileError;
}

int Cli::exportPosts(const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption format(QStringLiteral("format"), QString(), QStringLiteral("FORMAT"));
    const QCommandLineOption from(QStringLiteral("from"), QString(), QStringLiteral("ISO"));
    const QCommandLineOption to(QStringLiteral("to"), QString(), QStringLiteral("ISO"));
    const QCommandLineOption post(QStringLiteral("post"), QString(), QStringLiteral("ID"));
    const QCommandLineOption teamId(QStringLiteral("team-id"), QString(), QStringLiteral("TEAM"));
    parser.addOptions({format, from, to, post, teamId});
    QString problem;
    if (!parseOptions(parser, args, &problem))
        return usage(problem);
    if (parser.positionalArguments().size() != 1)
        return usage(tr("export needs exactly one FILE (or - for standard output)"));
    ExportOptions options;
    const std::optional<ExportFormat> chosen = exportFormatFromName(parser.value(format));
    if (!chosen)
        return usage(tr("--format \"%1\" is not a format; expected openpost, bundlesocial, json or ics")
                         .arg(parser.value(format)));
    options.format = *chosen;
    options.teamId = parser.value(teamId);
    options.scope.postIds = parser.values(post);
    bool ok = true;
    options.scope.from = parseInstant(parser.value(from), &ok);
    if (!ok)
        return usage(tr("--from \"%1\" is not an ISO 8601 date or date-time").arg(parser.value(from)));
    options.scope.to = parseInstant(parser.value(to), &ok);
    if (!ok)
        return usage(tr("--to \"%1\" is not an ISO 8601 date or date-time").arg(parser.value(to)));

    Database db;
    if (!openStore(db))
        return UsageOrFileError;
    PostExporter exporter(db.connection(), options);
    const QString file = parser.positionalArguments().first();
    const Result<ExportOutcome> r = file == u"-" ? exporter.write(*m_out) : exporter.writeFile(file);
    if (!r) {
        print(m_err, tr("almanac-cli: %1\n").arg(r.error()));
        return UsageOrFileError;
    }
    // What the format could not carry goes to stderr, so a piped export stays clean.
    for (const QString &note : r.value().notes)
        print(m_err, tr("note: %1\n").arg(note));
    if (file != u"-")
        print(m_out, tr("Exported %n post(s) to %1.\n", nullptr, int(r.value().posts)).arg(file));
    return Success;
}

int Cli::list(const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"));
    const QCommandLineOption status(QStringLiteral("status"), QString(), QStringLiteral("STATUS"));
    const QCommandLineOption from(QStringLiteral("from"), QString(), QStringLiteral("ISO"));
    const QCommandLineOption to(QStringLiteral("to"), QString(), QStringLiteral("ISO"));
    parser.addOptions({json, status, from, to});
    QString problem;
    if (!parseOptions(parser, args, &problem))
        return usage(problem);
    if (!parser.positionalArguments().isEmpty())
        return usage(tr("unexpected argument %1").arg(parser.positionalArguments().first()));

    PostQuery query;
    query.limit = 500;
    if (parser.isSet(status)) {
        query.status = postStatusFromName(parser.value(status));
        if (!query.status)
            return usage(tr("\"%1\" is not a status; expected one of %2")
                             .arg(parser.value(status), postStatusNames().join(QStringLiteral(", "))));
    }
    bool ok = true;
    query.from = parseInstant(parser.value(from), &ok);
    if (!ok)
        return usage(tr("--from \"%1\" is not an ISO 8601 date or date-time").arg(parser.value(from)));
    query.to = parseInstant(parser.value(to), &ok);
    if (!ok)
        return usage(tr("--to \"%1\" is not an ISO 8601 date or date-time").arg(parser.value(to)));

    Database db;
    if (!openStore(db))
        return UsageOrFileError;
    PostRepository posts(db.connection());
    const bool asJson = parser.isSet(json);
    // Where each post stands with its provider: the outbox's unsettled rows, and
    // which destinations are hosted at all.
    QHash<QString, QString> accountOf;
    ProviderRepository providers(db.connection());
    for (const Integration &in : IntegrationRepository(db.connection()).list())
        if (const std::optional<ProviderAccount> account = providers.accountFor(in))
            accountOf.insert(in.id, account->name);
    const QHash<QString, std::pair<QString, QString>> unsettled = OutboxRepository(db.connection()).unsettledPosts();
    QByteArray out;
    JsonWriter writer(out);
    if (asJson)
        writer.beginObject().key("posts").beginArray();
    auto flush = [&](bool force) {
        if (force || out.size() > (1 << 16)) {
            m_out->write(out);
            out.clear();
        }
    };
    (void)posts.forEach(query, [&](const Post &p) {
        if (asJson) {
            PostSyncInfo sync;
            for (const PostTarget &t : p.targets)
                if (sync.provider.isEmpty())
                    sync.provider = accountOf.value(t.integrationId);
            if (!sync.provider.isEmpty()) {
                const auto state = unsettled.constFind(p.id);
                sync.syncState = state == unsettled.cend() ? QStringLiteral("synced") : state->first;
                if (state != unsettled.cend())
                    sync.lastError = state->second;
            }
            writePostJson(writer, p, PostJsonShape::Full, &sync);
        } else {
            QStringList targets;
            for (const PostTarget &t : p.targets)
                targets.append(t.integrationId);
            QString snippet = p.content.left(60).replace(u'\n', u' ');
            out.append(QStringLiteral("%1\t%2\t%3\t%4\t%5\n")
                           .arg(p.id, postStatusName(p.status),
                                p.scheduledAt ? isoUtc(*p.scheduledAt) : tr("(no date)"),
                                targets.join(u','), snippet)
                           .toUtf8());
        }
        flush(false);
    });
    if (asJson) {
        writer.endArray().endObject();
        out.append('\n');
    }
    flush(true);
    return Success;
}

int Cli::provider(const QStringList &arguments)
{
    QStringList args = arguments;
    if (args.isEmpty())
        return usage(tr("provider needs add, set-key or list"));
    const QString action = args.takeFirst();
    QCommandLineParser parser;
    QString problem;
    if (action == u"add") {
        const QCommandLineOption kind(QStringLiteral("kind"), QString(), QStringLiteral("KIND"));
        const QCommandLineOption baseUrl(QStringLiteral("base-url"), QString(), QStringLiteral("URL"));
        const QCommandLineOption rateLimit(QStringLiteral("rate-limit"), QString(), QStringLiteral("N"), QStringLiteral("300"));
        const QCommandLineOption teamId(QStringLiteral("team-id"), QString(), QStringLiteral("TEAM"));
        parser.addOptions({kind, baseUrl, rateLimit, teamId});
        if (!parseOptions(parser, args, &problem))
            return usage(problem);
        if (parser.positionalArguments().size() != 1 || !parser.isSet(kind) || !parser.isSet(baseUrl))
            return usage(tr("provider add needs NAME, --kind and --base-url"));
        bool ok = false;
        ProviderAccount account;
        account.name = parser.positionalArguments().first();
        account.kind = parser.value(kind);
        account.baseUrl = parser.value(baseUrl);
        account.rateLimit = parser.value(rateLimit).toInt(&ok);
        if (!ok)
            return usage(tr("--rate-limit \"%1\" is not a number of requests per minute").arg(parser.value(rateLimit)));
        account.teamId = parser.value(teamId);
        Database db;
        if (!openStore(db))
            return UsageOrFileError;
        if (auto r = ProviderRepository(db.connection()).add(account); !r) {
            print(m_err, tr("almanac-cli: %1\n").arg(r.error()));
            return UsageOrFileError;
        }
        print(m_out, tr("added provider %1 (%2 at %3, %4 requests a minute)\n")
                         .arg(account.name, account.kind, account.baseUrl)
                         .arg(account.rateLimit));
        return Success;
    }
    if (action == u"set-key") {
        if (!parseOptions(parser, args, &problem))
            return usage(problem);
        if (parser.positionalArguments().size() != 1)
            return usage(tr("provider set-key needs NAME (and the key on standard input)"));
        const QString name = parser.positionalArguments().first();
        Database db;
        if (!openStore(db))
            return UsageOrFileError;
        if (!ProviderRepository(db.connection()).find(name)) {
            print(m_err, tr("almanac-cli: there is no provider \"%1\"; add it with provider add.\n").arg(name));
            return UsageOrFileError;
        }
        const QString key = firstLineOfStdin();
        if (key.isEmpty())
            return usage(tr("no key on standard input"));
        if (auto r = m_secrets->setProviderKey(name, key); !r) {
            print(m_err, tr("almanac-cli: %1\n").arg(r.error()));
            return UsageOrFileError;
        }
        print(m_out, tr("stored the key of %1 in the keychain\n").arg(name)); // never the key itself
        return Success;
    }
    if (action == u"list") {
        const QCommandLineOption json(QStringLiteral("json"));
        parser.addOption(json);
        if (!parseOptions(parser, args, &problem))
            return usage(problem);
        Database db;
        if (!openStore(db))
            return UsageOrFileError;
        const QList<ProviderAccount> all = ProviderRepository(db.connection()).list();
        QByteArray out;
        JsonWriter w(out);
        if (parser.isSet(json))
            w.beginObject().key("providers").beginArray();
        for (const ProviderAccount &a : all) {
            if (!parser.isSet(json)) {
                out.append(QStringLiteral("%1\t%2\t%3\t%4/min\n").arg(a.name, a.kind, a.baseUrl).arg(a.rateLimit).toUtf8());
                continue;
            }
            w.beginObject();
            w.key("name").string(a.name);
            w.key("kind").string(a.kind);
            w.key("base_url").string(a.baseUrl);
            w.key("rate_limit").number(a.rateLimit);
            w.endObject();
        }
        if (parser.isSet(json)) {
            w.endArray().endObject();
            out.append('\n');
        }
        m_out->write(out);
        return Success;
    }
    return usage(tr("unknown provider action \"%1\"").arg(action));
}

int Cli::sync(const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"));
    const QCommandLineOption timeout(QStringLiteral("timeout"), QString(), QStringLiteral("SECONDS"), QStringLiteral("300"));
    parser.addOptions({json, timeout});
    QString problem;
    if (!parseOptions(parser, args, &problem))
        return usage(problem);
    bool ok = false;
    const int seconds = parser.value(timeout).toInt(&ok);
    if (!ok || seconds < 1)
        return usage(tr("--timeout \"%1\" is not a number of seconds").arg(parser.value(timeout)));
    Database db;
    if (!openStore(db))
        return UsageOrFileError;
    OutboxRepository outbox(db.connection());
    const qint64 doneBefore = outbox.countInState(QStringLiteral("done"));

    SyncEngine engine(m_storePath, m_secrets, SyncEngine::Options{});
    SyncEngine::followSystemReachability(&engine);
    if (auto r = engine.start(); !r) {
        print(m_err, tr("almanac-cli: %1\n").arg(r.error()));
        return UsageOrFileError;
    }
    // Runs until nothing is left to send, or it cannot go on (offline, no key), or time is up.
    QEventLoop loop;
    QString stopped;
    QTimer deadline;
    deadline.setSingleShot(true);
    QObject::connect(&deadline, &QTimer::timeout, &loop, [&] {
        stopped = QStringLiteral("timeout");
        loop.quit();
    });
    QObject::connect(&engine, &SyncEngine::settled, &loop, [&] {
        const SyncStatus s = engine.status();
        if (s.pending == 0) {
            loop.quit();
        } else if (!s.online) {
            stopped = QStringLiteral("offline");
            loop.quit();
        } else if (!s.blocked.isEmpty()) {
            stopped = QStringLiteral("blocked");
            loop.quit();
        }
    });
    deadline.start(seconds * 1000);
    loop.exec();

    const SyncStatus status = engine.status();
    const qint64 pushed = outbox.countInState(QStringLiteral("done")) - doneBefore;
    const QList<OutboxRow> failed = outbox.inState(QStringLiteral("failed"));
    const QString reason = stopped == u"offline" ? tr("offline: %1").arg(status.lastError)
        : stopped == u"blocked"                  ? status.blocked
        : stopped == u"timeout"                  ? tr("time is up after %1 s").arg(seconds)
                                                 : QString();
    if (parser.isSet(json)) {
        QByteArray out;
        JsonWriter w(out);
        w.beginObject();
        w.key("pushed").number(pushed);
        w.key("pending").number(status.pending);
        w.key("online").boolean(status.online);
        w.key("stopped").stringOrNull(stopped);
        w.key("reason").stringOrNull(reason);
        w.key("failed").beginArray();
        for (const OutboxRow &r : failed) {
            w.beginObject();
            w.key("post").string(r.postId);
            w.key("integration").string(r.integrationId);
            w.key("operation").string(r.operation);
            w.key("error").string(r.lastError);
            w.endObject();
        }
        w.endArray().endObject();
        out.append('\n');
        m_out->write(out);
    } else {
        print(m_out, tr("pushed %1, %2 still queued, %3 failed\n").arg(pushed).arg(status.pending).arg(failed.size()));
        for (const OutboxRow &r : failed)
            print(m_out, tr("failed: post %1 to %2 (%3): %4\n").arg(r.postId, r.integrationId, r.operation, r.lastError));
        if (!reason.isEmpty())
            print(m_err, tr("almanac-cli: sync stopped early (%1); everything not pushed is still queued\n").arg(reason));
    }
    if (!stopped.isEmpty())
        return StoppedEarly;
    return failed.isEmpty() ? Success : ValidationFailed;
}

int Cli::retryFailed(const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption platform(QStringLiteral("platform"), QString(), QStringLiteral("P"));
    const QCommandLineOption since(QStringLiteral("since"), QString(), QStringLiteral("ISO"));
    const QCommandLineOption until(QStringLiteral("until"), QString(), QStringLiteral("ISO"));
    const QCommandLineOption post(QStringLiteral("post"), QString(), QStringLiteral("ID"));
    parser.addOptions({platform, since, until, post});
    QString problem;
    if (!parseOptions(parser, args, &problem))
        return usage(problem);
    // Everything that follows --post names a post too: --post A B C.
    QStringList postIds = parser.values(post) + parser.positionalArguments();
    if (!parser.positionalArguments().isEmpty() && !parser.isSet(post))
        return usage(tr("unexpected argument %1").arg(parser.positionalArguments().first()));
    OutboxRepository::FailedFilter filter;
    filter.postIds = postIds;
    if (parser.isSet(platform)) {
        const Platform *p = PlatformCatalog::find(parser.value(platform));
        if (!p)
            return usage(tr("\"%1\" is not a platform; expected one of %2")
                             .arg(parser.value(platform), PlatformCatalog::ids().join(QStringLiteral(", "))));
        filter.platform = p->id;
    }
    bool ok = true;
    filter.since = parseInstant(parser.value(since), &ok);
    if (!ok)
        return usage(tr("--since \"%1\" is not an ISO 8601 date or date-time").arg(parser.value(since)));
    filter.until = parseInstant(parser.value(until), &ok);
    if (!ok)
        return usage(tr("--until \"%1\" is not an ISO 8601 date or date-time").arg(parser.value(until)));
    Database db;
    if (!openStore(db))
        return UsageOrFileError;
    const Result<int> requeued = OutboxRepository(db.connection()).requeueFailed(filter);
    if (!requeued) {
        print(m_err, tr("almanac-cli: %1\n").arg(requeued.error()));
        return UsageOrFileError;
    }
    print(m_out, tr("%1 failed destinations queued again; run sync to send them\n").arg(requeued.value()));

    // Providers that publish for Almanac (PostEverywhere) retry their own failures too.
    RetryFilter remote{filter.platform, filter.since, filter.until, {}};
    const QHash<QString, QString> remoteIds = OutboxRepository(db.connection()).remoteIdsOf(postIds);
    for (const QString &id : remoteIds)
        if (!remote.remotePostIds.contains(id))
            remote.remotePostIds.append(id);
    SyncEngine engine(m_storePath, m_secrets, SyncEngine::Options{});
    if (auto r = engine.open(); !r)
        return Success; // the local part is done; the store was just open
    QEventLoop loop;
    QStringList lines;
    bool answered = false;
    engine.retryAtProviders(remote, [&](const QStringList &l) {
        lines = l;
        answered = true;
        loop.quit();
    });
    if (!answered)
        loop.exec();
    for (const QString &line : std::as_const(lines))
        print(m_out, line + u'\n');
    return Success;
}

int Cli::cancelGroup(const QStringList &args)
{
    if (args.size() != 1 || args.first().startsWith(u'-'))
        return usage(tr("cancel-group needs exactly one GROUP_ID"));
    const QString group = args.first();
    SyncEngine engine(m_storePath, m_secrets, SyncEngine::Options{});
    if (auto r = engine.open(); !r) {
        print(m_err, tr("almanac-cli: %1\n").arg(r.error()));
        return UsageOrFileError;
    }
    QEventLoop loop;
    Result<int> outcome = 0;
    bool answered = false;
    engine.cancelGroup(group, [&](const Result<int> &r) {
        outcome = r;
        answered = true;
        loop.quit();
    });
    if (!answered)
        loop.exec();
    if (!outcome) {
        print(m_err, tr("almanac-cli: the group %1 was not cancelled: %2\n").arg(group, outcome.error()));
        return ValidationFailed;
    }
    print(m_out, tr("cancelled the group %1: %2 destinations\n").arg(group).arg(outcome.value()));
    return Success;
}

int Cli::secret(const QStringList &args)
{
    if (args.size() != 2 || args.first() != u"set")
        return usage(tr("secret needs set ID (and the secret on standard input)"));
    Database db;
    if (!openStore(db))
        return UsageOrFileError;
    const QString id = args.at(1);
    if (const auto in = IntegrationRepository(db.connection()).find(id); !in || in->removedAt) {
        print(m_err, tr("almanac-cli: there is no integration \"%1\"; add it with integrations add.\n").arg(id));
        return UsageOrFileError;
    }
    const QString value = firstLineOfStdin();
    if (value.isEmpty())
        return usage(tr("no secret on standard input"));
    const QString platform = IntegrationRepository(db.connection()).find(id)->platform;
    if (platform == u"discord" || platform == u"slack") // the secret is the incoming webhook's URL
        if (const QString why = EndpointPolicy::endpointRefusal(QUrl(value, QUrl::StrictMode)); !why.isEmpty())
            return usage(why);
    if (auto r = m_secrets->setIntegrationSecret(id, value); !r) {
        print(m_err, tr("almanac-cli: %1\n").arg(r.error()));
        return UsageOrFileError;
    }
    print(m_out, tr("stored the secret of %1 in the keychain\n").arg(id));
    return Success;
}

int Cli::backup(const QStringList &args)
{
    if (args.size() != 1)
        return usage(tr("backup needs the FILE to write"));
    Database db; // opening brings the store up to date first, so the copy is of the current schema
    if (!openStore(db))
        return UsageOrFileError;
    if (auto r = StoreBackup::backup(m_storePath, args.first()); !r) {
        print(m_err, tr("almanac-cli: %1\n").arg(r.error()));
        return UsageOrFileError;
    }
    print(m_out, tr("backed up %1 to %2\n").arg(m_storePath, args.first()));
    return Success;
}

int Cli::restore(const QStringList &args)
{
    if (args.size() != 1)
        return usage(tr("restore needs the backup FILE to read"));
    const Result<StoreBackup::Summary> summary = StoreBackup::inspect(args.first());
    if (!summary) {
        print(m_err, tr("almanac-cli: nothing was restored: %1\n").arg(summary.error()));
        return UsageOrFileError;
    }
    Database db; // the store must exist and be current before it is replaced
    if (!openStore(db))
        return UsageOrFileError;
    db.close();
    const Result<QString> safety = StoreBackup::restore(m_storePath, args.first(), StoreBackup::defaultFolder());
    if (!safety) {
        print(m_err, tr("almanac-cli: %1\n").arg(safety.error()));
        return UsageOrFileError;
    }
    print(m_out, tr("restored %1 (%2 posts, %3 accounts); the store as it was is kept in %4\n")
                     .arg(args.first())
                     .arg(summary.value().posts)
                     .arg(summary.value().integrations)
                     .arg(safety.value()));
    return Success;
}

int Cli::scheduler(const QStringList &arguments)
{
    QStringList args = arguments;
    if (args.isEmpty() || args.takeFirst() != u"run")
        return usage(tr("scheduler needs run"));
    QCommandLineParser parser;
    const QCommandLineOption once(QStringLiteral("once"));
    const QCommandLineOption json(QStringLiteral("json"));
    const QCommandLineOption lease(QStringLiteral("lease-seconds"), QString(), QStringLiteral("N"), QStringLiteral("120"));
    const QCommandLineOption grace(QStringLiteral("grace-minutes"), QString(), QStringLiteral("MINUTES"));
    const QCommandLineOption timeout(QStringLiteral("timeout"), QString(), QStringLiteral("SECONDS"));
    parser.addOptions({once, json, lease, grace, timeout});
    QString problem;
    if (!parseOptions(parser, args, &problem))
        return usage(problem);
    LocalScheduler::Options options;
    bool ok = false;
    const Result<qint64> leaseMs = LocalScheduler::leaseMsFromSeconds(parser.value(lease));
    if (!leaseMs)
        return usage(leaseMs.error());
    options.leaseMs = leaseMs.value();
    options.roundIntervalSecs = parser.isSet(once) ? 0 : 30;
    if (parser.isSet(grace)) {
        const int minutes = parser.value(grace).toInt(&ok);
        if (!ok || minutes < 0)
            return usage(tr("--grace-minutes \"%1\" is not a number of minutes (0 or more)").arg(parser.value(grace)));
        options.graceSecs = qint64(minutes) * 60;
    } else {
        options.followSettings = true;
    }
    LocalScheduler scheduler(m_storePath, m_secrets, options);
    if (auto r = scheduler.open(); !r) {
        print(m_err, tr("almanac-cli: %1\n").arg(r.error()));
        return UsageOrFileError;
    }
    QEventLoop loop;
    QList<LocalScheduler::Outcome> outcomes;
    bool finished = false;
    auto report = [&](const QList<LocalScheduler::Outcome> &round) {
        for (const LocalScheduler::Outcome &o : round) {
            if (!parser.isSet(json))
                print(m_out, o.error.isEmpty() ? tr("%1: post %2 to %3 %4\n").arg(o.result, o.postId, o.integrationId, o.url)
                                               : tr("%1: post %2 to %3: %4\n").arg(o.result, o.postId, o.integrationId, o.error));
        }
        outcomes += round;
    };
    if (parser.isSet(once)) {
        // --timeout: the round ends then, whatever still runs. What is still
        // running is said; its claims run out and the next run settles them
        // by the delivery model (docs/delivery.md).
        QTimer deadline;
        deadline.setSingleShot(true);
        bool timedOut = false;
        if (parser.isSet(timeout)) {
            const int seconds = parser.value(timeout).toInt(&ok);
            if (!ok || seconds < 1)
                return usage(tr("--timeout \"%1\" is not a number of seconds (1 or more)").arg(parser.value(timeout)));
            QObject::connect(&deadline, &QTimer::timeout, &loop, [&] {
                timedOut = true;
                loop.quit();
            });
            deadline.start(seconds * 1000);
        }
        scheduler.runOnce([&](const QList<LocalScheduler::Outcome> &round) {
            report(round);
            finished = true;
            loop.quit();
        });
        if (!finished)
            loop.exec();
        if (timedOut && !finished) {
            const QStringList running = scheduler.stillRunning();
            for (const QString &what : running)
                print(m_err, tr("still running: %1\n").arg(what));
            print(m_err, tr("almanac-cli: the round did not end within %1 s; %n destination(s) still going out are "
                            "settled by the next run.\n", nullptr, int(running.size())).arg(parser.value(timeout)));
            return StoppedEarly;
        }
    } else {
        // Runs until stopped: a round every 30 s (almanacd does the same as a service).
        QTimer tick;
        QObject::connect(&tick, &QTimer::timeout, &loop, [&] { scheduler.runOnce(report); });
        tick.start(30000);
        scheduler.runOnce(report);
        loop.exec();
    }
    const bool anyFailed = std::any_of(outcomes.cbegin(), outcomes.cend(), [](const LocalScheduler::Outcome &o) {
        return o.failed();
    });
    if (parser.isSet(json)) {
        QByteArray out;
        JsonWriter w(out);
        w.beginObject().key("results").beginArray();
        for (const LocalScheduler::Outcome &o : std::as_const(outcomes)) {
            w.beginObject();
            w.key("post").string(o.postId);
            w.key("integration").string(o.integrationId);
            w.key("result").string(o.result);
            w.key("platform_post_url").stringOrNull(o.url);
            w.key("error").stringOrNull(o.error);
            w.endObject();
        }
        w.endArray().endObject();
        out.append('\n');
        m_out->write(out);
    }
    return anyFailed ? ValidationFailed : Success;
}

} // namespace Almanac
