#pragma once

#include <cstddef>

#include "SwitcherTypes.h"

namespace wl::switcher {

// Hears the program audio (or one soloed camera) for monitoring, e.g. headphones. Called on the
// program thread once per tick with 48 kHz interleaved stereo float; must return at once (copy
// into a bounded buffer, never wait for the reader).
class ProgramAudioTap {
public:
    virtual ~ProgramAudioTap() = default;
    virtual void monitorAudio(const float* interleaved, std::size_t frames, ProgramTime at) = 0;
};

} // namespace wl::switcher
