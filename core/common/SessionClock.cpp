#include "SessionClock.h"

namespace wl {

SessionClock::SessionClock()
    : m_origin(std::chrono::steady_clock::now())
    , m_wallOriginUs(std::chrono::duration_cast<std::chrono::microseconds>(
                         std::chrono::system_clock::now().time_since_epoch())
                         .count()) {
}

std::int64_t SessionClock::nowUs() const {
    return std::chrono::duration_cast<std::chrono::microseconds>(std::chrono::steady_clock::now() -
                                                                 m_origin)
        .count();
}

} // namespace wl
