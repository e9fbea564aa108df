#pragma once

#include <chrono>
#include <cstdint>
#include <mutex>

namespace wl::serve {

// Viewer figures for /api/status and the journal. The hub (HTTP thread) writes, any thread
// reads a snapshot. Watch time adds up viewers × time, so two viewers for a minute are 120 s.
class ViewerStatistics {
public:
    struct Snapshot {
        int current = 0;
        int sockets = 0;     // open viewer WebSockets
        int hlsSessions = 0; // HLS players seen lately without a WebSocket of their own
        int peak = 0;
        double watchTimeS = 0; // up to the moment of the snapshot
    };

    // The viewers from now on; the previous count is credited up to now.
    void update(int sockets, int hlsSessions);
    Snapshot snapshot() const;

private:
    using Clock = std::chrono::steady_clock;
    double creditedUntil(Clock::time_point now) const;

    mutable std::mutex m_mutex;
    Snapshot m_snapshot;
    Clock::time_point m_since = Clock::now(); // m_snapshot.watchTimeS counts up to here
};

} // namespace wl::serve
