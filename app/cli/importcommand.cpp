// SPDX-License-Identifier: GPL-3.0-or-later
// import FILE: a CSV in either dialect (every row or none), or a JSON export.
#include "app/cli/command.h"
#include "app/importing/csvimporter.h"
#include "app/importing/importreport.h"
#include "app/importing/jsonimporter.h"
#include "app/settings/appsettings.h"
#include "models/domain/mediapolicy.h"
#include "models/store/database.h"

#include <QCommandLineParser>
#include <QTimeZone>

namespace Almanac {

int ImportCommand::run(const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption dryRun(QStringLiteral("dry-run"));
    const QCommandLineOption json(QStringLiteral("json"));
    const QCommandLineOption skipInvalid(QStringLiteral("skip-invalid"));
    const QCommandLineOption timezone(QStringLiteral("timezone"), QString(), QStringLiteral("IANA"));
    const QCommandLineOption dialect(
        QStringLiteral("dialect"), QString(), QStringLiteral("NAME"), QStringLiteral("auto"));
    const QCommandLineOption allowFile(QStringLiteral("allow-file"), QString(), QStringLiteral("PATH"));
    const QCommandLineOption dateOrder(QStringLiteral("date-order"), QString(), QStringLiteral("ORDER"));
    const QCommandLineOption map(QStringLiteral("map"), QString(), QStringLiteral("HEADER=FIELD"));
    parser.addOptions({ dryRun, json, skipInvalid, timezone, dialect, allowFile, dateOrder, map });
    if (!parse(parser, args))
        return UsageOrFileError;
    if (parser.positionalArguments().size() != 1)
        return usage(tr("import needs exactly one FILE"));

    if (JsonImporter::looksLikeJson(parser.positionalArguments().first()))
        return importJson(parser.positionalArguments().first(), parser.isSet(dryRun), parser.values(allowFile));

    ImportOptions options;
    options.filePath = parser.positionalArguments().first();
    options.storePath = storePath();
    options.dryRun = parser.isSet(dryRun);
    options.skipInvalid = parser.isSet(skipInvalid);
    options.allowLocalNetworkMedia = AppSettings().allowLocalNetworkMedia();
    options.defaultMinute = AppSettings().defaultPostingMinute();
    if (parser.isSet(timezone)) {
        const QByteArray zone = parser.value(timezone).toUtf8();
        if (!QTimeZone::isTimeZoneIdAvailable(zone))
            return usage(tr("\"%1\" is not a time zone; expected an IANA name such as Europe/Berlin or UTC")
                             .arg(parser.value(timezone)));
        options.timeZone = QTimeZone(zone);
    }
    if (parser.isSet(dateOrder)) {
        const std::optional<DateOrder> order = dateOrderFromName(parser.value(dateOrder));
        if (!order)
            return usage(tr("--date-order \"%1\" is not a date order; expected dmy (31/12/2027), mdy (12/31/2027) "
                            "or ymd (2027/12/31)")
                             .arg(parser.value(dateOrder)));
        options.dateOrder = *order;
    }
    const QString dialectName = parser.value(dialect);
    if (dialectName != u"auto") {
        options.dialect = csvDialectFromName(dialectName);
        if (!options.dialect)
            return usage(tr("\"%1\" is not a dialect; expected auto, openpost or bundlesocial").arg(dialectName));
    }

    if (parser.isSet(map)) {
        const std::optional<QStringList> names = columnNames(options, parser.values(map));
        if (!names)
            return UsageOrFileError;
        options.columnNames = *names;
    }

    ImportReport report(
        stdOut(), parser.isSet(json) ? ImportReport::Format::Json : ImportReport::Format::Text, options.dryRun);
    CsvImporter importer(options);
    const ImportOutcome outcome = importer.run(&report);
    report.finish(outcome);
    switch (outcome.status) {
    case ImportOutcome::Status::Committed:
    case ImportOutcome::Status::Validated:
        return Success;
    case ImportOutcome::Status::ValidationFailed:
        return ValidationFailed;
    case ImportOutcome::Status::FileRefused:
    case ImportOutcome::Status::StoreFailed:
    case ImportOutcome::Status::Cancelled:
        break;
    }
    return UsageOrFileError;
}

std::optional<QStringList> ImportCommand::columnNames(const ImportOptions &options, const QStringList &maps)
{
    const CsvProbe probe = probeCsvFile(options.filePath);
    if (!probe.error.isEmpty()) {
        fail(probe.error);
        return std::nullopt;
    }
    QStringList fields; // what a column may be read as, in the dialect chosen or in either
    for (CsvDialect d : {CsvDialect::OpenPost, CsvDialect::BundleSocial})
        if (!options.dialect || *options.dialect == d)
            for (const QString &f : DialectDetector::fieldNames(d))
                if (!fields.contains(f, Qt::CaseInsensitive))
                    fields.append(f);
    // A hostile header must not make a message of megabytes: names cut short, the list too.
    QStringList shownHeaders;
    for (const QString &h : probe.header.mid(0, 40))
        shownHeaders.append(h.size() > 60 ? h.left(59) + u'…' : h);
    if (probe.header.size() > 40)
        shownHeaders.append(tr("and %n more", nullptr, int(probe.header.size() - 40)));
    QStringList names = probe.header; // unmapped columns keep the file's own names
    QList<std::pair<QString, QString>> mapped; // (the option as given, the field)
    for (const QString &map : maps) {
        const qsizetype equals = map.lastIndexOf(u'=');
        const QString header = map.left(equals).trimmed(), field = map.mid(equals + 1).trimmed();
        if (equals <= 0) {
            usage(tr("--map \"%1\" is not HEADER=FIELD, such as --map \"Post copy=content\"").arg(map));
            return std::nullopt;
        }
        // The columns of that name (a file may repeat a header), else the column
        // of that number, counted from 1, when no header is named so.
        QList<qsizetype> columns;
        for (qsizetype i = 0; i < probe.header.size(); ++i)
            if (probe.header.at(i).trimmed().compare(header, Qt::CaseInsensitive) == 0)
                columns.append(i);
        bool isNumber = false;
        const qsizetype number = header.toLongLong(&isNumber);
        if (columns.isEmpty() && isNumber && number >= 1 && number <= probe.header.size())
            columns.append(number - 1);
        if (columns.isEmpty()) {
            usage(tr("--map \"%1\": the file has no column \"%2\"; its columns are %3")
                      .arg(map.left(120), header.left(60), shownHeaders.join(QStringLiteral(", "))));
            return std::nullopt;
        }
        if (columns.size() > 1) {
            QStringList numbers;
            for (qsizetype c : std::as_const(columns))
                numbers.append(QString::number(c + 1));
            usage(tr("--map \"%1\": %n columns are named \"%2\" (columns %3); name one by its number, such as "
                     "--map \"%4=%5\"", nullptr, int(columns.size()))
                      .arg(map.left(120), header.left(60), numbers.join(QStringLiteral(", ")), numbers.last(), field.left(60)));
            return std::nullopt;
        }
        const qsizetype column = columns.first();
        const auto known = std::find_if(fields.cbegin(), fields.cend(),
                                        [&](const QString &f) { return f.compare(field, Qt::CaseInsensitive) == 0; });
        if (known == fields.cend() && field.compare(u"ignore", Qt::CaseInsensitive) != 0) {
            usage(tr("--map \"%1\": \"%2\" is not a field; expected ignore or one of %3")
                      .arg(map, field, fields.join(QStringLiteral(", "))));
            return std::nullopt;
        }
        names[column] = known == fields.cend() ? QString() : *known;
        if (known != fields.cend())
            mapped.append({map, *known});
    }
    // Each field must be one of the format the mapped header is read in.
    const DialectMapping mapping = DialectDetector::map(names, options.dialect, probe.header);
    const QStringList own = DialectDetector::fieldNames(mapping.dialect);
    for (const auto &[map, field] : std::as_const(mapped))
        if (!own.contains(field)) {
            usage(tr("--map \"%1\": \"%2\" is not a field of the %3 format, which this file is read in; expected "
                     "ignore or one of %4")
                      .arg(map, field, csvDialectDisplayName(mapping.dialect), own.join(QStringLiteral(", "))));
            return std::nullopt;
        }
    return names;
}

int ImportCommand::importJson(const QString &path, bool dryRun, const QStringList &allowedFiles)
{
    Database db;
    if (!openStore(db))
        return UsageOrFileError;
    JsonImporter::Options options { path, dryRun, 0 };
    options.allowLocalNetworkMedia = AppSettings().allowLocalNetworkMedia();
    for (const QString &file : allowedFiles) // the CLI's way to confirm a file one by one
        options.confirmedFiles.append(MediaPolicy::confirmedPath(file));
    JsonImporter importer(db.connection(), options);
    const JsonImportOutcome outcome = importer.run();
    if (dryRun)
        for (const QString &file : outcome.localFiles)
            if (!options.confirmedFiles.contains(file))
                note(tr("note: a post uses the file %1 from this computer; import with --allow-file %1 if you "
                        "trust it to be uploaded\n")
                         .arg(file));
    using Status = JsonImportOutcome::Status;
    switch (outcome.status) {
    case Status::Committed:
        say(tr("Imported %n post(s) from %1 (import %2).\n", nullptr, int(outcome.posts))
                .arg(path)
                .arg(outcome.importId));
        return Success;
    case Status::Validated:
        say(tr("All %n post(s) in %1 are valid; nothing was written (dry run).\n", nullptr, int(outcome.posts))
                .arg(path));
        return Success;
    case Status::ValidationFailed:
        for (const QString &e : outcome.errors)
            note(e + u'\n');
        note(tr("Nothing was imported: %n problem(s) in %1.\n", nullptr, int(outcome.errors.size())).arg(path));
        return ValidationFailed;
    case Status::FileRefused:
    case Status::StoreFailed:
        break;
    }
    return fail(outcome.errors.join(u'\n'));
}

} // namespace Almanac
