#include "MonitorAudioDevice.h"

#include <algorithm>
#include <cmath>
#include <cstring>

namespace wl::widgets {

MonitorAudioDevice::MonitorAudioDevice(std::shared_ptr<switcher::MonitorAudioBuffer> buffer,
                                       QAudioFormat format, QObject* parent)
    : QIODevice(parent)
    , m_buffer(std::move(buffer))
    , m_format(format) {
}

qint64 MonitorAudioDevice::bytesAvailable() const {
    // Always a full period: what is missing is played as silence.
    return static_cast<qint64>(m_format.bytesForDuration(100'000)) + QIODevice::bytesAvailable();
}

qint64 MonitorAudioDevice::readData(char* data, qint64 maxSize) {
    const int bytesPerFrame = m_format.bytesPerFrame();
    if (bytesPerFrame <= 0 || maxSize < bytesPerFrame)
        return 0;
    const auto frames = static_cast<std::size_t>(maxSize / bytesPerFrame);
    constexpr int kChannels = switcher::MonitorAudioBuffer::kChannels;
    m_scratch.assign(frames * kChannels, 0.0f);
    m_buffer->read(m_scratch.data(), frames);

    const int channels = m_format.channelCount();
    for (std::size_t frame = 0; frame < frames; ++frame) {
        for (int channel = 0; channel < channels; ++channel) {
            // Mono devices get the left channel; more channels than two repeat the pair.
            const float sample = m_scratch[frame * kChannels + (channel % kChannels)];
            char* out = data + frame * bytesPerFrame + channel * m_format.bytesPerSample();
            if (m_format.sampleFormat() == QAudioFormat::Float) {
                std::memcpy(out, &sample, sizeof(float));
            } else {
                const auto value =
                    static_cast<qint16>(std::lround(std::clamp(sample, -1.0f, 1.0f) * 32767.0f));
                std::memcpy(out, &value, sizeof(qint16));
            }
        }
    }
    return static_cast<qint64>(frames) * bytesPerFrame;
}

qint64 MonitorAudioDevice::writeData(const char*, qint64) {
    return -1; // read-only
}

} // namespace wl::widgets
