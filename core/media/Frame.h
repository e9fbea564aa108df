#pragma once

#include <cstdint>

#include "AvPointers.h"
#include "MediaKind.h"
#include "common/Expected.h"

namespace wl::media {

// One decoded picture or block of audio samples: a ref-counted value over AVFrame. Copies share
// the sample buffers (av_frame_ref) but each has its own metadata; moves are cheap and leave the
// source empty. Copies may go to other threads; call makeWritable() before writing to a frame
// whose buffers may be shared.
class Frame {
public:
    Frame() = default;
    Frame(const Frame& other);
    Frame& operator=(const Frame& other);
    Frame(Frame&& other) noexcept = default;
    Frame& operator=(Frame&& other) noexcept = default;
    ~Frame() = default;

    // New, writable, uninitialised buffers.
    static Expected<Frame> allocateVideo(int width, int height, AVPixelFormat format);
    static Expected<Frame> allocateAudio(int sampleRate, int channels, AVSampleFormat format,
                                         int sampleCount);
    // Takes over a filled AVFrame from a decoder or converter (core/media only).
    static Frame adopt(AvFramePtr frame, MediaKind kind, AVRational timeBase);

    // True when there are no buffers (default-constructed or moved from).
    bool isEmpty() const;

    MediaKind kind() const { return m_kind; }
    // Presentation time in timeBase() units; kNoPts when unknown.
    std::int64_t pts() const;
    void setPts(std::int64_t pts);
    AVRational timeBase() const { return m_timeBase; }
    void setTimeBase(AVRational timeBase) { m_timeBase = timeBase; }
    // Session-clock microseconds when the packet it was decoded from arrived (or it was made).
    std::int64_t arrivalUs() const { return m_arrivalUs; }
    void setArrivalUs(std::int64_t arrivalUs) { m_arrivalUs = arrivalUs; }

    // Video.
    int width() const;
    int height() const;
    AVPixelFormat pixelFormat() const;
    AVRational sampleAspectRatio() const;

    // Audio.
    int sampleRate() const;
    int channelCount() const;
    AVSampleFormat sampleFormat() const;
    int sampleCount() const;

    // Planes (video planes, or audio channels for planar sample formats).
    int planeCount() const;
    const std::uint8_t* data(int plane) const;
    // Writes are only safe after makeWritable() succeeded.
    std::uint8_t* data(int plane);
    int lineSize(int plane) const;

    // Gives this frame its own buffers if they are shared, copying the content.
    Expected<void> makeWritable();
    bool isWritable() const;
    // How many frames share the first buffer (1 = only this one); 0 without buffers.
    int bufferRefCount() const;

    // For other core/media classes; nullptr when empty.
    const AVFrame* av() const { return m_frame.get(); }
    AVFrame* av() { return m_frame.get(); }

private:
    AvFramePtr m_frame;
    MediaKind m_kind = MediaKind::Video;
    AVRational m_timeBase{1, 1000};
    std::int64_t m_arrivalUs = 0;
};

} // namespace wl::media
