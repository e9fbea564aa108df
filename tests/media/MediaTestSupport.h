#pragma once

// Small generators shared by the core/media tests.
#include <cmath>
#include <cstdint>
#include <numbers>

#include "media/Frame.h"

namespace wl::media::test {

// A yuv420p picture with a moving bright bar, so every frame differs.
inline Frame makeVideoFrame(int width, int height, std::int64_t pts,
                            AVRational timeBase = {1, 30}) {
    Frame frame = Frame::allocateVideo(width, height, AV_PIX_FMT_YUV420P).value();
    for (int y = 0; y < height; ++y) {
        std::uint8_t* row = frame.data(0) + static_cast<std::ptrdiff_t>(y) * frame.lineSize(0);
        for (int x = 0; x < width; ++x)
            row[x] = static_cast<std::uint8_t>(((x + pts * 8) % width) < width / 8 ? 220 : 60);
    }
    for (int plane = 1; plane < 3; ++plane) {
        for (int y = 0; y < height / 2; ++y) {
            std::uint8_t* row =
                frame.data(plane) + static_cast<std::ptrdiff_t>(y) * frame.lineSize(plane);
            for (int x = 0; x < width / 2; ++x)
                row[x] = static_cast<std::uint8_t>(plane == 1 ? 100 + y % 40 : 150);
        }
    }
    frame.setPts(pts);
    frame.setTimeBase(timeBase);
    return frame;
}

// A solid yuv420p picture of one colour.
inline Frame makeSolidFrame(int width, int height, std::uint8_t luma, std::uint8_t cb,
                            std::uint8_t cr, AVPixelFormat format = AV_PIX_FMT_YUV420P) {
    Frame frame = Frame::allocateVideo(width, height, format).value();
    const std::uint8_t values[3] = {luma, cb, cr};
    for (int plane = 0; plane < 3; ++plane) {
        const int rows = plane == 0 ? height : height / 2;
        const int columns = plane == 0 ? width : width / 2;
        for (int y = 0; y < rows; ++y) {
            std::uint8_t* row =
                frame.data(plane) + static_cast<std::ptrdiff_t>(y) * frame.lineSize(plane);
            for (int x = 0; x < columns; ++x)
                row[x] = values[plane];
        }
    }
    return frame;
}

// Planar float audio with a sine of `frequency` in every channel, starting at sample `first`.
inline Frame makeSineFrame(int sampleRate, int channels, int samples, std::int64_t first,
                           double frequency) {
    Frame frame = Frame::allocateAudio(sampleRate, channels, AV_SAMPLE_FMT_FLTP, samples).value();
    for (int channel = 0; channel < channels; ++channel) {
        auto* out = reinterpret_cast<float*>(frame.data(channel));
        for (int i = 0; i < samples; ++i) {
            const double t = static_cast<double>(first + i) / sampleRate;
            out[i] = static_cast<float>(0.5 * std::sin(2.0 * std::numbers::pi * frequency * t));
        }
    }
    frame.setPts(first);
    frame.setTimeBase(AVRational{1, sampleRate});
    return frame;
}

} // namespace wl::media::test
