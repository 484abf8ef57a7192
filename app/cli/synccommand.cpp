// SPDX-License-Identifier: GPL-3.0-or-later
// sync: drains the outbox to the hosted schedulers, until done, stuck or out of time.
#include "app/cli/command.h"
#include "app/net/networkreachability.h"
#include "app/sync/syncengine.h"
#include "models/domain/jsonwriter.h"
#include "models/store/database.h"
#include "models/store/outboxrepository.h"

#include <QCommandLineParser>
#include <QEventLoop>
#include <QTimer>

namespace Almanac {

int SyncCommand::run(const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"));
    const QCommandLineOption timeout(
        QStringLiteral("timeout"), QString(), QStringLiteral("SECONDS"), QStringLiteral("300"));
    parser.addOptions({ json, timeout });
    if (!parse(parser, args))
        return UsageOrFileError;
    bool ok = false;
    const int seconds = parser.value(timeout).toInt(&ok);
    if (!ok || seconds < 1)
        return usage(tr("--timeout \"%1\" is not a number of seconds").arg(parser.value(timeout)));
    Database db;
    if (!openStore(db))
        return UsageOrFileError;
    OutboxRepository outbox(db.connection());
    const qint64 doneBefore = outbox.countInState(QStringLiteral("done"));

    SyncEngine engine(storePath(), secrets(), SyncEngine::Options {});
    NetworkReachability::follow(&engine, [&engine](bool reachable) { engine.setNetworkReachable(reachable); });
    if (auto r = engine.start(); !r)
        return fail(r.error());
    // Runs until nothing is left to send, or it cannot go on (offline, no key), or time is up.
    QEventLoop loop;
    QString stopped;
    QTimer deadline;
    deadline.setSingleShot(true);
    QObject::connect(&deadline, &QTimer::timeout, &loop, [&] {
        stopped = QStringLiteral("timeout");
        loop.quit();
    });
    QObject::connect(&engine, &SyncEngine::settled, &loop, [&] {
        const SyncStatus s = engine.status();
        if (s.pending == 0) {
            loop.quit();
        } else if (!s.online) {
            stopped = QStringLiteral("offline");
            loop.quit();
        } else if (!s.blocked.isEmpty()) {
            stopped = QStringLiteral("blocked");
            loop.quit();
        }
    });
    deadline.start(seconds * 1000);
    loop.exec();

    const SyncStatus status = engine.status();
    const qint64 pushed = outbox.countInState(QStringLiteral("done")) - doneBefore;
    const QList<OutboxRow> failed = outbox.inState(QStringLiteral("failed"));
    const QString reason = stopped == u"offline" ? tr("offline: %1").arg(status.lastError)
        : stopped == u"blocked"                  ? status.blocked
        : stopped == u"timeout"                  ? tr("time is up after %1 s").arg(seconds)
                                                 : QString();
    if (parser.isSet(json)) {
        printJson([&](JsonWriter &w) {
            w.beginObject();
            w.key("pushed").number(pushed);
            w.key("pending").number(status.pending);
            w.key("online").boolean(status.online);
            w.key("stopped").stringOrNull(stopped);
            w.key("reason").stringOrNull(reason);
            w.key("failed").beginArray();
            for (const OutboxRow &r : failed) {
                w.beginObject();
                w.key("post").string(r.postId);
                w.key("integration").string(r.integrationId);
                w.key("operation").string(r.operation);
                w.key("error").string(r.lastError);
                w.endObject();
            }
            w.endArray().endObject();
        });
    } else {
        say(tr("pushed %1, %2 still queued, %3 failed\n").arg(pushed).arg(status.pending).arg(failed.size()));
        for (const OutboxRow &r : failed)
            say(tr("failed: post %1 to %2 (%3): %4\n").arg(r.postId, r.integrationId, r.operation, r.lastError));
        if (!reason.isEmpty())
            note(tr("almanac-cli: sync stopped early (%1); everything not pushed is still queued\n").arg(reason));
    }
    if (!stopped.isEmpty())
        return StoppedEarly;
    return failed.isEmpty() ? Success : ValidationFailed;
}

} // namespace Almanac
