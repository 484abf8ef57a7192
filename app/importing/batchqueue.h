// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <condition_variable>
#include <deque>
#include <mutex>
#include <optional>

namespace Almanac {

// Hands batches from one producer thread to one consumer thread, holding at most
// `capacity` of them so memory stays bounded whichever side is slower. Either
// side can close it: the producer when it has no more, the consumer when it
// stops early (then push() refuses and the producer winds down).
template<typename Batch>
class BatchQueue final
{
public:
    explicit BatchQueue(size_t capacity)
        : m_capacity(capacity)
    {
    }

    // Blocks while full; false once the consumer has abandoned the queue.
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

    // The producer has no more batches.
    void finish()
    {
        const std::lock_guard lock(m_mutex);
        m_finished = true;
        m_notEmpty.notify_one();
    }

    // Blocks while empty; nothing once the producer has finished and all is taken.
    std::optional<Batch> pop()
    {
        std::unique_lock lock(m_mutex);
        m_notEmpty.wait(lock, [this] { return !m_batches.empty() || m_finished; });
        if (m_batches.empty())
            return std::nullopt;
        return takeFront();
    }

    // Never blocks: a batch if one is waiting.
    std::optional<Batch> tryPop()
    {
        const std::lock_guard lock(m_mutex);
        if (m_batches.empty())
            return std::nullopt;
        return takeFront();
    }

    // The consumer will take no more: wakes and refuses the producer.
    void abandon()
    {
        const std::lock_guard lock(m_mutex);
        m_abandoned = true;
        m_batches.clear();
        m_notFull.notify_one();
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
    bool m_finished = false;
    bool m_abandoned = false;
};

} // namespace Almanac
