#pragma once

#include <cstdint>
#include <string>

#include "ReconnectBackoff.h"
#include "RestreamSettings.h"
#include "RestreamStatus.h"

namespace wl::output {

// The life of one restream destination as pure logic (times are passed in, in µs): idle →
// connecting → live; a failure → reconnecting with exponential backoff → live again; a permanent
// refusal or too many failures in a row → failed, which only enable() leaves. Not thread-safe:
// the destination's worker owns it and publishes snapshots.
class RestreamStateMachine {
public:
    explicit RestreamStateMachine(const RestreamSettings& settings);

    RestreamStatus status() const { return m_status; }
    const std::string& lastError() const { return m_lastError; }
    // Consecutive failed attempts since the last good connection.
    int consecutiveFailures() const { return m_backoff.consecutiveFailures(); }
    // Attempts made after a failure or a lost connection.
    std::uint64_t reconnects() const { return m_reconnects; }
    // When the current connection went live; -1 unless live.
    std::int64_t liveSinceUs() const { return m_liveSinceUs; }
    // When the next attempt may start; -1 unless reconnecting.
    std::int64_t retryAtUs() const { return m_retryAtUs; }

    // True when an attempt should start now (wanted, not failed, backoff over, not connected).
    bool shouldConnect(bool wanted, std::int64_t nowUs) const;
    // An attempt begins.
    void attemptStarted();
    void connected(std::int64_t nowUs);
    // The attempt or the live connection failed. `permanent` (e.g. a refused key) gives up at
    // once; otherwise the next attempt waits out the backoff. Returns the new status.
    RestreamStatus failed(std::string error, bool permanent, std::int64_t nowUs);
    // Output off or destination disabled: back to idle (a failed destination stays failed).
    void stopped();
    // The director (re-)enabled the destination: a failed one gets a fresh start.
    void enable();

private:
    ReconnectBackoff m_backoff;
    RestreamStatus m_status = RestreamStatus::Idle;
    bool m_afterFailure = false;
    std::string m_lastError;
    std::uint64_t m_reconnects = 0;
    std::int64_t m_liveSinceUs = -1;
    std::int64_t m_retryAtUs = -1;
};

} // namespace wl::output
