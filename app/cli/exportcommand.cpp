// SPDX-License-Identifier: GPL-3.0-or-later
// export FILE|-: posts in a hosted scheduler's CSV dialect, JSON or iCalendar.
#include "app/cli/cliinput.h"
#include "app/cli/command.h"
#include "app/exporting/postexporter.h"
#include "models/store/database.h"

#include <QCommandLineParser>

namespace Almanac {

int ExportCommand::run(const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption format(QStringLiteral("format"), QString(), QStringLiteral("FORMAT"));
    const QCommandLineOption from(QStringLiteral("from"), QString(), QStringLiteral("ISO"));
    const QCommandLineOption to(QStringLiteral("to"), QString(), QStringLiteral("ISO"));
    const QCommandLineOption post(QStringLiteral("post"), QString(), QStringLiteral("ID"));
    const QCommandLineOption teamId(QStringLiteral("team-id"), QString(), QStringLiteral("TEAM"));
    parser.addOptions({ format, from, to, post, teamId });
    if (!parse(parser, args))
        return UsageOrFileError;
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
    const Result<ExportOutcome> r = file == u"-" ? exporter.write(*stdOut()) : exporter.writeFile(file);
    if (!r)
        return fail(r.error());
    // What the format could not carry goes to stderr, so a piped export stays clean.
    for (const QString &said : r.value().notes)
        note(tr("note: %1\n").arg(said));
    if (file != u"-")
        say(tr("Exported %n post(s) to %1.\n", nullptr, int(r.value().posts)).arg(file));
    return Success;
}

} // namespace Almanac
