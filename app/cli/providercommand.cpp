// SPDX-License-Identifier: GPL-3.0-or-later
// provider add | set-key | list: the hosted schedulers' accounts.
#include "app/cli/cliinput.h"
#include "app/cli/command.h"
#include "app/secrets/secretstore.h"
#include "models/domain/jsonwriter.h"
#include "models/store/database.h"
#include "models/store/providerrepository.h"

#include <QCommandLineParser>

namespace Almanac {

int ProviderCommand::run(const QStringList &arguments)
{
    QStringList args = arguments;
    if (args.isEmpty())
        return usage(tr("provider needs add, set-key or list"));
    const QString action = args.takeFirst();
    QCommandLineParser parser;
    if (action == u"add") {
        const QCommandLineOption kind(QStringLiteral("kind"), QString(), QStringLiteral("KIND"));
        const QCommandLineOption baseUrl(QStringLiteral("base-url"), QString(), QStringLiteral("URL"));
        const QCommandLineOption rateLimit(
            QStringLiteral("rate-limit"), QString(), QStringLiteral("N"), QStringLiteral("300"));
        const QCommandLineOption teamId(QStringLiteral("team-id"), QString(), QStringLiteral("TEAM"));
        parser.addOptions({ kind, baseUrl, rateLimit, teamId });
        if (!parse(parser, args))
            return UsageOrFileError;
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
        if (auto r = ProviderRepository(db.connection()).add(account); !r)
            return fail(r.error());
        say(tr("added provider %1 (%2 at %3, %4 requests a minute)\n")
                .arg(account.name, account.kind, account.baseUrl)
                .arg(account.rateLimit));
        return Success;
    }
    if (action == u"set-key") {
        if (!parse(parser, args))
            return UsageOrFileError;
        if (parser.positionalArguments().size() != 1)
            return usage(tr("provider set-key needs NAME (and the key on standard input)"));
        const QString name = parser.positionalArguments().first();
        Database db;
        if (!openStore(db))
            return UsageOrFileError;
        if (!ProviderRepository(db.connection()).find(name)) {
            note(tr("almanac-cli: there is no provider \"%1\"; add it with provider add.\n").arg(name));
            return UsageOrFileError;
        }
        const QString key = firstLineOfStdin();
        if (key.isEmpty())
            return usage(tr("no key on standard input"));
        if (auto r = secrets()->setProviderKey(name, key); !r)
            return fail(r.error());
        say(tr("stored the key of %1 in the keychain\n").arg(name)); // never the key itself
        return Success;
    }
    if (action == u"list") {
        const QCommandLineOption json(QStringLiteral("json"));
        parser.addOption(json);
        if (!parse(parser, args))
            return UsageOrFileError;
        Database db;
        if (!openStore(db))
            return UsageOrFileError;
        const QList<ProviderAccount> all = ProviderRepository(db.connection()).list();
        if (!parser.isSet(json)) {
            QString text;
            for (const ProviderAccount &a : all)
                text += QStringLiteral("%1\t%2\t%3\t%4/min\n").arg(a.name, a.kind, a.baseUrl).arg(a.rateLimit);
            say(text);
            return Success;
        }
        printJson([&all](JsonWriter &w) {
            w.beginObject().key("providers").beginArray();
            for (const ProviderAccount &a : all) {
                w.beginObject();
                w.key("name").string(a.name);
                w.key("kind").string(a.kind);
                w.key("base_url").string(a.baseUrl);
                w.key("rate_limit").number(a.rateLimit);
                w.endObject();
            }
            w.endArray().endObject();
        });
        return Success;
    }
    return usage(tr("unknown provider action \"%1\"").arg(action));
}

} // namespace Almanac
