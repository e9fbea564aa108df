#include "RestreamTarget.h"

namespace wl::output {

namespace {
constexpr std::size_t kShownKeyCharacters = 4;
constexpr std::size_t kShortestKeyShown = 12; // shorter keys would be guessable from a prefix
} // namespace

std::string RestreamTarget::publishUrl() const {
    if (key.empty())
        return url;
    if (!url.empty() && url.back() == '/')
        return url + key;
    return url + "/" + key;
}

std::string RestreamTarget::publicUrl() const {
    const auto scheme = url.find("://");
    if (scheme == std::string::npos)
        return url;
    const auto hostStart = scheme + 3;
    const auto pathStart = url.find('/', hostStart);
    const auto at = url.rfind('@', pathStart == std::string::npos ? url.size() : pathStart);
    if (at == std::string::npos || at < hostStart)
        return url;
    return url.substr(0, hostStart) + "***@" + url.substr(at + 1);
}

std::string RestreamTarget::maskedKey() const {
    if (key.empty())
        return {};
    if (key.size() < kShortestKeyShown)
        return "\u2026";
    return key.substr(0, kShownKeyCharacters) + "\u2026";
}

} // namespace wl::output
