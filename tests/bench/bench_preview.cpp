// SPDX-License-Identifier: GPL-3.0-or-later
// The import wizard's preview of a large file (default 1M rows, ~370 MB): the
// real worker (a dry run through PreviewFeed) filling the real preview model
// on this thread's event loop. Prints the time until the first rows are in the
// model, the time until every row is judged, and the anonymous memory the
// process holds then (RssAnon: the file itself is mapped, not copied).
// With --realistic, the file is bench_realistic's plan (rich text, twelve
// platforms, two rows in three with errors, each kept with its reasons).
// Nothing here asserts on time.
// usage: bench_preview [--rows N] [--dir DIR] [--realistic]
#include "app/importing/backgroundimport.h"
#include "app/importing/previewfeed.h"
#include "benchcsv.h"
#include "realisticplan.h"
#include "models/itemmodels/importpreviewmodel.h"
#include "models/store/database.h"
#include "models/store/integrationrepository.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTimer>

#include <unistd.h>

#include <cstdio>

using namespace Almanac;
using namespace Almanac::Bench;

namespace {

double rssAnonMiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith("RssAnon:"))
            return line.mid(8).trimmed().split(' ').value(0).toDouble() / 1024.0;
    return -1;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const qint64 rows = args.contains(QStringLiteral("--rows"))
                            ? args.value(args.indexOf(QStringLiteral("--rows")) + 1).toLongLong()
                            : 1000000;
    QTemporaryDir temp;
    const QString dir = args.contains(QStringLiteral("--dir")) ? args.value(args.indexOf(QStringLiteral("--dir")) + 1)
                                                                : temp.path();
    const QString csv = dir + QStringLiteral("/preview.csv");
    const QString storePath = dir + QStringLiteral("/preview.sqlite");
    QFile::remove(storePath);
    Database db(QStringLiteral("bench"));
    if (!db.open(storePath))
        qFatal("cannot open the store");
    const bool realistic = args.contains(QStringLiteral("--realistic"));
    QList<QStringList> specs{{"int_x", "x"}, {"int_li", "linkedin"}, {"int_bsky", "bluesky"}, {"int_masto", "mastodon"}};
    if (realistic) // an account on each platform of the plan, named as the platform
        for (const char *platform : RealisticPlatforms)
            specs.append({QString::fromLatin1(platform), QString::fromLatin1(platform)});
    for (const QStringList &s : std::as_const(specs)) {
        Integration in;
        in.id = s[0];
        in.platform = s[1];
        (void)IntegrationRepository(db.connection()).add(in);
    }
    const qint64 bytes = realistic ? writeRealisticPlan(csv, dir + QStringLiteral("/preview-valid.csv"), rows).bytes
                                   : writeCsv(csv, rows);
    std::printf("file: %lld rows, %.1f MB\n", rows, bytes / 1e6);
    // Let the kernel write the fresh file back first: that writeback would
    // otherwise compete with the preview's reading (as in bench_import).
    ::sync();
    const double baseline = rssAnonMiB();

    QElapsedTimer timer;
    timer.start();
    const CsvProbe probe = probeCsvFile(csv);
    if (!probe.error.isEmpty())
        qFatal("%s", qPrintable(probe.error));
    ImportOptions options;
    options.filePath = csv;
    options.storePath = storePath;
    options.timeZone = QTimeZone("UTC");
    options.now = NowSecs;
    options.dryRun = true;
    ValidationContext context{IntegrationRepository(db.connection()).list(),
                              options.timeZone, NowSecs, 180};
    ImportPreviewModel model(csv, probe.delimiter, DialectDetector::map(probe.header), context, options.timeZone);
    BackgroundImport import(options);
    PreviewFeed feed(&model);
    import.setRowObserver(&feed);
    double firstRows = -1;
    QObject::connect(&model, &QAbstractItemModel::rowsInserted, &app, [&] {
        if (firstRows < 0) {
            firstRows = timer.nsecsElapsed() / 1e6;
            (void)model.index(0, ImportPreviewModel::ContentColumn).data(); // the first screen reads its cells
        }
    });
    QObject::connect(&import, &BackgroundImport::finished, &app, [&] { QTimer::singleShot(0, &app, &QCoreApplication::quit); });
    import.start();
    app.exec();
    const double all = timer.nsecsElapsed() / 1e9;
    const double anon = rssAnonMiB();
    std::printf("first rows in the model after %.0f ms (target < 1000 ms)\n", firstRows);
    std::printf("all %d rows judged in %.2f s: %.1f MB/s, %.0f rows/s\n", model.rowCount(), all, bytes / 1e6 / all,
                model.rowCount() / all);
    std::printf("anonymous memory: %.1f MiB (%.1f MiB before the preview; target < 150 MiB for 1M rows)\n", anon,
                baseline);
    return 0;
}
