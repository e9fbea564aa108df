#pragma once

#include <cstdint>

#include "media/Frame.h"

namespace wl::switcher {

// A camera frame and its number in that camera's sequence; a repeated number means the same
// picture, so the compositor can reuse what it made of it.
struct SequencedFrame {
    media::Frame frame;
    std::uint64_t sequence = 0;
};

} // namespace wl::switcher
