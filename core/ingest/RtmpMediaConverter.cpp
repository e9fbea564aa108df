#include "RtmpMediaConverter.h"

#include "media/LibAv.h"

namespace wl::ingest {

namespace {

AVCodecID videoCodecId(rtmp::VideoCodec codec) {
    switch (codec) {
    case rtmp::VideoCodec::H264:
        return AV_CODEC_ID_H264;
    case rtmp::VideoCodec::Hevc:
        return AV_CODEC_ID_HEVC;
    case rtmp::VideoCodec::Av1:
        return AV_CODEC_ID_AV1;
    case rtmp::VideoCodec::Vp9:
        return AV_CODEC_ID_VP9;
    case rtmp::VideoCodec::Vp8:
        return AV_CODEC_ID_VP8;
    }
    return AV_CODEC_ID_NONE;
}

AVCodecID audioCodecId(rtmp::AudioCodec codec) {
    switch (codec) {
    case rtmp::AudioCodec::Aac:
        return AV_CODEC_ID_AAC;
    case rtmp::AudioCodec::Mp3:
        return AV_CODEC_ID_MP3;
    case rtmp::AudioCodec::Opus:
        return AV_CODEC_ID_OPUS;
    case rtmp::AudioCodec::Flac:
        return AV_CODEC_ID_FLAC;
    case rtmp::AudioCodec::Ac3:
        return AV_CODEC_ID_AC3;
    case rtmp::AudioCodec::Eac3:
        return AV_CODEC_ID_EAC3;
    }
    return AV_CODEC_ID_NONE;
}

} // namespace

Expected<media::CodecParameters>
RtmpMediaConverter::videoConfig(const rtmp::VideoConfigReceived& event) {
    switch (event.codec) {
    case rtmp::VideoCodec::H264:
        return media::CodecParameters::forH264(event.config);
    case rtmp::VideoCodec::Hevc:
        return media::CodecParameters::forHevc(event.config);
    default:
        return media::CodecParameters::forCodec(videoCodecId(event.codec), event.config);
    }
}

Expected<media::CodecParameters>
RtmpMediaConverter::audioConfig(const rtmp::AudioConfigReceived& event) {
    if (event.codec == rtmp::AudioCodec::Aac)
        return media::CodecParameters::forAac(event.config, event.sampleRate, event.channels);
    return media::CodecParameters::forCodec(audioCodecId(event.codec), event.config);
}

Expected<media::Packet> RtmpMediaConverter::videoPacket(const rtmp::VideoFrameReceived& event,
                                                        std::int64_t arrivalUs) {
    auto packet = media::Packet::fromBytes(event.data, media::MediaKind::Video);
    if (!packet)
        return packet.error();
    packet->setTimeBase({1, 1000});
    packet->setDts(event.dtsMs);
    packet->setPts(event.dtsMs + event.ctsMs);
    packet->setKeyframe(event.keyframe);
    packet->setArrivalUs(arrivalUs);
    return packet;
}

Expected<media::Packet> RtmpMediaConverter::audioPacket(const rtmp::AudioFrameReceived& event,
                                                        std::int64_t arrivalUs) {
    auto packet = media::Packet::fromBytes(event.data, media::MediaKind::Audio);
    if (!packet)
        return packet.error();
    packet->setTimeBase({1, 1000});
    packet->setDts(event.timestampMs);
    packet->setPts(event.timestampMs);
    packet->setKeyframe(true);
    packet->setArrivalUs(arrivalUs);
    return packet;
}

} // namespace wl::ingest
