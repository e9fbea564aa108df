#include "Muxer.h"

#include <string>

#include "AvDictionary.h"
#include "AvError.h"
#include "MediaLog.h"

namespace wl::media {

namespace {

bool isNetworkUrl(const std::string& url) {
    const auto scheme = url.find("://");
    return scheme != std::string::npos && url.compare(0, scheme, "file") != 0;
}

bool hasOption(const MediaOptions& options, const std::string& key) {
    for (const auto& option : options) {
        if (option.first == key)
            return true;
    }
    return false;
}

} // namespace

Expected<Muxer> Muxer::open(MuxerSettings settings) {
    constexpr const char* kContext = "Muxer::open";
    if (settings.url.empty())
        return makeError(ErrorCode::InvalidArgument, "no output url", kContext);
    if (!settings.interrupt)
        settings.interrupt = std::make_shared<IoInterrupt>();

    AVFormatContext* raw = nullptr;
    const int allocated = avformat_alloc_output_context2(
        &raw, nullptr, settings.formatName.empty() ? nullptr : settings.formatName.c_str(),
        settings.url.c_str());
    AvOutputFormatContextPtr context(raw);
    if (allocated < 0)
        return avError(allocated, std::string(kContext) + ": format for " + settings.url,
                       ErrorCode::Unsupported);
    context->interrupt_callback = settings.interrupt->callback();

    const bool network = isNetworkUrl(settings.url);
    if (network && settings.ioTimeout.count() > 0) {
        // rw_timeout bounds each socket wait inside libav (connect included), in microseconds.
        if (!hasOption(settings.options, "rw_timeout"))
            settings.options.emplace_back("rw_timeout",
                                          std::to_string(settings.ioTimeout.count() * 1000));
        // Live outputs must not sit on packets in the I/O buffer.
        context->flush_packets = 1;
    }

    for (const auto& [key, value] : settings.metadata)
        av_dict_set(&context->metadata, key.c_str(), value.c_str(), 0);

    Muxer muxer(std::move(context), std::move(settings));
    muxer.m_network = network;
    if (muxer.m_settings.sink) {
        auto io = SinkIo::create(muxer.m_settings.sink);
        if (!io)
            return io.error().wrapped(kContext);
        muxer.m_sinkIo = std::move(*io);
        muxer.m_context->pb = muxer.m_sinkIo->context();
        muxer.m_context->flags |= AVFMT_FLAG_CUSTOM_IO;
    } else if ((muxer.m_context->oformat->flags & AVFMT_NOFILE) == 0) {
        AvDictionary options(muxer.m_settings.options);
        muxer.beginOperation();
        const int status =
            avio_open2(&muxer.m_context->pb, muxer.m_settings.url.c_str(), AVIO_FLAG_WRITE,
                       &muxer.m_context->interrupt_callback, options.slot());
        muxer.endOperation();
        if (status < 0)
            return avError(status, std::string(kContext) + ": " + muxer.m_settings.url,
                           ErrorCode::IoFailure);
    }
    return muxer;
}

Muxer::Muxer(AvOutputFormatContextPtr context, MuxerSettings settings)
    : m_interrupt(settings.interrupt)
    , m_context(std::move(context))
    , m_settings(std::move(settings)) {
}

Muxer::~Muxer() {
    if (m_context && m_headerWritten && !m_finished) {
        auto finished = finish();
        if (!finished)
            qCDebug(lcMedia, "muxer closed without a clean trailer: %s",
                    finished.error().toString().c_str());
    }
    if (m_context) {
        // Closing a network output talks to the peer (RTMP deleteStream): bound it too.
        beginOperation();
        m_context.reset();
        endOperation();
    }
}

void Muxer::beginOperation() {
    if (m_network && m_settings.ioTimeout.count() > 0)
        m_interrupt->setOperationDeadline(IoInterrupt::Clock::now() + m_settings.ioTimeout);
}

void Muxer::endOperation() {
    m_interrupt->clearOperationDeadline();
}

Expected<int> Muxer::addStream(const CodecParameters& parameters, AVRational timeBase,
                               AVRational frameRate) {
    if (m_headerWritten)
        return makeError(ErrorCode::Conflict, "header already written", "Muxer::addStream");
    AVStream* stream = avformat_new_stream(m_context.get(), nullptr);
    if (stream == nullptr)
        return makeError(ErrorCode::Internal, "out of memory", "Muxer::addStream");
    const int status = avcodec_parameters_copy(stream->codecpar, parameters.av());
    if (status < 0)
        return avError(status, "Muxer::addStream");
    // Some containers reject tags that came from another container; let the muxer pick.
    stream->codecpar->codec_tag = 0;
    stream->time_base = timeBase;
    if (frameRate.num > 0 && frameRate.den > 0)
        stream->avg_frame_rate = frameRate;
    return stream->index;
}

Expected<void> Muxer::writeHeader() {
    if (m_headerWritten)
        return makeError(ErrorCode::Conflict, "header already written", "Muxer::writeHeader");
    if (m_context->nb_streams == 0)
        return makeError(ErrorCode::InvalidArgument, "no streams", "Muxer::writeHeader");
    AvDictionary options(m_settings.options);
    beginOperation();
    const int status = avformat_write_header(m_context.get(), options.slot());
    endOperation();
    if (status < 0)
        return ioError(status, "Muxer::writeHeader: " + m_settings.url);
    m_headerWritten = true;
    return {};
}

Expected<void> Muxer::write(const Packet& packet, int streamIndex) {
    return writePacket(packet, streamIndex, true);
}

Expected<void> Muxer::writeDirect(const Packet& packet, int streamIndex) {
    return writePacket(packet, streamIndex, false);
}

Expected<void> Muxer::flushFragment() {
    if (!m_headerWritten || m_finished)
        return makeError(ErrorCode::Conflict, "header not written or already finished",
                         "Muxer::flushFragment");
    beginOperation();
    const int status = av_write_frame(m_context.get(), nullptr);
    if (status >= 0 && m_context->pb != nullptr)
        avio_flush(m_context->pb);
    endOperation();
    if (status < 0)
        return ioError(status, "Muxer::flushFragment");
    return {};
}

void Muxer::flushIo() {
    if (m_context->pb != nullptr)
        avio_flush(m_context->pb);
}

Expected<void> Muxer::writePacket(const Packet& packet, int streamIndex, bool interleaved) {
    constexpr const char* kContext = "Muxer::write";
    if (!m_headerWritten || m_finished)
        return makeError(ErrorCode::Conflict, "header not written or already finished", kContext);
    if (streamIndex < 0 || streamIndex >= streamCount())
        return makeError(ErrorCode::InvalidArgument, "no such stream", kContext);
    if (packet.isEmpty())
        return makeError(ErrorCode::InvalidArgument, "empty packet", kContext);
    AvPacketPtr output(av_packet_alloc());
    if (!output)
        return makeError(ErrorCode::Internal, "out of memory", kContext);
    int status = av_packet_ref(output.get(), packet.av());
    if (status < 0)
        return avError(status, kContext);
    output->stream_index = streamIndex;
    av_packet_rescale_ts(output.get(), packet.timeBase(), streamTimeBase(streamIndex));
    output->time_base = streamTimeBase(streamIndex);
    beginOperation();
    // Interleaved: takes over the reference and orders by dts across streams.
    status = interleaved ? av_interleaved_write_frame(m_context.get(), output.get())
                         : av_write_frame(m_context.get(), output.get());
    endOperation();
    if (status < 0)
        return ioError(status, kContext);
    return {};
}

Expected<void> Muxer::finish() {
    if (!m_headerWritten)
        return makeError(ErrorCode::Conflict, "header not written", "Muxer::finish");
    if (m_finished)
        return {};
    m_finished = true;
    beginOperation();
    int status = av_write_trailer(m_context.get());
    if (status >= 0 && m_context->pb != nullptr)
        avio_flush(m_context->pb);
    endOperation();
    if (status < 0)
        return ioError(status, "Muxer::finish");
    if (m_context->pb != nullptr && m_context->pb->error < 0)
        return ioError(m_context->pb->error, "Muxer::finish");
    return {};
}

Error Muxer::ioError(int status, const std::string& where) const {
    // The sink's error names the file and the system's reason (e.g. ENOSPC): keep it as it is.
    if (m_sinkIo && m_sinkIo->sinkError())
        return *m_sinkIo->sinkError();
    return avError(status, where, ErrorCode::IoFailure);
}

int Muxer::streamCount() const {
    return static_cast<int>(m_context->nb_streams);
}

AVRational Muxer::streamTimeBase(int streamIndex) const {
    return m_context->streams[streamIndex]->time_base;
}

} // namespace wl::media
