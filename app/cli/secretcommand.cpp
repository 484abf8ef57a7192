// SPDX-License-Identifier: GPL-3.0-or-later
// secret set ID: an account's secret from standard input into the keychain.
#include "app/cli/cliinput.h"
#include "app/cli/command.h"
#include "app/secrets/secretstore.h"
#include "models/domain/endpointpolicy.h"
#include "models/store/database.h"
#include "models/store/integrationrepository.h"

#include <QUrl>

namespace Almanac {

int SecretCommand::run(const QStringList &args)
{
    if (args.size() != 2 || args.first() != u"set")
        return usage(tr("secret needs set ID (and the secret on standard input)"));
    Database db;
    if (!openStore(db))
        return UsageOrFileError;
    const QString id = args.at(1);
    if (const auto in = IntegrationRepository(db.connection()).find(id); !in || in->removedAt) {
        note(tr("almanac-cli: there is no integration \"%1\"; add it with integrations add.\n").arg(id));
        return UsageOrFileError;
    }
    const QString value = firstLineOfStdin();
    if (value.isEmpty())
        return usage(tr("no secret on standard input"));
    const QString platform = IntegrationRepository(db.connection()).find(id)->platform;
    if (platform == u"discord" || platform == u"slack") // the secret is the incoming webhook's URL
        if (const QString why = EndpointPolicy::endpointRefusal(QUrl(value, QUrl::StrictMode)); !why.isEmpty())
            return usage(why);
    if (auto r = secrets()->setIntegrationSecret(id, value); !r)
        return fail(r.error());
    say(tr("stored the secret of %1 in the keychain\n").arg(id));
    return Success;
}

} // namespace Almanac
