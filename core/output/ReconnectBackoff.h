#pragma once

#include <chrono>

namespace wl::output {

// Exponential reconnect delays: initial, ×2 after each failure, capped; counts consecutive
// failures so an owner can give up after a limit. Pure arithmetic, no clock.
class ReconnectBackoff {
public:
    ReconnectBackoff(std::chrono::milliseconds initial, std::chrono::milliseconds cap,
                     int maxFailures);

    // Records a failure; returns how long to wait before the next attempt.
    std::chrono::milliseconds failed();
    // A connection worked: the next failure starts from the initial delay again.
    void succeeded() { m_failures = 0; }
    int consecutiveFailures() const { return m_failures; }
    // True once maxFailures (> 0) consecutive failures happened.
    bool exhausted() const { return m_maxFailures > 0 && m_failures >= m_maxFailures; }

private:
    std::chrono::milliseconds m_initial;
    std::chrono::milliseconds m_cap;
    int m_maxFailures;
    int m_failures = 0;
};

} // namespace wl::output
