#include "FrameDelayLine.h"

#include <algorithm>
#include <utility>

namespace wl::switcher {

FrameDelayLine::FrameDelayLine(FrameDelayLineSettings settings)
    : m_settings(settings) {
    m_settings.maxDelayMs = std::max(0, m_settings.maxDelayMs);
    m_settings.marginMs = std::max(0, m_settings.marginMs);
    m_settings.maxFrames = std::max<std::size_t>(1, m_settings.maxFrames);
}

void FrameDelayLine::setDelayMs(int delayMs) {
    m_delayMs = std::clamp(delayMs, 0, m_settings.maxDelayMs);
    dropOld();
}

void FrameDelayLine::push(media::Frame frame) {
    if (frame.isEmpty())
        return;
    // Arrival times only grow; a frame stamped earlier than the newest is kept in order anyway.
    if (!m_frames.empty() && frame.arrivalUs() < m_frames.back().frame.arrivalUs())
        frame.setArrivalUs(m_frames.back().frame.arrivalUs());
    m_frames.push_back({std::move(frame), m_nextSequence++});
    dropOld();
}

std::optional<SequencedFrame> FrameDelayLine::frameAt(std::int64_t sessionUs) const {
    if (m_frames.empty())
        return std::nullopt;
    // The first frame that arrived after sessionUs; the one before it is the answer.
    const auto after = std::upper_bound(m_frames.begin(), m_frames.end(), sessionUs,
                                        [](std::int64_t time, const SequencedFrame& entry) {
                                            return time < entry.frame.arrivalUs();
                                        });
    if (after == m_frames.begin())
        return m_frames.front();
    return *std::prev(after);
}

std::optional<SequencedFrame> FrameDelayLine::delayedFrame(std::int64_t nowUs) const {
    return frameAt(nowUs - static_cast<std::int64_t>(m_delayMs) * 1000);
}

void FrameDelayLine::clear() {
    m_frames.clear();
}

void FrameDelayLine::dropOld() {
    if (m_frames.empty())
        return;
    const std::int64_t keepUs = static_cast<std::int64_t>(m_delayMs + m_settings.marginMs) * 1000;
    const std::int64_t oldestNeededUs = m_frames.back().frame.arrivalUs() - keepUs;
    // The front may go once the next frame alone answers lookups at the oldest needed time.
    while (m_frames.size() > 1 && m_frames[1].frame.arrivalUs() <= oldestNeededUs)
        m_frames.pop_front();
    while (m_frames.size() > m_settings.maxFrames)
        m_frames.pop_front();
}

} // namespace wl::switcher
