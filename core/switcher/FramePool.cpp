#include "FramePool.h"

#include <algorithm>
#include <utility>

namespace wl::switcher {

FramePool::FramePool(int width, int height, AVPixelFormat format, std::size_t maxKept)
    : m_width(width)
    , m_height(height)
    , m_format(format)
    , m_maxKept(std::max<std::size_t>(1, maxKept)) {
}

Expected<media::Frame> FramePool::acquire() {
    const auto free = std::find_if(m_frames.begin(), m_frames.end(),
                                   [](const media::Frame& frame) { return frame.isWritable(); });
    if (free != m_frames.end()) {
        media::Frame frame = std::move(*free);
        m_frames.erase(free);
        return frame;
    }
    auto frame = media::Frame::allocateVideo(m_width, m_height, m_format);
    if (frame)
        ++m_allocations;
    return frame;
}

void FramePool::recycle(media::Frame frame) {
    if (frame.isEmpty() || frame.width() != m_width || frame.height() != m_height ||
        frame.pixelFormat() != m_format)
        return;
    m_frames.push_back(std::move(frame));
    while (m_frames.size() > m_maxKept)
        m_frames.pop_front();
}

} // namespace wl::switcher
