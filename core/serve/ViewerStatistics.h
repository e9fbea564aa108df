#pragma once

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
        double watchTimeS = 0;
    };

    // The viewers from `monotonicMs` on; the previous count is credited up to that moment.
    void update(int sockets, int hlsSessions, std::int64_t monotonicMs);
    Snapshot snapshot() const;

private:
    mutable std::mutex m_mutex;
    Snapshot m_snapshot;
    std::int64_t m_lastUpdateMs = -1;
};

} // namespace wl::serve
