#pragma once

// Frames of known colours and pixel probes shared by the core/switcher tests.
#include <cstdint>
#include <cstring>

#include "media/Frame.h"
#include "switcher/YuvColour.h"

namespace wl::switcher::test {

// Tagged BT.709 unless told otherwise (untagged small pictures would count as BT.601).
inline media::Frame solidFrame(int width, int height, YuvColour colour,
                               AVPixelFormat format = AV_PIX_FMT_YUV420P,
                               AVColorSpace space = AVCOL_SPC_BT709) {
    media::Frame frame = media::Frame::allocateVideo(width, height, format).value();
    frame.av()->colorspace = space;
    const std::uint8_t values[3] = {colour.y, colour.u, colour.v};
    for (int plane = 0; plane < 3; ++plane) {
        const int rows = plane == 0 ? height : (height + 1) / 2;
        const int columns = plane == 0 ? width : (width + 1) / 2;
        for (int y = 0; y < rows; ++y)
            std::memset(frame.data(plane) + static_cast<std::ptrdiff_t>(y) * frame.lineSize(plane),
                        values[plane], static_cast<std::size_t>(columns));
    }
    return frame;
}

// The colour at luma position (x, y) of a yuv420p frame.
inline YuvColour pixelAt(const media::Frame& frame, int x, int y) {
    auto sample = [&frame](int plane, int px, int py) {
        return frame.data(plane)[static_cast<std::ptrdiff_t>(py) * frame.lineSize(plane) + px];
    };
    return {sample(0, x, y), sample(1, x / 2, y / 2), sample(2, x / 2, y / 2)};
}

inline bool near(YuvColour a, YuvColour b, int tolerance) {
    auto close = [tolerance](int p, int q) {
        return p - q <= tolerance && q - p <= tolerance;
    };
    return close(a.y, b.y) && close(a.u, b.u) && close(a.v, b.v);
}

} // namespace wl::switcher::test
