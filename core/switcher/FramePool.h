#pragma once

#include <cstddef>
#include <cstdint>
#include <deque>

#include "common/Expected.h"
#include "media/Frame.h"

namespace wl::switcher {

// Reusable video frames of one geometry, so rendering does not allocate megabytes per tick.
// A frame handed back may still be read elsewhere (the encoder holds the program frame): it is
// handed out again only once the pool's reference is the last one, so a frame that left the
// compositor is never written again.
class FramePool {
public:
    FramePool(int width, int height, AVPixelFormat format, std::size_t maxKept);

    // A frame nobody else references; its content is whatever it held before.
    Expected<media::Frame> acquire();
    // Keeps `frame` (or a reference to it) for later; the oldest is dropped beyond maxKept.
    void recycle(media::Frame frame);

    std::size_t kept() const { return m_frames.size(); }
    // Frames allocated so far: flat once the pool covers the frames in flight.
    std::uint64_t allocations() const { return m_allocations; }

private:
    int m_width;
    int m_height;
    AVPixelFormat m_format;
    std::size_t m_maxKept;
    std::deque<media::Frame> m_frames;
    std::uint64_t m_allocations = 0;
};

} // namespace wl::switcher
