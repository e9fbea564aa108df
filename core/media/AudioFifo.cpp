#include "AudioFifo.h"

#include "AvError.h"

namespace wl::media {

AudioFifo::AudioFifo(int sampleRate, int channels, AVSampleFormat format)
    : m_sampleRate(sampleRate)
    , m_channels(channels)
    , m_format(format)
    , m_fifo(av_audio_fifo_alloc(format, channels, sampleRate)) {
}

Expected<void> AudioFifo::push(const Frame& frame) {
    constexpr const char* kContext = "AudioFifo::push";
    if (!m_fifo)
        return makeError(ErrorCode::Internal, "out of memory", kContext);
    if (frame.sampleRate() != m_sampleRate || frame.channelCount() != m_channels ||
        frame.sampleFormat() != m_format)
        return makeError(ErrorCode::InvalidArgument, "audio format does not match the FIFO",
                         kContext);
    const AVFrame* av = frame.av();
    // av_audio_fifo_write takes non-const plane pointers but only reads them.
    const int written = av_audio_fifo_write(
        m_fifo.get(), reinterpret_cast<void**>(av->extended_data), av->nb_samples);
    if (written < av->nb_samples)
        return avError(written < 0 ? written : AVERROR(ENOMEM), kContext);
    if (!m_started) {
        m_started = true;
        if (frame.pts() != kNoPts)
            m_nextPts = av_rescale_q(frame.pts(), frame.timeBase(), AVRational{1, m_sampleRate});
    }
    m_lastArrivalUs = frame.arrivalUs();
    return {};
}

Expected<Frame> AudioFifo::take(int sampleCount) {
    auto frame = Frame::allocateAudio(m_sampleRate, m_channels, m_format, sampleCount);
    if (!frame)
        return frame.error();
    AVFrame* av = frame->av();
    const int read =
        av_audio_fifo_read(m_fifo.get(), reinterpret_cast<void**>(av->extended_data), sampleCount);
    if (read != sampleCount)
        return avError(read < 0 ? read : AVERROR_BUG, "AudioFifo::take");
    frame->setTimeBase(AVRational{1, m_sampleRate});
    frame->setPts(m_nextPts);
    frame->setArrivalUs(m_lastArrivalUs);
    m_nextPts += sampleCount;
    return frame;
}

Expected<std::optional<Frame>> AudioFifo::pop(int sampleCount) {
    if (sampleCount <= 0 || buffered() < sampleCount)
        return std::optional<Frame>();
    auto frame = take(sampleCount);
    if (!frame)
        return frame.error();
    return std::optional<Frame>(std::move(frame).value());
}

Expected<std::optional<Frame>> AudioFifo::popRemainder() {
    return pop(buffered());
}

int AudioFifo::buffered() const {
    return m_fifo ? av_audio_fifo_size(m_fifo.get()) : 0;
}

} // namespace wl::media
