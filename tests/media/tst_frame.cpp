#include <utility>

#include <QTest>

#include "MediaTestSupport.h"
#include "media/AvError.h"
#include "media/Frame.h"

using wl::media::Frame;
using wl::media::MediaKind;

class TestFrame : public QObject {
    Q_OBJECT

private slots:
    void allocatesVideo() {
        auto frame = Frame::allocateVideo(320, 240, AV_PIX_FMT_YUV420P);
        QVERIFY(frame);
        QCOMPARE(frame->kind(), MediaKind::Video);
        QCOMPARE(frame->width(), 320);
        QCOMPARE(frame->height(), 240);
        QCOMPARE(frame->pixelFormat(), AV_PIX_FMT_YUV420P);
        QCOMPARE(frame->planeCount(), 3);
        QVERIFY(frame->lineSize(0) >= 320);
        QVERIFY(frame->lineSize(1) >= 160);
        QVERIFY(frame->isWritable());
        QCOMPARE(frame->sampleFormat(), AV_SAMPLE_FMT_NONE);
    }

    void allocatesAudio() {
        auto frame = Frame::allocateAudio(48000, 2, AV_SAMPLE_FMT_FLTP, 1024);
        QVERIFY(frame);
        QCOMPARE(frame->kind(), MediaKind::Audio);
        QCOMPARE(frame->sampleRate(), 48000);
        QCOMPARE(frame->channelCount(), 2);
        QCOMPARE(frame->sampleFormat(), AV_SAMPLE_FMT_FLTP);
        QCOMPARE(frame->sampleCount(), 1024);
        QCOMPARE(frame->planeCount(), 2);
        QCOMPARE(frame->timeBase().den, 48000);
        QCOMPARE(frame->pixelFormat(), AV_PIX_FMT_NONE);

        auto packed = Frame::allocateAudio(44100, 2, AV_SAMPLE_FMT_S16, 100);
        QVERIFY(packed);
        QCOMPARE(packed->planeCount(), 1);
    }

    void rejectsBadParameters() {
        QVERIFY(!Frame::allocateVideo(0, 240, AV_PIX_FMT_YUV420P));
        QVERIFY(!Frame::allocateVideo(320, 240, AV_PIX_FMT_NONE));
        const auto audio = Frame::allocateAudio(48000, 0, AV_SAMPLE_FMT_FLTP, 1024);
        QVERIFY(!audio);
        QCOMPARE(audio.error().code, wl::ErrorCode::InvalidArgument);
    }

    void copySharesBuffers() {
        Frame original = wl::media::test::makeSolidFrame(64, 48, 100, 128, 128);
        QCOMPARE(original.bufferRefCount(), 1);
        {
            const Frame copy = original; // NOLINT(performance-unnecessary-copy-initialization)
            QCOMPARE(copy.data(0), original.data(0));
            QCOMPARE(original.bufferRefCount(), 2);
            QVERIFY(!original.isWritable());
            QVERIFY(!copy.isWritable());
        }
        QCOMPARE(original.bufferRefCount(), 1);
        QVERIFY(original.isWritable());
    }

    void makeWritableCopiesSharedBuffers() {
        Frame original = wl::media::test::makeSolidFrame(64, 48, 100, 128, 128);
        Frame copy = original;
        QVERIFY(copy.makeWritable());
        QVERIFY(copy.data(0) != original.data(0));
        QCOMPARE(copy.data(0)[0], std::uint8_t{100});
        copy.data(0)[0] = 7;
        QCOMPARE(original.data(0)[0], std::uint8_t{100});
        QCOMPARE(original.bufferRefCount(), 1);
        QCOMPARE(copy.bufferRefCount(), 1);
        QVERIFY(!Frame().makeWritable());
    }

    void moveLeavesSourceEmpty() {
        Frame source = wl::media::test::makeSolidFrame(64, 48, 1, 2, 3);
        const std::uint8_t* luma = source.data(0);
        Frame target = std::move(source);
        QVERIFY(source.isEmpty()); // NOLINT(bugprone-use-after-move)
        QCOMPARE(source.width(), 0);
        QCOMPARE(source.bufferRefCount(), 0);
        QCOMPARE(target.data(0), luma);
        QCOMPARE(target.bufferRefCount(), 1);
    }

    void copiesKeepMetadataIndependently() {
        Frame original = wl::media::test::makeSineFrame(48000, 2, 1024, 4096, 440.0);
        original.setArrivalUs(777);
        Frame copy = original;
        QCOMPARE(copy.pts(), std::int64_t{4096});
        QCOMPARE(copy.timeBase().den, 48000);
        QCOMPARE(copy.arrivalUs(), std::int64_t{777});
        QCOMPARE(copy.sampleCount(), 1024);
        QCOMPARE(copy.kind(), MediaKind::Audio);
        copy.setPts(1);
        copy.setArrivalUs(2);
        copy.setTimeBase(AVRational{1, 1000});
        QCOMPARE(original.pts(), std::int64_t{4096});
        QCOMPARE(original.arrivalUs(), std::int64_t{777});
        QCOMPARE(original.timeBase().den, 48000);
    }

    void emptyFrameAnswersSafely() {
        const Frame empty;
        QVERIFY(empty.isEmpty());
        QCOMPARE(empty.pts(), wl::media::kNoPts);
        QCOMPARE(empty.data(0), nullptr);
        QCOMPARE(empty.planeCount(), 0);
        const Frame copy = empty; // NOLINT(performance-unnecessary-copy-initialization)
        QVERIFY(copy.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestFrame)
#include "tst_frame.moc"
