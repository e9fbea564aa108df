#include "SinkIo.h"

#include <cerrno>
#include <cstdio>

#include "LibAv.h"

namespace wl::media {

namespace {

constexpr int kBufferSize = 64 * 1024;

} // namespace

Expected<std::unique_ptr<SinkIo>> SinkIo::create(std::shared_ptr<ByteSink> sink) {
    if (!sink)
        return makeError(ErrorCode::InvalidArgument, "no sink", "SinkIo::create");
    std::unique_ptr<SinkIo> io(new SinkIo(std::move(sink)));
    auto* buffer = static_cast<unsigned char*>(av_malloc(kBufferSize));
    if (buffer == nullptr)
        return makeError(ErrorCode::Internal, "out of memory", "SinkIo::create");
    io->m_context = avio_alloc_context(buffer, kBufferSize, 1, io.get(), nullptr,
                                       &SinkIo::writePacket, &SinkIo::seekTo);
    if (io->m_context == nullptr) {
        av_free(buffer);
        return makeError(ErrorCode::Internal, "out of memory", "SinkIo::create");
    }
    return io;
}

SinkIo::SinkIo(std::shared_ptr<ByteSink> sink)
    : m_sink(std::move(sink)) {
}

SinkIo::~SinkIo() {
    if (m_context != nullptr) {
        // The buffer may have been replaced by libav; free whichever it holds now.
        av_freep(&m_context->buffer);
        avio_context_free(&m_context);
    }
}

int SinkIo::writePacket(void* opaque, std::uint8_t* buffer, int size) {
    auto* self = static_cast<SinkIo*>(opaque);
    if (self->m_error)
        return AVERROR(EIO);
    auto written = self->m_sink->write({buffer, static_cast<std::size_t>(size)});
    if (!written) {
        self->m_error = written.error();
        return AVERROR(EIO);
    }
    return size;
}

std::int64_t SinkIo::seekTo(void* opaque, std::int64_t offset, int whence) {
    auto* self = static_cast<SinkIo*>(opaque);
    ByteSink& sink = *self->m_sink;
    std::int64_t target = 0;
    switch (whence & ~AVSEEK_FORCE) {
    case AVSEEK_SIZE:
        return sink.size();
    case SEEK_SET:
        target = offset;
        break;
    case SEEK_CUR:
        target = sink.position() + offset;
        break;
    case SEEK_END:
        target = sink.size() + offset;
        break;
    default:
        return AVERROR(EINVAL);
    }
    if (self->m_error)
        return AVERROR(EIO);
    auto moved = sink.seek(target);
    if (!moved) {
        self->m_error = moved.error();
        return AVERROR(EIO);
    }
    return target;
}

} // namespace wl::media
