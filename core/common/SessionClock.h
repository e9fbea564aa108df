#pragma once

#include <chrono>
#include <cstdint>

namespace wl {

// The one clock of a session: steady microseconds since the session started. Every packet and
// frame is stamped with it on arrival, so cameras, program and recordings share one time line.
// Thread-safe: it is immutable after construction.
class SessionClock {
public:
    SessionClock();

    std::int64_t nowUs() const;
    // Wall clock (Unix epoch, microseconds) at session time zero, for journals and HLS dates.
    std::int64_t wallClockAtOriginUs() const { return m_wallOriginUs; }
    std::int64_t toWallClockUs(std::int64_t sessionUs) const { return m_wallOriginUs + sessionUs; }

private:
    std::chrono::steady_clock::time_point m_origin;
    std::int64_t m_wallOriginUs = 0;
};

} // namespace wl
