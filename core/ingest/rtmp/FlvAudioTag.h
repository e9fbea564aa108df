#pragma once

#include <cstdint>
#include <span>
#include <vector>

#include "MediaCodec.h"
#include "common/Expected.h"

namespace wl::rtmp {

enum class AudioPacketKind : std::uint8_t {
    SequenceHeader, // AAC AudioSpecificConfig or the E-RTMP codec's configuration
    CodedFrame,
    EndOfSequence,
    ChannelConfig, // E-RTMP multichannel configuration; informative only
};

// A parsed FLV audio tag body (RTMP audio message, type 8): legacy AudioTagHeader with AAC or MP3,
// or the Enhanced RTMP ExAudioTagHeader (FourCCs mp4a, Opus, fLaC, ac-3, ec-3, .mp3).
struct FlvAudioTag {
    AudioCodec codec = AudioCodec::Aac;
    AudioPacketKind kind = AudioPacketKind::CodedFrame;
    bool enhanced = false;
    // From the legacy header's rate/type bits (MP3 needs nothing else); 0 when not given.
    int legacySampleRate = 0;
    int legacyChannels = 0;
    std::vector<std::uint8_t> data;

    // Unknown codecs and multitrack audio give Unsupported; malformed bytes ProtocolViolation.
    static Expected<FlvAudioTag> parse(std::span<const std::uint8_t> payload);
};

} // namespace wl::rtmp
