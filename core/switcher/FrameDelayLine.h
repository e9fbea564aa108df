#pragma once

#include <cstddef>
#include <cstdint>
#include <deque>
#include <optional>

#include "SequencedFrame.h"
#include "media/Frame.h"

namespace wl::switcher {

struct FrameDelayLineSettings {
    int maxDelayMs = 1000;
    // Kept beyond the delay, so late ticks and a raised delay still find older frames.
    int marginMs = 200;
    // Hard cap on frames held, whatever the timestamps say (2 s of 60 fps).
    std::size_t maxFrames = 120;
};

// Holds one camera's recent decoded frames so the program can show it `delay` late, lining up
// cameras with different network delays. Frames are pushed in arrival order (arrivalUs, session
// µs); each gets the next sequence number. Memory is bounded: frames older than the delay plus
// the margin (behind the newest) are dropped, keeping the one a lookup at that age still needs.
// Not thread-safe: the engine owns one per camera on its thread.
class FrameDelayLine {
public:
    explicit FrameDelayLine(FrameDelayLineSettings settings = {});

    // 0 … maxDelayMs (clamped). A larger delay only finds frames pushed since they were kept.
    void setDelayMs(int delayMs);
    int delayMs() const { return m_delayMs; }

    void push(media::Frame frame);
    // The newest frame that arrived at or before `sessionUs`. If every held frame is newer (the
    // camera just started, or the delay was just raised), the oldest held frame, so the picture
    // freezes briefly instead of going black. Nothing only when no frame was ever pushed.
    std::optional<SequencedFrame> frameAt(std::int64_t sessionUs) const;
    // frameAt(nowUs − delay): what the program shows at tick time `nowUs`.
    std::optional<SequencedFrame> delayedFrame(std::int64_t nowUs) const;

    std::size_t size() const { return m_frames.size(); }
    void clear();

private:
    void dropOld();

    FrameDelayLineSettings m_settings;
    int m_delayMs = 0;
    std::deque<SequencedFrame> m_frames; // oldest first
    std::uint64_t m_nextSequence = 1;
};

} // namespace wl::switcher
