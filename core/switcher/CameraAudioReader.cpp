#include "CameraAudioReader.h"

#include <algorithm>

namespace wl::switcher {

namespace {

constexpr std::size_t kChannels = sources::AudioRing::kChannels;
constexpr std::size_t kDiscardChunkFrames = 4096;

} // namespace

void CameraAudioReader::read(sources::AudioRing& ring, std::size_t delayFrames,
                             const Tolerances& tolerances, float* out, std::size_t frames) {
    const std::size_t target = delayFrames + tolerances.targetLatencyFrames;
    std::size_t available = ring.available();
    // What would be left after reading the whole tick; may be "negative".
    const auto cushion = static_cast<std::int64_t>(available) - static_cast<std::int64_t>(frames);
    const auto signedTarget = static_cast<std::int64_t>(target);

    if (cushion > signedTarget + static_cast<std::int64_t>(tolerances.highFrames)) {
        drop(ring, static_cast<std::size_t>(cushion - signedTarget));
        available = ring.available();
        m_primed = true;
    }
    const std::int64_t remaining =
        static_cast<std::int64_t>(available) - static_cast<std::int64_t>(frames);
    const std::int64_t lowest =
        m_primed ? signedTarget - static_cast<std::int64_t>(tolerances.lowFrames) : signedTarget;
    if (remaining < lowest)
        m_primed = false;

    std::size_t silence = 0;
    if (!m_primed) {
        // Exactly enough silence to bring the cushion to the target (at most the whole tick).
        const std::int64_t missing = signedTarget - remaining;
        silence = static_cast<std::size_t>(
            std::clamp<std::int64_t>(missing, 0, static_cast<std::int64_t>(frames)));
        m_primed = missing <= static_cast<std::int64_t>(frames);
    }
    std::fill_n(out, silence * kChannels, 0.0f);
    const std::size_t wanted = frames - silence;
    const std::size_t got = wanted > 0 ? ring.read(out + silence * kChannels, wanted).frames : 0;
    if (got < wanted) {
        // Ran dry (or the writer overwrote what we counted on): silence, then prime again.
        std::fill_n(out + (silence + got) * kChannels, (wanted - got) * kChannels, 0.0f);
        silence += wanted - got;
        m_primed = false;
    }
    m_silence += silence;
}

void CameraAudioReader::drop(sources::AudioRing& ring, std::size_t frames) {
    m_discard.resize(kDiscardChunkFrames * kChannels);
    while (frames > 0) {
        const std::size_t chunk = std::min(frames, kDiscardChunkFrames);
        const std::size_t got = ring.read(m_discard.data(), chunk).frames;
        m_dropped += got;
        if (got < chunk)
            return;
        frames -= chunk;
    }
}

} // namespace wl::switcher
