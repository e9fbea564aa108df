#include <QTest>

#include "SwitcherTestSupport.h"
#include "switcher/FrameDelayLine.h"

using namespace wl::switcher;
using wl::media::Frame;

namespace {

// A tiny frame whose luma says which one it is.
Frame numbered(int number, std::int64_t arrivalUs) {
    Frame frame = test::solidFrame(16, 16, {static_cast<std::uint8_t>(number), 128, 128});
    frame.setArrivalUs(arrivalUs);
    return frame;
}

int numberOf(const std::optional<SequencedFrame>& entry) {
    return entry ? entry->frame.data(0)[0] : -1;
}

} // namespace

class TestFrameDelayLine : public QObject {
    Q_OBJECT

private slots:
    void emptyLineHasNothing() {
        FrameDelayLine line;
        QVERIFY(!line.frameAt(1'000'000));
        QVERIFY(!line.delayedFrame(1'000'000));
    }

    void picksTheNewestFrameNotAfterTheTime() {
        FrameDelayLine line;
        line.setDelayMs(1000);
        // 30 fps: frame n arrives at n × 33 333 µs.
        for (int n = 1; n <= 60; ++n)
            line.push(numbered(n, n * 33'333));
        QCOMPARE(numberOf(line.frameAt(30 * 33'333)), 30);
        QCOMPARE(numberOf(line.frameAt(30 * 33'333 + 33'000)), 30);
        QCOMPARE(numberOf(line.frameAt(31 * 33'333)), 31);
        // At tick time 2.0 s with a 1 s delay: the frame that arrived by 1.0 s.
        QCOMPARE(numberOf(line.delayedFrame(2'000'000)), 30);
        QCOMPARE(numberOf(line.delayedFrame(60 * 33'333 + 1'000'000)), 60);
        // Sequence numbers count pushes.
        QCOMPARE(line.frameAt(31 * 33'333)->sequence, std::uint64_t{31});
        // A shorter delay drops what it no longer needs.
        line.setDelayMs(300);
        QCOMPARE(numberOf(line.delayedFrame(2'000'000)), 51);
        QVERIFY(line.size() < 20);
    }

    void zeroDelayIsTheNewest() {
        FrameDelayLine line;
        for (int n = 1; n <= 10; ++n)
            line.push(numbered(n, n * 40'000));
        QCOMPARE(numberOf(line.delayedFrame(10 * 40'000)), 10);
        QCOMPARE(numberOf(line.delayedFrame(10 * 40'000 + 500'000)), 10);
    }

    void tooEarlyGivesTheOldestFrame() {
        FrameDelayLine line;
        line.setDelayMs(500);
        line.push(numbered(1, 1'000'000));
        line.push(numbered(2, 1'033'000));
        // Nothing arrived 500 ms before: freeze on the first frame rather than go black.
        QCOMPARE(numberOf(line.delayedFrame(1'040'000)), 1);
    }

    void memoryIsBounded() {
        FrameDelayLineSettings settings;
        settings.marginMs = 100;
        FrameDelayLine line(settings);
        line.setDelayMs(200);
        for (int n = 1; n <= 300; ++n)
            line.push(numbered(n % 250, n * 10'000)); // 100 fps
        // 300 ms kept at 100 fps, plus the one frame still answering the oldest lookups.
        QVERIFY(line.size() <= 32);
        QVERIFY(line.size() >= 30);
        QCOMPARE(numberOf(line.delayedFrame(300 * 10'000)), 280 % 250);

        // Delay 0 keeps only the margin.
        line.setDelayMs(0);
        QVERIFY(line.size() <= 12);

        // The hard cap holds whatever the timestamps say.
        FrameDelayLineSettings capped;
        capped.maxFrames = 5;
        FrameDelayLine stuck(capped);
        for (int n = 1; n <= 50; ++n)
            stuck.push(numbered(n, 1'000'000)); // same arrival time
        QCOMPARE(stuck.size(), std::size_t{5});
        QCOMPARE(numberOf(stuck.frameAt(1'000'000)), 50);
    }

    void delayIsClamped() {
        FrameDelayLine line;
        line.setDelayMs(5000);
        QCOMPARE(line.delayMs(), 1000);
        line.setDelayMs(-5);
        QCOMPARE(line.delayMs(), 0);
    }

    void outOfOrderArrivalsStayOrdered() {
        FrameDelayLine line;
        line.push(numbered(1, 100'000));
        line.push(numbered(2, 90'000)); // clock hiccup: counts as arriving with the previous one
        QCOMPARE(numberOf(line.frameAt(100'000)), 2);
        QCOMPARE(numberOf(line.frameAt(95'000)), 1);
    }
};

QTEST_GUILESS_MAIN(TestFrameDelayLine)
#include "tst_framedelayline.moc"
