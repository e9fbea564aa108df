#pragma once

#include <QImage>
#include <QRect>
#include <QSize>

#include "AvPointers.h"
#include "Frame.h"
#include "common/Expected.h"

namespace wl::media {

enum class ScaleQuality {
    Fast,     // SWS_FAST_BILINEAR: previews and thumbnails
    Bilinear, // SWS_BILINEAR
    Bicubic,  // SWS_BICUBIC: program output
};

// How a preview fills its bounding box. Both keep the display aspect ratio (sample aspect
// included) and neither crops.
enum class PreviewFit {
    Letterbox, // the image is exactly the box; bars left/right or top/bottom are black
    Shrink,    // the image is only as large as the scaled picture, without bars
};

// Converts video frames between sizes and pixel formats with libswscale. The context is kept
// while the input and output geometry stay the same and rebuilt when they change. One Scaler per
// stream and thread: it is not thread-safe.
class Scaler {
public:
    explicit Scaler(ScaleQuality quality = ScaleQuality::Bilinear);

    Scaler(Scaler&&) noexcept = default;
    Scaler& operator=(Scaler&&) noexcept = default;
    ~Scaler() = default;

    // A new frame of the given size and format, with the input's pts, time base and arrival.
    Expected<Frame> scale(const Frame& input, int width, int height, AVPixelFormat format);
    // Scales into an existing frame (made writable first), keeping its size and format.
    Expected<void> scaleInto(const Frame& input, Frame& output);
    // Scales into the rectangle `target` of an existing frame (made writable first) and leaves
    // the rest of it alone, e.g. a picture between letterbox bars. The rectangle is clipped to
    // the frame and its edges moved to whole chroma samples.
    Expected<void> scaleIntoRect(const Frame& input, Frame& output, QRect target);
    // What it takes to turn `input` into a frame of this size, format and YUV matrix: nothing
    // (same geometry, square pixels, same range), only squeezing full range into the limited
    // range of `format`, or a full conversion. Untagged input counts as BT.709 from 1280 wide or
    // 577 high, else BT.601 (here and in every conversion).
    enum class Conversion { None, RangeOnly, Full };
    static Conversion conversionTo(const Frame& input, int width, int height, AVPixelFormat format,
                                   AVColorSpace colorspace);
    // Tags a frame BT.709 (matrix, primaries, transfer) at limited range; conversions into a
    // tagged frame use its matrix.
    static void setBt709LimitedRange(Frame& frame);
    // An RGB32 frame of `image`, composited over black where it is transparent.
    static Expected<Frame> frameFromImage(const QImage& image);
    // A QImage::Format_RGB32 preview fitting `bounds` (about 480x270 for the UI). The picture is
    // scaled straight into the image's bits. In Letterbox mode its left edge is rounded to 4
    // pixels, so rows stay 16-byte aligned for swscale.
    Expected<QImage> toPreviewImage(const Frame& input, QSize bounds,
                                    PreviewFit fit = PreviewFit::Letterbox);

    // The largest size with the frame's display aspect ratio that fits in `bounds`.
    static QSize fittedSize(int width, int height, AVRational sampleAspectRatio, QSize bounds);
    // How many times the context had to be (re)built; for tests and statistics.
    int contextBuilds() const { return m_contextBuilds; }

private:
    // `outputSpace`: the output's YUV matrix, or unspecified to use the input's.
    Expected<void> scaleRaw(const Frame& input, int width, int height, AVPixelFormat format,
                            AVColorSpace outputSpace, std::uint8_t* const destination[],
                            const int destinationStride[]);
    Expected<void> prepare(const Frame& input, int width, int height, AVPixelFormat format,
                           AVColorSpace outputSpace);

    struct Geometry {
        int inputWidth = 0;
        int inputHeight = 0;
        AVPixelFormat inputFormat = AV_PIX_FMT_NONE;
        int outputWidth = 0;
        int outputHeight = 0;
        AVPixelFormat outputFormat = AV_PIX_FMT_NONE;
        bool inputFullRange = false;
        bool outputFullRange = false;
        bool operator==(const Geometry&) const = default;
    };

    SwsContextPtr m_context;
    Geometry m_geometry;
    int m_flags = 0;
    int m_contextBuilds = 0;
    int m_colorKey = -1;
    Frame m_aligned; // scaleIntoRect: aligned scratch when the target is not
};

} // namespace wl::media
