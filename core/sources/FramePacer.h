#pragma once

#include <chrono>
#include <cstdint>

namespace wl::sources {

// Real-time pacing for a synthetic source: frame n is due at start + n / fps. A caller that fell
// more than `maxLateFrames` behind skips ahead to the frame due now instead of sending a burst,
// so frame indices (and timestamps) stay monotonic and on the wall clock.
class FramePacer {
public:
    using Clock = std::chrono::steady_clock;

    FramePacer(int framesPerSecond, Clock::time_point start, int maxLateFrames = 2);

    // When the next frame is due.
    Clock::time_point dueTime() const;
    // The index of the frame to make now (at or after dueTime()); advances the pacer.
    std::int64_t take(Clock::time_point now);
    // Frames left out so far by skipping ahead.
    std::int64_t skipped() const { return m_skipped; }

private:
    std::chrono::duration<double> m_interval;
    Clock::time_point m_start;
    int m_maxLateFrames;
    std::int64_t m_next = 0;
    std::int64_t m_skipped = 0;
};

} // namespace wl::sources
