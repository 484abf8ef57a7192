// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/cli/command.h"

#include <QCoreApplication>
#include <QStringList>

#include <memory>

class QIODevice;

namespace Almanac {

class SecretStore;

// almanac-cli: the headless twin of the desktop app. Reads the global options
// (--db, --help, --version) and hands the rest to the command named, one
// class each (app/cli/command.h, which also lists the exit codes).
class Cli final
{
    Q_DECLARE_TR_FUNCTIONS(Cli)

public:
    // `secrets` holds the providers' API keys (the keychain; memory in tests).
    Cli(QIODevice *out, QIODevice *err, SecretStore *secrets = nullptr);
    int run(const QStringList &arguments); // arguments[0] is the program name

private:
    // The command called `name`, or null.
    static std::unique_ptr<Command> command(const QString &name, const Command::Context &context);
    int usage(const QString &problem);

    QIODevice *m_out;
    QIODevice *m_err;
    SecretStore *m_secrets;
};

} // namespace Almanac
