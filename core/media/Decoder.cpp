#include "Decoder.h"

#include <string>

#include "AvError.h"

namespace wl::media {

Expected<Decoder> Decoder::open(const CodecParameters& parameters, DecoderSettings settings) {
    const AVCodec* codec = avcodec_find_decoder(parameters.codecId());
    if (codec == nullptr)
        return makeError(ErrorCode::Unsupported,
                         "no decoder for " + std::string(parameters.codecName()), "Decoder::open");
    AvCodecContextPtr context(avcodec_alloc_context3(codec));
    if (!context)
        return makeError(ErrorCode::Internal, "out of memory", "Decoder::open");
    int status = avcodec_parameters_to_context(context.get(), parameters.av());
    if (status < 0)
        return avError(status, "Decoder::open: parameters");

    context->thread_count = settings.threads > 0 ? settings.threads : 1;
    if (parameters.kind() == MediaKind::Video) {
        context->thread_type = FF_THREAD_SLICE;
        if (settings.lowDelay)
            context->flags |= AV_CODEC_FLAG_LOW_DELAY;
    }
    context->pkt_timebase = AVRational{1, 1000};

    status = avcodec_open2(context.get(), codec, nullptr);
    if (status < 0)
        return avError(status, "Decoder::open: " + std::string(parameters.codecName()));
    return Decoder(std::move(context), parameters);
}

Decoder::Decoder(AvCodecContextPtr context, CodecParameters parameters)
    : m_context(std::move(context))
    , m_parameters(std::move(parameters))
    , m_kind(m_parameters.kind()) {
}

Expected<void> Decoder::send(const Packet& packet) {
    if (packet.isEmpty())
        return makeError(ErrorCode::InvalidArgument, "empty packet (use drain())", "Decoder::send");
    m_timeBase = packet.timeBase();
    m_context->pkt_timebase = m_timeBase;
    const int status = avcodec_send_packet(m_context.get(), packet.av());
    if (status < 0)
        return avError(status, "Decoder::send");
    m_arrivals.noteInput(packet.pts(), packet.arrivalUs());
    return {};
}

Expected<std::optional<Frame>> Decoder::receive() {
    AvFramePtr frame(av_frame_alloc());
    if (!frame)
        return makeError(ErrorCode::Internal, "out of memory", "Decoder::receive");
    const int status = avcodec_receive_frame(m_context.get(), frame.get());
    if (status == kAvErrorAgain || status == kAvErrorEof)
        return std::optional<Frame>();
    if (status < 0)
        return avError(status, "Decoder::receive");

    // best_effort_timestamp covers decoders that leave pts unset.
    if (frame->pts == kNoPts)
        frame->pts = frame->best_effort_timestamp;
    frame->time_base = m_timeBase;
    const std::int64_t arrivalUs = m_arrivals.takeForOutput(frame->pts);
    Frame result = Frame::adopt(std::move(frame), m_kind, m_timeBase);
    result.setArrivalUs(arrivalUs);
    ++m_frameCount;
    return std::optional<Frame>(std::move(result));
}

Expected<std::vector<Frame>> Decoder::decode(const Packet& packet) {
    auto sent = send(packet);
    if (!sent)
        return sent.error();
    return receiveAll();
}

Expected<std::vector<Frame>> Decoder::drain() {
    const int status = avcodec_send_packet(m_context.get(), nullptr);
    if (status < 0 && status != kAvErrorEof)
        return avError(status, "Decoder::drain");
    auto frames = receiveAll();
    flush();
    return frames;
}

void Decoder::flush() {
    avcodec_flush_buffers(m_context.get());
    m_arrivals.clear();
}

Expected<std::vector<Frame>> Decoder::receiveAll() {
    std::vector<Frame> frames;
    for (;;) {
        auto frame = receive();
        if (!frame)
            return frame.error();
        if (!frame->has_value())
            return frames;
        frames.push_back(std::move(**frame));
    }
}

} // namespace wl::media
