#include "LetterboxLayout.h"

#include <algorithm>

#include "media/Scaler.h"

namespace wl::switcher {

QRect LetterboxLayout::pictureRect(int sourceWidth, int sourceHeight, AVRational sampleAspectRatio,
                                   int programWidth, int programHeight) {
    const QSize fitted = media::Scaler::fittedSize(sourceWidth, sourceHeight, sampleAspectRatio,
                                                   QSize(programWidth, programHeight));
    if (fitted.isEmpty())
        return {};
    // Even sizes and offsets keep luma and chroma edges together; the full size stays full.
    const int width = std::max(2, (fitted.width() + 1) & ~1);
    const int height = std::max(2, (fitted.height() + 1) & ~1);
    const int clampedWidth = std::min(width, programWidth & ~1);
    const int clampedHeight = std::min(height, programHeight & ~1);
    const int left = ((programWidth - clampedWidth) / 2) & ~1;
    const int top = ((programHeight - clampedHeight) / 2) & ~1;
    return {left, top, clampedWidth, clampedHeight};
}

} // namespace wl::switcher
