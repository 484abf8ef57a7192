// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/command.h"

#include "app/secrets/webhookurlmigration.h"
#include "models/domain/controlcharacters.h"
#include "models/domain/jsonwriter.h"
#include "models/domain/redaction.h"
#include "models/store/database.h"

#include <QCommandLineParser>
#include <QIODevice>

namespace Almanac {

Command::Command(const Context &context)
    : m_context(context)
{
}

bool Command::parse(QCommandLineParser &parser, const QStringList &args)
{
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    if (!parser.parse(QStringList { QStringLiteral("almanac-cli") } + args)) {
        usage(parser.errorText());
        return false;
    }
    return true;
}

void Command::print(QIODevice *to, const QString &text)
{
    // What goes to standard error is a message (and may end up in a log): never a secret in it.
    QString shown = to == m_context.err ? Redaction::redact(text) : text;
    // Nor a terminal's control sequence a server or a file slipped into a message.
    replaceControlCharacters(shown, u"\n\t");
    to->write(shown.toUtf8());
}

void Command::say(const QString &text)
{
    print(m_context.out, text);
}

void Command::note(const QString &text)
{
    print(m_context.err, text);
}

int Command::fail(const QString &message, int code)
{
    note(tr("almanac-cli: %1\n").arg(message));
    return code;
}

void Command::printJson(const std::function<void(JsonWriter &)> &write)
{
    QByteArray out;
    JsonWriter json(out);
    write(json);
    out.append('\n');
    m_context.out->write(out);
}

bool Command::openStore(Database &db)
{
    if (auto r = db.open(m_context.storePath); !r) {
        fail(r.error());
        return false;
    }
    if (m_context.secrets)
        if (auto moved = WebhookUrlMigration::run(db.connection(), *m_context.secrets); !moved)
            fail(moved.error());
    return true;
}

} // namespace Almanac
