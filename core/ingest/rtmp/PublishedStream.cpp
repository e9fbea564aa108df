#include "PublishedStream.h"

#include <string_view>

#include "AacAudioSpecificConfig.h"
#include "AvcDecoderConfig.h"
#include "CommandMessage.h"
#include "FlvAudioTag.h"
#include "FlvVideoTag.h"
#include "HevcDecoderConfig.h"

namespace wl::rtmp {

namespace {

constexpr std::string_view kOpusHeadMagic = "OpusHead";
constexpr int kOpusSampleRate = 48000; // Opus always decodes at 48 kHz

std::string mediaContext(std::string_view kind, const RtmpMessage& message) {
    return std::string(kind) + " msid=" + std::to_string(message.streamId) +
           " ts=" + std::to_string(message.wireTimestamp);
}

} // namespace

PublishedStream::PublishedStream(std::uint32_t streamId, std::string streamKey,
                                 Amf0Limits amf0Limits)
    : m_streamId(streamId)
    , m_streamKey(std::move(streamKey))
    , m_amf0Limits(amf0Limits) {
}

void PublishedStream::warnOnce(bool& warned, const Error& error,
                               std::vector<ProtocolEvent>& events) {
    if (warned)
        return;
    warned = true;
    events.push_back(StreamWarning{error.toString() + "; dropping that media"});
}

Expected<void> PublishedStream::handleVideo(const RtmpMessage& message,
                                            std::vector<ProtocolEvent>& events) {
    if (message.payload.empty())
        return {}; // some encoders send empty keep-alive tags
    auto tag = FlvVideoTag::parse(message.payload);
    if (!tag) {
        if (tag.error().code != ErrorCode::Unsupported)
            return tag.error().wrapped(mediaContext("video", message));
        warnOnce(m_warnedVideo, tag.error(), events);
        return {};
    }
    switch (tag->kind) {
    case VideoPacketKind::SequenceHeader: {
        auto config = videoConfig(tag->codec, std::move(tag->data));
        if (!config)
            return config.error().wrapped(mediaContext("video", message));
        events.push_back(std::move(config).value());
        return {};
    }
    case VideoPacketKind::CodedFrame: {
        // Advance the clock even for empty frames, so the time line sees every step.
        const std::int64_t dts = m_videoClock.unwrap(message.wireTimestamp);
        if (tag->data.empty())
            return {};
        events.push_back(VideoFrameReceived{tag->codec, dts, tag->compositionTimeMs, tag->keyframe,
                                            std::move(tag->data)});
        return {};
    }
    case VideoPacketKind::EndOfSequence:
    case VideoPacketKind::Metadata:
    case VideoPacketKind::Command:
        return {};
    }
    return {};
}

Expected<VideoConfigReceived> PublishedStream::videoConfig(VideoCodec codec,
                                                           std::vector<std::uint8_t> data) const {
    VideoConfigReceived config{codec, {}, 0};
    if (codec == VideoCodec::H264) {
        const auto avc = AvcDecoderConfig::parse(data);
        if (!avc)
            return avc.error();
        config.naluLengthSize = avc->naluLengthSize;
    } else if (codec == VideoCodec::Hevc) {
        const auto hevc = HevcDecoderConfig::parse(data);
        if (!hevc)
            return hevc.error();
        config.naluLengthSize = hevc->naluLengthSize;
    } else if (codec == VideoCodec::Av1 && (data.size() < 4 || (data[0] & 0x80) == 0)) {
        // av1C starts with marker bit 1 and version 1 in a 4-byte header.
        return makeError(ErrorCode::ProtocolViolation, "malformed av1C", "av1C");
    }
    config.config = std::move(data);
    return config;
}

Expected<void> PublishedStream::handleAudio(const RtmpMessage& message,
                                            std::vector<ProtocolEvent>& events) {
    if (message.payload.empty())
        return {};
    auto tag = FlvAudioTag::parse(message.payload);
    if (!tag) {
        if (tag.error().code != ErrorCode::Unsupported)
            return tag.error().wrapped(mediaContext("audio", message));
        warnOnce(m_warnedAudio, tag.error(), events);
        return {};
    }
    switch (tag->kind) {
    case AudioPacketKind::SequenceHeader: {
        auto config = audioConfig(tag->codec, std::move(tag->data));
        if (!config)
            return config.error().wrapped(mediaContext("audio", message));
        events.push_back(std::move(config).value());
        return {};
    }
    case AudioPacketKind::CodedFrame: {
        const std::int64_t timestamp = m_audioClock.unwrap(message.wireTimestamp);
        if (tag->data.empty())
            return {};
        events.push_back(AudioFrameReceived{tag->codec, timestamp, std::move(tag->data)});
        return {};
    }
    case AudioPacketKind::EndOfSequence:
    case AudioPacketKind::ChannelConfig:
        return {};
    }
    return {};
}

Expected<AudioConfigReceived> PublishedStream::audioConfig(AudioCodec codec,
                                                           std::vector<std::uint8_t> data) const {
    AudioConfigReceived config{codec, {}, 0, 0};
    if (codec == AudioCodec::Aac) {
        const auto asc = AacAudioSpecificConfig::parse(data);
        if (!asc)
            return asc.error();
        config.sampleRate = static_cast<int>(asc->outputSampleRate());
        config.channels = asc->channels;
    } else if (codec == AudioCodec::Opus) {
        config.sampleRate = kOpusSampleRate;
        // OpusHead: magic(8) version(1) channel count(1) ...
        const std::string_view head(reinterpret_cast<const char*>(data.data()), data.size());
        if (head.size() >= 10 && head.substr(0, kOpusHeadMagic.size()) == kOpusHeadMagic)
            config.channels = static_cast<std::uint8_t>(head[9]);
    }
    config.config = std::move(data);
    return config;
}

Expected<void> PublishedStream::handleData(const RtmpMessage& message,
                                           std::vector<ProtocolEvent>& events) {
    Amf0Reader reader(amf0Body(message), m_amf0Limits);
    auto values = reader.readAll();
    if (!values)
        return values.error().wrapped(mediaContext("data", message));
    std::size_t next = 0;
    // FFmpeg and OBS send "@setDataFrame", "onMetaData", {...}; older tools omit the first.
    if (next < values->size() && (*values)[next].asString() == "@setDataFrame")
        ++next;
    if (next + 1 >= values->size() || (*values)[next].asString() != "onMetaData")
        return {}; // other data messages (cue points, text) are not needed
    const Amf0Value& table = (*values)[next + 1];
    MetadataReceived metadata;
    for (const Amf0Property& property : table.properties()) {
        switch (property.value.type()) {
        case Amf0Type::Number:
            metadata.entries.emplace_back(property.name, property.value.asNumber());
            break;
        case Amf0Type::String:
            metadata.entries.emplace_back(property.name, property.value.asString());
            break;
        case Amf0Type::Boolean:
            metadata.entries.emplace_back(property.name, property.value.asBoolean());
            break;
        default:
            break; // nested values are not hints anyone uses
        }
    }
    events.push_back(std::move(metadata));
    return {};
}

} // namespace wl::rtmp
