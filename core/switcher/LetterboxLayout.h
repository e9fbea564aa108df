#pragma once

#include <QRect>

#include "media/LibAv.h"

namespace wl::switcher {

// Where a picture goes in the program frame: as large as fits with its display aspect ratio
// (sample aspect included), centred, on even coordinates for 4:2:0 chroma; bars around it.
class LetterboxLayout {
public:
    static QRect pictureRect(int sourceWidth, int sourceHeight, AVRational sampleAspectRatio,
                             int programWidth, int programHeight);
};

} // namespace wl::switcher
