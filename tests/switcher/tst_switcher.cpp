#include <QTest>

#include "switcher/Switcher.h"

using namespace wl::switcher;
using wl::ErrorCode;

namespace {

using Type = SwitcherEvent::Type;

ProgramTime frameTime(std::int64_t frame, int fps = 30) {
    return {frame, frame * 1'000'000 / fps};
}

CameraAvailability cameras(QStringList live, QStringList all = {"cam1", "cam2", "cam3"}) {
    return {std::move(live), std::move(all)};
}

const CameraAvailability kAllLive = cameras({"cam1", "cam2", "cam3"});

SwitcherSettings settings(SwitcherMode mode = SwitcherMode::Studio) {
    SwitcherSettings result;
    result.mode = mode;
    return result;
}

std::vector<SwitcherEvent> applyOk(Switcher& switcher, const SwitcherCommand& command,
                                   ProgramTime next,
                                   const CameraAvailability& available = kAllLive) {
    auto events = switcher.apply(command, available, next);
    if (!events)
        qFatal("command refused: %s", events.error().toString().c_str());
    return *events;
}

bool hasEvent(const std::vector<SwitcherEvent>& events, Type type) {
    return std::any_of(events.begin(), events.end(),
                       [type](const SwitcherEvent& event) { return event.type == type; });
}

const SwitcherEvent* findEvent(const std::vector<SwitcherEvent>& events, Type type) {
    for (const SwitcherEvent& event : events) {
        if (event.type == type)
            return &event;
    }
    return nullptr;
}

TransitionSpec mix(int durationMs = 500) {
    TransitionSpec spec;
    spec.type = TransitionType::Mix;
    spec.durationMs = durationMs;
    return spec;
}

} // namespace

class TestSwitcher : public QObject {
    Q_OBJECT

private slots:
    void initialProgramIsTheConfiguredOrFirstCamera() {
        Switcher first(settings());
        QCOMPARE(first.tick(kAllLive, frameTime(0)).plan.program, SourceRef::camera("cam1"));
        SwitcherSettings chosen = settings();
        chosen.initialProgram = "cam2";
        Switcher second(chosen);
        QCOMPARE(second.tick(kAllLive, frameTime(0)).plan.program, SourceRef::camera("cam2"));
    }

    void studioSelectSetsPreviewDirectSelectCuts() {
        Switcher studio(settings(SwitcherMode::Studio));
        auto events = applyOk(studio, SelectCommand{"cam2"}, frameTime(1));
        QCOMPARE(events.size(), std::size_t{1});
        QCOMPARE(events[0].type, Type::PreviewChanged);
        QCOMPARE(events[0].to, SourceRef::camera("cam2"));
        QCOMPARE(studio.snapshot().preview, std::optional<QString>("cam2"));
        QCOMPARE(studio.snapshot().program, SourceRef::camera("cam1"));

        Switcher direct(settings(SwitcherMode::Direct));
        events = applyOk(direct, SelectCommand{"cam2"}, frameTime(1));
        QCOMPARE(events.size(), std::size_t{1});
        QCOMPARE(events[0].type, Type::Switch);
        QCOMPARE(events[0].from, SourceRef::camera("cam1"));
        QCOMPARE(events[0].to, SourceRef::camera("cam2"));
        QCOMPARE(events[0].transition.type, TransitionType::Cut);
        QCOMPARE(direct.tick(kAllLive, frameTime(1)).plan.program, SourceRef::camera("cam2"));
        QVERIFY(!direct.snapshot().preview);

        // Switching modes changes what Select does.
        events = applyOk(direct, SetModeCommand{SwitcherMode::Studio}, frameTime(2));
        QVERIFY(hasEvent(events, Type::ModeChanged));
        applyOk(direct, SelectCommand{"cam3"}, frameTime(2));
        QCOMPARE(direct.snapshot().program, SourceRef::camera("cam2"));
        QCOMPARE(direct.snapshot().preview, std::optional<QString>("cam3"));
    }

    void takeCutsPreviewToProgramAndSwaps() {
        Switcher switcher(settings());
        applyOk(switcher, PreviewCommand{"cam2"}, frameTime(1));
        TransitionSpec cut;
        cut.type = TransitionType::Cut;
        auto events = applyOk(switcher, TakeCommand{cut}, frameTime(5));
        const SwitcherEvent* switched = findEvent(events, Type::Switch);
        QVERIFY(switched);
        QCOMPARE(switched->to, SourceRef::camera("cam2"));
        QCOMPARE(switched->reason, QString("take"));
        QCOMPARE(switched->at.frame, std::int64_t{5});
        // The old program is now in preview.
        QCOMPARE(switcher.snapshot().preview, std::optional<QString>("cam1"));
        const auto result = switcher.tick(kAllLive, frameTime(5));
        QCOMPARE(result.plan.program, SourceRef::camera("cam2"));
        QVERIFY(!result.plan.incoming);
        QVERIFY(result.events.empty());
    }

    void takeWithNothingInPreviewIsAConflict() {
        Switcher switcher(settings());
        auto refused = switcher.apply(TakeCommand{}, kAllLive, frameTime(1));
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, ErrorCode::Conflict);
    }

    void switchingToANotLiveCameraIsRefused() {
        Switcher switcher(settings(SwitcherMode::Direct));
        const auto someLive = cameras({"cam1", "cam2"});
        for (const SwitcherCommand& command :
             {SwitcherCommand{CutCommand{"cam3"}}, SwitcherCommand{SelectCommand{"cam3"}},
              SwitcherCommand{TransitionToCommand{"cam3", mix()}}}) {
            auto refused = switcher.apply(command, someLive, frameTime(1));
            QVERIFY(!refused);
            QCOMPARE(refused.error().code, ErrorCode::Conflict);
            QVERIFY(QString::fromStdString(refused.error().message).contains("cam3"));
            QVERIFY(QString::fromStdString(refused.error().message).contains("not live"));
        }
        auto unknown = switcher.apply(CutCommand{"cam9"}, someLive, frameTime(1));
        QVERIFY(!unknown);
        QCOMPARE(unknown.error().code, ErrorCode::NotFound);
        QCOMPARE(switcher.snapshot().program, SourceRef::camera("cam1"));

        // Taking a preview that went offline is refused too.
        Switcher studio(settings());
        applyOk(studio, PreviewCommand{"cam3"}, frameTime(1), someLive);
        auto take = studio.apply(TakeCommand{}, someLive, frameTime(2));
        QVERIFY(!take);
        QCOMPARE(take.error().code, ErrorCode::Conflict);
        QCOMPARE(studio.snapshot().program, SourceRef::camera("cam1"));
    }

    void autoMixRunsExactlyItsFrames() {
        Switcher switcher(settings());
        switcher.tick(kAllLive, frameTime(9));
        auto events = applyOk(switcher, TransitionToCommand{"cam2", mix(500)}, frameTime(10));
        QCOMPARE(events.size(), std::size_t{1});
        QCOMPARE(events[0].type, Type::TransitionStarted);
        QCOMPARE(events[0].at.frame, std::int64_t{10});
        QCOMPARE(events[0].to, SourceRef::camera("cam2"));

        // 500 ms at 30 fps = 15 ticks: positions 1/15 … 14/15, then the switch on tick 15.
        for (int k = 1; k <= 14; ++k) {
            const auto result = switcher.tick(kAllLive, frameTime(9 + k));
            QVERIFY(result.events.empty());
            QCOMPARE(result.plan.program, SourceRef::camera("cam1"));
            QCOMPARE(result.plan.incoming, std::optional(SourceRef::camera("cam2")));
            QCOMPARE(result.plan.transition.type, TransitionType::Mix);
            QCOMPARE(result.plan.position, k / 15.0);
        }
        const auto last = switcher.tick(kAllLive, frameTime(24));
        QCOMPARE(last.events.size(), std::size_t{1});
        QCOMPARE(last.events[0].type, Type::Switch);
        QCOMPARE(last.events[0].at.frame, std::int64_t{24});
        QCOMPARE(last.events[0].at.sessionUs, frameTime(24).sessionUs);
        QCOMPARE(last.events[0].transition.type, TransitionType::Mix);
        QCOMPARE(last.plan.program, SourceRef::camera("cam2"));
        QVERIFY(!last.plan.incoming);
        QVERIFY(switcher.tick(kAllLive, frameTime(25)).events.empty());
    }

    void takeUsesTheDefaultTransition() {
        Switcher switcher(settings());
        TransitionSpec wipe;
        wipe.type = TransitionType::Wipe;
        wipe.durationMs = 200; // 6 frames
        wipe.wipeDirection = WipeDirection::TopToBottom;
        QVERIFY(hasEvent(applyOk(switcher, SetDefaultTransitionCommand{wipe}, frameTime(0)),
                         Type::DefaultTransitionChanged));
        applyOk(switcher, PreviewCommand{"cam3"}, frameTime(0));
        auto events = applyOk(switcher, TakeCommand{}, frameTime(1));
        QCOMPARE(events[0].type, Type::TransitionStarted);
        QCOMPARE(events[0].transition.type, TransitionType::Wipe);
        // A second take while it runs is refused.
        auto again = switcher.apply(TakeCommand{}, kAllLive, frameTime(2));
        QVERIFY(!again);
        QCOMPARE(again.error().code, ErrorCode::Conflict);
        for (int k = 1; k <= 5; ++k) {
            const auto result = switcher.tick(kAllLive, frameTime(k));
            QCOMPARE(result.plan.transition.wipeDirection, WipeDirection::TopToBottom);
            QCOMPARE(result.plan.position, k / 6.0);
        }
        QVERIFY(hasEvent(switcher.tick(kAllLive, frameTime(6)).events, Type::Switch));
        QCOMPARE(switcher.snapshot().program, SourceRef::camera("cam3"));
    }

    void zeroDurationOrCutSwitchesAtOnce() {
        Switcher switcher(settings());
        auto events = applyOk(switcher, TransitionToCommand{"cam2", mix(0)}, frameTime(3));
        QCOMPARE(events.size(), std::size_t{1});
        QCOMPARE(events[0].type, Type::Switch);
        QCOMPARE(events[0].reason, QString("auto"));
        QCOMPARE(switcher.tick(kAllLive, frameTime(3)).plan.program, SourceRef::camera("cam2"));
        // A T-bar with a Cut default still blends (as a mix).
        TransitionSpec cut;
        cut.type = TransitionType::Cut;
        applyOk(switcher, SetDefaultTransitionCommand{cut}, frameTime(4));
        applyOk(switcher, PreviewCommand{"cam3"}, frameTime(4));
        events = applyOk(switcher, SetTransitionPositionCommand{0.5}, frameTime(5));
        QCOMPARE(events[0].transition.type, TransitionType::Mix);
        QCOMPARE(switcher.tick(kAllLive, frameTime(5)).plan.position, 0.5);
        // Out-of-range durations are refused.
        auto refused = switcher.apply(SetDefaultTransitionCommand{mix(-1)}, kAllLive, frameTime(6));
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, ErrorCode::InvalidArgument);
        refused = switcher.apply(FadeToBlackCommand{70'000}, kAllLive, frameTime(6));
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, ErrorCode::InvalidArgument);
    }

    void pauseDuringATransitionCancelsIt() {
        Switcher switcher(settings());
        applyOk(switcher, TransitionToCommand{"cam2", mix()}, frameTime(0));
        switcher.tick(kAllLive, frameTime(0));
        auto events = applyOk(switcher, PauseCommand{}, frameTime(1));
        QCOMPARE(events.size(), std::size_t{2});
        QCOMPARE(events[0].type, Type::TransitionCancelled);
        QCOMPARE(events[1].type, Type::Paused);
        const auto paused = switcher.tick(kAllLive, frameTime(1));
        QCOMPARE(paused.plan.program, SourceRef::slate());
        QVERIFY(!paused.plan.incoming);
        // Resume returns to the outgoing camera; then a second transition is refused while one
        // runs.
        events = applyOk(switcher, ResumeCommand{}, frameTime(2));
        QCOMPARE(events[0].to, SourceRef::camera("cam1"));
        applyOk(switcher, TransitionToCommand{"cam3", mix()}, frameTime(3));
        auto busy = switcher.apply(TransitionToCommand{"cam2", mix()}, kAllLive, frameTime(3));
        QVERIFY(!busy);
        QCOMPARE(busy.error().code, ErrorCode::Conflict);
    }

    void cutDuringATransitionEndsIt() {
        Switcher switcher(settings());
        applyOk(switcher, TransitionToCommand{"cam2", mix()}, frameTime(0));
        switcher.tick(kAllLive, frameTime(0));
        auto events = applyOk(switcher, CutCommand{"cam3"}, frameTime(1));
        QVERIFY(hasEvent(events, Type::Switch));
        const auto result = switcher.tick(kAllLive, frameTime(1));
        QCOMPARE(result.plan.program, SourceRef::camera("cam3"));
        QVERIFY(!result.plan.incoming);
    }

    void tbarMovesCancelsAndCompletes() {
        Switcher switcher(settings());
        applyOk(switcher, PreviewCommand{"cam2"}, frameTime(0));
        auto events = applyOk(switcher, SetTransitionPositionCommand{0.25}, frameTime(1));
        QCOMPARE(events.size(), std::size_t{1});
        QCOMPARE(events[0].type, Type::TransitionStarted);
        QCOMPARE(events[0].reason, QString("tbar"));
        auto result = switcher.tick(kAllLive, frameTime(1));
        QCOMPARE(result.plan.position, 0.25);
        // A T-bar transition does not advance by itself.
        result = switcher.tick(kAllLive, frameTime(2));
        QCOMPARE(result.plan.position, 0.25);
        QVERIFY(applyOk(switcher, SetTransitionPositionCommand{0.6}, frameTime(3)).empty());
        QCOMPARE(switcher.tick(kAllLive, frameTime(3)).plan.position, 0.6);

        // Back to 0 cancels.
        events = applyOk(switcher, SetTransitionPositionCommand{0.0}, frameTime(4));
        QVERIFY(hasEvent(events, Type::TransitionCancelled));
        result = switcher.tick(kAllLive, frameTime(4));
        QCOMPARE(result.plan.program, SourceRef::camera("cam1"));
        QVERIFY(!result.plan.incoming);

        // Forward to 1 completes.
        applyOk(switcher, SetTransitionPositionCommand{0.5}, frameTime(5));
        events = applyOk(switcher, SetTransitionPositionCommand{1.0}, frameTime(6));
        const SwitcherEvent* switched = findEvent(events, Type::Switch);
        QVERIFY(switched);
        QCOMPARE(switched->to, SourceRef::camera("cam2"));
        QCOMPARE(switched->reason, QString("tbar"));
        QCOMPARE(switched->at.frame, std::int64_t{6});
        result = switcher.tick(kAllLive, frameTime(6));
        QCOMPARE(result.plan.program, SourceRef::camera("cam2"));
        QVERIFY(!result.plan.incoming);
    }

    void tbarTakesOverAnAutoTransition() {
        Switcher switcher(settings());
        applyOk(switcher, PreviewCommand{"cam2"}, frameTime(0));
        applyOk(switcher, TakeCommand{mix(500)}, frameTime(1));
        for (int frame = 1; frame <= 5; ++frame)
            switcher.tick(kAllLive, frameTime(frame));
        QCOMPARE(switcher.snapshot().transitionPosition, 5 / 15.0);
        applyOk(switcher, SetTransitionPositionCommand{0.2}, frameTime(6));
        for (int frame = 6; frame <= 40; ++frame)
            QCOMPARE(switcher.tick(kAllLive, frameTime(frame)).plan.position, 0.2);
        QCOMPARE(switcher.snapshot().program, SourceRef::camera("cam1"));
        QVERIFY(hasEvent(applyOk(switcher, SetTransitionPositionCommand{1}, frameTime(41)),
                         Type::Switch));
        QCOMPARE(switcher.snapshot().program, SourceRef::camera("cam2"));
    }

    void fadeToBlackTogglesBothWays() {
        Switcher switcher(settings());
        auto events = applyOk(switcher, FadeToBlackCommand{500}, frameTime(10));
        QCOMPARE(events.size(), std::size_t{1});
        QCOMPARE(events[0].type, Type::FadeToBlack);
        QVERIFY(events[0].on);
        QCOMPARE(events[0].at.frame, std::int64_t{10});
        QVERIFY(switcher.snapshot().fadedToBlack);
        for (int k = 1; k <= 15; ++k)
            QCOMPARE(switcher.tick(kAllLive, frameTime(9 + k)).plan.blackLevel, k / 15.0);
        QCOMPARE(switcher.tick(kAllLive, frameTime(25)).plan.blackLevel, 1.0);

        events = applyOk(switcher, FadeToBlackCommand{500}, frameTime(26));
        QVERIFY(!events[0].on);
        QVERIFY(!switcher.snapshot().fadedToBlack);
        for (int k = 14; k >= 0; --k)
            QCOMPARE(switcher.tick(kAllLive, frameTime(26 + 14 - k)).plan.blackLevel, k / 15.0);
        QCOMPARE(switcher.tick(kAllLive, frameTime(41)).plan.blackLevel, 0.0);

        // Reversing mid-fade goes back from the level reached.
        applyOk(switcher, FadeToBlackCommand{500}, frameTime(42));
        for (int frame = 42; frame < 47; ++frame)
            switcher.tick(kAllLive, frameTime(frame));
        QCOMPARE(switcher.snapshot().blackLevel, 5 / 15.0);
        applyOk(switcher, FadeToBlackCommand{500}, frameTime(47));
        QCOMPARE(switcher.tick(kAllLive, frameTime(47)).plan.blackLevel, 4 / 15.0);
    }

    void pauseShowsTheSlateAndResumeReturns() {
        Switcher switcher(settings());
        switcher.tick(kAllLive, frameTime(0));
        auto events = applyOk(switcher, PauseCommand{}, frameTime(1));
        QCOMPARE(events.size(), std::size_t{1});
        QCOMPARE(events[0].type, Type::Paused);
        QCOMPARE(events[0].from, SourceRef::camera("cam1"));
        QCOMPARE(events[0].to, SourceRef::slate());
        QCOMPARE(switcher.tick(kAllLive, frameTime(1)).plan.program, SourceRef::slate());
        QVERIFY(switcher.snapshot().paused);

        // Switching is refused while paused; the preview still works.
        auto refused = switcher.apply(CutCommand{"cam2"}, kAllLive, frameTime(2));
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, ErrorCode::Conflict);
        applyOk(switcher, PreviewCommand{"cam3"}, frameTime(2));

        events = applyOk(switcher, ResumeCommand{}, frameTime(3));
        QCOMPARE(events.size(), std::size_t{1});
        QCOMPARE(events[0].type, Type::Resumed);
        QCOMPARE(events[0].to, SourceRef::camera("cam1"));
        QCOMPARE(switcher.tick(kAllLive, frameTime(3)).plan.program, SourceRef::camera("cam1"));
        QVERIFY(!switcher.snapshot().paused);
        QVERIFY(applyOk(switcher, ResumeCommand{}, frameTime(4)).empty());
    }

    void resumeToAnOfflineCameraUsesTheFailoverChoice() {
        SwitcherSettings chosen = settings();
        chosen.failoverPriority = {"cam3", "cam2"};
        Switcher switcher(chosen);
        switcher.tick(kAllLive, frameTime(0));
        applyOk(switcher, PauseCommand{}, frameTime(1));
        auto events = applyOk(switcher, ResumeCommand{}, frameTime(2), cameras({"cam2", "cam3"}));
        QCOMPARE(events[0].to, SourceRef::camera("cam3"));
    }

    void failoverAfterExactlyTheHoldTime() {
        SwitcherSettings chosen = settings();
        chosen.failoverHoldMs = 1000;
        chosen.failoverPriority = {"cam3", "cam2"};
        Switcher switcher(chosen);
        for (int frame = 0; frame < 30; ++frame)
            QVERIFY(switcher.tick(kAllLive, frameTime(frame)).events.empty());
        const auto cam1Lost = cameras({"cam2", "cam3"});
        // First seen not live at frame 30 (1.0 s): the hold ends at 2.0 s, frame 60.
        for (int frame = 30; frame < 60; ++frame) {
            const auto result = switcher.tick(cam1Lost, frameTime(frame));
            QVERIFY(result.events.empty());
            QCOMPARE(result.plan.program, SourceRef::camera("cam1"));
        }
        const auto result = switcher.tick(cam1Lost, frameTime(60));
        QCOMPARE(result.events.size(), std::size_t{1});
        QCOMPARE(result.events[0].type, Type::Failover);
        QCOMPARE(result.events[0].from, SourceRef::camera("cam1"));
        QCOMPARE(result.events[0].to, SourceRef::camera("cam3"));
        QCOMPARE(result.events[0].at.frame, std::int64_t{60});
        QCOMPARE(result.plan.program, SourceRef::camera("cam3"));

        // Coming back does not switch away from a live program camera.
        QVERIFY(switcher.tick(kAllLive, frameTime(61)).events.empty());
        QCOMPARE(switcher.snapshot().program, SourceRef::camera("cam3"));
    }

    void failoverHoldIsSessionTimeNotTicks() {
        Switcher switcher(settings());
        switcher.tick(kAllLive, {0, 0});
        const auto none = cameras({"cam2"});
        // Ticks late by a lot: only session time counts.
        QVERIFY(switcher.tick(none, {1, 100'000}).events.empty());
        QVERIFY(switcher.tick(none, {2, 1'099'999}).events.empty());
        QVERIFY(hasEvent(switcher.tick(none, {3, 1'100'000}).events, Type::Failover));
    }

    void failoverToTheSlateAndBack() {
        Switcher switcher(settings());
        switcher.tick(kAllLive, frameTime(0));
        const auto noneLive = cameras({});
        for (int frame = 1; frame <= 30; ++frame)
            QVERIFY(switcher.tick(noneLive, frameTime(frame)).events.empty());
        auto result = switcher.tick(noneLive, frameTime(31));
        QCOMPARE(result.events.size(), std::size_t{1});
        QCOMPARE(result.events[0].type, Type::Failover);
        QCOMPARE(result.events[0].to, SourceRef::slate());
        QCOMPARE(result.plan.program, SourceRef::slate());
        QVERIFY(switcher.snapshot().onFailoverSlate);
        QVERIFY(switcher.tick(noneLive, frameTime(32)).events.empty());

        result = switcher.tick(cameras({"cam2"}), frameTime(33));
        QCOMPARE(result.events.size(), std::size_t{1});
        QCOMPARE(result.events[0].type, Type::Failover);
        QCOMPARE(result.events[0].reason, QString("recovery"));
        QCOMPARE(result.events[0].to, SourceRef::camera("cam2"));
        QCOMPARE(result.plan.program, SourceRef::camera("cam2"));
        QVERIFY(!switcher.snapshot().onFailoverSlate);
    }

    void failoverDisabledHoldsForever() {
        Switcher switcher(settings());
        auto events = applyOk(switcher, SetFailoverCommand{false, 1000, {}}, frameTime(0));
        QVERIFY(hasEvent(events, Type::FailoverChanged));
        QVERIFY(!switcher.snapshot().failoverEnabled);
        const auto cam1Lost = cameras({"cam2"});
        for (int frame = 0; frame < 600; ++frame) {
            const auto result = switcher.tick(cam1Lost, frameTime(frame));
            QVERIFY(result.events.empty());
            QCOMPARE(result.plan.program, SourceRef::camera("cam1"));
        }
        // Enabling it again fails over at once: the camera has been gone long enough.
        applyOk(switcher, SetFailoverCommand{true, 1000, {}}, frameTime(600));
        QVERIFY(hasEvent(switcher.tick(cam1Lost, frameTime(600)).events, Type::Failover));
        QCOMPARE(switcher.snapshot().program, SourceRef::camera("cam2"));

        auto unknown =
            switcher.apply(SetFailoverCommand{true, 1000, {"cam7"}}, kAllLive, frameTime(601));
        QVERIFY(!unknown);
        QCOMPARE(unknown.error().code, ErrorCode::NotFound);
    }

    void incomingCameraLostMidTransitionStillCompletes() {
        Switcher switcher(settings());
        applyOk(switcher, TransitionToCommand{"cam2", mix(500)}, frameTime(0));
        const auto cam2Lost = cameras({"cam1", "cam3"});
        for (int frame = 0; frame < 14; ++frame)
            QVERIFY(switcher.tick(cam2Lost, frameTime(frame)).events.empty());
        auto result = switcher.tick(cam2Lost, frameTime(14));
        QVERIFY(hasEvent(result.events, Type::Switch));
        QCOMPARE(result.plan.program, SourceRef::camera("cam2"));
        // The hold counts from frame 0, when cam2 was first seen not live.
        for (int frame = 15; frame < 30; ++frame)
            QVERIFY(switcher.tick(cam2Lost, frameTime(frame)).events.empty());
        result = switcher.tick(cam2Lost, frameTime(30));
        QVERIFY(hasEvent(result.events, Type::Failover));
        QCOMPARE(result.plan.program, SourceRef::camera("cam1"));
    }

    void eventsCarryTheNextProgramTime() {
        Switcher switcher(settings());
        const ProgramTime next{1234, 41'133'333};
        for (const SwitcherCommand& command :
             {SwitcherCommand{PreviewCommand{"cam2"}}, SwitcherCommand{TakeCommand{}},
              SwitcherCommand{FadeToBlackCommand{}},
              SwitcherCommand{SetModeCommand{SwitcherMode::Direct}}}) {
            const auto events = applyOk(switcher, command, next);
            QVERIFY(!events.empty());
            for (const SwitcherEvent& event : events) {
                QCOMPARE(event.at.frame, next.frame);
                QCOMPARE(event.at.sessionUs, next.sessionUs);
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestSwitcher)
#include "tst_switcher.moc"
