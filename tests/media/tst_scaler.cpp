#include <cstdlib>

#include <QTest>

#include "MediaTestSupport.h"
#include "media/AvLogRouting.h"
#include "media/Scaler.h"

using namespace wl::media;

namespace {

// BT.601 limited-range red: Y 81, Cb 90, Cr 240.
Frame redFrame(int width, int height) {
    return test::makeSolidFrame(width, height, 81, 90, 240);
}

bool isBlack(QRgb pixel) {
    return qRed(pixel) < 8 && qGreen(pixel) < 8 && qBlue(pixel) < 8;
}

bool isRed(QRgb pixel) {
    return qRed(pixel) > 230 && qGreen(pixel) < 30 && qBlue(pixel) < 30;
}

} // namespace

class TestScaler : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { routeAvLogToQt(AV_LOG_WARNING); }

    void scalesSizeAndFormat() {
        Scaler scaler;
        Frame input = redFrame(320, 240);
        input.setPts(42);
        input.setTimeBase(AVRational{1, 90000});
        input.setArrivalUs(5);
        auto output = scaler.scale(input, 160, 120, AV_PIX_FMT_RGB24);
        QVERIFY(output);
        QCOMPARE(output->width(), 160);
        QCOMPARE(output->height(), 120);
        QCOMPARE(output->pixelFormat(), AV_PIX_FMT_RGB24);
        QCOMPARE(output->pts(), std::int64_t{42});
        QCOMPARE(output->timeBase().den, 90000);
        QCOMPARE(output->arrivalUs(), std::int64_t{5});
        const std::uint8_t* pixel = output->data(0) + 60 * output->lineSize(0) + 80 * 3;
        QVERIFY(pixel[0] > 230 && pixel[1] < 30 && pixel[2] < 30);

        auto upscaled = scaler.scale(input, 640, 480, AV_PIX_FMT_NV12);
        QVERIFY(upscaled);
        QCOMPARE(upscaled->width(), 640);
        QCOMPARE(upscaled->planeCount(), 2);
        QCOMPARE(int(upscaled->data(0)[0]), 81);
    }

    void reusesContextWhileGeometryStays() {
        Scaler scaler;
        for (int i = 0; i < 5; ++i)
            QVERIFY(scaler.scale(redFrame(320, 240), 160, 120, AV_PIX_FMT_YUV420P));
        QCOMPARE(scaler.contextBuilds(), 1);
        QVERIFY(scaler.scale(redFrame(640, 480), 160, 120, AV_PIX_FMT_YUV420P));
        QCOMPARE(scaler.contextBuilds(), 2);
        QVERIFY(scaler.scale(redFrame(640, 480), 160, 120, AV_PIX_FMT_YUV420P));
        QCOMPARE(scaler.contextBuilds(), 2);
    }

    void fullRangeInputIsRespected() {
        Scaler scaler;
        // Full-range white is Y 255; limited-range white is Y 235. Both must come out white.
        const Frame full = test::makeSolidFrame(64, 64, 255, 128, 128, AV_PIX_FMT_YUVJ420P);
        const Frame limited = test::makeSolidFrame(64, 64, 235, 128, 128, AV_PIX_FMT_YUV420P);
        for (const Frame& input : {full, limited}) {
            auto image = scaler.toPreviewImage(input, QSize(32, 32), PreviewFit::Shrink);
            QVERIFY(image);
            QVERIFY(qRed(image->pixel(16, 16)) >= 250);
        }
    }

    void previewPillarboxesNarrowPictures() {
        Scaler scaler(ScaleQuality::Fast);
        // 4:3 into a 16:9 box: 360x270 picture, black bars left and right.
        auto image = scaler.toPreviewImage(redFrame(640, 480), QSize(480, 270));
        QVERIFY(image);
        QCOMPARE(image->size(), QSize(480, 270));
        QCOMPARE(image->format(), QImage::Format_RGB32);
        QVERIFY(isBlack(image->pixel(0, 135)));
        QVERIFY(isBlack(image->pixel(50, 10)));
        QVERIFY(isBlack(image->pixel(479, 260)));
        QVERIFY(isRed(image->pixel(240, 135)));
        QVERIFY(isRed(image->pixel(70, 5)));
        QVERIFY(isRed(image->pixel(400, 265)));
        // Format_RGB32 needs opaque alpha.
        QCOMPARE(qAlpha(image->pixel(240, 135)), 255);
    }

    void previewLetterboxesWidePictures() {
        Scaler scaler;
        // 16:9 into a 4:3 box: 480x270 picture, black bars top and bottom.
        auto image = scaler.toPreviewImage(redFrame(1280, 720), QSize(480, 360));
        QVERIFY(image);
        QCOMPARE(image->size(), QSize(480, 360));
        QVERIFY(isBlack(image->pixel(240, 10)));
        QVERIFY(isBlack(image->pixel(240, 350)));
        QVERIFY(isRed(image->pixel(240, 180)));
        QVERIFY(isRed(image->pixel(2, 50)));
        QVERIFY(isRed(image->pixel(477, 310)));
    }

    void previewShrinkHasNoBars() {
        Scaler scaler;
        auto image = scaler.toPreviewImage(redFrame(640, 480), QSize(480, 270), PreviewFit::Shrink);
        QVERIFY(image);
        QCOMPARE(image->size(), QSize(360, 270));
        QVERIFY(isRed(image->pixel(0, 0)));
        QVERIFY(isRed(image->pixel(359, 269)));
    }

    void fittedSizeHonoursSampleAspect() {
        // PAL 720x576 with 16:15 pixels displays as 4:3.
        QCOMPARE(Scaler::fittedSize(720, 576, AVRational{16, 15}, QSize(480, 270)),
                 QSize(360, 270));
        QCOMPARE(Scaler::fittedSize(1920, 1080, AVRational{1, 1}, QSize(480, 270)),
                 QSize(480, 270));
        QCOMPARE(Scaler::fittedSize(1080, 1920, AVRational{0, 1}, QSize(480, 270)),
                 QSize(152, 270));
        QVERIFY(Scaler::fittedSize(0, 0, AVRational{1, 1}, QSize(480, 270)).isEmpty());
    }

    void scalesIntoARectangleOnly() {
        // x = 240 puts the chroma rows off 16-byte alignment (scratch path); x = 256 does not.
        for (const int left : {240, 256}) {
            Scaler scaler;
            Frame output = test::makeSolidFrame(1920, 1080, 16, 128, 128);
            QVERIFY(scaler.scaleIntoRect(redFrame(640, 480), output, QRect(left, 0, 1440, 1080)));
            auto luma = [&output](int x, int y) {
                return int(output.data(0)[y * output.lineSize(0) + x]);
            };
            auto cr = [&output](int x, int y) {
                return int(output.data(2)[y * output.lineSize(2) + x]);
            };
            QCOMPARE(luma(left - 1, 500), 16);
            QCOMPARE(luma(left, 500), 81);
            QCOMPARE(luma(left + 1439, 1079), 81);
            QCOMPARE(luma(left + 1440, 0), 16);
            QCOMPARE(cr(left / 2 - 1, 10), 128);
            QCOMPARE(cr(left / 2, 10), 240);
            QCOMPARE(cr(left / 2 + 719, 539), 240);
            QCOMPARE(cr(left / 2 + 720, 539), 128);
        }
        // Odd edges move to whole chroma samples; an empty rectangle is refused.
        Scaler scaler;
        Frame output = test::makeSolidFrame(64, 64, 16, 128, 128);
        QVERIFY(scaler.scaleIntoRect(redFrame(32, 32), output, QRect(3, 3, 20, 20)));
        QCOMPARE(int(output.data(0)[3 * output.lineSize(0) + 3]), 16);
        QCOMPARE(int(output.data(0)[4 * output.lineSize(0) + 4]), 81);
        QVERIFY(!scaler.scaleIntoRect(redFrame(32, 32), output, QRect(100, 100, 10, 10)));
    }

    void convertsRangeAndMatrixAtTheSameSize() {
        Scaler scaler;
        // Full-range white to limited range, without resizing.
        const Frame full = test::makeSolidFrame(64, 64, 255, 128, 128, AV_PIX_FMT_YUVJ420P);
        auto limited = scaler.scale(full, 64, 64, AV_PIX_FMT_YUV420P);
        QVERIFY(limited);
        QCOMPARE(int(limited->data(0)[0]), 235);
        // BT.601 red into a frame tagged BT.709.
        Frame output = Frame::allocateVideo(64, 64, AV_PIX_FMT_YUV420P).value();
        Scaler::setBt709LimitedRange(output);
        QVERIFY(scaler.scaleInto(redFrame(64, 64), output));
        QVERIFY(std::abs(int(output.data(0)[0]) - 63) <= 2);
        QVERIFY(std::abs(int(output.data(1)[0]) - 102) <= 2);
        QCOMPARE(output.av()->colorspace, AVCOL_SPC_BT709);
        QCOMPARE(output.av()->color_range, AVCOL_RANGE_MPEG);
    }

    void conversionNeedsGeometryRangeAndMatrix() {
        using Conversion = Scaler::Conversion;
        auto needed = [](const Frame& frame, int width, int height, AVPixelFormat format) {
            return Scaler::conversionTo(frame, width, height, format, AVCOL_SPC_BT709);
        };
        const Frame hd = test::makeSolidFrame(1920, 1080, 81, 90, 240);
        QCOMPARE(needed(hd, 1920, 1080, AV_PIX_FMT_YUV420P), Conversion::None);
        QCOMPARE(needed(hd, 1280, 720, AV_PIX_FMT_YUV420P), Conversion::Full);
        QCOMPARE(needed(hd, 1920, 1080, AV_PIX_FMT_NV12), Conversion::Full);
        Frame tagged601 = hd;
        tagged601.av()->colorspace = AVCOL_SPC_SMPTE170M;
        QCOMPARE(needed(tagged601, 1920, 1080, AV_PIX_FMT_YUV420P), Conversion::Full);
        Frame anamorphic = hd;
        anamorphic.av()->sample_aspect_ratio = AVRational{4, 3};
        QCOMPARE(needed(anamorphic, 1920, 1080, AV_PIX_FMT_YUV420P), Conversion::Full);
        Frame fullRange = hd;
        fullRange.av()->color_range = AVCOL_RANGE_JPEG;
        QCOMPARE(needed(fullRange, 1920, 1080, AV_PIX_FMT_YUV420P), Conversion::RangeOnly);
        const Frame jpeg = test::makeSolidFrame(1920, 1080, 255, 128, 128, AV_PIX_FMT_YUVJ420P);
        QCOMPARE(needed(jpeg, 1920, 1080, AV_PIX_FMT_YUV420P), Conversion::RangeOnly);
        QCOMPARE(needed(jpeg, 1920, 1080, AV_PIX_FMT_YUVJ420P), Conversion::None);
        QCOMPARE(needed(hd, 1920, 1080, AV_PIX_FMT_YUVJ420P), Conversion::Full);
        QCOMPARE(needed(Frame(), 1920, 1080, AV_PIX_FMT_YUV420P), Conversion::Full);
    }

    void imagesBecomeFramesOverBlack() {
        QImage image(8, 4, QImage::Format_ARGB32);
        image.fill(QColor(0, 255, 0, 255));
        image.setPixelColor(0, 0, QColor(255, 255, 255, 0)); // transparent: black
        auto frame = Scaler::frameFromImage(image);
        QVERIFY(frame);
        QCOMPARE(frame->width(), 8);
        QCOMPARE(frame->pixelFormat(), AV_PIX_FMT_RGB32);
        const auto* pixels = reinterpret_cast<const quint32*>(frame->data(0));
        QCOMPARE(pixels[0] & 0xffffffu, 0u);
        QCOMPARE(pixels[1] & 0xffffffu, 0x00ff00u);
        QVERIFY(!Scaler::frameFromImage(QImage()));
    }

    void rejectsNonVideo() {
        Scaler scaler;
        QVERIFY(!scaler.scale(Frame(), 10, 10, AV_PIX_FMT_RGB24));
        QVERIFY(!scaler.scale(test::makeSineFrame(48000, 1, 10, 0, 1.0), 10, 10, AV_PIX_FMT_RGB24));
        QVERIFY(!scaler.toPreviewImage(redFrame(64, 64), QSize()));
    }
};

QTEST_GUILESS_MAIN(TestScaler)
#include "tst_scaler.moc"
