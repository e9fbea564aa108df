#pragma once

#include <cstdint>
#include <span>
#include <vector>

#include "MediaCodec.h"
#include "common/Expected.h"

namespace wl::rtmp {

// What a video message body carries.
enum class VideoPacketKind : std::uint8_t {
    SequenceHeader, // decoder configuration: avcC, hvcC, av1C or vpcC
    CodedFrame,     // length-prefixed NAL units (AVC/HEVC) or OBUs/frames (AV1/VP9)
    EndOfSequence,
    Metadata, // E-RTMP AMF metadata (colorInfo); the body holds the AMF bytes
    Command,  // legacy or E-RTMP video info/command frame; no picture
};

// A parsed FLV video tag body (RTMP video message, type 9): legacy VideoTagHeader with AVC (and
// the common non-standard CodecID 12 for HEVC), or the Enhanced RTMP ExVideoTagHeader with the
// FourCCs avc1, hvc1, av01, vp09 and vp08. The body bytes are copied.
struct FlvVideoTag {
    VideoCodec codec = VideoCodec::H264;
    VideoPacketKind kind = VideoPacketKind::CodedFrame;
    bool keyframe = false;
    bool enhanced = false;              // came with an ExVideoTagHeader
    std::int32_t compositionTimeMs = 0; // PTS - DTS, signed
    std::vector<std::uint8_t> data;

    // Unknown codecs and multitrack layouts give Unsupported; malformed bytes ProtocolViolation.
    static Expected<FlvVideoTag> parse(std::span<const std::uint8_t> payload);
};

} // namespace wl::rtmp
