// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

#include <deque>

namespace Almanac {

// Keeps one provider account under its limit of requests per sliding minute,
// the way the hosts count them, while letting a run use the whole allowance
// (a burst of `limit` requests, then one each time the oldest leaves the
// window). A margin covers the time a request takes to arrive. A 429 or 503
// pauses the account until the server's Retry-After. Times are milliseconds.
class RateLimiter final
{
public:
    static constexpr qint64 WindowMs = 60000;
    static constexpr qint64 MarginMs = 250;

    explicit RateLimiter(int limit = 300) : m_limit(qMax(1, limit)) {}

    // How long to wait before the next request may go (0: now).
    qint64 delayBeforeNext(qint64 nowMs);
    // Records a request sent now.
    void recordSend(qint64 nowMs);
    void pauseUntil(qint64 untilMs) { m_pausedUntil = qMax(m_pausedUntil, untilMs); }
    qint64 pausedUntil() const { return m_pausedUntil; }
    int limit() const { return m_limit; }

private:
    int m_limit;
    std::deque<qint64> m_sent; // send times inside the window, oldest first
    qint64 m_pausedUntil = 0;
};

// How long to wait before trying an unanswered request again: exponential
// from `baseMs`, capped, with jitter so many clients do not retry in step.
qint64 retryDelayMs(int attempt, qint64 baseMs, qint64 capMs);

} // namespace Almanac
