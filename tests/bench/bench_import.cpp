// SPDX-License-Identifier: GPL-3.0-or-later
// Import benchmark: generates a deterministic OpenPost CSV (default 1M rows,
// ~370 MB, with quotes, newlines and emoji), then measures the real almanac-cli:
//  (a) import --dry-run of the whole file: MB/s, rows/s, peak memory;
//  (b) a committed import of the first 100k rows: rows/s, peak memory;
//  (c) on a store of every row of the file: per-day counts of a month plus the
//      first page of 500 posts (keyset), warm, in milliseconds.
// usage: bench_import [--rows N] [--commit-rows N] [--dir DIR] [--skip-big-store] [--queries-only]
// --queries-only measures (c) on DIR/big.sqlite left by an earlier run.
#include "benchcsv.h"
#include "benchrun.h"
#include "models/store/database.h"
#include "models/store/importrepository.h"
#include "models/store/postrepository.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTimeZone>

#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>

using namespace Almanac;
using namespace Almanac::Bench;

namespace {


// A fresh store at `db` holding the benchmark's four integrations.
void addIntegrations(const QString &db)
{
    for (const char *suffix : {"", "-wal", "-shm"})
        QFile::remove(db + QLatin1StringView(suffix));
    const QStringList specs[] = {{"int_x", "x", "openpost"}, {"int_li", "linkedin", "local"},
                                 {"int_bsky", "bluesky", "local"}, {"int_masto", "mastodon", "posteverywhere"}};
    for (const QStringList &s : specs)
        runCli({QStringLiteral("--db"), db, QStringLiteral("integrations"), QStringLiteral("add"),
                QStringLiteral("--id"), s[0], QStringLiteral("--platform"), s[1], QStringLiteral("--provider"), s[2]});
}


int measureMonthView(const QString &bigDb)
{
    Database db(QStringLiteral("bench"));
    if (!db.open(bigDb))
        qFatal("cannot open %s", qPrintable(bigDb));
    PostRepository posts(db.connection());
    const QTimeZone zone("Europe/Berlin");
    const QDate first(2026, 8, 1);
    const QDate last(2026, 9, 1);
    QList<double> times, countTimes;
    qint64 counted = 0;
    qsizetype page = 0;
    for (int run = 0; run < 7; ++run) {
        QElapsedTimer t;
        t.start();
        const QList<DayCount> days = posts.countPerDay(first, last, zone);
        countTimes.append(t.nsecsElapsed() / 1e6);
        PostQuery q;
        q.from = QDateTime(first, QTime(0, 0), zone).toSecsSinceEpoch();
        q.to = QDateTime(last, QTime(0, 0), zone).toSecsSinceEpoch();
        q.limit = 500;
        const QList<Post> firstPage = posts.query(q);
        times.append(t.nsecsElapsed() / 1e6);
        counted = 0;
        for (const DayCount &d : days)
            counted += d.count;
        page = firstPage.size();
    }
    std::sort(times.begin(), times.end());
    std::sort(countTimes.begin(), countTimes.end());
    std::printf("(c) month view on %lld posts: %lld posts in August, first page %lld rows: "
                "warm median %.1f ms (day counts %.1f ms), best %.1f ms\n",
                static_cast<long long>(posts.count()), static_cast<long long>(counted), static_cast<long long>(page),
                times.at(times.size() / 2), countTimes.at(countTimes.size() / 2), times.first());
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    qint64 rows = 1000000, commitRows = 100000;
    QString dirPath;
    bool bigStore = true;
    bool queriesOnly = false;
    const QStringList args = app.arguments();
    for (int i = 1; i < args.size(); ++i) {
        if (args[i] == u"--rows" && i + 1 < args.size())
            rows = args[++i].toLongLong();
        else if (args[i] == u"--commit-rows" && i + 1 < args.size())
            commitRows = args[++i].toLongLong();
        else if (args[i] == u"--dir" && i + 1 < args.size())
            dirPath = args[++i];
        else if (args[i] == u"--skip-big-store")
            bigStore = false;
        else if (args[i] == u"--queries-only")
            queriesOnly = true;
    }
    QTemporaryDir temp;
    const QDir dir(dirPath.isEmpty() ? temp.path() : dirPath);
    QDir().mkpath(dir.path());

    const QString bigCsv = dir.filePath(QStringLiteral("bench.csv"));
    const QString bigDb = dir.filePath(QStringLiteral("big.sqlite"));
    if (queriesOnly)
        return measureMonthView(bigDb);
    const QString smallCsv = dir.filePath(QStringLiteral("bench-commit.csv"));
    const qint64 smallBytes = writeCsv(smallCsv, commitRows);
    // First, before the large file is written: the committed import is bound by
    // disk writes (~290 MB per 100k rows: the WAL, then the checkpoint), and this
    // VM's disk slows down for a while after the generator has written 357 MB.
    // The shared machine is noisy too: three runs, each into a fresh store, and the median.
    QList<Measure> commits;
    for (int run = 0; run < 3; ++run) {
        const QString commitDb = dir.filePath(QStringLiteral("commit-%1.sqlite").arg(run));
        addIntegrations(commitDb);
        commits.append(runCli({QStringLiteral("--db"), commitDb, QStringLiteral("import"), smallCsv}));
    }
    std::sort(commits.begin(), commits.end(), [](const Measure &a, const Measure &b) { return a.seconds < b.seconds; });
    report("(b) import (committed), median of 3", commits.at(1), smallBytes, commitRows);
    {
        // Undo Import of what (b) wrote, as the window's Edit menu does it.
        Database undoDb(QStringLiteral("bench-undo"));
        if (!undoDb.open(dir.filePath(QStringLiteral("commit-0.sqlite"))))
            qFatal("cannot open the committed store");
        QElapsedTimer undo;
        undo.start();
        const Result<int> undone = ImportRepository(undoDb.connection()).undo(1);
        if (!undone)
            qFatal("%s", qPrintable(undone.error()));
        std::printf("(b') undoing that import: %d posts in %.2f s, %.0f posts/s\n", undone.value(),
                    undo.nsecsElapsed() / 1e9, undone.value() / (undo.nsecsElapsed() / 1e9));
    }

    QElapsedTimer gen;
    gen.start();
    const qint64 bytes = writeCsv(bigCsv, rows);
    std::printf("generated %lld rows, %.1f MB in %.1f s (%s)\n", static_cast<long long>(rows), bytes / 1e6,
                gen.elapsed() / 1000.0, qPrintable(bigCsv));

    const QString dryDb = dir.filePath(QStringLiteral("dry.sqlite"));
    addIntegrations(dryDb);
    report("(a) import --dry-run", runCli({QStringLiteral("--db"), dryDb, QStringLiteral("import"), bigCsv,
                                           QStringLiteral("--dry-run")}),
           bytes, rows);

    if (!bigStore)
        return 0;
    addIntegrations(bigDb);
    report("    building the big store", runCli({QStringLiteral("--db"), bigDb, QStringLiteral("import"), bigCsv}),
           bytes, rows);

    return measureMonthView(bigDb);
}
