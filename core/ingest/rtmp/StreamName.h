#pragma once

#include <string>
#include <string_view>

namespace wl::rtmp {

// A publish name or app split at the first '?': "cam1?token=abc" -> "cam1", "token=abc".
// Leading/trailing slashes of the path are dropped ("live/" -> "live").
struct StreamName {
    std::string path;
    std::string query;

    static StreamName split(std::string_view text);
};

} // namespace wl::rtmp
