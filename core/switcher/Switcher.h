#pragma once

#include <optional>
#include <vector>

#include "BlackLevelFader.h"
#include "FailoverWatch.h"
#include "SwitcherTypes.h"
#include "TransitionProgress.h"
#include "common/Expected.h"

namespace wl::switcher {

struct SwitcherSettings {
    int fps = 30;
    SwitcherMode mode = SwitcherMode::Studio;
    TransitionSpec defaultTransition;
    bool failoverEnabled = true;
    int failoverHoldMs = 1000;
    QStringList failoverPriority; // empty = CameraAvailability::all order
    QString initialProgram;       // camera shown first (default: the first configured camera)
};

// The switcher's state machine: program and preview buses, transitions, fade to black, pause
// (slate) and failover. Pure logic, no threads, no media: the program engine calls apply() for
// commands and tick() once per program frame, and renders the returned plan. Not thread-safe;
// the engine serialises calls.
//
// Rules (beyond the command comments in SwitcherTypes.h):
// - Switching to a camera needs it live (else Conflict); preview only needs it to exist.
// - After an operator switch, a preview equal to the new program becomes the old program camera
//   (program/preview swap, as on hardware mixers).
// - Take, TransitionTo and a new T-bar transition are refused (Conflict) while a transition
//   runs; Cut is allowed and ends it. While paused, switching is refused (Conflict) until Resume.
// - An incoming camera that goes offline mid-transition is still transitioned to; its last frame
//   holds and the failover hold (counted from when it was first seen not live) applies after.
// - Failover: a program camera not live for failoverHoldMs (session time, from the first tick it
//   was seen not live) is replaced, at that tick, by the incoming camera of a running transition
//   if live, else the best live camera (priority list, then CameraAvailability::all order), else
//   the slate ("failover slate"). On the failover slate, the first tick on which any camera is
//   live cuts to the best live camera. The switcher never leaves a live program camera on its
//   own. Failover disabled = hold the lost camera's last frame forever.
// - Resume returns to the camera paused on; if it is not live and failover is enabled, to the
//   failover choice instead. The initial program is resolved on the first call, without event.
class Switcher {
public:
    struct TickResult {
        CompositionPlan plan;
        std::vector<SwitcherEvent> events;
    };

    explicit Switcher(SwitcherSettings settings);

    // Applies a command effective at `next` (the next tick to be rendered). A refused command
    // (camera not live, unknown camera, nothing in preview) returns an Error and changes nothing.
    Expected<std::vector<SwitcherEvent>> apply(const SwitcherCommand& command,
                                               const CameraAvailability& cameras, ProgramTime next);

    // Advances transitions, fade to black and failover to tick `now`; returns what to render.
    TickResult tick(const CameraAvailability& cameras, ProgramTime now);

    SwitcherSnapshot snapshot() const;

private:
    using Events = std::vector<SwitcherEvent>;
    // What every command handler sees.
    struct Context {
        const CameraAvailability& cameras;
        ProgramTime at;
    };

    Expected<Events> handle(const SelectCommand& command, const Context& context);
    Expected<Events> handle(const CutCommand& command, const Context& context);
    Expected<Events> handle(const PreviewCommand& command, const Context& context);
    Expected<Events> handle(const TakeCommand& command, const Context& context);
    Expected<Events> handle(const TransitionToCommand& command, const Context& context);
    Expected<Events> handle(const SetTransitionPositionCommand& command, const Context& context);
    Expected<Events> handle(const SetDefaultTransitionCommand& command, const Context& context);
    Expected<Events> handle(const FadeToBlackCommand& command, const Context& context);
    Expected<Events> handle(const PauseCommand& command, const Context& context);
    Expected<Events> handle(const ResumeCommand& command, const Context& context);
    Expected<Events> handle(const SetModeCommand& command, const Context& context);
    Expected<Events> handle(const SetFailoverCommand& command, const Context& context);

    Expected<void> checkSwitchable(const QString& cameraId, const CameraAvailability& cameras,
                                   bool mustBeLive) const;
    Expected<void> checkNotPaused() const;
    Expected<void> checkNoTransition() const;
    // Starts an auto transition, or switches at once for a Cut or a zero-frame duration.
    Events startTransition(const QString& cameraId, const TransitionSpec& spec,
                           const QString& reason, ProgramTime at);
    // An operator switch: program changes now, the transition (if any) is over.
    void switchProgram(const SourceRef& to, const TransitionSpec& how, const QString& reason,
                       ProgramTime at, Events& events);
    void cancelTransition(ProgramTime at, Events& events);
    void resolveInitialProgram(const CameraAvailability& cameras);
    void observeCameras(const CameraAvailability& cameras, std::int64_t sessionUs);
    void runFailover(const CameraAvailability& cameras, ProgramTime now, Events& events);
    // The failover choice: a live camera, or the failover slate.
    SourceRef failoverTarget(const CameraAvailability& cameras) const;
    SwitcherEvent event(SwitcherEvent::Type type, ProgramTime at) const;

    SwitcherSettings m_settings;
    bool m_initialised = false;
    SourceRef m_program = SourceRef::black();
    std::optional<QString> m_preview;
    std::optional<TransitionProgress> m_transition;
    BlackLevelFader m_fader;
    bool m_paused = false;
    std::optional<QString> m_resumeCamera; // the camera paused on
    bool m_onFailoverSlate = false;
    FailoverWatch m_failoverWatch;
};

} // namespace wl::switcher
