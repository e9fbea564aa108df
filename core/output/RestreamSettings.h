#pragma once

#include <chrono>
#include <cstddef>

namespace wl::output {

// Limits and timing of each RTMP restream destination.
struct RestreamSettings {
    // Packets waiting for the network; about 8 s of a 30 fps program with its audio.
    std::size_t queuePackets = 600;
    // And at most this many payload bytes (a 6 Mb/s program for ~10 s).
    std::size_t queueBytes = 8 * 1024 * 1024;
    // Reconnect delays: first, doubled after each failure, capped.
    std::chrono::milliseconds backoffInitial{1000};
    std::chrono::milliseconds backoffMax{30000};
    // Consecutive failures before a destination gives up ("failed"); 0 = never.
    int maxFailures = 30;
    // The longest one connect, header or packet write may block before it counts as a failure.
    std::chrono::milliseconds ioTimeout{10000};
    // A new connection waits this long for a keyframe before it asks the encoder again.
    std::chrono::milliseconds keyframeWait{2000};
    // The bitrate shown is averaged over this window.
    std::chrono::seconds bitrateWindow{5};
};

} // namespace wl::output
