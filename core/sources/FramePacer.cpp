#include "FramePacer.h"

#include <algorithm>
#include <cmath>

namespace wl::sources {

FramePacer::FramePacer(int framesPerSecond, Clock::time_point start, int maxLateFrames)
    : m_interval(1.0 / std::max(framesPerSecond, 1))
    , m_start(start)
    , m_maxLateFrames(std::max(maxLateFrames, 0)) {
}

FramePacer::Clock::time_point FramePacer::dueTime() const {
    return m_start +
           std::chrono::duration_cast<Clock::duration>(static_cast<double>(m_next) * m_interval);
}

std::int64_t FramePacer::take(Clock::time_point now) {
    const std::chrono::duration<double> elapsed = now - m_start;
    const auto onTime = static_cast<std::int64_t>(std::floor(elapsed / m_interval));
    if (onTime - m_next > m_maxLateFrames) {
        m_skipped += onTime - m_next;
        m_next = onTime;
    }
    return m_next++;
}

} // namespace wl::sources
