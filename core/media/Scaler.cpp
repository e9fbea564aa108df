#include "Scaler.h"

#include <algorithm>
#include <cmath>
#include <cstring>

#include "AvError.h"

namespace wl::media {

namespace {

int swsFlags(ScaleQuality quality) {
    switch (quality) {
    case ScaleQuality::Fast:
        return SWS_FAST_BILINEAR;
    case ScaleQuality::Bilinear:
        return SWS_BILINEAR;
    case ScaleQuality::Bicubic:
        return SWS_BICUBIC;
    }
    return SWS_BILINEAR;
}

// The yuvj formats are yuv at full range; swscale wants the plain format and a range flag.
AVPixelFormat withoutJpegRange(AVPixelFormat format, bool* fullRange) {
    switch (format) {
    case AV_PIX_FMT_YUVJ420P:
        *fullRange = true;
        return AV_PIX_FMT_YUV420P;
    case AV_PIX_FMT_YUVJ422P:
        *fullRange = true;
        return AV_PIX_FMT_YUV422P;
    case AV_PIX_FMT_YUVJ444P:
        *fullRange = true;
        return AV_PIX_FMT_YUV444P;
    default:
        return format;
    }
}

// Untagged pictures get the usual guess: HD sizes are BT.709, smaller ones BT.601.
AVColorSpace effectiveColorspace(AVColorSpace space, int width, int height) {
    if (space != AVCOL_SPC_UNSPECIFIED && space != AVCOL_SPC_RESERVED)
        return space;
    return width >= 1280 || height > 576 ? AVCOL_SPC_BT709 : AVCOL_SPC_SMPTE170M;
}

int swsColorspace(AVColorSpace space) {
    switch (space) {
    case AVCOL_SPC_BT709:
        return SWS_CS_ITU709;
    case AVCOL_SPC_BT2020_NCL:
    case AVCOL_SPC_BT2020_CL:
        return SWS_CS_BT2020;
    default:
        return SWS_CS_ITU601;
    }
}

// The ranges are set before initialisation: swscale picks its same-size copy path (which
// ignores a range change) only when they are equal.
SwsContext* createContext(const auto& geometry, int flags) {
    SwsContext* context = sws_alloc_context();
    if (context == nullptr)
        return nullptr;
    av_opt_set_int(context, "srcw", geometry.inputWidth, 0);
    av_opt_set_int(context, "srch", geometry.inputHeight, 0);
    av_opt_set_int(context, "src_format", geometry.inputFormat, 0);
    av_opt_set_int(context, "dstw", geometry.outputWidth, 0);
    av_opt_set_int(context, "dsth", geometry.outputHeight, 0);
    av_opt_set_int(context, "dst_format", geometry.outputFormat, 0);
    av_opt_set_int(context, "sws_flags", flags, 0);
    av_opt_set_int(context, "src_range", geometry.inputFullRange ? 1 : 0, 0);
    av_opt_set_int(context, "dst_range", geometry.outputFullRange ? 1 : 0, 0);
    if (sws_init_context(context, nullptr, nullptr) < 0) {
        sws_freeContext(context);
        return nullptr;
    }
    return context;
}

} // namespace

Scaler::Scaler(ScaleQuality quality)
    : m_flags(swsFlags(quality)) {
}

Expected<void> Scaler::prepare(const Frame& input, int width, int height, AVPixelFormat format,
                               AVColorSpace outputSpace) {
    if (input.isEmpty() || input.kind() != MediaKind::Video)
        return makeError(ErrorCode::InvalidArgument, "not a video frame", "Scaler");
    if (width <= 0 || height <= 0)
        return makeError(ErrorCode::InvalidArgument, "bad output size", "Scaler");
    bool fullRange = input.av()->color_range == AVCOL_RANGE_JPEG;
    const AVPixelFormat source = withoutJpegRange(input.pixelFormat(), &fullRange);
    bool outputFullRange = false;
    const AVPixelFormat target = withoutJpegRange(format, &outputFullRange);

    const Geometry geometry{.inputWidth = input.width(),
                            .inputHeight = input.height(),
                            .inputFormat = source,
                            .outputWidth = width,
                            .outputHeight = height,
                            .outputFormat = target,
                            .inputFullRange = fullRange,
                            .outputFullRange = outputFullRange};
    const bool rebuild = !m_context || geometry != m_geometry;
    if (rebuild) {
        m_context.reset(createContext(geometry, m_flags));
        m_geometry = geometry;
        if (!m_context)
            return makeError(ErrorCode::Unsupported,
                             "swscale cannot convert this geometry or format", "Scaler");
        ++m_contextBuilds;
    }

    // Refreshing the colour tables costs time, so only when the context or the input changed.
    const int colorspace =
        swsColorspace(effectiveColorspace(input.av()->colorspace, input.width(), input.height()));
    const int outputColorspace =
        outputSpace == AVCOL_SPC_UNSPECIFIED ? colorspace : swsColorspace(outputSpace);
    const int colorKey =
        (colorspace * 16 + outputColorspace) * 4 + (fullRange ? 2 : 0) + (outputFullRange ? 1 : 0);
    if (rebuild || colorKey != m_colorKey) {
        sws_setColorspaceDetails(m_context.get(), sws_getCoefficients(colorspace),
                                 fullRange ? 1 : 0, sws_getCoefficients(outputColorspace),
                                 outputFullRange ? 1 : 0, 0, 1 << 16, 1 << 16);
        m_colorKey = colorKey;
    }
    return {};
}

Expected<void> Scaler::scaleRaw(const Frame& input, int width, int height, AVPixelFormat format,
                                AVColorSpace outputSpace, std::uint8_t* const destination[],
                                const int destinationStride[]) {
    auto prepared = prepare(input, width, height, format, outputSpace);
    if (!prepared)
        return prepared;
    const AVFrame* source = input.av();
    const int rows = sws_scale(m_context.get(), source->data, source->linesize, 0, input.height(),
                               destination, destinationStride);
    if (rows < 0)
        return avError(rows, "Scaler: sws_scale");
    return {};
}

Expected<Frame> Scaler::scale(const Frame& input, int width, int height, AVPixelFormat format) {
    auto output = Frame::allocateVideo(width, height, format);
    if (!output)
        return output.error();
    auto scaled = scaleInto(input, *output);
    if (!scaled)
        return scaled.error();
    return output;
}

Expected<void> Scaler::scaleInto(const Frame& input, Frame& output) {
    auto writable = output.makeWritable();
    if (!writable)
        return writable;
    AVFrame* target = output.av();
    auto scaled =
        scaleRaw(input, target->width, target->height, static_cast<AVPixelFormat>(target->format),
                 target->colorspace, target->data, target->linesize);
    if (!scaled)
        return scaled;
    target->pts = input.pts();
    target->sample_aspect_ratio = AVRational{1, 1};
    output.setTimeBase(input.timeBase());
    output.setArrivalUs(input.arrivalUs());
    return {};
}

Expected<void> Scaler::scaleIntoRect(const Frame& input, Frame& output, QRect target) {
    if (output.isEmpty() || output.kind() != MediaKind::Video)
        return makeError(ErrorCode::InvalidArgument, "no frame to scale into", "Scaler");
    const AVPixelFormat format = output.pixelFormat();
    const AVPixFmtDescriptor* descriptor = av_pix_fmt_desc_get(format);
    if (descriptor == nullptr || (descriptor->flags & AV_PIX_FMT_FLAG_HWACCEL) != 0)
        return makeError(ErrorCode::Unsupported, "cannot scale into this pixel format", "Scaler");
    // Whole chroma samples: edges on multiples of the subsampling.
    const int unitX = 1 << descriptor->log2_chroma_w;
    const int unitY = 1 << descriptor->log2_chroma_h;
    target = target.intersected(QRect(0, 0, output.width(), output.height()));
    const int left = (target.left() + unitX - 1) / unitX * unitX;
    const int top = (target.top() + unitY - 1) / unitY * unitY;
    const int width = (target.right() + 1 - left) / unitX * unitX;
    const int height = (target.bottom() + 1 - top) / unitY * unitY;
    if (width <= 0 || height <= 0)
        return makeError(ErrorCode::InvalidArgument, "empty target rectangle", "Scaler");
    auto writable = output.makeWritable();
    if (!writable)
        return writable;

    AVFrame* frame = output.av();
    int columnBytes[4] = {};
    av_image_fill_linesizes(columnBytes, format, left);
    std::uint8_t* destination[4] = {};
    bool aligned = true;
    const int planes = output.planeCount();
    for (int plane = 0; plane < planes && plane < 4; ++plane) {
        const bool chroma =
            (plane == 1 || plane == 2) && (descriptor->flags & AV_PIX_FMT_FLAG_RGB) == 0;
        const int row = chroma ? top >> descriptor->log2_chroma_h : top;
        destination[plane] = frame->data[plane] +
                             static_cast<std::ptrdiff_t>(row) * frame->linesize[plane] +
                             columnBytes[plane];
        // swscale's SIMD output wants 16-byte aligned rows.
        aligned = aligned && reinterpret_cast<std::uintptr_t>(destination[plane]) % 16 == 0 &&
                  frame->linesize[plane] % 16 == 0;
    }
    if (aligned)
        return scaleRaw(input, width, height, format, frame->colorspace, destination,
                        frame->linesize);

    // Otherwise scale into an aligned scratch picture and copy it into place.
    if (m_aligned.isEmpty() || m_aligned.width() != width || m_aligned.height() != height ||
        m_aligned.pixelFormat() != format) {
        auto scratch = Frame::allocateVideo(width, height, format);
        if (!scratch)
            return scratch.error();
        m_aligned = std::move(*scratch);
    }
    AVFrame* scratch = m_aligned.av();
    auto scaled =
        scaleRaw(input, width, height, format, frame->colorspace, scratch->data, scratch->linesize);
    if (!scaled)
        return scaled;
    int rowBytes[4] = {};
    av_image_fill_linesizes(rowBytes, format, width);
    for (int plane = 0; plane < planes && plane < 4; ++plane) {
        const bool chroma =
            (plane == 1 || plane == 2) && (descriptor->flags & AV_PIX_FMT_FLAG_RGB) == 0;
        const int rows = chroma ? -((-height) >> descriptor->log2_chroma_h) : height;
        av_image_copy_plane(destination[plane], frame->linesize[plane], scratch->data[plane],
                            scratch->linesize[plane], rowBytes[plane], rows);
    }
    return {};
}

Scaler::Conversion Scaler::conversionTo(const Frame& input, int width, int height,
                                        AVPixelFormat format, AVColorSpace colorspace) {
    if (input.isEmpty() || input.kind() != MediaKind::Video)
        return Conversion::Full;
    const AVRational sar = input.sampleAspectRatio();
    const AVColorSpace inputSpace =
        effectiveColorspace(input.av()->colorspace, input.width(), input.height());
    bool fullRange = input.av()->color_range == AVCOL_RANGE_JPEG;
    const AVPixelFormat layout = withoutJpegRange(input.pixelFormat(), &fullRange);
    bool outputFullRange = false;
    const AVPixelFormat outputLayout = withoutJpegRange(format, &outputFullRange);
    if (input.width() != width || input.height() != height || layout != outputLayout ||
        sar.num != sar.den || swsColorspace(inputSpace) != swsColorspace(colorspace))
        return Conversion::Full;
    if (fullRange == outputFullRange)
        return Conversion::None;
    return fullRange ? Conversion::RangeOnly : Conversion::Full;
}

void Scaler::setBt709LimitedRange(Frame& frame) {
    AVFrame* target = frame.av();
    if (target == nullptr)
        return;
    target->colorspace = AVCOL_SPC_BT709;
    target->color_primaries = AVCOL_PRI_BT709;
    target->color_trc = AVCOL_TRC_BT709;
    target->color_range = AVCOL_RANGE_MPEG;
}

Expected<Frame> Scaler::frameFromImage(const QImage& image) {
    if (image.isNull())
        return makeError(ErrorCode::InvalidArgument, "empty image", "Scaler::frameFromImage");
    // Premultiplied alpha dropped = the picture over black.
    const QImage opaque = image.convertToFormat(QImage::Format_ARGB32_Premultiplied)
                              .convertToFormat(QImage::Format_RGB32);
    auto frame = Frame::allocateVideo(opaque.width(), opaque.height(), AV_PIX_FMT_RGB32);
    if (!frame)
        return frame.error();
    const auto rowBytes = static_cast<std::size_t>(opaque.width()) * 4;
    for (int y = 0; y < opaque.height(); ++y)
        std::memcpy(frame->data(0) + static_cast<std::ptrdiff_t>(y) * frame->lineSize(0),
                    opaque.constScanLine(y), rowBytes);
    return frame;
}

QSize Scaler::fittedSize(int width, int height, AVRational sampleAspectRatio, QSize bounds) {
    if (width <= 0 || height <= 0 || bounds.isEmpty())
        return {};
    const double sar =
        sampleAspectRatio.num > 0 && sampleAspectRatio.den > 0 ? av_q2d(sampleAspectRatio) : 1.0;
    const double displayAspect = width * sar / height;
    const double boxAspect = static_cast<double>(bounds.width()) / bounds.height();
    if (displayAspect >= boxAspect) {
        const int fittedHeight = static_cast<int>(std::lround(bounds.width() / displayAspect));
        return {bounds.width(), std::clamp(fittedHeight, 1, bounds.height())};
    }
    const int fittedWidth = static_cast<int>(std::lround(bounds.height() * displayAspect));
    return {std::clamp(fittedWidth, 1, bounds.width()), bounds.height()};
}

Expected<QImage> Scaler::toPreviewImage(const Frame& input, QSize bounds, PreviewFit fit) {
    if (bounds.isEmpty())
        return makeError(ErrorCode::InvalidArgument, "empty preview bounds", "Scaler");
    const QSize picture =
        fittedSize(input.width(), input.height(), input.sampleAspectRatio(), bounds);
    if (picture.isEmpty())
        return makeError(ErrorCode::InvalidArgument, "not a video frame", "Scaler");

    QImage image(fit == PreviewFit::Letterbox ? bounds : picture, QImage::Format_RGB32);
    if (image.isNull())
        return makeError(ErrorCode::Internal, "out of memory", "Scaler::toPreviewImage");
    int left = 0;
    int top = 0;
    if (fit == PreviewFit::Letterbox) {
        image.fill(Qt::black);
        left = ((bounds.width() - picture.width()) / 2) & ~3;
        top = (bounds.height() - picture.height()) / 2;
    }
    // Format_RGB32 is 0xffRRGGBB in native byte order, which is AV_PIX_FMT_RGB32.
    std::uint8_t* const destination[4] = {
        image.bits() + static_cast<qsizetype>(top) * image.bytesPerLine() + left * 4, nullptr,
        nullptr, nullptr};
    const int stride[4] = {static_cast<int>(image.bytesPerLine()), 0, 0, 0};
    auto scaled = scaleRaw(input, picture.width(), picture.height(), AV_PIX_FMT_RGB32,
                           AVCOL_SPC_UNSPECIFIED, destination, stride);
    if (!scaled)
        return scaled.error();
    return image;
}

} // namespace wl::media
