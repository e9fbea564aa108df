#pragma once

#include "SwitcherTypes.h"
#include "media/Frame.h"

namespace wl::switcher {

// Where the program leaves the engine (the program encoder, a test's capture). Called on the
// program thread once per tick; implementations must return at once (queue, never wait).
class ProgramFrameSink {
public:
    virtual ~ProgramFrameSink() = default;
    // yuv420p at the program size, pts = at.frame (time base 1/fps).
    virtual void programVideo(const media::Frame& frame, ProgramTime at) = 0;
    // 48 kHz stereo float, one tick of samples, pts in samples.
    virtual void programAudio(const media::Frame& frame, ProgramTime at) = 0;
};

} // namespace wl::switcher
