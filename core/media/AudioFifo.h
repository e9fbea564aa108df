#pragma once

#include <cstdint>
#include <optional>

#include "AvPointers.h"
#include "Frame.h"
#include "common/Expected.h"

namespace wl::media {

// Re-blocks audio into frames of a fixed sample count (AAC wants exactly 1024 per frame) with
// libavutil's AVAudioFifo. Output pts continue from the first frame pushed (its pts, in samples;
// 0 if it has none) and then count samples, so the encoded stream has no gaps or overlaps
// whatever the input block size. Not thread-safe: one owner.
class AudioFifo {
public:
    AudioFifo(int sampleRate, int channels, AVSampleFormat format);

    // The frame must match the FIFO's rate, channel count and sample format.
    Expected<void> push(const Frame& frame);
    // A frame of exactly `sampleCount` samples, or nothing while fewer are buffered.
    Expected<std::optional<Frame>> pop(int sampleCount);
    // Whatever is left (fewer than a full frame), for the end of a stream.
    Expected<std::optional<Frame>> popRemainder();
    int buffered() const;

private:
    Expected<Frame> take(int sampleCount);

    int m_sampleRate;
    int m_channels;
    AVSampleFormat m_format;
    AvAudioFifoPtr m_fifo;
    std::int64_t m_nextPts = 0;
    bool m_started = false;
    std::int64_t m_lastArrivalUs = 0;
};

} // namespace wl::media
