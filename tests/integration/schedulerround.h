// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "publish/localscheduler.h"

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

} // namespace Almanac::Test
