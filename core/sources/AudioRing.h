#pragma once

#include <cstddef>
#include <cstdint>
#include <mutex>
#include <vector>

namespace wl::sources {

// A bounded ring of decoded camera audio: interleaved stereo float at 48 kHz, stamped with the
// session time of its first sample. The decode thread writes, the program mixer reads. When the
// reader falls behind, the oldest audio is overwritten and counted; writing never waits.
class AudioRing {
public:
    static constexpr int kSampleRate = 48000;
    static constexpr int kChannels = 2;

    explicit AudioRing(std::size_t capacityFrames = kSampleRate * 2);

    // `startUs`: session time of the first frame written.
    void write(const float* interleaved, std::size_t frames, std::int64_t startUs);

    struct ReadResult {
        std::size_t frames = 0;   // frames copied into the destination
        std::int64_t startUs = 0; // session time of the first copied frame
    };
    // Copies up to `maxFrames` of the oldest audio into `interleaved` and consumes it.
    ReadResult read(float* interleaved, std::size_t maxFrames);

    std::size_t available() const;
    std::uint64_t overwrittenFrames() const;
    void clear();

private:
    std::int64_t oldestUsLocked() const;
    void consumeLocked(std::size_t frames);

    mutable std::mutex m_mutex;
    std::vector<float> m_samples;
    std::size_t m_capacityFrames;
    std::size_t m_readFrame = 0; // index of the oldest frame
    std::size_t m_size = 0;      // frames stored
    // The oldest frame's time is base + consumed frames, so rounding never accumulates.
    std::int64_t m_baseUs = 0;
    std::uint64_t m_consumedSinceBase = 0;
    std::uint64_t m_overwritten = 0;
};

} // namespace wl::sources
