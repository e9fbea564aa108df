#pragma once

#include <string>
#include <utility>
#include <vector>

namespace wl::media {

// libav options as plain strings ("movflags" = "+faststart", "rw_timeout" = "3000000"), in order.
using MediaOptions = std::vector<std::pair<std::string, std::string>>;

} // namespace wl::media
