#include "FrameBlender.h"

#include <algorithm>
#include <cmath>
#include <cstring>

#ifdef __SSE2__
#include <emmintrin.h>
#endif

namespace wl::switcher {

namespace {

struct PlaneSize {
    int width = 0;
    int height = 0;
};

PlaneSize planeSize(const media::Frame& frame, int plane) {
    if (plane == 0)
        return {frame.width(), frame.height()};
    return {(frame.width() + 1) / 2, (frame.height() + 1) / 2};
}

std::uint8_t planeValue(YuvColour colour, int plane) {
    return plane == 0 ? colour.y : plane == 1 ? colour.u : colour.v;
}

const std::uint8_t* row(const media::Frame& frame, int plane, int y) {
    return frame.data(plane) + static_cast<std::ptrdiff_t>(y) * frame.lineSize(plane);
}

std::uint8_t* row(media::Frame& frame, int plane, int y) {
    return frame.data(plane) + static_cast<std::ptrdiff_t>(y) * frame.lineSize(plane);
}

// Both sums stay below 2^16 (255 × 256 + 128), so 16-bit lanes suffice: 8 pixels per SSE2 step.
void mixRow(const std::uint8_t* from, const std::uint8_t* to, std::uint8_t* out, int count,
            unsigned weight) {
    const unsigned keep = 256 - weight;
    int x = 0;
#ifdef __SSE2__
    const __m128i zero = _mm_setzero_si128();
    const __m128i keepLanes = _mm_set1_epi16(static_cast<short>(keep));
    const __m128i weightLanes = _mm_set1_epi16(static_cast<short>(weight));
    const __m128i half = _mm_set1_epi16(128);
    for (; x + 16 <= count; x += 16) {
        const __m128i a = _mm_loadu_si128(reinterpret_cast<const __m128i*>(from + x));
        const __m128i b = _mm_loadu_si128(reinterpret_cast<const __m128i*>(to + x));
        const __m128i low = _mm_srli_epi16(
            _mm_add_epi16(_mm_add_epi16(_mm_mullo_epi16(_mm_unpacklo_epi8(a, zero), keepLanes),
                                        _mm_mullo_epi16(_mm_unpacklo_epi8(b, zero), weightLanes)),
                          half),
            8);
        const __m128i high = _mm_srli_epi16(
            _mm_add_epi16(_mm_add_epi16(_mm_mullo_epi16(_mm_unpackhi_epi8(a, zero), keepLanes),
                                        _mm_mullo_epi16(_mm_unpackhi_epi8(b, zero), weightLanes)),
                          half),
            8);
        _mm_storeu_si128(reinterpret_cast<__m128i*>(out + x), _mm_packus_epi16(low, high));
    }
#endif
    for (; x < count; ++x)
        out[x] = static_cast<std::uint8_t>((from[x] * keep + to[x] * weight + 128) >> 8);
}

// out = (from × multiplier + addend) >> 8, with 255 × multiplier + addend below 2^16.
void affineRow(const std::uint8_t* from, std::uint8_t* out, int count, unsigned multiplier,
               unsigned addend) {
    int x = 0;
#ifdef __SSE2__
    const __m128i zero = _mm_setzero_si128();
    const __m128i keepLanes = _mm_set1_epi16(static_cast<short>(multiplier));
    const __m128i addedLanes = _mm_set1_epi16(static_cast<short>(addend));
    for (; x + 16 <= count; x += 16) {
        const __m128i a = _mm_loadu_si128(reinterpret_cast<const __m128i*>(from + x));
        const __m128i low = _mm_srli_epi16(
            _mm_add_epi16(_mm_mullo_epi16(_mm_unpacklo_epi8(a, zero), keepLanes), addedLanes), 8);
        const __m128i high = _mm_srli_epi16(
            _mm_add_epi16(_mm_mullo_epi16(_mm_unpackhi_epi8(a, zero), keepLanes), addedLanes), 8);
        _mm_storeu_si128(reinterpret_cast<__m128i*>(out + x), _mm_packus_epi16(low, high));
    }
#endif
    for (; x < count; ++x)
        out[x] = static_cast<std::uint8_t>((from[x] * multiplier + addend) >> 8);
}

void fillRect(media::Frame& frame, int plane, int left, int top, int right, int bottom,
              std::uint8_t value) {
    if (right <= left)
        return;
    for (int y = top; y < bottom; ++y)
        std::memset(row(frame, plane, y) + left, value, static_cast<std::size_t>(right - left));
}

void copyRows(const media::Frame& from, media::Frame& out, int plane, int top, int bottom, int left,
              int right) {
    if (right <= left)
        return;
    for (int y = top; y < bottom; ++y)
        std::memcpy(row(out, plane, y) + left, row(from, plane, y) + left,
                    static_cast<std::size_t>(right - left));
}

} // namespace

int FrameBlender::weightOf(double position) {
    return static_cast<int>(std::clamp(std::lround(position * 256.0), 0L, 256L));
}

void FrameBlender::fill(media::Frame& frame, YuvColour colour) {
    for (int plane = 0; plane < 3; ++plane) {
        const PlaneSize size = planeSize(frame, plane);
        fillRect(frame, plane, 0, 0, size.width, size.height, planeValue(colour, plane));
    }
}

void FrameBlender::fillOutside(media::Frame& frame, QRect picture, YuvColour colour) {
    for (int plane = 0; plane < 3; ++plane) {
        const PlaneSize size = planeSize(frame, plane);
        const int shift = plane == 0 ? 0 : 1;
        const int left = std::clamp(picture.left() >> shift, 0, size.width);
        const int top = std::clamp(picture.top() >> shift, 0, size.height);
        const int right = std::clamp((picture.right() + 1) >> shift, left, size.width);
        const int bottom = std::clamp((picture.bottom() + 1) >> shift, top, size.height);
        const std::uint8_t value = planeValue(colour, plane);
        fillRect(frame, plane, 0, 0, size.width, top, value);
        fillRect(frame, plane, 0, bottom, size.width, size.height, value);
        fillRect(frame, plane, 0, top, left, bottom, value);
        fillRect(frame, plane, right, top, size.width, bottom, value);
    }
}

void FrameBlender::mix(const media::Frame& from, const media::Frame& to, int weight,
                       media::Frame& out) {
    const auto w = static_cast<unsigned>(std::clamp(weight, 0, 256));
    for (int plane = 0; plane < 3; ++plane) {
        const PlaneSize size = planeSize(out, plane);
        for (int y = 0; y < size.height; ++y)
            mixRow(row(from, plane, y), row(to, plane, y), row(out, plane, y), size.width, w);
    }
}

void FrameBlender::mixWithColour(const media::Frame& from, YuvColour colour, int weight,
                                 media::Frame& out) {
    const auto w = static_cast<unsigned>(std::clamp(weight, 0, 256));
    for (int plane = 0; plane < 3; ++plane) {
        const PlaneSize size = planeSize(out, plane);
        const unsigned addend = planeValue(colour, plane) * w + 128;
        for (int y = 0; y < size.height; ++y)
            affineRow(row(from, plane, y), row(out, plane, y), size.width, 256 - w, addend);
    }
}

void FrameBlender::toLimitedRange(const media::Frame& fullRange, media::Frame& out) {
    for (int plane = 0; plane < 3; ++plane) {
        const PlaneSize size = planeSize(out, plane);
        // 0…255 to 16…235 (luma) or 16…240 (chroma, 128 kept); within 1 of exact, ends exact.
        const unsigned multiplier = plane == 0 ? 220 : 225;
        const unsigned addend = plane == 0 ? 4204 : 4096;
        for (int y = 0; y < size.height; ++y)
            affineRow(row(fullRange, plane, y), row(out, plane, y), size.width, multiplier, addend);
    }
}

int FrameBlender::wipeEdge(int extent, double position) {
    const long edge = std::lround(std::clamp(position, 0.0, 1.0) * extent / 2.0) * 2;
    return static_cast<int>(std::min<long>(edge, extent));
}

void FrameBlender::wipe(const media::Frame& outgoing, const media::Frame& incoming,
                        WipeDirection direction, double position, media::Frame& out) {
    const bool horizontal =
        direction == WipeDirection::LeftToRight || direction == WipeDirection::RightToLeft;
    const int edge = wipeEdge(horizontal ? out.width() : out.height(), position);
    for (int plane = 0; plane < 3; ++plane) {
        const PlaneSize size = planeSize(out, plane);
        const int extent = horizontal ? size.width : size.height;
        const int covered = std::min(plane == 0 ? edge : edge / 2, extent);
        // The incoming side is [start, end) along the wipe's axis.
        const bool fromStart =
            direction == WipeDirection::LeftToRight || direction == WipeDirection::TopToBottom;
        const int start = fromStart ? 0 : extent - covered;
        const int end = fromStart ? covered : extent;
        if (horizontal) {
            copyRows(incoming, out, plane, 0, size.height, start, end);
            copyRows(outgoing, out, plane, 0, size.height, fromStart ? end : 0,
                     fromStart ? size.width : start);
        } else {
            copyRows(incoming, out, plane, start, end, 0, size.width);
            copyRows(outgoing, out, plane, fromStart ? end : 0, fromStart ? size.height : start, 0,
                     size.width);
        }
    }
}

} // namespace wl::switcher
