#pragma once

#include <cstddef>
#include <cstdint>
#include <mutex>
#include <vector>

#include "ProgramAudioTap.h"

namespace wl::switcher {

// The bounded buffer between the program thread (writer, through ProgramAudioTap) and an audio
// device's pull callback on its own thread (reader). The writer never waits for the reader: when
// the buffer is full the oldest samples are dropped and counted. A reader asking for more than
// is buffered gets what there is; the shortfall is counted as an underrun (it plays silence).
// Both sides hold the lock only for a copy of one tick or one device period.
class MonitorAudioBuffer : public ProgramAudioTap {
public:
    static constexpr int kSampleRate = 48000;
    static constexpr int kChannels = 2;

    struct Stats {
        std::uint64_t writtenFrames = 0;
        std::uint64_t readFrames = 0;
        std::uint64_t droppedFrames = 0;  // overwritten before the device read them
        std::uint64_t underrunFrames = 0; // asked for by the device, not there
    };

    // Default: 200 ms, enough for device periods and a late program tick.
    explicit MonitorAudioBuffer(std::size_t capacityFrames = kSampleRate / 5);

    void monitorAudio(const float* interleaved, std::size_t frames, ProgramTime at) override;

    // Copies up to `maxFrames` of the oldest frames into `interleaved`; returns the frames copied.
    std::size_t read(float* interleaved, std::size_t maxFrames);
    std::size_t available() const;
    std::size_t capacity() const { return m_capacityFrames; }
    Stats stats() const;
    void clear();

private:
    mutable std::mutex m_mutex;
    std::vector<float> m_samples;
    const std::size_t m_capacityFrames;
    std::size_t m_readFrame = 0;
    std::size_t m_size = 0;
    Stats m_stats;
};

} // namespace wl::switcher
