#include "SlateRenderer.h"

#include <algorithm>
#include <string>

#include "FrameBlender.h"
#include "LetterboxLayout.h"
#include "YuvColour.h"
#include "media/Scaler.h"
#include "sources/BitmapFont.h"

namespace wl::switcher {

namespace {

using sources::BitmapFont;

BitmapFont::Plane planeOf(media::Frame& frame, int plane) {
    const int shift = plane == 0 ? 0 : 1;
    return {frame.data(plane), frame.lineSize(plane), (frame.width() + shift) >> shift,
            (frame.height() + shift) >> shift};
}

// The font has no apostrophe: draw a short tick in the top rows of its cell instead.
void drawApostrophes(const BitmapFont::Plane& plane, int x, int y, const std::string& text,
                     int scale, std::uint8_t value) {
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] != '\'')
            continue;
        const int left =
            std::max(0, x + static_cast<int>(i) * BitmapFont::kAdvance * scale + 2 * scale);
        const int right = std::min(plane.width, left + scale);
        for (int row = std::max(0, y); row < std::min(plane.height, y + 2 * scale); ++row)
            std::fill(plane.data + static_cast<std::ptrdiff_t>(row) * plane.stride + left,
                      plane.data + static_cast<std::ptrdiff_t>(row) * plane.stride +
                          std::max(left, right),
                      value);
    }
}

} // namespace

Expected<media::Frame> SlateRenderer::renderSolid(int width, int height, std::uint32_t rgb) {
    auto frame = media::Frame::allocateVideo(width, height, AV_PIX_FMT_YUV420P);
    if (!frame)
        return frame.error();
    media::Scaler::setBt709LimitedRange(*frame);
    FrameBlender::fill(*frame, YuvColour::fromRgb(rgb));
    return frame;
}

Expected<media::Frame> SlateRenderer::renderText(int width, int height, const QString& text,
                                                 std::uint32_t backgroundRgb,
                                                 std::uint32_t textRgb) {
    auto frame = renderSolid(width, height, backgroundRgb);
    if (!frame)
        return frame;
    const std::string latin = text.toUpper().toStdString();
    const int unscaledWidth = BitmapFont::textWidth(latin, 1);
    if (unscaledWidth <= 0)
        return frame;
    // Large: about 70 % of the width; an even scale keeps chroma in step with luma.
    const int scale = std::max(2, (width * 7 / 10 / unscaledWidth) & ~1);
    const int textWidth = BitmapFont::textWidth(latin, scale);
    const int x = ((width - textWidth) / 2) & ~1;
    const int y = ((height - BitmapFont::textHeight(scale)) / 2) & ~1;
    std::string drawable = latin;
    std::replace(drawable.begin(), drawable.end(), '\'', ' ');
    const YuvColour ink = YuvColour::fromRgb(textRgb);
    const std::uint8_t values[3] = {ink.y, ink.u, ink.v};
    for (int plane = 0; plane < 3; ++plane) {
        const int shift = plane == 0 ? 0 : 1;
        const BitmapFont::Plane target = planeOf(*frame, plane);
        BitmapFont::draw(target, x >> shift, y >> shift, drawable, scale >> shift, values[plane]);
        drawApostrophes(target, x >> shift, y >> shift, latin, scale >> shift, values[plane]);
    }
    return frame;
}

Expected<media::Frame> SlateRenderer::renderImage(int width, int height, const QImage& image) {
    auto source = media::Scaler::frameFromImage(image);
    if (!source)
        return source.error();
    auto frame = renderSolid(width, height, 0x000000);
    if (!frame)
        return frame;
    const QRect picture = LetterboxLayout::pictureRect(image.width(), image.height(),
                                                       AVRational{1, 1}, width, height);
    media::Scaler scaler(media::ScaleQuality::Bicubic);
    auto scaled = scaler.scaleIntoRect(*source, *frame, picture);
    if (!scaled)
        return scaled.error();
    return frame;
}

Expected<media::Frame> SlateRenderer::render(int width, int height, const SlateSettings& settings) {
    if (settings.imagePath.isEmpty())
        return renderText(width, height, settings.text, settings.backgroundRgb, settings.textRgb);
    const QImage image(settings.imagePath);
    if (image.isNull())
        return makeError(ErrorCode::NotFound, "cannot read the slate image",
                         settings.imagePath.toStdString());
    return renderImage(width, height, image);
}

} // namespace wl::switcher
