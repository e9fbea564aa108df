#pragma once

#include "media/CodecParameters.h"
#include "media/LibAv.h"

namespace wl::output {

// The encoded program's two streams, as a muxer needs them. Video packets carry the program
// frame number as pts (time base 1/fps); audio packets count samples (1/48000).
struct ProgramStreams {
    media::CodecParameters video;
    AVRational videoTimeBase{1, 30};
    media::CodecParameters audio;
    AVRational audioTimeBase{1, 48000};
};

} // namespace wl::output
