#pragma once

#include <cstddef>
#include <cstdint>
#include <deque>
#include <utility>

namespace wl::media {

// Carries arrival times across a codec: codecs reorder and delay, so the output is matched to
// the input by pts. Falls back to the latest arrival for output with an unknown pts.
class ArrivalTracker {
public:
    void noteInput(std::int64_t pts, std::int64_t arrivalUs);
    // The arrival of the input with this pts (consumed), or the latest arrival.
    std::int64_t takeForOutput(std::int64_t pts);
    void clear();

private:
    // Deeper than any codec's delay; entries of inputs that produced nothing age out.
    static constexpr std::size_t kMaxInFlight = 64;
    std::deque<std::pair<std::int64_t, std::int64_t>> m_inFlight;
    std::int64_t m_latestArrivalUs = 0;
};

} // namespace wl::media
