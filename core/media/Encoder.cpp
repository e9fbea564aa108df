#include "Encoder.h"

#include <string>

#include "AvDictionary.h"
#include "AvError.h"
#include "MediaLog.h"

namespace wl::media {

namespace {

Expected<AvCodecContextPtr> allocateContext(const std::string& codecName, const char* context,
                                            const AVCodec** codecOut) {
    const AVCodec* codec = avcodec_find_encoder_by_name(codecName.c_str());
    if (codec == nullptr)
        return makeError(ErrorCode::Unsupported, "no encoder named " + codecName, context);
    AvCodecContextPtr codecContext(avcodec_alloc_context3(codec));
    if (!codecContext)
        return makeError(ErrorCode::Internal, "out of memory", context);
    *codecOut = codec;
    return codecContext;
}

Expected<void> openContext(AVCodecContext& codecContext, const AVCodec& codec,
                           AvDictionary& options, const char* context) {
    const int status = avcodec_open2(&codecContext, &codec, options.slot());
    if (status < 0)
        return avError(status, std::string(context) + ": " + codec.name);
    for (const std::string& key : options.keys())
        qCWarning(lcMedia, "%s: option %s not used by %s", context, key.c_str(), codec.name);
    return {};
}

} // namespace

Expected<Encoder> Encoder::openVideo(const VideoEncoderSettings& settings) {
    constexpr const char* kContext = "Encoder::openVideo";
    if (settings.width <= 0 || settings.height <= 0 || settings.frameRate.num <= 0 ||
        settings.frameRate.den <= 0 || settings.bitrateKbps <= 0)
        return makeError(ErrorCode::InvalidArgument, "bad video encoder settings", kContext);
    const AVCodec* codec = nullptr;
    auto context = allocateContext(settings.codecName, kContext, &codec);
    if (!context)
        return context.error();
    AVCodecContext& c = **context;
    c.width = settings.width;
    c.height = settings.height;
    c.pix_fmt = settings.pixelFormat;
    c.sample_aspect_ratio = AVRational{1, 1};
    c.framerate = settings.frameRate;
    c.time_base = av_inv_q(settings.frameRate);
    c.gop_size = settings.gopFrames > 0 ? settings.gopFrames
                                        : (settings.frameRate.num + settings.frameRate.den - 1) /
                                              settings.frameRate.den;
    c.max_b_frames = 0;
    const std::int64_t bitrate = std::int64_t{settings.bitrateKbps} * 1000;
    c.bit_rate = bitrate;
    // A one-second VBV keeps the rate steady enough for a live upload.
    c.rc_max_rate = bitrate;
    c.rc_buffer_size = static_cast<int>(bitrate);
    c.thread_count = settings.threads;
    if (settings.globalHeader)
        c.flags |= AV_CODEC_FLAG_GLOBAL_HEADER;

    AvDictionary options(settings.options);
    if (!settings.preset.empty())
        options.set("preset", settings.preset);
    if (!settings.tune.empty())
        options.set("tune", settings.tune);
    if (!settings.profile.empty())
        options.set("profile", settings.profile);
    return finishOpening(std::move(*context), *codec, options, MediaKind::Video, kContext);
}

Expected<Encoder> Encoder::openAudio(const AudioEncoderSettings& settings) {
    constexpr const char* kContext = "Encoder::openAudio";
    if (settings.sampleRate <= 0 || settings.channels <= 0 || settings.bitrateKbps <= 0)
        return makeError(ErrorCode::InvalidArgument, "bad audio encoder settings", kContext);
    const AVCodec* codec = nullptr;
    auto context = allocateContext(settings.codecName, kContext, &codec);
    if (!context)
        return context.error();
    AVCodecContext& c = **context;
    // The first format the encoder lists is its native one (native AAC: planar float only).
    c.sample_fmt = codec->sample_fmts != nullptr ? codec->sample_fmts[0] : AV_SAMPLE_FMT_FLTP;
    c.sample_rate = settings.sampleRate;
    av_channel_layout_default(&c.ch_layout, settings.channels);
    c.time_base = AVRational{1, settings.sampleRate};
    c.bit_rate = std::int64_t{settings.bitrateKbps} * 1000;
    if (settings.globalHeader)
        c.flags |= AV_CODEC_FLAG_GLOBAL_HEADER;

    AvDictionary options(settings.options);
    return finishOpening(std::move(*context), *codec, options, MediaKind::Audio, kContext);
}

Expected<Encoder> Encoder::finishOpening(AvCodecContextPtr context, const AVCodec& codec,
                                         AvDictionary& options, MediaKind kind, const char* where) {
    auto opened = openContext(*context, codec, options, where);
    if (!opened)
        return opened.error();
    auto parameters = CodecParameters::fromCodecContext(*context);
    if (!parameters)
        return parameters.error();
    return Encoder(std::move(context), std::move(*parameters), kind);
}

Encoder::Encoder(AvCodecContextPtr context, CodecParameters parameters, MediaKind kind)
    : m_context(std::move(context))
    , m_parameters(std::move(parameters))
    , m_kind(kind) {
}

Expected<void> Encoder::checkFrame(const Frame& frame) const {
    constexpr const char* kContext = "Encoder::send";
    if (frame.isEmpty())
        return makeError(ErrorCode::InvalidArgument, "empty frame (use drain())", kContext);
    if (frame.kind() != m_kind)
        return makeError(ErrorCode::InvalidArgument, "frame kind does not match encoder", kContext);
    if (m_kind == MediaKind::Video) {
        if (frame.width() != m_context->width || frame.height() != m_context->height ||
            frame.pixelFormat() != m_context->pix_fmt)
            return makeError(ErrorCode::InvalidArgument,
                             "video frame size or pixel format differs from the encoder's",
                             kContext);
        return {};
    }
    if (frame.sampleRate() != m_context->sample_rate ||
        frame.channelCount() != m_context->ch_layout.nb_channels ||
        frame.sampleFormat() != m_context->sample_fmt)
        return makeError(ErrorCode::InvalidArgument,
                         "audio frame rate, channels or sample format differs from the encoder's",
                         kContext);
    const bool variableSize =
        (m_context->codec->capabilities & AV_CODEC_CAP_VARIABLE_FRAME_SIZE) != 0;
    if (!variableSize && m_context->frame_size > 0 && frame.sampleCount() > m_context->frame_size)
        return makeError(ErrorCode::InvalidArgument,
                         "audio frame has more samples than audioFrameSize()", kContext);
    return {};
}

Expected<void> Encoder::send(const Frame& frame) {
    auto valid = checkFrame(frame);
    if (!valid)
        return valid;
    // A shallow copy: the buffers are shared, the metadata we adjust is ours.
    Frame input = frame;
    AVFrame* av = input.av();
    if (av->pts != kNoPts)
        av->pts = av_rescale_q(av->pts, frame.timeBase(), m_context->time_base);
    av->time_base = m_context->time_base;
    // libx264 turns a decoded frame's I type into a keyframe; only explicit requests may.
    av->pict_type = m_keyframeRequested ? AV_PICTURE_TYPE_I : AV_PICTURE_TYPE_NONE;
    m_keyframeRequested = false;

    const int status = avcodec_send_frame(m_context.get(), av);
    if (status < 0)
        return avError(status, "Encoder::send");
    m_arrivals.noteInput(av->pts, frame.arrivalUs());
    return {};
}

Expected<std::optional<Packet>> Encoder::receive() {
    AvPacketPtr packet(av_packet_alloc());
    if (!packet)
        return makeError(ErrorCode::Internal, "out of memory", "Encoder::receive");
    const int status = avcodec_receive_packet(m_context.get(), packet.get());
    if (status == kAvErrorAgain || status == kAvErrorEof)
        return std::optional<Packet>();
    if (status < 0)
        return avError(status, "Encoder::receive");
    packet->time_base = m_context->time_base;
    const std::int64_t arrivalUs = m_arrivals.takeForOutput(packet->pts);
    Packet result = Packet::adopt(std::move(packet), m_kind, m_context->time_base);
    result.setArrivalUs(arrivalUs);
    return std::optional<Packet>(std::move(result));
}

Expected<std::vector<Packet>> Encoder::encode(const Frame& frame) {
    auto sent = send(frame);
    if (!sent)
        return sent.error();
    return receiveAll();
}

Expected<std::vector<Packet>> Encoder::drain() {
    const int status = avcodec_send_frame(m_context.get(), nullptr);
    if (status < 0 && status != kAvErrorEof)
        return avError(status, "Encoder::drain");
    return receiveAll();
}

AVRational Encoder::timeBase() const {
    return m_context->time_base;
}

int Encoder::audioFrameSize() const {
    return m_kind == MediaKind::Audio ? m_context->frame_size : 0;
}

AVSampleFormat Encoder::sampleFormat() const {
    return m_kind == MediaKind::Audio ? m_context->sample_fmt : AV_SAMPLE_FMT_NONE;
}

AVPixelFormat Encoder::pixelFormat() const {
    return m_kind == MediaKind::Video ? m_context->pix_fmt : AV_PIX_FMT_NONE;
}

Expected<std::vector<Packet>> Encoder::receiveAll() {
    std::vector<Packet> packets;
    for (;;) {
        auto packet = receive();
        if (!packet)
            return packet.error();
        if (!packet->has_value())
            return packets;
        packets.push_back(std::move(**packet));
    }
}

} // namespace wl::media
