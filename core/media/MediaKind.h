#pragma once

#include <string_view>

namespace wl::media {

// What a packet, frame or stream carries; the switcher handles only these two.
enum class MediaKind {
    Video,
    Audio,
};

constexpr std::string_view mediaKindName(MediaKind kind) {
    return kind == MediaKind::Video ? "video" : "audio";
}

} // namespace wl::media
