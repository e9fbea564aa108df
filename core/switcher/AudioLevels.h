#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <vector>

#include <QString>

namespace wl::switcher {

// Meter readings over the last program tick, in dBFS (0 = full scale); kSilenceDb for silence.
struct AudioLevel {
    static constexpr double kSilenceDb = -120.0;
    struct Channel {
        double peakDb = kSilenceDb;
        double rmsDb = kSilenceDb; // a full-scale sine reads −3 dBFS
    };
    std::array<Channel, 2> channels; // left, right

    // Measures interleaved stereo samples.
    static AudioLevel measure(const float* interleaved, std::size_t frames);
};

struct CameraAudioLevel {
    QString cameraId;
    AudioLevel level;                // after the camera's gain, before the mix
    std::uint64_t droppedFrames = 0; // audio thrown away: too much buffered (clock ahead, burst)
    std::uint64_t silenceFrames = 0; // silence put in: too little buffered (starved, priming)
};

struct AudioLevels {
    AudioLevel program;
    std::vector<CameraAudioLevel> cameras; // in the order of the last mix() inputs
};

} // namespace wl::switcher
