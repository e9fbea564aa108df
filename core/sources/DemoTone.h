#pragma once

#include <cstdint>

#include "common/Expected.h"
#include "media/Frame.h"

namespace wl::sources {

// The demo cameras' sound: a steady sine at a per-camera frequency, replaced for the first 50 ms
// of every second by a louder 3 kHz beep (with 5 ms ramps, so it does not click). The beep
// starts exactly on the whole second of media time, like the picture's flash, which makes A/V
// offsets measurable.
class DemoTone {
public:
    static constexpr double kBeepHz = 3000.0;
    static constexpr double kBeepSeconds = 0.05;
    static constexpr float kToneLevel = 0.2F;
    static constexpr float kBeepLevel = 0.6F;

    DemoTone(double frequencyHz, int sampleRate);

    // Fills a planar or interleaved float frame; `firstSample` counts from media time zero.
    Expected<void> render(media::Frame& frame, std::int64_t firstSample) const;
    float sampleAt(std::int64_t sample) const;

private:
    double m_frequencyHz;
    int m_sampleRate;
};

} // namespace wl::sources
