#include "AudioRing.h"

#include <algorithm>

namespace wl::sources {

namespace {
std::int64_t framesToUs(std::uint64_t frames) {
    return static_cast<std::int64_t>(frames * 1'000'000 / AudioRing::kSampleRate);
}
} // namespace

std::int64_t AudioRing::oldestUsLocked() const {
    return m_baseUs + framesToUs(m_consumedSinceBase);
}

void AudioRing::consumeLocked(std::size_t frames) {
    m_readFrame = (m_readFrame + frames) % m_capacityFrames;
    m_size -= frames;
    m_consumedSinceBase += frames;
}

AudioRing::AudioRing(std::size_t capacityFrames)
    : m_samples(std::max<std::size_t>(1, capacityFrames) * kChannels)
    , m_capacityFrames(std::max<std::size_t>(1, capacityFrames)) {
}

void AudioRing::write(const float* interleaved, std::size_t frames, std::int64_t startUs) {
    std::lock_guard lock(m_mutex);
    if (frames > m_capacityFrames) {
        // Only the newest capacity's worth can be kept.
        const std::size_t skip = frames - m_capacityFrames;
        m_overwritten += skip;
        interleaved += skip * kChannels;
        startUs += framesToUs(skip);
        frames = m_capacityFrames;
    }
    const std::size_t overflow =
        m_size + frames > m_capacityFrames ? m_size + frames - m_capacityFrames : 0;
    if (overflow > 0) {
        consumeLocked(overflow);
        m_overwritten += overflow;
    }
    if (m_size == 0) {
        m_baseUs = startUs;
        m_consumedSinceBase = 0;
    }
    std::size_t writeFrame = (m_readFrame + m_size) % m_capacityFrames;
    std::size_t remaining = frames;
    while (remaining > 0) {
        const std::size_t run = std::min(remaining, m_capacityFrames - writeFrame);
        std::copy_n(interleaved, run * kChannels,
                    m_samples.begin() + static_cast<std::ptrdiff_t>(writeFrame * kChannels));
        interleaved += run * kChannels;
        writeFrame = (writeFrame + run) % m_capacityFrames;
        remaining -= run;
    }
    m_size += frames;
}

AudioRing::ReadResult AudioRing::read(float* interleaved, std::size_t maxFrames) {
    std::lock_guard lock(m_mutex);
    ReadResult result;
    result.frames = std::min(maxFrames, m_size);
    result.startUs = oldestUsLocked();
    std::size_t remaining = result.frames;
    while (remaining > 0) {
        const std::size_t run = std::min(remaining, m_capacityFrames - m_readFrame);
        std::copy_n(m_samples.begin() + static_cast<std::ptrdiff_t>(m_readFrame * kChannels),
                    run * kChannels, interleaved);
        interleaved += run * kChannels;
        consumeLocked(run);
        remaining -= run;
    }
    return result;
}

std::size_t AudioRing::available() const {
    std::lock_guard lock(m_mutex);
    return m_size;
}

std::uint64_t AudioRing::overwrittenFrames() const {
    std::lock_guard lock(m_mutex);
    return m_overwritten;
}

void AudioRing::clear() {
    std::lock_guard lock(m_mutex);
    m_size = 0;
    m_readFrame = 0;
}

} // namespace wl::sources
