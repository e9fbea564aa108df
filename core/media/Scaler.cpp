#include "Scaler.h"

#include <algorithm>
#include <cmath>

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

} // namespace

Scaler::Scaler(ScaleQuality quality)
    : m_flags(swsFlags(quality)) {
}

Expected<void> Scaler::prepare(const Frame& input, int width, int height, AVPixelFormat format) {
    if (input.isEmpty() || input.kind() != MediaKind::Video)
        return makeError(ErrorCode::InvalidArgument, "not a video frame", "Scaler");
    if (width <= 0 || height <= 0)
        return makeError(ErrorCode::InvalidArgument, "bad output size", "Scaler");
    bool fullRange = input.av()->color_range == AVCOL_RANGE_JPEG;
    const AVPixelFormat source = withoutJpegRange(input.pixelFormat(), &fullRange);
    bool outputFullRange = false;
    const AVPixelFormat target = withoutJpegRange(format, &outputFullRange);

    const Geometry geometry{input.width(), input.height(), source, width, height, target};
    const bool rebuild = !m_context || geometry != m_geometry;
    if (rebuild) {
        m_context.reset(sws_getContext(input.width(), input.height(), source, width, height, target,
                                       m_flags, nullptr, nullptr, nullptr));
        m_geometry = geometry;
        if (!m_context)
            return makeError(ErrorCode::Unsupported,
                             "swscale cannot convert this geometry or format", "Scaler");
        ++m_contextBuilds;
    }

    // Refreshing the colour tables costs time, so only when the context or the input changed.
    const int colorspace = swsColorspace(input.av()->colorspace);
    const int colorKey = colorspace * 4 + (fullRange ? 2 : 0) + (outputFullRange ? 1 : 0);
    if (rebuild || colorKey != m_colorKey) {
        const int* coefficients = sws_getCoefficients(colorspace);
        sws_setColorspaceDetails(m_context.get(), coefficients, fullRange ? 1 : 0, coefficients,
                                 outputFullRange ? 1 : 0, 0, 1 << 16, 1 << 16);
        m_colorKey = colorKey;
    }
    return {};
}

Expected<void> Scaler::scaleRaw(const Frame& input, int width, int height, AVPixelFormat format,
                                std::uint8_t* const destination[], const int destinationStride[]) {
    auto prepared = prepare(input, width, height, format);
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
                 target->data, target->linesize);
    if (!scaled)
        return scaled;
    target->pts = input.pts();
    target->sample_aspect_ratio = AVRational{1, 1};
    output.setTimeBase(input.timeBase());
    output.setArrivalUs(input.arrivalUs());
    return {};
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
    auto scaled =
        scaleRaw(input, picture.width(), picture.height(), AV_PIX_FMT_RGB32, destination, stride);
    if (!scaled)
        return scaled.error();
    return image;
}

} // namespace wl::media
