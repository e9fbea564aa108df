#include "FlvVideoTag.h"

#include <string>

#include "ByteReader.h"

namespace wl::rtmp {

namespace {

constexpr std::uint8_t kKeyFrame = 1;
constexpr std::uint8_t kCommandFrame = 5;
constexpr std::uint8_t kLegacyAvc = 7;
constexpr std::uint8_t kLegacyHevc = 12; // not in the FLV spec, but widely sent

enum ExPacketType : std::uint8_t {
    kSequenceStart = 0,
    kCodedFrames = 1,
    kSequenceEnd = 2,
    kCodedFramesX = 3,
    kMetadata = 4,
    kMultitrack = 6,
};
constexpr std::uint8_t kOneTrack = 0;

Error invalid(std::string message) {
    return makeError(ErrorCode::ProtocolViolation, std::move(message), "flv video tag");
}

Error unsupported(std::string message) {
    return makeError(ErrorCode::Unsupported, std::move(message), "flv video tag");
}

void copyRest(const ByteReader& in, FlvVideoTag& tag) {
    const auto rest = in.rest();
    tag.data.assign(rest.begin(), rest.end());
}

Expected<FlvVideoTag> parseLegacy(ByteReader& in, std::uint8_t frameType, std::uint8_t codecId) {
    FlvVideoTag tag;
    tag.keyframe = frameType == kKeyFrame;
    if (codecId == kLegacyAvc)
        tag.codec = VideoCodec::H264;
    else if (codecId == kLegacyHevc)
        tag.codec = VideoCodec::Hevc;
    else
        return unsupported("video codec id " + std::to_string(codecId));
    if (frameType == kCommandFrame) {
        tag.kind = VideoPacketKind::Command;
        copyRest(in, tag);
        return tag;
    }
    const auto packetType = in.u8();
    const auto compositionTime = in.s24();
    if (!packetType || !compositionTime)
        return invalid("AVC header shorter than 5 bytes");
    switch (*packetType) {
    case 0:
        tag.kind = VideoPacketKind::SequenceHeader;
        break;
    case 1:
        tag.kind = VideoPacketKind::CodedFrame;
        tag.compositionTimeMs = *compositionTime;
        break;
    case 2:
        tag.kind = VideoPacketKind::EndOfSequence;
        break;
    default:
        return invalid("AVC packet type " + std::to_string(*packetType));
    }
    copyRest(in, tag);
    return tag;
}

std::optional<VideoCodec> codecForFourCc(std::uint32_t code) {
    switch (code) {
    case fourCc("avc1"):
        return VideoCodec::H264;
    case fourCc("hvc1"):
        return VideoCodec::Hevc;
    case fourCc("av01"):
        return VideoCodec::Av1;
    case fourCc("vp09"):
        return VideoCodec::Vp9;
    case fourCc("vp08"):
        return VideoCodec::Vp8;
    default:
        return std::nullopt;
    }
}

Expected<FlvVideoTag> parseEnhanced(ByteReader& in, std::uint8_t frameType,
                                    std::uint8_t packetType) {
    FlvVideoTag tag;
    tag.enhanced = true;
    tag.keyframe = frameType == kKeyFrame;
    if (packetType != kMetadata && frameType == kCommandFrame) {
        // A command frame carries one command byte and no FourCC.
        tag.kind = VideoPacketKind::Command;
        copyRest(in, tag);
        return tag;
    }
    const bool multitrack = packetType == kMultitrack;
    if (multitrack) {
        const auto layout = in.u8();
        if (!layout)
            return invalid("truncated multitrack header");
        // Only the one-track layout is a plain stream in disguise.
        if ((*layout >> 4) != kOneTrack)
            return unsupported("multitrack video with several tracks");
        packetType = *layout & 0x0F;
        if (packetType == kMultitrack)
            return invalid("nested multitrack packet type");
    }
    const auto code = in.u32();
    if (!code)
        return invalid("truncated FourCC");
    const auto codec = codecForFourCc(*code);
    if (!codec)
        return unsupported("video FourCC " + fourCcText(*code));
    tag.codec = *codec;
    if (multitrack && !in.u8())
        return invalid("truncated track id");

    switch (packetType) {
    case kSequenceStart:
        tag.kind = VideoPacketKind::SequenceHeader;
        break;
    case kCodedFrames:
        tag.kind = VideoPacketKind::CodedFrame;
        // Only codecs with B-frames in FLV carry a composition time here.
        if (tag.codec == VideoCodec::H264 || tag.codec == VideoCodec::Hevc) {
            const auto compositionTime = in.s24();
            if (!compositionTime)
                return invalid("truncated composition time");
            tag.compositionTimeMs = *compositionTime;
        }
        break;
    case kCodedFramesX:
        tag.kind = VideoPacketKind::CodedFrame;
        break;
    case kSequenceEnd:
        tag.kind = VideoPacketKind::EndOfSequence;
        break;
    case kMetadata:
        tag.kind = VideoPacketKind::Metadata;
        tag.keyframe = false; // the frame type is meaningless for metadata
        break;
    default:
        return unsupported("video packet type " + std::to_string(packetType));
    }
    copyRest(in, tag);
    return tag;
}

} // namespace

Expected<FlvVideoTag> FlvVideoTag::parse(std::span<const std::uint8_t> payload) {
    ByteReader in(payload);
    const auto first = in.u8();
    if (!first)
        return invalid("empty video tag");
    const bool exHeader = (*first & 0x80) != 0;
    if (!exHeader)
        return parseLegacy(in, static_cast<std::uint8_t>(*first >> 4), *first & 0x0F);
    return parseEnhanced(in, static_cast<std::uint8_t>((*first >> 4) & 0x07), *first & 0x0F);
}

} // namespace wl::rtmp
