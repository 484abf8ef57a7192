// SPDX-License-Identifier: GPL-3.0-or-later
// What the calendar and composer tests share: times, posts in a real store, a
// shown main window, and a mouse drag.
#pragma once

#include "app/settings/appsettings.h"
#include "models/store/postrepository.h"
#include "teststore.h"
#include "ui/mainwindow/mainwindow.h"

#include <QDateTime>
#include <QTest>

#include <memory>

namespace Almanac::Test {

// ALMANAC_NOW is 2026-04-20T00:00:00Z; TZ is UTC unless a test picks a zone.
inline qint64 utc(const char *iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate).toSecsSinceEpoch();
}

// A post at `at` (none: an undated draft) to one integration.
inline QString addPost(TestStore &store, std::optional<qint64> at, const QString &text = QStringLiteral("Hello"),
                       const QString &integration = QStringLiteral("int_x"))
{
    Post p;
    p.content = text;
    p.status = at ? PostStatus::Scheduled : PostStatus::Draft;
    p.scheduledAt = at;
    p.targets.append({integration, QString(), p.status, {}, {}, 0, {}, 0, false});
    if (!PostRepository(store.connection()).insert(p).ok())
        qFatal("cannot insert");
    return p.id;
}

// The stored time of a post; -1 when it has none.
inline qint64 storedTime(TestStore &store, const QString &id)
{
    return PostRepository(store.connection()).find(id).value().scheduledAt.value_or(-1);
}

inline void drag(QWidget *viewport, QPoint from, QPoint to, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QTest::mousePress(viewport, Qt::LeftButton, Qt::NoModifier, from);
    QTest::mouseMove(viewport, from + QPoint(10, 10));
    QTest::mouseMove(viewport, to);
    QTest::mouseRelease(viewport, Qt::LeftButton, modifiers, to);
}

// A shown window on the store, in month view, in a zone.
inline std::unique_ptr<MainWindow> openWindow(TestStore &store, const QByteArray &zone = "UTC")
{
    AppSettings settings;
    settings.setTimeZone(QTimeZone(zone));
    settings.setCalendarMode(CalendarMode::Month);
    settings.setCalendarFilter({});
    settings.setLastUsedIntegrations({}); // each test's new posts start as on a fresh install
    auto window = std::make_unique<MainWindow>(store.database());
    window->resize(1200, 800);
    window->show();
    if (!QTest::qWaitForWindowExposed(window.get()))
        qFatal("window not exposed");
    return window;
}

} // namespace Almanac::Test
