#pragma once

#include <cstddef>

namespace wl::output {

struct HlsPackagerSettings {
    // Segments are cut at keyframes once they are this long (the encoder's GOP is 1 s).
    double segmentSeconds = 1.0;
    // Parts (LL-HLS partial segments) hold this much video; rounded to whole frames. hls.js is
    // unstable below 200 ms.
    double partSeconds = 1.0 / 3.0;
    // Complete segments listed in the playlists (the sliding window).
    std::size_t windowSegments = 6;
    // Segments that left the window stay downloadable this many more (players still fetching).
    std::size_t lingerSegments = 4;
    // Parts are listed for the segments of the last this many target durations (spec: ≥ 3).
    double partListSeconds = 3.0;
    // Packets waiting for the packager thread; beyond, new ones are dropped and the stream
    // resumes at the next keyframe with a discontinuity.
    std::size_t queuePackets = 1200;
    // After endStream(): the playlist ends once no packet came for this long (the encoder
    // drains its last frames first), or at the latest after endWaitMaxMs.
    int endQuietMs = 300;
    int endWaitMaxMs = 3000;
};

} // namespace wl::output
