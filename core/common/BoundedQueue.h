#pragma once

#include <chrono>
#include <condition_variable>
#include <cstddef>
#include <cstdint>
#include <deque>
#include <mutex>
#include <optional>

namespace wl {

// What push() does when the queue is full. Live paths pick a dropping policy so that the producer
// (network or program clock) never waits for a slow consumer.
enum class OverflowPolicy {
    DropOldest, // make room by discarding the oldest item
    DropNewest, // discard the item being pushed
};

// A bounded multi-producer, multi-consumer FIFO. Producers never block; consumers may wait with a
// timeout. close() wakes every waiter; after it, pushes are discarded and pops drain what is left.
template <typename T>
class BoundedQueue {
public:
    struct PushResult {
        bool accepted = false;   // the pushed item is in the queue
        std::size_t dropped = 0; // items discarded by this push (the new one or old ones)
    };

    explicit BoundedQueue(std::size_t capacity, OverflowPolicy policy = OverflowPolicy::DropOldest)
        : m_capacity(capacity == 0 ? 1 : capacity)
        , m_policy(policy) {}

    PushResult push(T item) {
        PushResult result;
        {
            std::lock_guard lock(m_mutex);
            if (m_closed) {
                result.dropped = 1;
                m_droppedTotal += 1;
                return result;
            }
            if (m_items.size() >= m_capacity) {
                if (m_policy == OverflowPolicy::DropNewest) {
                    result.dropped = 1;
                    m_droppedTotal += 1;
                    return result;
                }
                m_items.pop_front();
                result.dropped = 1;
                m_droppedTotal += 1;
            }
            m_items.push_back(std::move(item));
            result.accepted = true;
        }
        m_ready.notify_one();
        return result;
    }

    std::optional<T> tryPop() {
        std::lock_guard lock(m_mutex);
        return popLocked();
    }

    // Waits up to `timeout` for an item; returns nothing on timeout or when closed and empty.
    template <typename Rep, typename Period>
    std::optional<T> popFor(std::chrono::duration<Rep, Period> timeout) {
        std::unique_lock lock(m_mutex);
        m_ready.wait_for(lock, timeout, [this] { return m_closed || !m_items.empty(); });
        return popLocked();
    }

    // Discards everything queued; returns how many items were discarded.
    std::size_t clear() {
        std::lock_guard lock(m_mutex);
        const std::size_t count = m_items.size();
        m_items.clear();
        return count;
    }

    void close() {
        {
            std::lock_guard lock(m_mutex);
            m_closed = true;
        }
        m_ready.notify_all();
    }

    bool isClosed() const {
        std::lock_guard lock(m_mutex);
        return m_closed;
    }

    std::size_t size() const {
        std::lock_guard lock(m_mutex);
        return m_items.size();
    }

    std::size_t capacity() const { return m_capacity; }

    std::uint64_t droppedTotal() const {
        std::lock_guard lock(m_mutex);
        return m_droppedTotal;
    }

private:
    std::optional<T> popLocked() {
        if (m_items.empty())
            return std::nullopt;
        std::optional<T> item(std::move(m_items.front()));
        m_items.pop_front();
        return item;
    }

    const std::size_t m_capacity;
    const OverflowPolicy m_policy;
    mutable std::mutex m_mutex;
    std::condition_variable m_ready;
    std::deque<T> m_items;
    std::uint64_t m_droppedTotal = 0;
    bool m_closed = false;
};

} // namespace wl
