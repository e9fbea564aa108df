#include <QTest>

#include "switcher/ProgramTickSchedule.h"

using namespace wl::switcher;

class TestProgramTicks : public QObject {
    Q_OBJECT

private slots:
    void ticksAreDueAtExactMultiplesOfTheFramePeriod() {
        ProgramTickSchedule schedule(30, 1'000'000);
        QCOMPARE(schedule.nextDueUs(), 1'000'000);
        QCOMPARE(schedule.tickUs(1), 1'033'333);
        // Computed from the start: after an hour the 30 fps clock has not drifted.
        QCOMPARE(schedule.tickUs(30 * 3600), 1'000'000 + 3'600'000'000LL);
    }

    void onTimeTicksAreNumberedInOrder() {
        ProgramTickSchedule schedule(25, 0);
        for (std::int64_t frame = 0; frame < 100; ++frame) {
            const auto step = schedule.advance(schedule.nextDueUs());
            QCOMPARE(step.frame, frame);
            QCOMPARE(step.skipped, 0);
        }
        QCOMPARE(schedule.nextDueUs(), 4'000'000);
    }

    void aShortDelayIsCaughtUpWithoutSkipping() {
        ProgramTickSchedule schedule(30, 0, 3);
        schedule.advance(0);
        // Three frame periods late: every late tick is still rendered, back to back.
        const std::int64_t late = schedule.tickUs(4);
        for (std::int64_t frame = 1; frame <= 4; ++frame) {
            const auto step = schedule.advance(late);
            QCOMPARE(step.frame, frame);
            QCOMPARE(step.skipped, 0);
        }
        QCOMPARE(schedule.skippedTotal(), 0);
    }

    void aLongStallSkipsToTheNewestDueTick() {
        ProgramTickSchedule schedule(30, 0, 3);
        schedule.advance(0);
        // Held up for a second: frames 1..29 are skipped, 30 is rendered now, 31 is due next.
        const auto step = schedule.advance(1'000'000);
        QCOMPARE(step.frame, 30);
        QCOMPARE(step.skipped, 29);
        QCOMPARE(schedule.skippedTotal(), 29);
        QCOMPARE(schedule.nextDueUs(), schedule.tickUs(31));
    }

    void anEarlyCallNeverRepeatsOrGoesBack() {
        ProgramTickSchedule schedule(60, 500);
        QCOMPARE(schedule.advance(0).frame, 0);
        QCOMPARE(schedule.advance(0).frame, 1);
        QCOMPARE(schedule.advance(0).frame, 2);
    }
};

QTEST_APPLESS_MAIN(TestProgramTicks)
#include "tst_programticks.moc"
