// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/net/ratelimiter.h"

#include <QRandomGenerator>

namespace Almanac {

qint64 RateLimiter::delayBeforeNext(qint64 nowMs)
{
    const qint64 windowMs = WindowMs + MarginMs;
    while (!m_sent.empty() && m_sent.front() <= nowMs - windowMs)
        m_sent.pop_front();
    qint64 wait = qMax<qint64>(0, m_pausedUntil - nowMs);
    if (qsizetype(m_sent.size()) >= m_limit)
        wait = qMax(wait, m_sent.front() + windowMs - nowMs);
    return wait;
}

void RateLimiter::recordSend(qint64 nowMs)
{
    m_sent.push_back(nowMs);
}

qint64 retryDelayMs(int attempt, qint64 baseMs, qint64 capMs)
{
    const int doublings = qBound(0, attempt - 1, 30);
    const qint64 full = qMin(capMs, baseMs << doublings);
    // "Equal jitter": half fixed, half random, so a retry never comes at once.
    return full / 2 + qint64(QRandomGenerator::global()->bounded(double(full / 2 + 1)));
}

} // namespace Almanac
