#include <QTest>

#include "sources/FramePacer.h"

using namespace std::chrono_literals;
using wl::sources::FramePacer;

class TestFramePacer : public QObject {
    Q_OBJECT

private slots:
    void framesAreDueOnTheWallClock() {
        const auto start = FramePacer::Clock::now();
        FramePacer pacer(30, start);
        QCOMPARE(pacer.dueTime(), start);
        QCOMPARE(pacer.take(start), std::int64_t{0});
        QVERIFY(pacer.dueTime() > start + 33ms && pacer.dueTime() < start + 34ms);
        QCOMPARE(pacer.take(start + 34ms), std::int64_t{1});
        // Thirty frames take one second, without drift.
        for (int i = 2; i < 30; ++i)
            QCOMPARE(pacer.take(pacer.dueTime() + 1ms), std::int64_t{i});
        QVERIFY(pacer.dueTime() - (start + 1s) < 1us);
        QCOMPARE(pacer.skipped(), std::int64_t{0});
    }

    void slightlyLateFramesAreStillSent() {
        const auto start = FramePacer::Clock::now();
        FramePacer pacer(25, start);
        QCOMPARE(pacer.take(start), std::int64_t{0});
        // Two frame intervals late: catch up by sending each frame.
        QCOMPARE(pacer.take(start + 90ms), std::int64_t{1});
        QCOMPARE(pacer.take(start + 91ms), std::int64_t{2});
        QCOMPARE(pacer.take(start + 92ms), std::int64_t{3});
        QCOMPARE(pacer.skipped(), std::int64_t{0});
    }

    void farBehindSkipsAheadInsteadOfBursting() {
        const auto start = FramePacer::Clock::now();
        FramePacer pacer(30, start);
        QCOMPARE(pacer.take(start), std::int64_t{0});
        // A one-second stall: the next frame is the one due now, not frame 1.
        QCOMPARE(pacer.take(start + 1010ms), std::int64_t{30});
        QCOMPARE(pacer.skipped(), std::int64_t{29});
        QVERIFY(pacer.dueTime() > start + 1030ms);
        QCOMPARE(pacer.take(pacer.dueTime()), std::int64_t{31});
    }
};

QTEST_GUILESS_MAIN(TestFramePacer)
#include "tst_framepacer.moc"
