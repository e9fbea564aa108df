#include <random>

#include <QTest>

#include "SwitcherTestSupport.h"
#include "switcher/FrameBlender.h"

using namespace wl::switcher;
using test::pixelAt;
using test::solidFrame;
using wl::media::Frame;

namespace {

// Random content, so each pixel checks the arithmetic (SIMD body and scalar tail alike).
Frame noiseFrame(int width, int height, unsigned seed) {
    Frame frame = solidFrame(width, height, YuvColour::black());
    std::mt19937 random(seed);
    for (int plane = 0; plane < 3; ++plane) {
        const int rows = plane == 0 ? height : height / 2;
        const int columns = plane == 0 ? width : width / 2;
        for (int y = 0; y < rows; ++y)
            for (int x = 0; x < columns; ++x)
                frame.data(plane)[y * frame.lineSize(plane) + x] =
                    static_cast<std::uint8_t>(random() & 0xff);
    }
    return frame;
}

int sample(const Frame& frame, int plane, int x, int y) {
    return frame.data(plane)[y * frame.lineSize(plane) + x];
}

template <typename Expected>
bool everySample(const Frame& frame, Expected expected) {
    for (int plane = 0; plane < 3; ++plane) {
        const int rows = plane == 0 ? frame.height() : frame.height() / 2;
        const int columns = plane == 0 ? frame.width() : frame.width() / 2;
        for (int y = 0; y < rows; ++y)
            for (int x = 0; x < columns; ++x)
                if (sample(frame, plane, x, y) != expected(plane, x, y)) {
                    qWarning("plane %d (%d, %d): %d, expected %d", plane, x, y,
                             sample(frame, plane, x, y), expected(plane, x, y));
                    return false;
                }
    }
    return true;
}

} // namespace

class TestFrameBlender : public QObject {
    Q_OBJECT

private slots:
    void weightsRoundPositions() {
        QCOMPARE(FrameBlender::weightOf(0), 0);
        QCOMPARE(FrameBlender::weightOf(0.5), 128);
        QCOMPARE(FrameBlender::weightOf(1), 256);
        QCOMPARE(FrameBlender::weightOf(-3), 0);
        QCOMPARE(FrameBlender::weightOf(7), 256);
    }

    void mixesEveryPixel() {
        // 70 wide: 35 chroma columns, so both the 16-pixel steps and the tail are used.
        const Frame a = noiseFrame(70, 6, 1);
        const Frame b = noiseFrame(70, 6, 2);
        Frame out = solidFrame(70, 6, YuvColour::black());
        for (int weight : {0, 1, 100, 128, 255, 256}) {
            FrameBlender::mix(a, b, weight, out);
            QVERIFY(everySample(out, [&](int plane, int x, int y) {
                return (sample(a, plane, x, y) * (256 - weight) + sample(b, plane, x, y) * weight +
                        128) >>
                       8;
            }));
        }
    }

    void mixesWithAColourInPlace() {
        const Frame original = noiseFrame(70, 6, 3);
        Frame frame = noiseFrame(70, 6, 3);
        const YuvColour colour{200, 30, 220};
        FrameBlender::mixWithColour(frame, colour, 64, frame);
        QVERIFY(everySample(frame, [&](int plane, int x, int y) {
            const int value = plane == 0 ? colour.y : plane == 1 ? colour.u : colour.v;
            return (sample(original, plane, x, y) * 192 + value * 64 + 128) >> 8;
        }));
    }

    void squeezesFullRangeIntoLimited() {
        Frame full = solidFrame(70, 6, YuvColour::black());
        for (int plane = 0; plane < 3; ++plane)
            for (int x = 0; x < (plane == 0 ? 70 : 35); ++x)
                full.data(plane)[x] = static_cast<std::uint8_t>(x * 255 / (plane == 0 ? 69 : 34));
        Frame out = solidFrame(70, 6, YuvColour::black());
        FrameBlender::toLimitedRange(full, out);
        for (int plane = 0; plane < 3; ++plane) {
            const int columns = plane == 0 ? 70 : 35;
            for (int x = 0; x < columns; ++x) {
                const int in = sample(full, plane, x, 0);
                const double exact =
                    plane == 0 ? 16 + in * 219.0 / 255 : 128 + (in - 128) * 224.0 / 255;
                QVERIFY(std::abs(sample(out, plane, x, 0) - exact) <= 1.0);
            }
        }
        QCOMPARE(sample(out, 0, 0, 0), 16);
        QCOMPARE(sample(out, 0, 69, 0), 235);
        QCOMPARE(sample(out, 1, 0, 0), 16);
        QCOMPARE(sample(out, 1, 34, 0), 240);
    }

    void fillsOnlyOutsideThePicture() {
        Frame frame = solidFrame(64, 32, {100, 100, 100});
        FrameBlender::fillOutside(frame, QRect(8, 4, 48, 24), YuvColour::black());
        QCOMPARE(pixelAt(frame, 7, 10), YuvColour::black());
        QCOMPARE(pixelAt(frame, 8, 4), (YuvColour{100, 100, 100}));
        QCOMPARE(pixelAt(frame, 55, 27), (YuvColour{100, 100, 100}));
        QCOMPARE(pixelAt(frame, 56, 27), YuvColour::black());
        QCOMPARE(pixelAt(frame, 30, 28), YuvColour::black());
        QCOMPARE(pixelAt(frame, 30, 3), YuvColour::black());
    }

    void wipeEdgesAreEvenAndClamped() {
        QCOMPARE(FrameBlender::wipeEdge(1920, 0.5), 960);
        QCOMPARE(FrameBlender::wipeEdge(1920, 0), 0);
        QCOMPARE(FrameBlender::wipeEdge(1920, 1), 1920);
        QCOMPARE(FrameBlender::wipeEdge(1080, 1.0 / 3) % 2, 0);
        QCOMPARE(FrameBlender::wipeEdge(1080, 2), 1080);
    }
};

QTEST_GUILESS_MAIN(TestFrameBlender)
#include "tst_frameblender.moc"
