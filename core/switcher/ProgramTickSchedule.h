#pragma once

#include <cstdint>

namespace wl::switcher {

// When the program's ticks are due, on the session clock: tick n at start + n / fps, computed
// from the start so rounding never drifts. When the program thread was held up, it renders the
// late ticks back to back to catch up, but only up to `maxCatchUpFrames`; beyond that it skips
// to the newest due tick, so the program stays on time instead of running late for good.
class ProgramTickSchedule {
public:
    ProgramTickSchedule(int fps, std::int64_t startUs, int maxCatchUpFrames = 3);

    struct Step {
        std::int64_t frame = 0;   // the tick to render now
        std::int64_t skipped = 0; // ticks before it that are skipped (frame - skipped .. frame-1)
    };

    // The session time the next tick is due at; wait until then before advance().
    std::int64_t nextDueUs() const { return tickUs(m_next); }
    // Takes the next tick at `nowUs` (≥ nextDueUs()), skipping what is too late to catch up.
    Step advance(std::int64_t nowUs);
    std::int64_t tickUs(std::int64_t frame) const;
    std::int64_t skippedTotal() const { return m_skippedTotal; }

private:
    const int m_fps;
    const std::int64_t m_startUs;
    const int m_maxCatchUp;
    std::int64_t m_next = 0;
    std::int64_t m_skippedTotal = 0;
};

} // namespace wl::switcher
