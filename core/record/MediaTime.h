#pragma once

#include <cstdint>

#include "media/Packet.h"

namespace wl::record {

// Time-base arithmetic for the recorder, exact for the bases it meets (1/1000, 1/fps, 1/90000,
// 1/sample rate, 1/1000000) and without overflow for any session length.
class MediaTime {
public:
    static constexpr AVRational kMicroseconds{1, 1'000'000};

    // `value` in `from` units expressed in `to` units, rounded to the nearest (halves away from
    // zero). Both bases must be positive.
    static std::int64_t rescale(std::int64_t value, AVRational from, AVRational to);
    static std::int64_t toUs(std::int64_t value, AVRational from) {
        return rescale(value, from, kMicroseconds);
    }
    static std::int64_t fromUs(std::int64_t us, AVRational to) {
        return rescale(us, kMicroseconds, to);
    }
};

} // namespace wl::record
