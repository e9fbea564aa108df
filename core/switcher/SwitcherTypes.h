#pragma once

#include <cstdint>
#include <optional>
#include <variant>
#include <vector>

#include <QString>
#include <QStringList>

namespace wl::switcher {

// The program's frame clock: frame number since the program clock started, and the session time
// (SessionClock µs) of that tick.
struct ProgramTime {
    std::int64_t frame = 0;
    std::int64_t sessionUs = 0;
};

enum class TransitionType { Cut, Mix, Dip, Wipe };
enum class WipeDirection { LeftToRight, RightToLeft, TopToBottom, BottomToTop };

struct TransitionSpec {
    TransitionType type = TransitionType::Mix;
    int durationMs = 500;
    std::uint32_t dipColourRgb = 0x000000; // Dip: the colour passed through
    WipeDirection wipeDirection = WipeDirection::LeftToRight;
};

enum class SwitcherMode {
    Studio, // select = preview, take = to program
    Direct, // select = cut
};

// What a video bus shows.
struct SourceRef {
    enum class Kind { Camera, Slate, Black };
    Kind kind = Kind::Black;
    QString cameraId; // Kind::Camera only

    static SourceRef camera(const QString& id) { return {Kind::Camera, id}; }
    static SourceRef slate() { return {Kind::Slate, {}}; }
    static SourceRef black() { return {Kind::Black, {}}; }
    bool isCamera() const { return kind == Kind::Camera; }
    bool operator==(const SourceRef&) const = default;
};

// Commands. Each is applied at once and shows on the next program tick.
struct SelectCommand { // hotkey 1-5 / tile click: preview in studio mode, cut in direct mode
    QString cameraId;
};
struct CutCommand { // straight to program (Ctrl+1-5, REST switch without a transition)
    QString cameraId;
};
struct PreviewCommand {
    QString cameraId;
};
struct TakeCommand { // preview to program with this transition, or the current default
    std::optional<TransitionSpec> transition;
};
struct TransitionToCommand { // a camera to program with a given transition (REST switch)
    QString cameraId;
    TransitionSpec transition;
};
struct SetTransitionPositionCommand { // T-bar: 0 = preview not shown, 1 = transition complete
    double position = 0;
};
struct SetDefaultTransitionCommand {
    TransitionSpec transition;
};
struct FadeToBlackCommand { // toggles: fades to black, or back from black
    int durationMs = 500;
};
struct PauseCommand {}; // the program shows the slate
struct ResumeCommand {};
struct SetModeCommand {
    SwitcherMode mode = SwitcherMode::Studio;
};
struct SetFailoverCommand {
    bool enabled = true;
    int holdMs = 1000;
    QStringList priority; // camera ids, most preferred first; empty = registry order
};

using SwitcherCommand =
    std::variant<SelectCommand, CutCommand, PreviewCommand, TakeCommand, TransitionToCommand,
                 SetTransitionPositionCommand, SetDefaultTransitionCommand, FadeToBlackCommand,
                 PauseCommand, ResumeCommand, SetModeCommand, SetFailoverCommand>;

// Every state change, stamped with the program frame it shows on and the session time.
// The program changes with Switch, Paused, Resumed and Failover events (from → to).
// Reasons: "cut" (Cut, or Select in direct mode), "take", "auto" (TransitionTo), "tbar",
// "failover" (program camera lost), "recovery" (a camera came live while on the failover
// slate), "pause", "resume", "command" (settings changes).
struct SwitcherEvent {
    enum class Type {
        Switch,            // program changed (a cut, or the end of a transition)
        TransitionStarted, // an auto or T-bar transition began
        PreviewChanged,
        FadeToBlack, // `on` says whether the program is going to black or back
        Paused,
        Resumed,
        Failover, // program camera lost: switched to `to` (a camera or the slate), or back from
                  // the failover slate to a camera that came live (reason "recovery")
        ModeChanged,
        DefaultTransitionChanged,
        TransitionCancelled, // T-bar back to 0, or a cut/pause interrupted a transition
        FailoverChanged,     // failover settings changed
    };
    Type type = Type::Switch;
    SourceRef from;
    SourceRef to;
    TransitionSpec transition; // Switch/TransitionStarted: how; Cut for a cut
    bool on = false;           // FadeToBlack
    ProgramTime at;
    QString reason; // "cut", "take", "auto", "tbar", "failover", "resume", …
};

// What the compositor renders on one tick.
struct CompositionPlan {
    SourceRef program;                 // fully shown, or the outgoing source of a transition
    std::optional<SourceRef> incoming; // set while a transition is in progress
    TransitionSpec transition;
    double position = 0;   // 0..1 through the transition
    double blackLevel = 0; // fade to black: 0 = none, 1 = fully black
};

// The cameras that can be switched to right now (live), in registry order.
struct CameraAvailability {
    QStringList live;
    QStringList all; // every configured camera, in registry (default priority) order
    bool isLive(const QString& id) const { return live.contains(id); }
    bool exists(const QString& id) const { return all.contains(id); }
};

// The switcher's state, for the UI, the API and the viewers.
struct SwitcherSnapshot {
    SwitcherMode mode = SwitcherMode::Studio;
    SourceRef program;
    std::optional<QString> preview;
    std::optional<SourceRef> transitionTarget; // while a transition runs
    double transitionPosition = 0;
    TransitionSpec defaultTransition;
    bool fadedToBlack = false; // black, or fading to black
    bool paused = false;
    bool failoverEnabled = true;
    int failoverHoldMs = 1000;
    QStringList failoverPriority;
    double blackLevel = 0;        // what is rendered now: 0 = none, 1 = black
    bool onFailoverSlate = false; // the slate is shown because no camera was live
};

} // namespace wl::switcher
