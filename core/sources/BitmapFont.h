#pragma once

#include <array>
#include <cstdint>
#include <string_view>

namespace wl::sources {

// A built-in 5x7 pixel font (digits, A-Z, space and ": . - # /"), so frames can carry text
// without font files or QPainter; the engine renders headless. Letters are drawn upper-case; a
// character without a glyph is drawn as a hollow box.
class BitmapFont {
public:
    static constexpr int kGlyphWidth = 5;
    static constexpr int kGlyphHeight = 7;
    // One column of space after each glyph.
    static constexpr int kAdvance = kGlyphWidth + 1;

    // Rows top to bottom; bit 4 is the leftmost column.
    using Glyph = std::array<std::uint8_t, kGlyphHeight>;

    // An 8-bit plane to draw into, e.g. the luma plane of a yuv420p frame.
    struct Plane {
        std::uint8_t* data = nullptr;
        int stride = 0;
        int width = 0;
        int height = 0;
    };

    static bool hasGlyph(char character);
    static const Glyph& glyph(char character);
    static int textWidth(std::string_view text, int scale);
    static int textHeight(int scale) { return kGlyphHeight * scale; }
    // Sets the text's pixels to `value`, each font pixel scale x scale plane pixels; clipped to
    // the plane.
    static void draw(const Plane& plane, int x, int y, std::string_view text, int scale,
                     std::uint8_t value);
};

} // namespace wl::sources
