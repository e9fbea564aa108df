#pragma once

#include <optional>

#include <QSize>

#include "CodecParameters.h"
#include "Packet.h"

namespace wl::media {

// Learns a video stream's picture size from its parameter sets and a keyframe, with libavcodec's
// bitstream parser (no decoding). RTMP only sends the codec configuration record, while a muxer
// needs the size in the stream header.
class VideoSizeProbe {
public:
    // The coded picture's display size, or nothing when the parser cannot tell.
    static std::optional<QSize> probe(const CodecParameters& parameters, const Packet& keyframe);
    // Sets the size on `parameters` when it has none; true when a size is set afterwards.
    static bool fill(CodecParameters& parameters, const Packet& keyframe);
};

} // namespace wl::media
