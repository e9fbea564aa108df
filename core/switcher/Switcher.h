#pragma once

#include "SwitcherTypes.h"
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
};

} // namespace wl::switcher
