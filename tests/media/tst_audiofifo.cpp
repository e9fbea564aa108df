#include <QTest>

#include "media/AudioFifo.h"

using namespace wl::media;

namespace {
// A planar float stereo block whose samples count up from `start` (left) and down (right).
Frame block(int start, int samples) {
    auto frame = Frame::allocateAudio(48000, 2, AV_SAMPLE_FMT_FLTP, samples);
    auto* left = reinterpret_cast<float*>(frame->data(0));
    auto* right = reinterpret_cast<float*>(frame->data(1));
    for (int i = 0; i < samples; ++i) {
        left[i] = static_cast<float>(start + i);
        right[i] = -static_cast<float>(start + i);
    }
    return std::move(frame).value();
}
} // namespace

class TestAudioFifo : public QObject {
    Q_OBJECT

private slots:
    void reblocksWithoutGapsOrOverlaps() {
        AudioFifo fifo(48000, 2, AV_SAMPLE_FMT_FLTP);
        int pushed = 0;
        int expectedNext = 0;
        int frames = 0;
        for (int i = 0; i < 30; ++i) { // one second of 30 fps program audio
            QVERIFY(fifo.push(block(pushed, 1600)).hasValue());
            pushed += 1600;
            for (;;) {
                auto popped = fifo.pop(1024);
                QVERIFY(popped.hasValue());
                if (!popped->has_value())
                    break;
                const Frame& frame = **popped;
                QCOMPARE(frame.sampleCount(), 1024);
                QCOMPARE(frame.pts(), std::int64_t{expectedNext});
                QCOMPARE(reinterpret_cast<const float*>(frame.data(0))[0],
                         static_cast<float>(expectedNext));
                QCOMPARE(reinterpret_cast<const float*>(frame.data(1))[1023],
                         -static_cast<float>(expectedNext + 1023));
                expectedNext += 1024;
                ++frames;
            }
        }
        QCOMPARE(frames, 48000 / 1024);
        QCOMPARE(fifo.buffered(), 48000 - frames * 1024);
        auto rest = fifo.popRemainder();
        QVERIFY(rest.hasValue() && rest->has_value());
        QCOMPARE((*rest)->sampleCount(), 48000 - frames * 1024);
        QCOMPARE(fifo.buffered(), 0);
    }

    void refusesAMismatchedFormat() {
        AudioFifo fifo(48000, 2, AV_SAMPLE_FMT_FLTP);
        auto mono = Frame::allocateAudio(48000, 1, AV_SAMPLE_FMT_FLTP, 10);
        QVERIFY(!fifo.push(*mono));
        QCOMPARE(fifo.buffered(), 0);
    }
};

QTEST_APPLESS_MAIN(TestAudioFifo)
#include "tst_audiofifo.moc"
