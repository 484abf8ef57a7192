// SPDX-License-Identifier: GPL-3.0-or-later
// Month view of a busy month: a store of 200,000 posts, 5,000 of them in one
// month. Prints the time to read the month into the model (one indexed range
// query) and to paint the month view at 1280x800, each the median of 21 runs.
// Nothing here asserts on time.
#include "models/domain/clock.h"
#include "models/domain/wallclock.h"
#include "models/itemmodels/calendarmodel.h"
#include "models/store/database.h"
#include "models/store/integrationrepository.h"
#include "models/store/postrepository.h"
#include "ui/calendar/calendarwidget.h"
#include "ui/calendar/monthview.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QImage>
#include <QItemSelectionModel>
#include <QPainter>
#include <QTemporaryDir>
#include <QUndoStack>

#include <algorithm>
#include <cstdio>

using namespace Almanac;

namespace {

double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.at(v.size() / 2);
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QTemporaryDir dir;
    Database db;
    if (!db.open(dir.filePath(QStringLiteral("bench.sqlite"))))
        return 1;
    const QStringList platforms{"x", "bluesky", "mastodon", "linkedin", "instagram", "threads"};
    IntegrationRepository integrations(db.connection());
    for (const QString &p : platforms) {
        Integration in;
        in.id = QStringLiteral("int_") + p;
        in.platform = p;
        (void)integrations.add(in);
    }

    const QTimeZone zone("Europe/Berlin");
    const WallClock clock(zone);
    const QDate month(2026, 10, 1); // holds a daylight-saving change
    const qint64 monthStart = clock.toUtc(month, 0), monthEnd = clock.toUtc(month.addMonths(1), 0);
    constexpr int Total = 200000, InMonth = 5000;
    QElapsedTimer build;
    build.start();
    {
        Transaction tx(db.connection());
        PostRepository posts(db.connection());
        for (int i = 0; i < Total; ++i) {
            Post p;
            p.content = QStringLiteral("Post %1: a typical text of a social post, with a link https://example.com/%1 "
                                       "and a #tag or two #launch")
                            .arg(i);
            p.status = i % 5 ? PostStatus::Scheduled : PostStatus::Draft;
            p.scheduledAt = i < InMonth ? monthStart + qint64(i) * (monthEnd - monthStart) / InMonth
                                        : monthEnd + 3600 + qint64(i) * 600; // the months after
            p.tags = {QStringLiteral("launch")};
            for (int t = 0; t < 1 + i % 3; ++t)
                p.targets.append({QStringLiteral("int_") + platforms.at((i + t) % platforms.size()), QString(),
                                  p.status, {}, {}, 0, {}, 0});
            (void)posts.insert(p);
        }
        (void)tx.commit();
    }
    std::printf("store: %d posts (%d in October 2026), built in %.1f s\n", Total, InMonth, build.elapsed() / 1000.0);

    db.setCacheSize(32); // as the desktop app does
    CalendarModel model(db.connection());
    model.setTimeZone(zone);
    QItemSelectionModel selection(&model);
    MonthView view(&model, &selection);
    view.resize(1280, 800);
    view.setMonth(month);
    QImage canvas(view.size(), QImage::Format_ARGB32_Premultiplied);

    QList<double> load, paint, total;
    for (int run = 0; run < 21; ++run) {
        QElapsedTimer t;
        t.start();
        model.setRange(QDate(), QDate());
        model.setRange(view.firstShownDay(), view.firstShownDay().addDays(7 * MonthView::Weeks));
        const double loaded = t.nsecsElapsed() / 1e6;
        QPainter painter(&canvas);
        view.render(&painter);
        painter.end();
        const double all = t.nsecsElapsed() / 1e6;
        load.append(loaded);
        paint.append(all - loaded);
        total.append(all);
    }
    std::printf("month view, %d posts in the model: model %.1f ms + paint %.1f ms = %.1f ms (median of 21; target < 16 ms)\n",
                model.rowCount(), median(load), median(paint), median(total));

    // What the window does after an import: select its posts, among others,
    // then read the selection back (each reload keeps it by id). Every other
    // post of the month, the worst case for ranges.
    {
        CalendarModel shown(db.connection());
        shown.setTimeZone(zone);
        QUndoStack undo;
        CalendarWidget calendar(db, &shown, &undo);
        calendar.setAnchorDate(month);
        QStringList every;
        for (int row = 0; row < shown.rowCount(); row += 2)
            every.append(shown.index(row, 0).data(CalendarModel::PostIdRole).toString());
        QElapsedTimer t;
        t.start();
        calendar.selectPosts(every);
        const double selected = t.nsecsElapsed() / 1e6;
        const qsizetype readBack = calendar.selectedPostIds().size();
        std::printf("selecting %lld of the %d posts shown, one in two: %.1f ms, reading them back %.1f ms more\n",
                    static_cast<long long>(readBack), shown.rowCount(), selected, t.nsecsElapsed() / 1e6 - selected);
    }
    return 0;
}
