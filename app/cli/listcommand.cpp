// SPDX-License-Identifier: GPL-3.0-or-later
// list: the posts, with where each stands with its provider.
#include "app/cli/cliinput.h"
#include "app/cli/command.h"
#include "models/domain/clock.h"
#include "models/domain/jsonwriter.h"
#include "models/domain/postjson.h"
#include "models/store/database.h"
#include "models/store/integrationrepository.h"
#include "models/store/outboxrepository.h"
#include "models/store/postrepository.h"
#include "models/store/providerrepository.h"

#include <QCommandLineParser>
#include <QIODevice>

namespace Almanac {

int ListCommand::run(const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"));
    const QCommandLineOption status(QStringLiteral("status"), QString(), QStringLiteral("STATUS"));
    const QCommandLineOption from(QStringLiteral("from"), QString(), QStringLiteral("ISO"));
    const QCommandLineOption to(QStringLiteral("to"), QString(), QStringLiteral("ISO"));
    parser.addOptions({ json, status, from, to });
    if (!parse(parser, args))
        return UsageOrFileError;
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
            stdOut()->write(out);
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
                               p.scheduledAt ? isoUtc(*p.scheduledAt) : tr("(no date)"), targets.join(u','), snippet)
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
