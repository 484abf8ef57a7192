// SPDX-License-Identifier: GPL-3.0-or-later
// The import on a plan like the real thing (realisticplan.h: rich rows, twelve
// platforms, two rows in three invalid), measured side by side with Python's
// csv module doing a simple validation of the same file (every cell read, the
// account known, the time an ISO date, the type and the media links checked):
// Each figure is the median of five runs (the two programs alternating).
//  (a) almanac-cli import --dry-run of the mixed file, and Python on it;
//  (b) the same on the file of its valid rows alone;
//  (c) a committing import of the valid rows: rows/s, peak memory;
//  (d) a dry run of 600 hostile cells for X: 16 KB runs of labels that no TLD
//      ends, on which twitter-text's rule as PCRE backtracked for seconds each,
//      and paths of parentheses, which its path rule reads in quadratic time.
// usage: bench_realistic [--rows N] [--dir DIR]
#include "benchrun.h"
#include "realisticplan.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <algorithm>

using namespace Almanac;
using namespace Almanac::Bench;

namespace {

const char *const PythonCheck = R"(
import csv, datetime, sys
known = set(sys.argv[2].split(','))
types = {'post', 'thread', 'reel', 'story'}
valid = invalid = 0
with open(sys.argv[1], newline='', encoding='utf-8') as f:
    rows = csv.reader(f)
    next(rows)
    for content, integrations, at, post_type, media in rows:
        ok = bool(content.strip()) and all(i in known for i in integrations.split(';'))
        try:
            datetime.datetime.fromisoformat(at.replace('Z', '+00:00'))
        except ValueError:
            ok = False
        ok = ok and post_type in types and all(m.startswith('https://') for m in media.split(',') if m)
        valid += ok
        invalid += not ok
print(valid, invalid)
)";

Measure python(const QString &file)
{
    QStringList known;
    for (const char *p : RealisticPlatforms)
        known.append(QString::fromLatin1(p));
    return runCli({QStringLiteral("-c"), QString::fromLatin1(PythonCheck), file, known.join(u',')}, "python3");
}

// The median of the runs (by time), and the largest peak of them: the shared
// machine is noisy, and the two programs run alternately so both see alike.
constexpr int Runs = 5;

Measure median(QList<Measure> runs)
{
    std::sort(runs.begin(), runs.end(), [](const Measure &a, const Measure &b) { return a.seconds < b.seconds; });
    Measure m = runs.at(runs.size() / 2);
    for (const Measure &r : std::as_const(runs))
        m.peakMiB = std::max(m.peakMiB, r.peakMiB);
    return m;
}

void sideBySide(const char *what, const QString &file, const QString &db, qint64 bytes, qint64 rows)
{
    QList<Measure> almanacRuns, pythonRuns;
    for (int run = 0; run < Runs; ++run) {
        almanacRuns.append(runCli({QStringLiteral("--db"), db, QStringLiteral("import"), file, QStringLiteral("--dry-run")}));
        pythonRuns.append(python(file));
    }
    const Measure almanac = median(almanacRuns), py = median(pythonRuns);
    report(qPrintable(QStringLiteral("%1: almanac dry run").arg(QLatin1StringView(what))), almanac, bytes, rows);
    report(qPrintable(QStringLiteral("%1: python csv").arg(QLatin1StringView(what))), py, bytes, rows);
    std::printf("%-34s %8.1fx python's speed\n", qPrintable(QStringLiteral("%1: ratio").arg(QLatin1StringView(what))),
                py.seconds / almanac.seconds);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    qint64 rows = 300000;
    QString dir;
    for (qsizetype i = 1; i + 1 < args.size(); i += 2) {
        if (args.at(i) == u"--rows")
            rows = args.at(i + 1).toLongLong();
        else if (args.at(i) == u"--dir")
            dir = args.at(i + 1);
    }
    QTemporaryDir temp;
    if (dir.isEmpty())
        dir = temp.path();
    QDir().mkpath(dir);
    const QString mixed = dir + QStringLiteral("/realistic.csv"), valid = dir + QStringLiteral("/realistic-valid.csv");
    const RealisticCounts counts = writeRealisticPlan(mixed, valid, rows);
    std::printf("generated %lld rows, %.1f MB (%lld rows, %.1f MB of them valid by the generator's rules)\n",
                static_cast<long long>(counts.rows), counts.bytes / 1e6, static_cast<long long>(counts.validRows),
                counts.validBytes / 1e6);

    // A store with an account on each platform of the plan.
    auto freshStore = [&dir](const QString &name) {
        const QString db = dir + u'/' + name;
        for (const char *suffix : {"", "-wal", "-shm"})
            QFile::remove(db + QLatin1StringView(suffix));
        for (const char *platform : RealisticPlatforms)
            runCli({QStringLiteral("--db"), db, QStringLiteral("integrations"), QStringLiteral("add"), QStringLiteral("--id"),
                    QString::fromLatin1(platform), QStringLiteral("--platform"), QString::fromLatin1(platform)});
        return db;
    };
    const QString db = freshStore(QStringLiteral("realistic.sqlite"));

    sideBySide("(a) mixed", mixed, db, counts.bytes, counts.rows);
    sideBySide("(b) valid rows", valid, db, counts.validBytes, counts.validRows);
    QList<Measure> commits; // each into a fresh store
    for (int run = 0; run < Runs; ++run)
        commits.append(runCli({QStringLiteral("--db"), freshStore(QStringLiteral("realistic-commit-%1.sqlite").arg(run)),
                               QStringLiteral("import"), valid, QStringLiteral("--skip-invalid")}));
    report("(c) committing the valid rows", median(commits), counts.validBytes, counts.validRows);

    const QString hostile = dir + QStringLiteral("/hostile.csv");
    QFile out(hostile);
    if (!out.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(hostile));
    out.write("content,integrations,schedule_at\n");
    const char *const units[] = {"co-co.", "co_", "co.co-", "a-a.", "1-co.", "(a)"};
    constexpr int HostileRows = 600;
    for (int i = 0; i < HostileRows; ++i) {
        const QByteArray unit(units[i % 6]);
        const QByteArray lead = unit == "(a)" ? "a.co/" : ""; // a path of parentheses
        out.write(lead + unit.repeated(16000 / unit.size()) + "x,x,2026-07-01T09:00:00Z\n");
    }
    const qint64 hostileBytes = out.size();
    out.close();
    report("(d) hostile X cells: dry run", runCli({QStringLiteral("--db"), db, QStringLiteral("import"), hostile,
                                                   QStringLiteral("--dry-run")}),
           hostileBytes, HostileRows);
    return 0;
}
