#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace wl::rtmp {

// Codecs an RTMP publisher can announce, legacy FLV ids and E-RTMP FourCCs alike.
enum class VideoCodec : std::uint8_t { H264, Hevc, Av1, Vp9, Vp8 };
enum class AudioCodec : std::uint8_t { Aac, Mp3, Opus, Flac, Ac3, Eac3 };

std::string_view videoCodecName(VideoCodec codec);
std::string_view audioCodecName(AudioCodec codec);

// A FourCC as the big-endian number it is on the wire ('hvc1' -> 0x68766331).
constexpr std::uint32_t fourCc(const char (&text)[5]) {
    return (std::uint32_t{static_cast<std::uint8_t>(text[0])} << 24) |
           (std::uint32_t{static_cast<std::uint8_t>(text[1])} << 16) |
           (std::uint32_t{static_cast<std::uint8_t>(text[2])} << 8) |
           std::uint32_t{static_cast<std::uint8_t>(text[3])};
}

// Printable form for messages: 'hvc1'; unprintable bytes become '?'.
std::string fourCcText(std::uint32_t code);

} // namespace wl::rtmp
