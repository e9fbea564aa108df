#pragma once

#include <cstdint>

#include <QImage>
#include <QString>

#include "common/Expected.h"
#include "media/Frame.h"

namespace wl::switcher {

struct SlateSettings {
    QString text = QStringLiteral("WE'LL BE RIGHT BACK");
    std::uint32_t backgroundRgb = 0x141a2e; // dark blue-grey
    std::uint32_t textRgb = 0xf2f2f2;
    QString imagePath; // set: this image letterboxed over black instead of the text
};

// Pre-renders the program-size slate (yuv420p, BT.709 limited range) shown while paused or on
// failover: the configured image, or the text large and centred with the built-in bitmap font
// (headless: no QPainter text).
class SlateRenderer {
public:
    // NotFound/InvalidArgument when the image cannot be read; the caller may fall back to text.
    static Expected<media::Frame> render(int width, int height, const SlateSettings& settings);
    static Expected<media::Frame> renderText(int width, int height, const QString& text,
                                             std::uint32_t backgroundRgb, std::uint32_t textRgb);
    static Expected<media::Frame> renderImage(int width, int height, const QImage& image);
    // A solid program-size frame.
    static Expected<media::Frame> renderSolid(int width, int height, std::uint32_t rgb);
};

} // namespace wl::switcher
