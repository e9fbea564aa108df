#include "DemoPattern.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdio>
#include <ctime>

#include "BitmapFont.h"
#include "media/Scaler.h"

namespace wl::sources {

namespace {

using media::Frame;

struct Yuv {
    std::uint8_t y = 16;
    std::uint8_t u = 128;
    std::uint8_t v = 128;
};

constexpr Yuv kBlack{16, 128, 128};
constexpr Yuv kWhite{235, 128, 128};
constexpr Yuv kTextBox{32, 128, 128};
constexpr int kStripBlocks = 2 + 3 + DemoPattern::kFrameNumberBits;
constexpr int kSwatchUnits = 2;

std::uint8_t clampByte(double value) {
    return static_cast<std::uint8_t>(std::clamp(std::lround(value), 0L, 255L));
}

// BT.601, limited range: what x264 and the decoders assume for SD pictures.
Yuv toYuv(DemoPattern::Rgb rgb) {
    const double r = rgb.r;
    const double g = rgb.g;
    const double b = rgb.b;
    return Yuv{clampByte(16 + (65.481 * r + 128.553 * g + 24.966 * b) / 255),
               clampByte(128 + (-37.797 * r - 74.203 * g + 112.0 * b) / 255),
               clampByte(128 + (112.0 * r - 93.786 * g - 18.214 * b) / 255)};
}

DemoPattern::Rgb toRgb(double y, double u, double v) {
    const double luma = 1.164 * (y - 16);
    return DemoPattern::Rgb{clampByte(luma + 1.596 * (v - 128)),
                            clampByte(luma - 0.392 * (u - 128) - 0.813 * (v - 128)),
                            clampByte(luma + 2.017 * (u - 128))};
}

// Fills a rectangle in all three planes of a yuv420p frame, clipped to the frame.
void fillRect(Frame& frame, int x, int y, int width, int height, Yuv colour) {
    const int left = std::max(x, 0);
    const int top = std::max(y, 0);
    const int right = std::min(x + width, frame.width());
    const int bottom = std::min(y + height, frame.height());
    if (left >= right || top >= bottom)
        return;
    for (int row = top; row < bottom; ++row) {
        std::uint8_t* line = frame.data(0) + static_cast<std::ptrdiff_t>(row) * frame.lineSize(0);
        std::fill(line + left, line + right, colour.y);
    }
    for (int row = top / 2; row < (bottom + 1) / 2; ++row) {
        std::uint8_t* u = frame.data(1) + static_cast<std::ptrdiff_t>(row) * frame.lineSize(1);
        std::uint8_t* v = frame.data(2) + static_cast<std::ptrdiff_t>(row) * frame.lineSize(2);
        std::fill(u + left / 2, u + (right + 1) / 2, colour.u);
        std::fill(v + left / 2, v + (right + 1) / 2, colour.v);
    }
}

// Mean of one plane over the middle half of a rectangle given in luma coordinates.
double sampleMean(const Frame& frame, int plane, double x, double y, double width, double height) {
    const int shift = plane == 0 ? 0 : 1;
    const int planeWidth = plane == 0 ? frame.width() : (frame.width() + 1) / 2;
    const int planeHeight = plane == 0 ? frame.height() : (frame.height() + 1) / 2;
    const int left =
        std::clamp(static_cast<int>((x + width / 4) / (1 << shift)), 0, planeWidth - 1);
    const int right =
        std::clamp(static_cast<int>((x + width * 3 / 4) / (1 << shift)), left + 1, planeWidth);
    const int top =
        std::clamp(static_cast<int>((y + height / 4) / (1 << shift)), 0, planeHeight - 1);
    const int bottom =
        std::clamp(static_cast<int>((y + height * 3 / 4) / (1 << shift)), top + 1, planeHeight);
    double sum = 0;
    for (int row = top; row < bottom; ++row) {
        const std::uint8_t* line =
            frame.data(plane) + static_cast<std::ptrdiff_t>(row) * frame.lineSize(plane);
        for (int column = left; column < right; ++column)
            sum += line[column];
    }
    return sum / ((right - left) * (bottom - top));
}

int nearestIdentity(DemoPattern::Rgb rgb) {
    int best = 0;
    double bestDistance = 1e18;
    for (int index = 1; index <= DemoPattern::kMaxCameraIndex; ++index) {
        const DemoPattern::Rgb colour = DemoPattern::identityColour(index);
        const double dr = rgb.r - colour.r;
        const double dg = rgb.g - colour.g;
        const double db = rgb.b - colour.b;
        const double distance = dr * dr + dg * dg + db * db;
        if (distance < bestDistance) {
            bestDistance = distance;
            best = index;
        }
    }
    return best;
}

} // namespace

DemoPattern::DemoPattern(int cameraIndex, std::string name, int framesPerSecond)
    : m_cameraIndex(std::clamp(cameraIndex, 1, kMaxCameraIndex))
    , m_name(std::move(name))
    , m_fps(std::max(framesPerSecond, 1)) {
}

DemoPattern::Rgb DemoPattern::identityColour(int cameraIndex) {
    static constexpr std::array<Rgb, kMaxCameraIndex> kColours{{
        {220, 40, 40},  // red
        {40, 190, 60},  // green
        {40, 80, 230},  // blue
        {230, 200, 30}, // yellow
        {200, 50, 200}, // magenta
        {40, 200, 210}, // cyan
        {240, 130, 20}, // orange
    }};
    return kColours[static_cast<std::size_t>(std::clamp(cameraIndex, 1, kMaxCameraIndex) - 1)];
}

std::string DemoPattern::clockText(std::chrono::system_clock::time_point wallClock) {
    const auto sinceEpoch = wallClock.time_since_epoch();
    const std::time_t seconds =
        std::chrono::duration_cast<std::chrono::seconds>(sinceEpoch).count();
    const auto millis =
        std::chrono::duration_cast<std::chrono::milliseconds>(sinceEpoch).count() % 1000;
    std::tm local{};
    localtime_r(&seconds, &local);
    std::array<char, 16> text{};
    std::snprintf(text.data(), text.size(), "%02d:%02d:%02d.%03d", local.tm_hour, local.tm_min,
                  local.tm_sec, static_cast<int>(millis));
    return std::string(text.data());
}

Expected<void> DemoPattern::render(media::Frame& frame, std::int64_t frameNumber,
                                   std::chrono::system_clock::time_point wallClock) const {
    if (frame.pixelFormat() != AV_PIX_FMT_YUV420P || frame.width() < 160 || frame.height() < 90)
        return makeError(ErrorCode::InvalidArgument, "demo pattern needs yuv420p, 160x90 or more",
                         "DemoPattern::render");
    auto writable = frame.makeWritable();
    if (!writable)
        return writable;
    const int width = frame.width();
    const int height = frame.height();
    const int unit = width / 40;
    const Rgb identity = identityColour(m_cameraIndex);

    // Background: the identity colour at a third of its brightness.
    fillRect(frame, 0, 0, width, height,
             toYuv(Rgb{static_cast<std::uint8_t>(identity.r / 3),
                       static_cast<std::uint8_t>(identity.g / 3),
                       static_cast<std::uint8_t>(identity.b / 3)}));

    // A box bouncing left and right, one full trip every four seconds.
    const int boxSize = 4 * unit;
    const int travel = std::max(width - boxSize, 1);
    const std::int64_t period = 4LL * m_fps;
    const std::int64_t phase = frameNumber % period;
    const std::int64_t half = period / 2;
    const int boxX = static_cast<int>((phase < half ? phase : period - phase) * travel /
                                      std::max<std::int64_t>(half, 1));
    fillRect(frame, boxX, height / 2 - boxSize / 2, boxSize, boxSize, toYuv(Rgb{240, 240, 240}));
    fillRect(frame, boxX + unit, height / 2 - boxSize / 2 + unit, 2 * unit, 2 * unit,
             toYuv(identity));

    // The flash that goes with the audio beep at each whole second.
    if (frameNumber % m_fps == 0)
        fillRect(frame, width - 4 * unit, unit, 3 * unit, 3 * unit, kWhite);

    // Name, clock and frame counter.
    const int scale = std::max(1, height / 120);
    const int lineHeight = (BitmapFont::kGlyphHeight + 3) * scale;
    std::array<char, 16> counter{};
    std::snprintf(counter.data(), counter.size(), "#%06lld", static_cast<long long>(frameNumber));
    const std::array<std::string, 3> lines{m_name, clockText(wallClock), counter.data()};
    int boxWidth = 0;
    for (const std::string& line : lines)
        boxWidth = std::max(boxWidth, BitmapFont::textWidth(line, scale));
    fillRect(frame, unit - 2 * scale, unit - 2 * scale, boxWidth + 4 * scale,
             static_cast<int>(lines.size()) * lineHeight + scale, kTextBox);
    const BitmapFont::Plane luma{frame.data(0), frame.lineSize(0), width, height};
    for (std::size_t i = 0; i < lines.size(); ++i)
        BitmapFont::draw(luma, unit, unit + static_cast<int>(i) * lineHeight, lines[i], scale,
                         kWhite.y);

    // The machine-readable strip, at fractional positions so that it scales with the picture.
    const int stripTop = static_cast<int>(std::lround(height - height / 18.0));
    const int stripHeight = height - stripTop;
    auto unitX = [width](int units) {
        return static_cast<int>(std::lround(units * width / 40.0));
    };
    fillRect(frame, 0, stripTop, unitX(kSwatchUnits), stripHeight, toYuv(identity));
    const std::uint32_t number =
        static_cast<std::uint32_t>(frameNumber) & ((1U << kFrameNumberBits) - 1);
    for (int block = 0; block < kStripBlocks; ++block) {
        bool white = false;
        if (block == 0)
            white = true;
        else if (block == 1)
            white = false;
        else if (block < 5)
            white = ((m_cameraIndex >> (4 - block)) & 1) != 0;
        else
            white = ((number >> (kFrameNumberBits - 1 - (block - 5))) & 1) != 0;
        const int left = unitX(kSwatchUnits + block);
        fillRect(frame, left, stripTop, unitX(kSwatchUnits + block + 1) - left, stripHeight,
                 white ? kWhite : kBlack);
    }
    return {};
}

std::optional<DemoIdentity> DemoPattern::readIdentity(const media::Frame& frame) {
    if (frame.isEmpty() || frame.kind() != media::MediaKind::Video || frame.width() < 80 ||
        frame.height() < 45)
        return std::nullopt;
    const AVPixelFormat format = frame.pixelFormat();
    if (format != AV_PIX_FMT_YUV420P && format != AV_PIX_FMT_YUVJ420P) {
        media::Scaler scaler;
        auto converted = scaler.scale(frame, frame.width(), frame.height(), AV_PIX_FMT_YUV420P);
        if (!converted)
            return std::nullopt;
        return readIdentity(*converted);
    }

    const double unit = frame.width() / 40.0;
    const double stripHeight = frame.height() / 18.0;
    const double stripTop = frame.height() - stripHeight;
    auto luma = [&](int block) {
        return sampleMean(frame, 0, (kSwatchUnits + block) * unit, stripTop, unit, stripHeight);
    };
    const double white = luma(0);
    const double black = luma(1);
    if (white - black < 60)
        return std::nullopt;
    const double threshold = (white + black) / 2;

    int index = 0;
    for (int block = 2; block < 5; ++block)
        index = (index << 1) | (luma(block) > threshold ? 1 : 0);
    std::int64_t number = 0;
    for (int block = 5; block < kStripBlocks; ++block)
        number = (number << 1) | (luma(block) > threshold ? 1 : 0);
    if (index < 1)
        return std::nullopt;

    const double width = kSwatchUnits * unit;
    const Rgb swatch = toRgb(sampleMean(frame, 0, 0, stripTop, width, stripHeight),
                             sampleMean(frame, 1, 0, stripTop, width, stripHeight),
                             sampleMean(frame, 2, 0, stripTop, width, stripHeight));
    if (nearestIdentity(swatch) != index)
        return std::nullopt;
    return DemoIdentity{index, number};
}

} // namespace wl::sources
