// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli.h"

#include "domain/clock.h"
#include "domain/jsonwriter.h"
#include "domain/platform.h"
#include "domain/postjson.h"
#include "importing/csvimporter.h"
#include "importing/importreport.h"
#include "store/database.h"
#include "store/integrationrepository.h"
#include "store/postrepository.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QIODevice>
#include <QTimeZone>

namespace Almanac {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Cli", text);
}

const char *const usageText = R"(usage:
  almanac-cli [--db PATH] integrations add --id ID --platform PLATFORM [--name TEXT] [--handle H]
                                         [--provider local|openpost|posteverywhere|bundlesocial] [--service-url URL]
  almanac-cli [--db PATH] integrations list [--json]
  almanac-cli [--db PATH] import FILE [--dry-run] [--json] [--timezone IANA]
                                      [--dialect auto|openpost|bundlesocial] [--skip-invalid]
  almanac-cli [--db PATH] list [--status STATUS] [--from ISO] [--to ISO] [--json]
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

Cli::Cli(QIODevice *out, QIODevice *err)
    : m_out(out)
    , m_err(err)
{
}

void Cli::print(QIODevice *to, const QString &text)
{
    to->write(text.toUtf8());
}

bool Cli::openStore(Database &db)
{
    if (auto r = db.open(m_storePath); !r) {
        print(m_err, tr("almanac-cli: %1\n").arg(r.error()));
        return false;
    }
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
    if (command == u"list")
        return list(args);
    return usage(tr("unknown command \"%1\"").arg(command));
}

int Cli::integrations(const QStringList &arguments)
{
    QStringList args = arguments;
    if (args.isEmpty())
        return usage(tr("integrations needs add or list"));
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
        parser.addOptions({id, platform, name, handle, provider, serviceUrl});
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
        in.provider = parser.value(provider);
        in.serviceUrl = parser.value(serviceUrl);
        if (auto r = IntegrationRepository(db.connection()).add(in); !r) {
            print(m_err, tr("almanac-cli: %1\n").arg(r.error()));
            return UsageOrFileError;
        }
        print(m_out, tr("added integration %1 (%2, provider %3)\n")
                         .arg(in.id, PlatformCatalog::find(in.platform)->id, in.provider));
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
    parser.addOptions({dryRun, json, skipInvalid, timezone, dialect});
    QString problem;
    if (!parseOptions(parser, args, &problem))
        return usage(problem);
    if (parser.positionalArguments().size() != 1)
        return usage(tr("import needs exactly one FILE"));

    ImportOptions options;
    options.filePath = parser.positionalArguments().first();
    options.storePath = m_storePath;
    options.dryRun = parser.isSet(dryRun);
    options.skipInvalid = parser.isSet(skipInvalid);
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
            writePostJson(writer, p, PostJsonShape::Full);
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

} // namespace Almanac
