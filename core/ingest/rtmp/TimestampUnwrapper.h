#pragma once

#include <cstdint>

namespace wl::rtmp {

// Turns 32-bit RTMP millisecond timestamps into a 64-bit time line that keeps going across the
// wrap after ~49.7 days. Each step is taken as the shortest signed distance, so small backward
// steps (audio/video interleaving on one chunk stream) stay small and backward.
//
// FFmpeg's FLV muxer masks timestamps to 31 bits (flvenc.c put_timestamp), so an FFmpeg publisher
// wraps at 2^31 instead. When both values have bit 31 clear and the 32-bit distance is huge, the
// step is taken modulo 2^31, which makes that wrap continue the time line too.
class TimestampUnwrapper {
public:
    std::int64_t unwrap(std::uint32_t wireTimestamp);
    void reset() { m_started = false; }
    bool started() const { return m_started; }

private:
    bool m_started = false;
    std::uint32_t m_lastWire = 0;
    std::int64_t m_last = 0;
};

} // namespace wl::rtmp
