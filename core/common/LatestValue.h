#pragma once

#include <cstdint>
#include <mutex>
#include <optional>
#include <utility>

namespace wl {

// A "latest frame" slot between threads: the producer overwrites, consumers copy the newest
// value and its sequence number (to tell a new value from a repeated one). Neither side waits
// for the other beyond a copy under the lock, so values should be cheap to copy (ref-counted).
template <typename T>
class LatestValue {
public:
    struct Snapshot {
        T value;
        std::uint64_t sequence = 0; // 1 for the first value stored, +1 per store
    };

    void store(T value) {
        std::lock_guard lock(m_mutex);
        m_value = std::move(value);
        ++m_sequence;
    }

    std::optional<Snapshot> load() const {
        std::lock_guard lock(m_mutex);
        if (!m_value)
            return std::nullopt;
        return Snapshot{*m_value, m_sequence};
    }

    std::uint64_t sequence() const {
        std::lock_guard lock(m_mutex);
        return m_sequence;
    }

    void reset() {
        std::lock_guard lock(m_mutex);
        m_value.reset();
    }

private:
    mutable std::mutex m_mutex;
    std::optional<T> m_value;
    std::uint64_t m_sequence = 0;
};

} // namespace wl
