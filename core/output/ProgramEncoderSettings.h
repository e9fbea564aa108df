#pragma once

#include <cstddef>
#include <string>

namespace wl::output {

struct ProgramEncoderSettings {
    int width = 1920;
    int height = 1080;
    int fps = 30;
    int videoBitrateKbps = 6000;
    std::string preset = "veryfast";
    int gopSeconds = 1;     // closed GOP: a keyframe every second, never in between
    int encoderThreads = 0; // 0 = libx264 decides
    int audioBitrateKbps = 128;
    // Beyond this the oldest waiting frame is dropped: half a second absorbs the encoder's
    // bursts on a busy laptop; every frame waiting adds its time to the stream's latency.
    std::size_t videoQueueFrames = 15;
    std::size_t audioQueueBlocks = 150; // about 5 s of program audio
};

} // namespace wl::output
