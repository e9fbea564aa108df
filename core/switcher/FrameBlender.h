#pragma once

#include <QRect>

#include "SwitcherTypes.h"
#include "YuvColour.h"
#include "media/Frame.h"

namespace wl::switcher {

// Per-pixel operations on yuv420p frames of one size: the compositor's transitions, fades and
// bars. Weights are 0 … 256 (256 = all of the second source). The output must be writable; it
// may be one of the inputs where noted.
class FrameBlender {
public:
    static int weightOf(double position);

    static void fill(media::Frame& frame, YuvColour colour);
    // Fills everything outside `picture` (a rectangle on even coordinates): letterbox bars.
    static void fillOutside(media::Frame& frame, QRect picture, YuvColour colour);
    // out = from × (256 − weight) + to × weight.
    static void mix(const media::Frame& from, const media::Frame& to, int weight,
                    media::Frame& out);
    // out = from × (256 − weight) + colour × weight; `out` may be `from`.
    static void mixWithColour(const media::Frame& from, YuvColour colour, int weight,
                              media::Frame& out);
    // Full-range yuv420p (yuvj420p) to limited range, same size.
    static void toLimitedRange(const media::Frame& fullRange, media::Frame& out);
    // `incoming` covers the part of the frame the edge has passed at `position`.
    static void wipe(const media::Frame& outgoing, const media::Frame& incoming,
                     WipeDirection direction, double position, media::Frame& out);
    // Where a wipe's edge is, in luma pixels from its starting side (even, 0 … the extent).
    static int wipeEdge(int extent, double position);
};

} // namespace wl::switcher
