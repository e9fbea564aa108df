#include "YuvColour.h"

#include <algorithm>
#include <cmath>

namespace wl::switcher {

namespace {

std::uint8_t toByte(double value) {
    return static_cast<std::uint8_t>(std::clamp(std::lround(value), 0L, 255L));
}

} // namespace

YuvColour YuvColour::fromRgb(std::uint32_t rgb) {
    constexpr double kr = 0.2126;
    constexpr double kb = 0.0722;
    const double r = ((rgb >> 16) & 0xff) / 255.0;
    const double g = ((rgb >> 8) & 0xff) / 255.0;
    const double b = (rgb & 0xff) / 255.0;
    const double luma = kr * r + (1.0 - kr - kb) * g + kb * b;
    const double pb = (b - luma) / (2.0 * (1.0 - kb));
    const double pr = (r - luma) / (2.0 * (1.0 - kr));
    return {toByte(16.0 + 219.0 * luma), toByte(128.0 + 224.0 * pb), toByte(128.0 + 224.0 * pr)};
}

} // namespace wl::switcher
