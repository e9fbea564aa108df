#include "MediaCodec.h"

namespace wl::rtmp {

std::string_view videoCodecName(VideoCodec codec) {
    switch (codec) {
    case VideoCodec::H264:
        return "h264";
    case VideoCodec::Hevc:
        return "hevc";
    case VideoCodec::Av1:
        return "av1";
    case VideoCodec::Vp9:
        return "vp9";
    case VideoCodec::Vp8:
        return "vp8";
    }
    return "unknown";
}

std::string_view audioCodecName(AudioCodec codec) {
    switch (codec) {
    case AudioCodec::Aac:
        return "aac";
    case AudioCodec::Mp3:
        return "mp3";
    case AudioCodec::Opus:
        return "opus";
    case AudioCodec::Flac:
        return "flac";
    case AudioCodec::Ac3:
        return "ac3";
    case AudioCodec::Eac3:
        return "eac3";
    }
    return "unknown";
}

std::string fourCcText(std::uint32_t code) {
    std::string text = "'";
    for (int shift = 24; shift >= 0; shift -= 8) {
        const auto c = static_cast<char>((code >> shift) & 0xFF);
        text += (c >= 0x20 && c < 0x7F) ? c : '?';
    }
    return text + "'";
}

} // namespace wl::rtmp
