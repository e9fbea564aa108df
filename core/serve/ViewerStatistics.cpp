#include "ViewerStatistics.h"

#include <algorithm>

namespace wl::serve {

double ViewerStatistics::creditedUntil(Clock::time_point now) const {
    const std::chrono::duration<double> open = now - m_since;
    return m_snapshot.watchTimeS + m_snapshot.current * std::max(0.0, open.count());
}

void ViewerStatistics::update(int sockets, int hlsSessions) {
    const std::lock_guard lock(m_mutex);
    const auto now = Clock::now();
    m_snapshot.watchTimeS = creditedUntil(now);
    m_since = now;
    m_snapshot.sockets = sockets;
    m_snapshot.hlsSessions = hlsSessions;
    m_snapshot.current = sockets + hlsSessions;
    m_snapshot.peak = std::max(m_snapshot.peak, m_snapshot.current);
}

ViewerStatistics::Snapshot ViewerStatistics::snapshot() const {
    const std::lock_guard lock(m_mutex);
    Snapshot snapshot = m_snapshot;
    snapshot.watchTimeS = creditedUntil(Clock::now());
    return snapshot;
}

} // namespace wl::serve
