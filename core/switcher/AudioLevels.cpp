#include "AudioLevels.h"

#include <algorithm>
#include <cmath>

namespace wl::switcher {

namespace {

double toDb(double amplitude) {
    if (amplitude <= 0)
        return AudioLevel::kSilenceDb;
    return std::max(AudioLevel::kSilenceDb, 20.0 * std::log10(amplitude));
}

} // namespace

AudioLevel AudioLevel::measure(const float* interleaved, std::size_t frames) {
    AudioLevel level;
    if (frames == 0)
        return level;
    for (std::size_t channel = 0; channel < 2; ++channel) {
        double peak = 0;
        double sumOfSquares = 0;
        for (std::size_t i = 0; i < frames; ++i) {
            const double sample = interleaved[i * 2 + channel];
            peak = std::max(peak, std::abs(sample));
            sumOfSquares += sample * sample;
        }
        level.channels[channel].peakDb = toDb(peak);
        level.channels[channel].rmsDb = toDb(std::sqrt(sumOfSquares / static_cast<double>(frames)));
    }
    return level;
}

} // namespace wl::switcher
