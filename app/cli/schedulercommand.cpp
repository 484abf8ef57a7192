// SPDX-License-Identifier: GPL-3.0-or-later
// scheduler run: publishes what is due to local accounts, once or every 30 s.
#include "app/cli/command.h"
#include "app/publish/localscheduler.h"
#include "models/domain/jsonwriter.h"

#include <QCommandLineParser>
#include <QEventLoop>
#include <QTimer>

namespace Almanac {

int SchedulerCommand::run(const QStringList &arguments)
{
    QStringList args = arguments;
    if (args.isEmpty() || args.takeFirst() != u"run")
        return usage(tr("scheduler needs run"));
    QCommandLineParser parser;
    const QCommandLineOption once(QStringLiteral("once"));
    const QCommandLineOption json(QStringLiteral("json"));
    const QCommandLineOption lease(
        QStringLiteral("lease-seconds"), QString(), QStringLiteral("N"), QStringLiteral("120"));
    const QCommandLineOption grace(QStringLiteral("grace-minutes"), QString(), QStringLiteral("MINUTES"));
    const QCommandLineOption timeout(QStringLiteral("timeout"), QString(), QStringLiteral("SECONDS"));
    parser.addOptions({ once, json, lease, grace, timeout });
    if (!parse(parser, args))
        return UsageOrFileError;
    LocalScheduler::Options options;
    bool ok = false;
    const Result<qint64> leaseMs = LocalScheduler::leaseMsFromSeconds(parser.value(lease));
    if (!leaseMs)
        return usage(leaseMs.error());
    options.leaseMs = leaseMs.value();
    options.roundIntervalSecs = parser.isSet(once) ? 0 : 30;
    if (parser.isSet(grace)) {
        const int minutes = parser.value(grace).toInt(&ok);
        if (!ok || minutes < 0)
            return usage(tr("--grace-minutes \"%1\" is not a number of minutes (0 or more)").arg(parser.value(grace)));
        options.graceSecs = qint64(minutes) * 60;
    } else {
        options.followSettings = true;
    }
    LocalScheduler scheduler(storePath(), secrets(), options);
    if (auto r = scheduler.open(); !r)
        return fail(r.error());
    QEventLoop loop;
    QList<LocalScheduler::Outcome> outcomes;
    bool finished = false;
    auto report = [&](const QList<LocalScheduler::Outcome> &round) {
        for (const LocalScheduler::Outcome &o : round) {
            if (!parser.isSet(json))
                say(!o.error.isEmpty() ? tr("%1: post %2 to %3: %4\n").arg(o.result, o.postId, o.integrationId, o.error)
                        : !o.note.isEmpty()
                        ? tr("%1: post %2 to %3 %4 (%5)\n").arg(o.result, o.postId, o.integrationId, o.url, o.note)
                        : tr("%1: post %2 to %3 %4\n").arg(o.result, o.postId, o.integrationId, o.url));
        }
        outcomes += round;
    };
    if (parser.isSet(once)) {
        // --timeout: the round ends then, whatever still runs. What is still
        // running is said; its claims run out and the next run settles them
        // by the delivery model (docs/delivery.md).
        QTimer deadline;
        deadline.setSingleShot(true);
        bool timedOut = false;
        if (parser.isSet(timeout)) {
            const int seconds = parser.value(timeout).toInt(&ok);
            if (!ok || seconds < 1)
                return usage(tr("--timeout \"%1\" is not a number of seconds (1 or more)").arg(parser.value(timeout)));
            QObject::connect(&deadline, &QTimer::timeout, &loop, [&] {
                timedOut = true;
                loop.quit();
            });
            deadline.start(seconds * 1000);
        }
        scheduler.runOnce([&](const QList<LocalScheduler::Outcome> &round) {
            report(round);
            finished = true;
            loop.quit();
        });
        if (!finished)
            loop.exec();
        if (timedOut && !finished) {
            const QStringList running = scheduler.stillRunning();
            for (const QString &what : running)
                note(tr("still running: %1\n").arg(what));
            note(tr("almanac-cli: the round did not end within %1 s; %n destination(s) still going out are "
                    "settled by the next run.\n",
                nullptr, int(running.size()))
                     .arg(parser.value(timeout)));
            return StoppedEarly;
        }
    } else {
        // Runs until stopped: a round every 30 s, as almanacd does as a service.
        scheduler.runRounds(options.roundIntervalSecs * 1000, report);
        loop.exec();
    }
    if (parser.isSet(json))
        printJson([&outcomes](JsonWriter &w) {
            w.beginObject().key("results").beginArray();
            for (const LocalScheduler::Outcome &o : std::as_const(outcomes)) {
                w.beginObject();
                w.key("post").string(o.postId);
                w.key("integration").string(o.integrationId);
                w.key("result").string(o.result);
                w.key("platform_post_url").stringOrNull(o.url);
                w.key("error").stringOrNull(o.error);
                w.key("note").stringOrNull(o.note);
                w.endObject();
            }
            w.endArray().endObject();
        });
    return LocalScheduler::Tally::of(outcomes).failed > 0 ? ValidationFailed : Success;
}

} // namespace Almanac
