// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <algorithm>
#include <condition_variable>
#include <deque>
#include <mutex>
#include <optional>

namespace Almanac {

// Hands batches between threads, holding at most `capacity` of them so memory
// stays bounded whichever side is slower. Any number of threads may push and
// pop. The producers finish it when they have no more (once each, counted by
// `producers`); a consumer that stops early abandons it, and then every push
// refuses and every pop comes back empty, so all sides wind down.
template<typename Batch>
class BatchQueue final
{
public:
    explicit BatchQueue(size_t capacity, int producers = 1)
        : m_capacity(capacity)
        , m_producers(producers)
    {
    }

    // Blocks while full; false once the queue has been abandoned.
    bool push(Batch batch)
    {
        std::unique_lock lock(m_mutex);
        m_notFull.wait(lock, [this] { return m_batches.size() < m_capacity || m_abandoned; });
        if (m_abandoned)
            return false;
        m_batches.push_back(std::move(batch));
        m_notEmpty.notify_one();
        return true;
    }

    // One producer has no more batches; the queue ends when all have said so.
    void finish()
    {
        const std::lock_guard lock(m_mutex);
        --m_producers;
        m_notEmpty.notify_all();
    }

    // Blocks while empty; nothing once every producer has finished and all is
    // taken, or once the queue is abandoned.
    std::optional<Batch> pop()
    {
        std::unique_lock lock(m_mutex);
        m_notEmpty.wait(lock, [this] { return !m_batches.empty() || m_producers <= 0 || m_abandoned; });
        if (m_batches.empty() || m_abandoned)
            return std::nullopt;
        return takeFront();
    }

    // Never blocks: a batch if one is waiting.
    std::optional<Batch> tryPop()
    {
        const std::lock_guard lock(m_mutex);
        if (m_batches.empty() || m_abandoned)
            return std::nullopt;
        return takeFront();
    }

    // No one will take more: wakes and refuses everyone waiting or coming.
    void abandon()
    {
        const std::lock_guard lock(m_mutex);
        m_abandoned = true;
        m_batches.clear();
        m_notFull.notify_all();
        m_notEmpty.notify_all();
    }

private:
    // With the lock held and a batch waiting.
    Batch takeFront()
    {
        Batch batch = std::move(m_batches.front());
        m_batches.pop_front();
        m_notFull.notify_one();
        return batch;
    }

    std::mutex m_mutex;
    std::condition_variable m_notFull, m_notEmpty;
    std::deque<Batch> m_batches;
    size_t m_capacity;
    int m_producers;
    bool m_abandoned = false;
};

// Bytes in flight between threads, bounded: take() waits while they would
// exceed the budget, except when nothing is in flight (so a batch larger than
// the budget still goes, alone); give() returns them; abandon() wakes and
// refuses every taker.
class ByteBudget final
{
public:
    explicit ByteBudget(size_t budget)
        : m_budget(budget)
    {
    }

    // False once abandoned.
    bool take(size_t bytes)
    {
        std::unique_lock lock(m_mutex);
        m_returned.wait(lock, [&] { return m_inFlight == 0 || m_inFlight + bytes <= m_budget || m_abandoned; });
        if (m_abandoned)
            return false;
        m_inFlight += bytes;
        return true;
    }

    void give(size_t bytes)
    {
        const std::lock_guard lock(m_mutex);
        m_inFlight -= std::min(bytes, m_inFlight);
        m_returned.notify_all();
    }

    void abandon()
    {
        const std::lock_guard lock(m_mutex);
        m_abandoned = true;
        m_returned.notify_all();
    }

private:
    std::mutex m_mutex;
    std::condition_variable m_returned;
    size_t m_budget;
    size_t m_inFlight = 0;
    bool m_abandoned = false;
};

} // namespace Almanac
