// SPDX-License-Identifier: GPL-3.0-or-later
// retry-failed: queues failed destinations again, here and at providers that publish.
#include "app/cli/cliinput.h"
#include "app/cli/command.h"
#include "app/sync/provideroperations.h"
#include "app/sync/syncengine.h"
#include "models/domain/platform.h"
#include "models/store/database.h"
#include "models/store/outboxrepository.h"

#include <QCommandLineParser>
#include <QEventLoop>

namespace Almanac {

int RetryFailedCommand::run(const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption platform(QStringLiteral("platform"), QString(), QStringLiteral("P"));
    const QCommandLineOption since(QStringLiteral("since"), QString(), QStringLiteral("ISO"));
    const QCommandLineOption until(QStringLiteral("until"), QString(), QStringLiteral("ISO"));
    const QCommandLineOption post(QStringLiteral("post"), QString(), QStringLiteral("ID"));
    parser.addOptions({ platform, since, until, post });
    if (!parse(parser, args))
        return UsageOrFileError;
    // Everything that follows --post names a post too: --post A B C.
    QStringList postIds = parser.values(post) + parser.positionalArguments();
    if (!parser.positionalArguments().isEmpty() && !parser.isSet(post))
        return usage(tr("unexpected argument %1").arg(parser.positionalArguments().first()));
    OutboxRepository::FailedFilter filter;
    filter.postIds = postIds;
    if (parser.isSet(platform)) {
        const Platform *p = PlatformCatalog::find(parser.value(platform));
        if (!p)
            return usage(tr("\"%1\" is not a platform; expected one of %2")
                             .arg(parser.value(platform), PlatformCatalog::ids().join(QStringLiteral(", "))));
        filter.platform = p->id;
    }
    bool ok = true;
    filter.since = parseInstant(parser.value(since), &ok);
    if (!ok)
        return usage(tr("--since \"%1\" is not an ISO 8601 date or date-time").arg(parser.value(since)));
    filter.until = parseInstant(parser.value(until), &ok);
    if (!ok)
        return usage(tr("--until \"%1\" is not an ISO 8601 date or date-time").arg(parser.value(until)));
    Database db;
    if (!openStore(db))
        return UsageOrFileError;
    OutboxRepository outbox(db.connection());
    const Result<int> requeued = outbox.requeueFailed(filter);
    if (!requeued)
        return fail(requeued.error());
    say(tr("%1 failed destinations queued again; run sync to send them\n").arg(requeued.value()));

    // What failed at a hosted scheduler itself: that scheduler publishes it
    // again if it can (PostEverywhere); the others are said.
    const QList<OutboxRepository::FailedAtProvider> atProviders = outbox.failedAtProviders(filter);
    if (const QString note = ProviderOperations::cannotRetryNote(atProviders); !note.isEmpty())
        say(note + u'\n');
    // Named posts: each of their hosted destinations not known to be published
    // (a failure there may not have been heard of yet). No filter: each such
    // scheduler says it refuses to retry everything.
    QList<RetryFilter> remote{RetryFilter{filter.platform, filter.since, filter.until, {}, {}, {}}};
    if (filter.namesPosts()) {
        remote = ProviderOperations::retryFiltersFor(
            filter, outbox.atProviders(filter, OutboxRepository::AtProvider::NotYetPublished));
        if (remote.isEmpty())
            return Success; // nothing of these posts is at a scheduler that retries
    }
    SyncEngine engine(storePath(), secrets(), SyncEngine::Options {});
    if (auto r = engine.open(); !r)
        return Success; // the local part is done; the store was just open
    for (const RetryFilter &filterThere : std::as_const(remote)) {
        QEventLoop loop;
        QStringList lines;
        bool answered = false;
        engine.operations().retryAtProviders(filterThere, [&](const QStringList &l) {
            lines = l;
            answered = true;
            loop.quit();
        });
        if (!answered)
            loop.exec();
        for (const QString &line : std::as_const(lines))
            say(line + u'\n');
    }
    return Success;
}

} // namespace Almanac
