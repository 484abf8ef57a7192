// SPDX-License-Identifier: GPL-3.0-or-later
// almanacd: publishes and syncs while the window is closed. A round of the
// local scheduler every 30 s (leases keep it from publishing what the app
// publishes at the same time), and the sync engine draining the outbox to the
// hosted schedulers. Logs each outcome on stderr (never a secret); stops on
// SIGTERM or SIGINT, and a round it was in the middle of is safe to cut short.
#include "app/net/networkreachability.h"
#include "app/publish/localscheduler.h"
#include "app/secrets/secretstore.h"
#include "app/settings/languages.h"
#include "app/sync/syncengine.h"
#include "models/domain/redaction.h"
#include "models/store/database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QSocketNotifier>

#include <csignal>
#include <cstdio>
#include <unistd.h>

namespace {

int signalPipe[2];

void onSignal(int)
{
    const char byte = 1;
    (void)::write(signalPipe[1], &byte, 1); // the only safe thing to do here; the event loop quits
}

void log(const QString &line)
{
    // The journal keeps this: never a secret in it.
    std::fprintf(stderr, "almanacd: %s\n", Almanac::Redaction::redact(line).toLocal8Bit().constData());
    std::fflush(stderr);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("almanac"));
    QCoreApplication::setApplicationName(QStringLiteral("almanac"));
    // Messages in the language of the environment (LANG, LC_*); --json keeps its keys and codes.
    Almanac::Languages::install(QString());
    QCoreApplication::setApplicationVersion(QStringLiteral(ALMANAC_VERSION));
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("almanacd", "Almanac's scheduler and sync, without the window."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption db(QStringLiteral("db"), QCoreApplication::translate("almanacd", "Use the store at PATH."),
                                QStringLiteral("PATH"), Almanac::Database::defaultPath());
    const QCommandLineOption interval(QStringLiteral("interval"),
                                      QCoreApplication::translate("almanacd", "Seconds between scheduler rounds (default 30)."),
                                      QStringLiteral("SECONDS"), QStringLiteral("30"));
    const QCommandLineOption grace(QStringLiteral("grace-minutes"),
                                   QCoreApplication::translate("almanacd", "Publish posts up to MINUTES late; later ones wait "
                                                                           "for the user (default: the window's setting, 15)."),
                                   QStringLiteral("MINUTES"));
    const QCommandLineOption lease(QStringLiteral("lease-seconds"),
                                   QCoreApplication::translate("almanacd", "Hold a post being published for SECONDS at a time, "
                                                                           "renewed while it runs: how long another scheduler "
                                                                           "waits to take over if this one is killed (default 120)."),
                                   QStringLiteral("SECONDS"), QStringLiteral("120"));
    parser.addOptions({db, interval, grace, lease});
    parser.process(app);
    const Almanac::Result<qint64> leaseMs = Almanac::LocalScheduler::leaseMsFromSeconds(parser.value(lease));
    if (!leaseMs) {
        log(leaseMs.error());
        return 2;
    }

    if (::pipe(signalPipe) != 0)
        return 1;
    QSocketNotifier stop(signalPipe[0], QSocketNotifier::Read);
    QObject::connect(&stop, &QSocketNotifier::activated, &app, [] {
        log(QStringLiteral("stopping"));
        QCoreApplication::quit();
    });
    std::signal(SIGTERM, onSignal);
    std::signal(SIGINT, onSignal);

    Almanac::KeychainSecretStore secrets;
    Almanac::LocalScheduler::Options publishing;
    publishing.program = QStringLiteral("almanacd");
    publishing.leaseMs = leaseMs.value();
    publishing.roundIntervalSecs = qMax(1, parser.value(interval).toInt());
    if (parser.isSet(grace))
        publishing.graceSecs = qMax(0, parser.value(grace).toInt()) * 60;
    else
        publishing.followSettings = true; // what the window's Publishing Accounts says
    Almanac::LocalScheduler scheduler(parser.value(db), &secrets, publishing);
    if (auto r = scheduler.open(); !r) {
        log(r.error());
        return 2;
    }
    Almanac::SyncEngine sync(parser.value(db), &secrets, Almanac::SyncEngine::Options{});
    Almanac::NetworkReachability::follow(&sync, [&sync](bool reachable) { sync.setNetworkReachable(reachable); });
    if (auto r = sync.start(); !r) {
        log(r.error());
        return 2;
    }
    QObject::connect(&sync, &Almanac::SyncEngine::statusChanged, &app, [](const Almanac::SyncStatus &s) {
        static QString last;
        const QString line = QStringLiteral("sync: %1 to send, %2 failed%3").arg(s.pending).arg(s.failed).arg(s.online ? QString() : QStringLiteral(", offline"));
        if (line != last)
            log(last = line);
    });

    log(QStringLiteral("running on %1 (%2 as this process's lease owner)").arg(parser.value(db), scheduler.owner()));
    scheduler.runRounds(publishing.roundIntervalSecs * 1000, [&](const QList<Almanac::LocalScheduler::Outcome> &outcomes) {
        for (const auto &o : outcomes)
            log(QStringLiteral("%1: post %2 to %3%4%5")
                    .arg(o.result, o.postId, o.integrationId,
                         o.error.isEmpty() ? (o.url.isEmpty() ? QString() : u' ' + o.url) : QStringLiteral(": ") + o.error,
                         o.note.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(o.note)));
        if (!outcomes.isEmpty())
            sync.kick(); // what was published may matter to the status refresh
    });
    return app.exec();
}
