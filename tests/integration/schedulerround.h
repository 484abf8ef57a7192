// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/publish/localscheduler.h"
#include "models/store/postrepository.h"
#include "teststore.h"

#include <QTest>

namespace Almanac::Test {

// One scheduler round, waited for: what became of each due destination.
inline QList<LocalScheduler::Outcome> runRound(LocalScheduler &scheduler, int timeoutMs = 60000)
{
    QList<LocalScheduler::Outcome> outcomes;
    bool done = false;
    scheduler.runOnce([&](const QList<LocalScheduler::Outcome> &o) {
        outcomes = o;
        done = true;
    });
    if (!QTest::qWaitFor([&] { return done; }, timeoutMs))
        qFatal("the scheduler did not finish its round");
    return outcomes;
}

// A post to one account, scheduled at `at` (UTC epoch seconds).
inline QString duePost(TestStore &store, const QString &integration, qint64 at, const QString &text = QStringLiteral("Hello, hooks"))
{
    Post p;
    p.content = text;
    p.status = PostStatus::Scheduled;
    p.scheduledAt = at;
    p.targets.append({integration, QString(), p.status, {}, {}, 0, {}, 0, false});
    if (!PostRepository(store.connection()).insert(p).ok())
        qFatal("post");
    return p.id;
}

} // namespace Almanac::Test
