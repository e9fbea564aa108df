#include "Demuxer.h"

#include "AvDictionary.h"
#include "AvError.h"

namespace wl::media {

Expected<Demuxer> Demuxer::open(DemuxerSettings settings) {
    constexpr const char* kContext = "Demuxer::open";
    if (settings.url.empty())
        return makeError(ErrorCode::InvalidArgument, "no input url", kContext);
    if (!settings.interrupt)
        settings.interrupt = std::make_shared<IoInterrupt>();
    const AVInputFormat* format = nullptr;
    if (!settings.formatName.empty()) {
        format = av_find_input_format(settings.formatName.c_str());
        if (format == nullptr)
            return makeError(ErrorCode::Unsupported, "unknown format " + settings.formatName,
                             kContext);
    }
    AVFormatContext* raw = avformat_alloc_context();
    if (raw == nullptr)
        return makeError(ErrorCode::Internal, "out of memory", kContext);
    raw->interrupt_callback = settings.interrupt->callback();
    AvDictionary options(settings.options);
    // On failure avformat_open_input frees the context itself.
    int status = avformat_open_input(&raw, settings.url.c_str(), format, options.slot());
    if (status < 0)
        return avError(status, std::string(kContext) + ": " + settings.url, ErrorCode::IoFailure);
    AvInputFormatContextPtr context(raw);
    status = avformat_find_stream_info(context.get(), nullptr);
    if (status < 0)
        return avError(status, std::string(kContext) + ": stream info", ErrorCode::IoFailure);
    return Demuxer(std::move(context), std::move(settings.interrupt));
}

Demuxer::Demuxer(AvInputFormatContextPtr context, std::shared_ptr<IoInterrupt> interrupt)
    : m_interrupt(std::move(interrupt))
    , m_context(std::move(context)) {
}

int Demuxer::streamCount() const {
    return static_cast<int>(m_context->nb_streams);
}

Expected<CodecParameters> Demuxer::streamParameters(int streamIndex) const {
    if (streamIndex < 0 || streamIndex >= streamCount())
        return makeError(ErrorCode::InvalidArgument, "no such stream", "Demuxer");
    return CodecParameters::fromAv(*m_context->streams[streamIndex]->codecpar);
}

std::optional<MediaKind> Demuxer::streamKind(int streamIndex) const {
    if (streamIndex < 0 || streamIndex >= streamCount())
        return std::nullopt;
    switch (m_context->streams[streamIndex]->codecpar->codec_type) {
    case AVMEDIA_TYPE_VIDEO:
        return MediaKind::Video;
    case AVMEDIA_TYPE_AUDIO:
        return MediaKind::Audio;
    default:
        return std::nullopt;
    }
}

AVRational Demuxer::streamTimeBase(int streamIndex) const {
    if (streamIndex < 0 || streamIndex >= streamCount())
        return AVRational{0, 1};
    return m_context->streams[streamIndex]->time_base;
}

int Demuxer::bestStream(MediaKind kind) const {
    const AVMediaType type = kind == MediaKind::Video ? AVMEDIA_TYPE_VIDEO : AVMEDIA_TYPE_AUDIO;
    const int index = av_find_best_stream(m_context.get(), type, -1, -1, nullptr, 0);
    return index < 0 ? -1 : index;
}

std::int64_t Demuxer::durationUs() const {
    return m_context->duration > 0 ? m_context->duration : 0;
}

std::string Demuxer::formatName() const {
    return m_context->iformat != nullptr ? m_context->iformat->name : "";
}

Expected<std::optional<Packet>> Demuxer::read() {
    AvPacketPtr packet(av_packet_alloc());
    if (!packet)
        return makeError(ErrorCode::Internal, "out of memory", "Demuxer::read");
    for (;;) {
        const int status = av_read_frame(m_context.get(), packet.get());
        if (status == kAvErrorEof)
            return std::optional<Packet>();
        if (status < 0)
            return avError(status, "Demuxer::read", ErrorCode::IoFailure);
        const std::optional<MediaKind> kind = streamKind(packet->stream_index);
        if (!kind) {
            // Data and subtitle streams are of no use here.
            av_packet_unref(packet.get());
            continue;
        }
        const AVRational timeBase = streamTimeBase(packet->stream_index);
        packet->time_base = timeBase;
        return std::optional<Packet>(Packet::adopt(std::move(packet), *kind, timeBase));
    }
}

} // namespace wl::media
