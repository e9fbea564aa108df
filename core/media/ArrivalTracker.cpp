#include "ArrivalTracker.h"

#include "AvError.h"

namespace wl::media {

void ArrivalTracker::noteInput(std::int64_t pts, std::int64_t arrivalUs) {
    m_latestArrivalUs = arrivalUs;
    if (pts == kNoPts)
        return;
    if (m_inFlight.size() >= kMaxInFlight)
        m_inFlight.pop_front();
    m_inFlight.emplace_back(pts, arrivalUs);
}

std::int64_t ArrivalTracker::takeForOutput(std::int64_t pts) {
    for (auto it = m_inFlight.begin(); it != m_inFlight.end(); ++it) {
        if (it->first == pts) {
            const std::int64_t arrivalUs = it->second;
            m_inFlight.erase(it);
            return arrivalUs;
        }
    }
    return m_latestArrivalUs;
}

void ArrivalTracker::clear() {
    m_inFlight.clear();
}

} // namespace wl::media
