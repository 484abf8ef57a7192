// SPDX-License-Identifier: GPL-3.0-or-later
// integrations add | list | remove | test: the accounts posts go to.
#include "app/cli/command.h"
#include "app/net/httpclient.h"
#include "app/publish/publisher.h"
#include "app/secrets/secretstore.h"
#include "app/sync/syncengine.h"
#include "models/domain/endpointpolicy.h"
#include "models/domain/jsonwriter.h"
#include "models/domain/platform.h"
#include "models/store/database.h"
#include "models/store/integrationrepository.h"

#include <QCommandLineParser>
#include <QEventLoop>
#include <QUrl>

namespace Almanac {

int IntegrationsCommand::run(const QStringList &arguments)
{
    QStringList args = arguments;
    if (args.isEmpty())
        return usage(tr("integrations needs add, list, remove or test"));
    const QString action = args.takeFirst();
    QCommandLineParser parser;
    if (action == u"add") {
        const QCommandLineOption id(QStringLiteral("id"), QString(), QStringLiteral("ID"));
        const QCommandLineOption platform(QStringLiteral("platform"), QString(), QStringLiteral("PLATFORM"));
        const QCommandLineOption name(QStringLiteral("name"), QString(), QStringLiteral("TEXT"));
        const QCommandLineOption handle(QStringLiteral("handle"), QString(), QStringLiteral("H"));
        const QCommandLineOption provider(
            QStringLiteral("provider"), QString(), QStringLiteral("NAME"), QStringLiteral("local"));
        const QCommandLineOption serviceUrl(QStringLiteral("service-url"), QString(), QStringLiteral("URL"));
        const QCommandLineOption remoteId(QStringLiteral("remote-id"), QString(), QStringLiteral("RID"));
        parser.addOptions({ id, platform, name, handle, provider, serviceUrl, remoteId });
        if (!parse(parser, args))
            return UsageOrFileError;
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
        if (keychainUrl && !in.serviceUrl.isEmpty() && !secrets())
            return usage(tr("a webhook's URL goes into the keychain, and none is at hand"));
        if (auto r = IntegrationRepository(db.connection()).add(in); !r)
            return fail(r.error());
        if (keychainUrl && !in.serviceUrl.isEmpty()) {
            if (auto r = secrets()->setWebhookUrl(in.id, in.serviceUrl); !r) {
                (void)IntegrationRepository(db.connection()).remove(in.id);
                note(tr("almanac-cli: the webhook's URL was not stored, so %1 was not added: %2\n")
                         .arg(in.id, r.error()));
                return UsageOrFileError;
            }
        }
        say(tr("added integration %1 (%2, provider %3)\n")
                .arg(in.id, PlatformCatalog::find(in.platform)->id,
                    in.providerAccount.isEmpty() ? in.provider : in.providerAccount));
        if (const QString loopback = EndpointPolicy::loopbackNote(QUrl(in.serviceUrl)); !loopback.isEmpty())
            note(loopback + u'\n');
        if (keychainUrl)
            note(
                tr("note: its posts go out unsigned until it has a secret: almanac-cli secret set %1 (docs/security.md "
                   "shows how the receiver checks the signature)\n")
                    .arg(in.id));
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
        const QList<Integration> all = IntegrationRepository(db.connection()).list();
        if (parser.isSet(json)) {
            printJson([&all](JsonWriter &w) {
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
            });
        } else {
            for (const Integration &in : all)
                say(QStringLiteral("%1\t%2\t%3\t%4\n").arg(in.id, in.platform, in.provider, in.name));
        }
        return Success;
    }
    if (action == u"remove") {
        if (args.size() != 1)
            return usage(tr("integrations remove needs exactly one ID"));
        Database db;
        if (!openStore(db))
            return UsageOrFileError;
        if (auto r = IntegrationRepository(db.connection()).remove(args.first()); !r)
            return fail(r.error());
        if (secrets())
            if (auto r = secrets()->removeIntegrationSecret(args.first()); !r)
                note(tr("almanac-cli: the secret of %1 is still in the keychain: %2\n").arg(args.first(), r.error()));
        say(tr("removed integration %1\n").arg(args.first()));
        return Success;
    }
    if (action == u"test")
        return test(args);
    return usage(tr("unknown integrations action \"%1\"").arg(action));
}

// Proves an account Almanac publishes to works, as Test Connection does in
// the window, and keeps the limits its server says (Mastodon's instance).
int IntegrationsCommand::test(const QStringList &args)
{
    if (args.size() != 1)
        return usage(tr("integrations test needs exactly one ID"));
    Database db;
    if (!openStore(db))
        return UsageOrFileError;
    IntegrationRepository integrations(db.connection());
    std::optional<Integration> in = integrations.find(args.first());
    if (!in)
        return fail(tr("there is no integration %1").arg(args.first()));
    const std::unique_ptr<Publisher> publisher = makePublisher(in->platform, 15000);
    if (!publisher || in->provider != u"local")
        return fail(tr("%1 is published by a hosted scheduler; sync shows whether it takes posts").arg(in->id));
    if (!secrets())
        return fail(tr("no keychain is at hand for the account's secret"));
    const Result<AccountKeys> keys = secrets()->accountKeys(*in);
    if (!keys)
        return fail(keys.error());
    if (!keys.value().url.isEmpty())
        in->serviceUrl = keys.value().url; // a generic webhook's, kept in the keychain
    HttpClient http;
    QEventLoop loop;
    std::optional<ConnectionCheck> check;
    publisher->testConnection(*in, keys.value().secret, &http, [&](const ConnectionCheck &c) {
        check = c;
        loop.quit();
    });
    if (!check)
        loop.exec();
    if (!check->ok)
        return fail(check->message, ValidationFailed);
    if (!check->limits.isEmpty())
        if (auto r = integrations.setLimits(in->id, check->limits); !r)
            return fail(r.error());
    say(check->message + u'\n');
    return Success;
}

} // namespace Almanac
