#pragma once

#include <cstdint>

#include "AvPointers.h"
#include "Frame.h"
#include "common/Expected.h"

namespace wl::media {

struct ResamplerSettings {
    int sampleRate = 48000;
    int channels = 2;
    AVSampleFormat format = AV_SAMPLE_FMT_FLT;
};

// Converts audio frames of any rate, channel layout and sample format to one output format with
// libswresample. When the input format changes mid-stream the converter is rebuilt; the few
// milliseconds it still held are dropped. Not thread-safe: one per stream.
class Resampler {
public:
    explicit Resampler(ResamplerSettings settings = {});

    Resampler(Resampler&&) noexcept = default;
    Resampler& operator=(Resampler&&) noexcept = default;
    ~Resampler() = default;

    // The converted samples available so far (possibly none: an empty Frame). pts is in
    // 1/outputRate, the input's pts minus what the converter holds back.
    Expected<Frame> convert(const Frame& input);
    // The samples still held back at the end of the stream (possibly none).
    Expected<Frame> drain();

    const ResamplerSettings& settings() const { return m_settings; }
    // How many times a converter was built (1 after the first frame, +1 per format change).
    int configurations() const { return m_configurations; }

private:
    struct InputFormat {
        int sampleRate = 0;
        int format = -1;
        int channels = 0;
        int order = -1;
        std::uint64_t mask = 0;
        bool operator==(const InputFormat&) const = default;
    };
    static InputFormat formatOf(const Frame& frame);
    Expected<void> configure(const Frame& input);
    Expected<Frame> run(const std::uint8_t** inputData, int inputSamples, std::int64_t pts,
                        std::int64_t arrivalUs);

    ResamplerSettings m_settings;
    SwrContextPtr m_context;
    InputFormat m_input;
    int m_configurations = 0;
    std::int64_t m_nextPts = 0;
    std::int64_t m_lastArrivalUs = 0;
};

} // namespace wl::media
