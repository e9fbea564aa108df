#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

#include "sources/AudioRing.h"

namespace wl::switcher {

// Takes one camera's audio out of its AudioRing, one program tick at a time, keeping it
// `delay + target latency` behind its arrival. The ring's fill level is the clock: what is left
// in the ring after a tick's read (the cushion) should be that much audio. The ring's own
// timestamps are not used, as they drift with the camera's sample clock.
//
// Policy, every tick of n frames:
// - Too much (cushion above target + high tolerance: camera clock ahead, a burst after a
//   stall, the delay lowered): the oldest audio is dropped down to the target at once.
// - Too little (cushion below target − low tolerance: camera clock behind, jitter, the delay
//   raised; or not primed yet): silence is put in first, up to the whole tick, consuming less,
//   until the cushion is back at the target exactly (then "primed").
// - Ring ran dry mid-tick (camera stopped): the rest is silence and priming starts again.
// Never waits: the ring is only read as far as it holds audio.
class CameraAudioReader {
public:
    struct Tolerances {
        std::size_t targetLatencyFrames = 0;
        std::size_t lowFrames = 0;
        std::size_t highFrames = 0;
    };

    // Writes `frames` interleaved stereo frames into `out`.
    void read(sources::AudioRing& ring, std::size_t delayFrames, const Tolerances& tolerances,
              float* out, std::size_t frames);

    bool isPrimed() const { return m_primed; }
    std::uint64_t droppedFrames() const { return m_dropped; }
    std::uint64_t silenceFrames() const { return m_silence; }

private:
    void drop(sources::AudioRing& ring, std::size_t frames);

    bool m_primed = false;
    std::uint64_t m_dropped = 0;
    std::uint64_t m_silence = 0;
    std::vector<float> m_discard; // reused for dropped audio
};

} // namespace wl::switcher
