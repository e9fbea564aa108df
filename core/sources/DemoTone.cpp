#include "DemoTone.h"

#include <algorithm>
#include <cmath>
#include <numbers>

namespace wl::sources {

namespace {

// sin(2π·f·n/rate), with whole seconds and fractions reduced apart, so hours of samples keep
// their precision.
double sine(double frequency, std::int64_t sample, int rate) {
    const double wholeSeconds = std::fmod(frequency * static_cast<double>(sample / rate), 1.0);
    const double fraction = frequency * static_cast<double>(sample % rate) / rate;
    return std::sin(2.0 * std::numbers::pi * std::fmod(wholeSeconds + fraction, 1.0));
}

} // namespace

DemoTone::DemoTone(double frequencyHz, int sampleRate)
    : m_frequencyHz(frequencyHz)
    , m_sampleRate(std::max(sampleRate, 1)) {
}

float DemoTone::sampleAt(std::int64_t sample) const {
    const std::int64_t inSecond = sample % m_sampleRate;
    const auto beepSamples = static_cast<std::int64_t>(kBeepSeconds * m_sampleRate);
    if (inSecond < beepSamples) {
        const auto ramp = static_cast<double>(m_sampleRate) / 200; // 5 ms
        const double envelope = std::min({1.0, static_cast<double>(inSecond) / ramp,
                                          static_cast<double>(beepSamples - inSecond) / ramp});
        return static_cast<float>(kBeepLevel * envelope * sine(kBeepHz, sample, m_sampleRate));
    }
    return static_cast<float>(kToneLevel * sine(m_frequencyHz, sample, m_sampleRate));
}

Expected<void> DemoTone::render(media::Frame& frame, std::int64_t firstSample) const {
    const int channels = frame.channelCount();
    const bool planar = frame.sampleFormat() == AV_SAMPLE_FMT_FLTP;
    if (!planar && frame.sampleFormat() != AV_SAMPLE_FMT_FLT)
        return makeError(ErrorCode::InvalidArgument, "demo tone needs float samples",
                         "DemoTone::render");
    auto writable = frame.makeWritable();
    if (!writable)
        return writable;
    for (int i = 0; i < frame.sampleCount(); ++i) {
        const float value = sampleAt(firstSample + i);
        for (int channel = 0; channel < channels; ++channel) {
            if (planar)
                reinterpret_cast<float*>(frame.data(channel))[i] = value;
            else
                reinterpret_cast<float*>(frame.data(0))[i * channels + channel] = value;
        }
    }
    return {};
}

} // namespace wl::sources
