#pragma once

#include <cstdint>

#include <QString>

namespace wl::sources {

// One camera's statistics as of the last refresh (once a second).
struct CameraStats {
    QString videoCodec; // "h264", "hevc", … empty until configured
    int width = 0;
    int height = 0;
    double fps = 0;         // frames decoded per second
    double nominalFps = 0;  // the encoder's rate, from DTS spacing
    double bitrateKbps = 0; // audio + video payload arriving
    QString audioCodec;
    int audioSampleRate = 0;
    int audioChannels = 0;
    double keyframeIntervalS = 0;
    double jitterMs = 0;
    std::uint64_t videoPackets = 0;
    std::uint64_t audioPackets = 0;
    std::uint64_t framesDecoded = 0;
    std::uint64_t framesDropped = 0; // discarded before decoding (overflow, waiting for a keyframe)
    std::uint64_t framesLate = 0;    // decoded, but later than the late threshold after arrival
    std::uint64_t decodeErrors = 0;
    int reconnects = 0; // publishes after the first one
    int quality = 0;    // 0-100, see QualityScore.h
};

} // namespace wl::sources
