// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/cli.h"
#include "app/secrets/secretstore.h"
#include "app/settings/languages.h"

#include <QCoreApplication>
#include <QFile>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("almanac")); // the desktop app's settings file
    QCoreApplication::setApplicationName(QStringLiteral("almanac"));
    // Messages in the language of the environment (LANG, LC_*); --json keeps its keys and codes.
    Almanac::Languages::install(QString());
    QCoreApplication::setApplicationVersion(QStringLiteral(ALMANAC_VERSION));
    QFile out, err;
    if (!out.open(stdout, QIODevice::WriteOnly) || !err.open(stderr, QIODevice::WriteOnly))
        return 2;
    Almanac::KeychainSecretStore keychain;
    Almanac::Cli cli(&out, &err, &keychain);
    return cli.run(QCoreApplication::arguments());
}
