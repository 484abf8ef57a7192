// SPDX-License-Identifier: GPL-3.0-or-later
// Delivery under load (docs/delivery.md), as figures:
//  1. 1,000 due posts over 10 webhook accounts, one of which trickles its
//     answers: how fast the nine healthy accounts are done, and the whole.
//  2. Posts falling due while a 100,000-row CSV import commits in another
//     process (almanac-cli): how late each went out.
// Prints; never fails on time.
#include "app/publish/localscheduler.h"
#include "app/secrets/secretstore.h"
#include "benchcsv.h"
#include "fakehttpserver.h"
#include "models/store/database.h"
#include "models/store/integrationrepository.h"
#include "models/store/postrepository.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <memory>

using namespace Almanac;
using Reply = Test::FakeHttpServer::Reply;

namespace {

void addWebhook(Database &db, const QString &id, const QByteArray &url)
{
    Integration in;
    in.id = id;
    in.platform = QStringLiteral("webhook");
    if (!IntegrationRepository(db.connection()).add(in).ok())
        qFatal("integration %s", qPrintable(id));
    qputenv(SecretStore::webhookUrlVariable(id).constData(), url);
}

void addDuePost(Database &db, const QString &integration, qint64 at, const QString &text)
{
    Post p;
    p.content = text;
    p.status = PostStatus::Scheduled;
    p.scheduledAt = at;
    p.targets.append({integration, QString(), p.status, {}, {}, 0, {}, 0});
    if (!PostRepository(db.connection()).insert(p).ok())
        qFatal("post");
}

qint64 count(Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
}

void trickleBeside(const QString &dir)
{
    Database db(QStringLiteral("bench-trickle"));
    if (!db.open(dir + QStringLiteral("/trickle.sqlite")))
        qFatal("store");
    std::vector<std::unique_ptr<Test::FakeHttpServer>> hooks;
    for (int i = 0; i < 10; ++i) {
        const bool slow = i == 9;
        hooks.push_back(std::make_unique<Test::FakeHttpServer>([slow](const Test::FakeHttpServer::Request &) {
            Reply r{200, slow ? QByteArray(20, ' ') : QByteArray("{}"), {}, slow ? Reply::Delivery::Trickle : Reply::Delivery::Send};
            r.trickleMs = 10; // 0.2 s an answer, a byte at a time
            return r;
        }));
        addWebhook(db, QStringLiteral("hook%1").arg(i), hooks.back()->baseUrl() + "/in");
    }
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    {
        Transaction tx(db.connection());
        for (int n = 0; n < 1000; ++n)
            addDuePost(db, QStringLiteral("hook%1").arg(n % 10), now - 60 + n % 30, QStringLiteral("Due %1").arg(n));
        if (!tx.commit().ok())
            qFatal("commit");
    }
    MemorySecretStore secrets;
    LocalScheduler::Options options;
    options.graceSecs = 3600;
    LocalScheduler scheduler(db.path(), &secrets, options);
    if (!scheduler.open().ok())
        qFatal("scheduler");
    QElapsedTimer clock;
    clock.start();
    qint64 healthyDone = -1;
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, [&] {
        if (healthyDone < 0 && count(db, QStringLiteral("SELECT count(*) FROM post_targets WHERE status = 'published' "
                                                         "AND integration_id <> 'hook9'")) == 900)
            healthyDone = clock.elapsed();
    });
    poll.start(20);
    // Rounds back to back (a round lists at most 500 due destinations) until none is left.
    QList<LocalScheduler::Outcome> outcomes;
    for (;;) {
        bool done = false;
        QList<LocalScheduler::Outcome> round;
        scheduler.runOnce([&](const QList<LocalScheduler::Outcome> &o) {
            round = o;
            done = true;
        });
        while (!done)
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
        if (round.isEmpty())
            break;
        outcomes += round;
    }
    if (healthyDone < 0)
        healthyDone = clock.elapsed();
    const qint64 all = clock.elapsed();
    const qint64 published = std::count_if(outcomes.cbegin(), outcomes.cend(), [](const auto &o) { return o.result == u"published"; });
    std::printf("1,000 due posts over 10 accounts, one trickling (0.2 s an answer):\n");
    std::printf("  nine healthy accounts done  %8.2f s  (%6.0f posts/s)\n", healthyDone / 1000.0, 900 / (healthyDone / 1000.0));
    std::printf("  all, the trickling one too  %8.2f s  (%6.0f posts/s)  %lld published\n", all / 1000.0,
                1000 / (all / 1000.0), published);
    std::fflush(stdout);
}

void latenessDuringImport(const QString &dir)
{
    const QString path = dir + QStringLiteral("/import.sqlite");
    Database db(QStringLiteral("bench-import"));
    if (!db.open(path))
        qFatal("store");
    // The CSV's accounts are hosted (the local scheduler leaves them alone).
    for (const auto &[id, platform] : {std::pair{"int_x", "x"}, std::pair{"int_li", "linkedin"}, std::pair{"int_bsky", "bluesky"},
                                       std::pair{"int_masto", "mastodon"}}) {
        Integration in;
        in.id = QString::fromLatin1(id);
        in.platform = QString::fromLatin1(platform);
        in.provider = QStringLiteral("openpost");
        if (!IntegrationRepository(db.connection()).add(in).ok())
            qFatal("integration");
    }
    Test::FakeHttpServer hook([](const Test::FakeHttpServer::Request &) { return Reply{200, "{}", {}, Reply::Delivery::Send}; });
    addWebhook(db, QStringLiteral("hook"), hook.baseUrl() + "/in");
    const QString csv = dir + QStringLiteral("/plan.csv");
    const qint64 bytes = Bench::writeCsv(csv, 100000);
    // Two posts fall due every second for the next 40 seconds.
    const qint64 start = QDateTime::currentSecsSinceEpoch() + 2;
    QHash<QString, qint64> dueAt;
    for (int n = 0; n < 80; ++n) {
        const qint64 at = start + n / 2;
        addDuePost(db, QStringLiteral("hook"), at, QStringLiteral("Falls due %1").arg(n));
    }
    {
        QSqlQuery q(db.connection());
        q.exec(QStringLiteral("SELECT post_id, p.scheduled_at FROM post_targets t JOIN posts p ON p.id = t.post_id "
                              "WHERE t.integration_id = 'hook'"));
        while (q.next())
            dueAt.insert(q.value(0).toString(), q.value(1).toLongLong() * 1000);
    }
    MemorySecretStore secrets;
    LocalScheduler::Options options;
    options.graceSecs = 3600;
    options.roundIntervalSecs = 1;
    LocalScheduler scheduler(path, &secrets, options);
    if (!scheduler.open().ok())
        qFatal("scheduler");
    QList<qint64> lateness;
    auto report = [&](const QList<LocalScheduler::Outcome> &round) {
        const qint64 nowMs = QDateTime::currentMSecsSinceEpoch();
        for (const LocalScheduler::Outcome &o : round)
            if (o.result == u"published")
                lateness.append(nowMs - dueAt.value(o.postId));
    };
    QTimer rounds;
    QObject::connect(&rounds, &QTimer::timeout, [&] { scheduler.runOnce(report); });
    rounds.start(1000);
    QProcess import;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("ALMANAC_NOW"), QString::fromLatin1(Bench::Now));
    import.setProcessEnvironment(env);
    QElapsedTimer importClock;
    importClock.start();
    import.start(QStringLiteral(ALMANAC_CLI), {QStringLiteral("--db"), path, QStringLiteral("import"), csv});
    qint64 importSecs = -1;
    while (importSecs < 0 || lateness.size() < 80) {
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
        if (importSecs < 0 && import.state() == QProcess::NotRunning)
            importSecs = importClock.elapsed();
        if (importClock.elapsed() > 300000)
            break;
    }
    std::sort(lateness.begin(), lateness.end());
    const auto at = [&](double q) { return lateness.isEmpty() ? -1 : lateness.at(qMin(lateness.size() - 1, qsizetype(q * lateness.size()))); };
    std::printf("80 posts falling due while a 100,000-row import (%.0f MB) commits in almanac-cli:\n", bytes / 1e6);
    std::printf("  the import                  %8.2f s  (exit %d, %lld posts in the store)\n", importSecs / 1000.0,
                import.exitCode(), count(db, QStringLiteral("SELECT count(*) FROM posts")));
    std::printf("  lateness (due -> published) median %6.2f s   p90 %6.2f s   max %6.2f s   (%lld published)\n",
                at(0.5) / 1000.0, at(0.9) / 1000.0, at(1.0) / 1000.0, qint64(lateness.size()));
    std::fflush(stdout);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    qunsetenv("ALMANAC_NOW"); // the scheduler runs on the real clock here
    QTemporaryDir dir;
    trickleBeside(dir.path());
    latenessDuringImport(dir.path());
    return 0;
}
