#include "ProgramTickSchedule.h"

#include <algorithm>

namespace wl::switcher {

ProgramTickSchedule::ProgramTickSchedule(int fps, std::int64_t startUs, int maxCatchUpFrames)
    : m_fps(std::max(1, fps))
    , m_startUs(startUs)
    , m_maxCatchUp(std::max(0, maxCatchUpFrames)) {
}

std::int64_t ProgramTickSchedule::tickUs(std::int64_t frame) const {
    return m_startUs + frame * 1'000'000 / m_fps;
}

ProgramTickSchedule::Step ProgramTickSchedule::advance(std::int64_t nowUs) {
    Step step;
    // The newest tick whose time has come (never before the one we owe).
    const std::int64_t newestDue = std::max(m_next, (nowUs - m_startUs) * m_fps / 1'000'000);
    const std::int64_t behind = newestDue - m_next;
    if (behind > m_maxCatchUp) {
        step.skipped = behind;
        m_skippedTotal += behind;
        m_next = newestDue;
    }
    step.frame = m_next++;
    return step;
}

} // namespace wl::switcher
