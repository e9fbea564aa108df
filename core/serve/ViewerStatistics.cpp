#include "ViewerStatistics.h"

#include <algorithm>

namespace wl::serve {

void ViewerStatistics::update(int sockets, int hlsSessions, std::int64_t monotonicMs) {
    const std::lock_guard lock(m_mutex);
    if (m_lastUpdateMs >= 0 && monotonicMs > m_lastUpdateMs)
        m_snapshot.watchTimeS +=
            m_snapshot.current * static_cast<double>(monotonicMs - m_lastUpdateMs) / 1000.0;
    m_lastUpdateMs = std::max(m_lastUpdateMs, monotonicMs);
    m_snapshot.sockets = sockets;
    m_snapshot.hlsSessions = hlsSessions;
    m_snapshot.current = sockets + hlsSessions;
    m_snapshot.peak = std::max(m_snapshot.peak, m_snapshot.current);
}

ViewerStatistics::Snapshot ViewerStatistics::snapshot() const {
    const std::lock_guard lock(m_mutex);
    return m_snapshot;
}

} // namespace wl::serve
