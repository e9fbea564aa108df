#include "MonitorAudioBuffer.h"

#include <algorithm>
#include <cstring>

namespace wl::switcher {

MonitorAudioBuffer::MonitorAudioBuffer(std::size_t capacityFrames)
    : m_samples(std::max<std::size_t>(1, capacityFrames) * kChannels)
    , m_capacityFrames(std::max<std::size_t>(1, capacityFrames)) {
}

void MonitorAudioBuffer::monitorAudio(const float* interleaved, std::size_t frames, ProgramTime) {
    std::lock_guard lock(m_mutex);
    m_stats.writtenFrames += frames;
    if (frames > m_capacityFrames) { // only the newest part of a huge write can be kept
        m_stats.droppedFrames += frames - m_capacityFrames;
        interleaved += (frames - m_capacityFrames) * kChannels;
        frames = m_capacityFrames;
    }
    const std::size_t room = m_capacityFrames - m_size;
    if (frames > room) {
        const std::size_t drop = frames - room;
        m_readFrame = (m_readFrame + drop) % m_capacityFrames;
        m_size -= drop;
        m_stats.droppedFrames += drop;
    }
    std::size_t writeFrame = (m_readFrame + m_size) % m_capacityFrames;
    std::size_t left = frames;
    while (left > 0) {
        const std::size_t chunk = std::min(left, m_capacityFrames - writeFrame);
        std::memcpy(m_samples.data() + writeFrame * kChannels, interleaved,
                    chunk * kChannels * sizeof(float));
        interleaved += chunk * kChannels;
        left -= chunk;
        writeFrame = (writeFrame + chunk) % m_capacityFrames;
    }
    m_size += frames;
}

std::size_t MonitorAudioBuffer::read(float* interleaved, std::size_t maxFrames) {
    std::lock_guard lock(m_mutex);
    const std::size_t frames = std::min(maxFrames, m_size);
    std::size_t left = frames;
    while (left > 0) {
        const std::size_t chunk = std::min(left, m_capacityFrames - m_readFrame);
        std::memcpy(interleaved, m_samples.data() + m_readFrame * kChannels,
                    chunk * kChannels * sizeof(float));
        interleaved += chunk * kChannels;
        left -= chunk;
        m_readFrame = (m_readFrame + chunk) % m_capacityFrames;
    }
    m_size -= frames;
    m_stats.readFrames += frames;
    m_stats.underrunFrames += maxFrames - frames;
    return frames;
}

std::size_t MonitorAudioBuffer::available() const {
    std::lock_guard lock(m_mutex);
    return m_size;
}

MonitorAudioBuffer::Stats MonitorAudioBuffer::stats() const {
    std::lock_guard lock(m_mutex);
    return m_stats;
}

void MonitorAudioBuffer::clear() {
    std::lock_guard lock(m_mutex);
    m_readFrame = 0;
    m_size = 0;
}

} // namespace wl::switcher
