#include "Frame.h"

#include <new>

#include "AvError.h"

namespace wl::media {

Frame::Frame(const Frame& other)
    : m_kind(other.m_kind)
    , m_timeBase(other.m_timeBase)
    , m_arrivalUs(other.m_arrivalUs) {
    if (!other.m_frame)
        return;
    AvFramePtr copy(av_frame_alloc());
    // av_frame_ref fails only when out of memory; a value type cannot report that otherwise.
    if (!copy || av_frame_ref(copy.get(), other.m_frame.get()) < 0)
        throw std::bad_alloc();
    m_frame = std::move(copy);
}

Frame& Frame::operator=(const Frame& other) {
    if (this != &other) {
        Frame copy(other);
        *this = std::move(copy);
    }
    return *this;
}

Expected<Frame> Frame::allocateVideo(int width, int height, AVPixelFormat format) {
    if (width <= 0 || height <= 0 || format == AV_PIX_FMT_NONE)
        return makeError(ErrorCode::InvalidArgument, "bad video frame geometry or format",
                         "Frame::allocateVideo");
    AvFramePtr frame(av_frame_alloc());
    if (!frame)
        return makeError(ErrorCode::Internal, "out of memory", "Frame::allocateVideo");
    frame->width = width;
    frame->height = height;
    frame->format = format;
    frame->sample_aspect_ratio = AVRational{1, 1};
    const int result = av_frame_get_buffer(frame.get(), 0);
    if (result < 0)
        return avError(result, "Frame::allocateVideo");
    return adopt(std::move(frame), MediaKind::Video, AVRational{1, 1000});
}

Expected<Frame> Frame::allocateAudio(int sampleRate, int channels, AVSampleFormat format,
                                     int sampleCount) {
    if (sampleRate <= 0 || channels <= 0 || sampleCount <= 0 || format == AV_SAMPLE_FMT_NONE)
        return makeError(ErrorCode::InvalidArgument, "bad audio frame parameters",
                         "Frame::allocateAudio");
    AvFramePtr frame(av_frame_alloc());
    if (!frame)
        return makeError(ErrorCode::Internal, "out of memory", "Frame::allocateAudio");
    frame->sample_rate = sampleRate;
    frame->format = format;
    frame->nb_samples = sampleCount;
    av_channel_layout_default(&frame->ch_layout, channels);
    const int result = av_frame_get_buffer(frame.get(), 0);
    if (result < 0)
        return avError(result, "Frame::allocateAudio");
    return adopt(std::move(frame), MediaKind::Audio, AVRational{1, sampleRate});
}

Frame Frame::adopt(AvFramePtr frame, MediaKind kind, AVRational timeBase) {
    Frame result;
    result.m_frame = std::move(frame);
    result.m_kind = kind;
    result.m_timeBase = timeBase;
    return result;
}

bool Frame::isEmpty() const {
    return !m_frame || m_frame->buf[0] == nullptr;
}

std::int64_t Frame::pts() const {
    return m_frame ? m_frame->pts : kNoPts;
}

void Frame::setPts(std::int64_t pts) {
    if (!m_frame) {
        m_frame.reset(av_frame_alloc());
        if (!m_frame)
            throw std::bad_alloc();
    }
    m_frame->pts = pts;
}

int Frame::width() const {
    return m_frame ? m_frame->width : 0;
}

int Frame::height() const {
    return m_frame ? m_frame->height : 0;
}

AVPixelFormat Frame::pixelFormat() const {
    if (!m_frame || m_kind != MediaKind::Video)
        return AV_PIX_FMT_NONE;
    return static_cast<AVPixelFormat>(m_frame->format);
}

AVRational Frame::sampleAspectRatio() const {
    if (!m_frame || m_frame->sample_aspect_ratio.num <= 0 || m_frame->sample_aspect_ratio.den <= 0)
        return AVRational{1, 1};
    return m_frame->sample_aspect_ratio;
}

int Frame::sampleRate() const {
    return m_frame ? m_frame->sample_rate : 0;
}

int Frame::channelCount() const {
    return m_frame ? m_frame->ch_layout.nb_channels : 0;
}

AVSampleFormat Frame::sampleFormat() const {
    if (!m_frame || m_kind != MediaKind::Audio)
        return AV_SAMPLE_FMT_NONE;
    return static_cast<AVSampleFormat>(m_frame->format);
}

int Frame::sampleCount() const {
    return m_frame ? m_frame->nb_samples : 0;
}

int Frame::planeCount() const {
    if (!m_frame)
        return 0;
    if (m_kind == MediaKind::Video)
        return av_pix_fmt_count_planes(pixelFormat());
    return av_sample_fmt_is_planar(sampleFormat()) != 0 ? channelCount() : 1;
}

const std::uint8_t* Frame::data(int plane) const {
    if (!m_frame || plane < 0 || plane >= AV_NUM_DATA_POINTERS)
        return nullptr;
    return m_frame->data[plane];
}

std::uint8_t* Frame::data(int plane) {
    if (!m_frame || plane < 0 || plane >= AV_NUM_DATA_POINTERS)
        return nullptr;
    return m_frame->data[plane];
}

int Frame::lineSize(int plane) const {
    if (!m_frame || plane < 0 || plane >= AV_NUM_DATA_POINTERS)
        return 0;
    return m_frame->linesize[plane];
}

Expected<void> Frame::makeWritable() {
    if (isEmpty())
        return makeError(ErrorCode::InvalidArgument, "frame has no buffers", "Frame::makeWritable");
    const int result = av_frame_make_writable(m_frame.get());
    if (result < 0)
        return avError(result, "Frame::makeWritable");
    return {};
}

bool Frame::isWritable() const {
    return !isEmpty() && av_frame_is_writable(m_frame.get()) != 0;
}

int Frame::bufferRefCount() const {
    if (isEmpty())
        return 0;
    return av_buffer_get_ref_count(m_frame->buf[0]);
}

} // namespace wl::media
