#include "FlvAudioTag.h"

#include <array>
#include <string>

#include "ByteReader.h"

namespace wl::rtmp {

namespace {

constexpr std::uint8_t kMp3 = 2;
constexpr std::uint8_t kExHeader = 9;
constexpr std::uint8_t kAac = 10;
constexpr std::uint8_t kMp3At8kHz = 14;
constexpr std::array<int, 4> kLegacyRates = {5512, 11025, 22050, 44100};

enum ExPacketType : std::uint8_t {
    kSequenceStart = 0,
    kCodedFrames = 1,
    kSequenceEnd = 2,
    kMultichannelConfig = 4,
    kMultitrack = 5,
};

Error invalid(std::string message) {
    return makeError(ErrorCode::ProtocolViolation, std::move(message), "flv audio tag");
}

Error unsupported(std::string message) {
    return makeError(ErrorCode::Unsupported, std::move(message), "flv audio tag");
}

std::optional<AudioCodec> codecForFourCc(std::uint32_t code) {
    switch (code) {
    case fourCc("mp4a"):
        return AudioCodec::Aac;
    case fourCc("Opus"):
        return AudioCodec::Opus;
    case fourCc("fLaC"):
        return AudioCodec::Flac;
    case fourCc("ac-3"):
        return AudioCodec::Ac3;
    case fourCc("ec-3"):
        return AudioCodec::Eac3;
    case fourCc(".mp3"):
        return AudioCodec::Mp3;
    default:
        return std::nullopt;
    }
}

Expected<FlvAudioTag> parseEnhanced(ByteReader& in, std::uint8_t packetType) {
    if (packetType == kMultitrack)
        return unsupported("multitrack audio");
    const auto code = in.u32();
    if (!code)
        return invalid("truncated FourCC");
    const auto codec = codecForFourCc(*code);
    if (!codec)
        return unsupported("audio FourCC " + fourCcText(*code));
    FlvAudioTag tag;
    tag.enhanced = true;
    tag.codec = *codec;
    switch (packetType) {
    case kSequenceStart:
        tag.kind = AudioPacketKind::SequenceHeader;
        break;
    case kCodedFrames:
        tag.kind = AudioPacketKind::CodedFrame;
        break;
    case kSequenceEnd:
        tag.kind = AudioPacketKind::EndOfSequence;
        break;
    case kMultichannelConfig:
        tag.kind = AudioPacketKind::ChannelConfig;
        break;
    default:
        return unsupported("audio packet type " + std::to_string(packetType));
    }
    const auto rest = in.rest();
    tag.data.assign(rest.begin(), rest.end());
    return tag;
}

} // namespace

Expected<FlvAudioTag> FlvAudioTag::parse(std::span<const std::uint8_t> payload) {
    ByteReader in(payload);
    const auto first = in.u8();
    if (!first)
        return invalid("empty audio tag");
    const auto soundFormat = static_cast<std::uint8_t>(*first >> 4);
    if (soundFormat == kExHeader)
        return parseEnhanced(in, *first & 0x0F);

    FlvAudioTag tag;
    tag.legacySampleRate = kLegacyRates[(*first >> 2) & 0x03];
    tag.legacyChannels = (*first & 0x01) ? 2 : 1;
    if (soundFormat == kAac) {
        tag.codec = AudioCodec::Aac;
        const auto packetType = in.u8();
        if (!packetType)
            return invalid("AAC header shorter than 2 bytes");
        if (*packetType > 1)
            return invalid("AAC packet type " + std::to_string(*packetType));
        tag.kind = *packetType == 0 ? AudioPacketKind::SequenceHeader : AudioPacketKind::CodedFrame;
    } else if (soundFormat == kMp3 || soundFormat == kMp3At8kHz) {
        tag.codec = AudioCodec::Mp3;
        tag.kind = AudioPacketKind::CodedFrame;
        if (soundFormat == kMp3At8kHz)
            tag.legacySampleRate = 8000;
    } else {
        return unsupported("sound format " + std::to_string(soundFormat));
    }
    const auto rest = in.rest();
    tag.data.assign(rest.begin(), rest.end());
    return tag;
}

} // namespace wl::rtmp
