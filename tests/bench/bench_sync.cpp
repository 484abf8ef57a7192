// SPDX-License-Identifier: GPL-3.0-or-later
// The sync engine against a fake OpenPost on 127.0.0.1:
//  (a) 30,000 posts (600 group calls of 50) to a server that allows 300
//      requests per sliding minute: the whole allowance at once, then the rest
//      as the first ones leave the window, so the floor is 60 s; prints the time,
//      the 429s (target: none) and the most requests the server saw in a minute;
//  (b) 100,000 posts to an unthrottled server: posts/s and peak memory.
// Nothing here asserts on time.
// usage: bench_sync [--skip-throttled] [--posts N]
#include "app/secrets/secretstore.h"
#include "app/sync/syncengine.h"
#include "fakeopenpost.h"
#include "models/store/database.h"
#include "models/store/integrationrepository.h"
#include "models/store/outboxrepository.h"
#include "models/store/postrepository.h"
#include "models/store/providerrepository.h"

#include <QCoreApplication>
#include <QThread>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTemporaryDir>

#include <sys/resource.h>

#include <cstdio>

using namespace Almanac;
using namespace Almanac::Test;

namespace {

struct Figures
{
    double seconds = 0;
    int requests = 0;
    int rejected = 0;
    int maxPerMinute = 0;
    qsizetype serverPosts = 0;
};

Figures run(int posts, int rateLimit)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("sync.sqlite"));
    // The server works on a thread of its own, as a remote one would: the
    // figures are the engine's, not the fake's JSON parsing.
    QThread serverThread;
    QObject onServerThread;
    onServerThread.moveToThread(&serverThread);
    serverThread.start();
    std::unique_ptr<FakeOpenPost> owned;
    QMetaObject::invokeMethod(
        &onServerThread,
        [&] {
            owned = std::make_unique<FakeOpenPost>("bench_key", rateLimit);
            owned->addIntegration(QStringLiteral("int_x_abc"), QStringLiteral("twitter"));
        },
        Qt::BlockingQueuedConnection);
    FakeOpenPost &server = *owned;
    {
        Database db(QStringLiteral("bench-setup"));
        if (!db.open(path))
            qFatal("store");
        ProviderAccount op{QStringLiteral("op"), QStringLiteral("openpost"), QString::fromLatin1(server.baseUrl()), rateLimit, {}, 0};
        Integration x;
        x.id = QStringLiteral("int_x");
        x.platform = QStringLiteral("x");
        x.providerAccount = QStringLiteral("op");
        x.remoteId = QStringLiteral("int_x_abc");
        if (!ProviderRepository(db.connection()).add(op) || !IntegrationRepository(db.connection()).add(x))
            qFatal("setup");
        PostRepository repo(db.connection());
        Transaction tx(db.connection());
        for (int i = 0; i < posts; ++i) {
            Post p;
            p.content = QStringLiteral("Bench post %1: a typical text of a social post with a link https://example.com/%1").arg(i);
            p.status = PostStatus::Scheduled;
            p.scheduledAt = 1780272000 + qint64(i) * 60;
            p.targets.append({QStringLiteral("int_x"), QString(), p.status, {}, {}, 0, {}, 0});
            (void)repo.insert(p);
        }
        (void)tx.commit();
    }
    MemorySecretStore secrets;
    (void)secrets.setProviderKey(QStringLiteral("op"), QStringLiteral("bench_key"));
    SyncEngine engine(path, &secrets, SyncEngine::Options{});
    QEventLoop loop;
    QObject::connect(&engine, &SyncEngine::settled, &loop, [&] {
        if (engine.status().pending == 0)
            loop.quit();
    });
    QElapsedTimer timer;
    timer.start();
    if (!engine.start())
        qFatal("engine");
    loop.exec();
    Figures f;
    f.seconds = timer.nsecsElapsed() / 1e9;
    f.requests = server.requests();
    f.rejected = server.tooManyRequests();
    f.maxPerMinute = server.maxRequestsInAnyMinute();
    f.serverPosts = server.posts().size();
    QMetaObject::invokeMethod(&onServerThread, [&] { owned.reset(); },
                              Qt::BlockingQueuedConnection);
    serverThread.quit();
    serverThread.wait();
    return f;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    qputenv("ALMANAC_NOW", "2026-04-20T00:00:00Z");
    const QStringList args = app.arguments();
    if (!args.contains(QStringLiteral("--skip-throttled"))) {
        const Figures a = run(30000, 300);
        std::printf("(a) 30,000 posts, 300 requests/min: %.1f s (floor 60 s, target <= 66 s), %d requests, %d answered 429, "
                    "at most %d in any minute, %lld posts at the server\n",
                    a.seconds, a.requests, a.rejected, a.maxPerMinute, qlonglong(a.serverPosts));
        std::fflush(stdout);
    }
    const int posts = args.contains(QStringLiteral("--posts")) ? args.value(args.indexOf(QStringLiteral("--posts")) + 1).toInt() : 100000;
    const Figures b = run(posts, 100000); // the most a provider account may be given: no limit in practice
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    std::printf("(b) %d posts, unthrottled: %.1f s, %.0f posts/s, %d requests, peak %.1f MiB (the fake server included)\n",
                posts, b.seconds, posts / b.seconds, b.requests, usage.ru_maxrss / 1024.0);
    return 0;
}
