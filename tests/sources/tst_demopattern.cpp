#include <QRegularExpression>
#include <QTest>

#include "media/AvLogRouting.h"
#include "media/Decoder.h"
#include "media/Encoder.h"
#include "media/Scaler.h"
#include "sources/DemoPattern.h"

using namespace wl;
using sources::DemoPattern;

namespace {

media::Frame render(int index, std::int64_t number, int width = 640, int height = 360) {
    media::Frame frame = media::Frame::allocateVideo(width, height, AV_PIX_FMT_YUV420P).value();
    const DemoPattern pattern(index, "CAM " + std::to_string(index), 30);
    const auto drawn = pattern.render(frame, number, std::chrono::system_clock::now());
    if (!drawn)
        qFatal("render: %s", drawn.error().toString().c_str());
    return frame;
}

} // namespace

class TestDemoPattern : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { media::routeAvLogToQt(AV_LOG_WARNING); }

    void readsBackWhatItDrew() {
        for (int index = 1; index <= DemoPattern::kMaxCameraIndex; ++index) {
            for (const std::int64_t number : {0LL, 1LL, 29LL, 12345LL, 0xFFFFFFLL}) {
                const auto identity = DemoPattern::readIdentity(render(index, number));
                QVERIFY(identity);
                QCOMPARE(identity->cameraIndex, index);
                QCOMPARE(identity->frameNumber, number);
            }
        }
    }

    void survivesH264() {
        media::VideoEncoderSettings settings;
        settings.width = 640;
        settings.height = 360;
        settings.preset = "ultrafast";
        settings.bitrateKbps = 800;
        settings.threads = 1;
        auto encoder = media::Encoder::openVideo(settings);
        QVERIFY(encoder);
        auto decoder = media::Decoder::open(encoder->codecParameters());
        QVERIFY(decoder);
        int checked = 0;
        for (int i = 0; i < 20; ++i) {
            media::Frame frame = render(3, 1000 + i);
            frame.setPts(i);
            frame.setTimeBase(AVRational{1, 30});
            auto packets = encoder->encode(frame);
            QVERIFY(packets);
            for (const auto& packet : *packets) {
                auto frames = decoder->decode(packet);
                QVERIFY(frames);
                for (const auto& decoded : *frames) {
                    const auto identity = DemoPattern::readIdentity(decoded);
                    QVERIFY(identity);
                    QCOMPARE(identity->cameraIndex, 3);
                    QCOMPARE(identity->frameNumber, 1000 + decoded.pts());
                    ++checked;
                }
            }
        }
        QCOMPARE(checked, 20);
    }

    void survivesScalingAndRgb() {
        media::Scaler scaler(media::ScaleQuality::Bilinear);
        const media::Frame original = render(5, 4242);
        for (const auto& [width, height, format] :
             {std::tuple{320, 180, AV_PIX_FMT_YUV420P}, std::tuple{1280, 720, AV_PIX_FMT_YUV420P},
              std::tuple{500, 282, AV_PIX_FMT_YUV420P}, std::tuple{640, 360, AV_PIX_FMT_BGRA},
              std::tuple{480, 270, AV_PIX_FMT_NV12}}) {
            auto scaled = scaler.scale(original, width, height, format);
            QVERIFY(scaled);
            const auto identity = DemoPattern::readIdentity(*scaled);
            QVERIFY2(identity, qPrintable(QString("%1x%2").arg(width).arg(height)));
            QCOMPARE(identity->cameraIndex, 5);
            QCOMPARE(identity->frameNumber, std::int64_t{4242});
        }
    }

    void ignoresOtherPictures() {
        media::Frame grey = media::Frame::allocateVideo(640, 360, AV_PIX_FMT_YUV420P).value();
        for (int plane = 0; plane < 3; ++plane) {
            const int rows = plane == 0 ? 360 : 180;
            for (int y = 0; y < rows; ++y)
                std::fill_n(grey.data(plane) + y * grey.lineSize(plane), grey.lineSize(plane),
                            std::uint8_t{128});
        }
        QVERIFY(!DemoPattern::readIdentity(grey));
        QVERIFY(!DemoPattern::readIdentity(media::Frame()));
    }

    void camerasLookDifferent() {
        const media::Frame one = render(1, 0);
        const media::Frame two = render(2, 0);
        // Background chroma in the middle of the right half differs between cameras.
        const int x = 240;
        const int y = 40;
        QVERIFY(one.data(2)[y * one.lineSize(2) + x] != two.data(2)[y * two.lineSize(2) + x]);
    }

    void pictureMovesFromFrameToFrame() {
        const media::Frame first = render(1, 10);
        const media::Frame later = render(1, 20);
        int differing = 0;
        for (int y = 150; y < 210; ++y) {
            for (int x = 0; x < 640; ++x) {
                if (first.data(0)[y * first.lineSize(0) + x] !=
                    later.data(0)[y * later.lineSize(0) + x])
                    ++differing;
            }
        }
        QVERIFY2(differing > 1000, qPrintable(QString::number(differing)));
    }

    void rejectsUnusableFrames() {
        const DemoPattern pattern(1, "X", 30);
        media::Frame small = media::Frame::allocateVideo(100, 50, AV_PIX_FMT_YUV420P).value();
        QVERIFY(!pattern.render(small, 0, std::chrono::system_clock::now()));
        media::Frame rgb = media::Frame::allocateVideo(640, 360, AV_PIX_FMT_RGB24).value();
        QVERIFY(!pattern.render(rgb, 0, std::chrono::system_clock::now()));
    }

    void formatsTheClock() {
        const QString text = QString::fromStdString(DemoPattern::clockText(
            std::chrono::system_clock::time_point(std::chrono::milliseconds(1'700'000'000'123LL))));
        QVERIFY2(QRegularExpression("^\\d\\d:\\d\\d:\\d\\d\\.123$").match(text).hasMatch(),
                 qPrintable(text));
    }
};

QTEST_GUILESS_MAIN(TestDemoPattern)
#include "tst_demopattern.moc"
