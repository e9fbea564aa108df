#pragma once

#include <cstdint>

namespace wl::switcher {

// A colour as the program stores it: BT.709 Y'CbCr at limited range.
struct YuvColour {
    std::uint8_t y = 16;
    std::uint8_t u = 128;
    std::uint8_t v = 128;

    // 0xRRGGBB (full-range R'G'B') to BT.709 limited range.
    static YuvColour fromRgb(std::uint32_t rgb);
    static constexpr YuvColour black() { return {16, 128, 128}; }
    bool operator==(const YuvColour&) const = default;
};

} // namespace wl::switcher
