#include "Switcher.h"

#include <algorithm>
#include <cmath>
#include <string>
#include <utility>

namespace wl::switcher {

namespace {

constexpr int kMaxDurationMs = 60'000;
constexpr int kMaxFailoverHoldMs = 600'000;
const char* const kContext = "Switcher";

std::string quoted(const QString& id) {
    return "'" + id.toStdString() + "'";
}

Expected<void> checkSpec(const TransitionSpec& spec) {
    if (spec.durationMs < 0 || spec.durationMs > kMaxDurationMs)
        return makeError(ErrorCode::InvalidArgument,
                         "transition duration must be 0 to 60000 ms, not " +
                             std::to_string(spec.durationMs),
                         kContext);
    return {};
}

// A T-bar needs something to blend; a default Cut is moved as a Mix.
TransitionSpec tbarSpec(TransitionSpec spec) {
    if (spec.type == TransitionType::Cut)
        spec.type = TransitionType::Mix;
    return spec;
}

TransitionSpec cutSpec() {
    TransitionSpec spec;
    spec.type = TransitionType::Cut;
    spec.durationMs = 0;
    return spec;
}

SourceRef previewRef(const std::optional<QString>& preview) {
    return preview ? SourceRef::camera(*preview) : SourceRef::black();
}

} // namespace

Switcher::Switcher(SwitcherSettings settings)
    : m_settings(std::move(settings)) {
}

Expected<std::vector<SwitcherEvent>> Switcher::apply(const SwitcherCommand& command,
                                                     const CameraAvailability& cameras,
                                                     ProgramTime next) {
    resolveInitialProgram(cameras);
    const Context context{cameras, next};
    return std::visit([this, &context](const auto& typed) { return handle(typed, context); },
                      command);
}

Switcher::TickResult Switcher::tick(const CameraAvailability& cameras, ProgramTime now) {
    resolveInitialProgram(cameras);
    TickResult result;
    observeCameras(cameras, now.sessionUs);

    if (m_transition && m_transition->advance()) {
        const TransitionProgress finished = *m_transition;
        switchProgram(finished.target(), finished.spec(), finished.reason(), now, result.events);
    }
    m_fader.advance();
    runFailover(cameras, now, result.events);

    CompositionPlan& plan = result.plan;
    plan.program = m_program;
    if (m_transition) {
        plan.incoming = m_transition->target();
        plan.transition = m_transition->spec();
        plan.position = m_transition->position();
    } else {
        plan.transition = cutSpec();
    }
    plan.blackLevel = m_fader.level();
    return result;
}

SwitcherSnapshot Switcher::snapshot() const {
    SwitcherSnapshot snapshot;
    snapshot.mode = m_settings.mode;
    snapshot.program = m_program;
    snapshot.preview = m_preview;
    if (m_transition) {
        snapshot.transitionTarget = m_transition->target();
        snapshot.transitionPosition = m_transition->position();
    }
    snapshot.defaultTransition = m_settings.defaultTransition;
    snapshot.fadedToBlack = m_fader.towardsBlack();
    snapshot.paused = m_paused;
    snapshot.failoverEnabled = m_settings.failoverEnabled;
    snapshot.failoverHoldMs = m_settings.failoverHoldMs;
    snapshot.failoverPriority = m_settings.failoverPriority;
    snapshot.blackLevel = m_fader.level();
    snapshot.onFailoverSlate = m_onFailoverSlate;
    return snapshot;
}

// --- commands ---

Expected<Switcher::Events> Switcher::handle(const SelectCommand& command, const Context& context) {
    if (m_settings.mode == SwitcherMode::Studio)
        return handle(PreviewCommand{command.cameraId}, context);
    return handle(CutCommand{command.cameraId}, context);
}

Expected<Switcher::Events> Switcher::handle(const CutCommand& command, const Context& context) {
    if (auto checked = checkSwitchable(command.cameraId, context.cameras, true); !checked)
        return checked.error();
    if (auto checked = checkNotPaused(); !checked)
        return checked.error();
    Events events;
    const SourceRef target = SourceRef::camera(command.cameraId);
    if (m_program == target) {
        // Cutting to what is already on air only ends a transition away from it.
        if (m_transition)
            cancelTransition(context.at, events);
        return events;
    }
    switchProgram(target, cutSpec(), QStringLiteral("cut"), context.at, events);
    return events;
}

Expected<Switcher::Events> Switcher::handle(const PreviewCommand& command, const Context& context) {
    if (auto checked = checkSwitchable(command.cameraId, context.cameras, false); !checked)
        return checked.error();
    Events events;
    if (m_preview == command.cameraId)
        return events;
    SwitcherEvent changed = event(SwitcherEvent::Type::PreviewChanged, context.at);
    changed.from = previewRef(m_preview);
    changed.to = SourceRef::camera(command.cameraId);
    m_preview = command.cameraId;
    events.push_back(std::move(changed));
    return events;
}

Expected<Switcher::Events> Switcher::handle(const TakeCommand& command, const Context& context) {
    if (auto checked = checkNotPaused(); !checked)
        return checked.error();
    if (auto checked = checkNoTransition(); !checked)
        return checked.error();
    if (!m_preview)
        return makeError(ErrorCode::Conflict, "nothing in preview to take", kContext);
    if (auto checked = checkSwitchable(*m_preview, context.cameras, true); !checked)
        return checked.error();
    const TransitionSpec spec = command.transition.value_or(m_settings.defaultTransition);
    if (auto checked = checkSpec(spec); !checked)
        return checked.error();
    return startTransition(*m_preview, spec, QStringLiteral("take"), context.at);
}

Expected<Switcher::Events> Switcher::handle(const TransitionToCommand& command,
                                            const Context& context) {
    if (auto checked = checkSwitchable(command.cameraId, context.cameras, true); !checked)
        return checked.error();
    if (auto checked = checkNotPaused(); !checked)
        return checked.error();
    if (auto checked = checkNoTransition(); !checked)
        return checked.error();
    if (auto checked = checkSpec(command.transition); !checked)
        return checked.error();
    return startTransition(command.cameraId, command.transition, QStringLiteral("auto"),
                           context.at);
}

Expected<Switcher::Events> Switcher::handle(const SetTransitionPositionCommand& command,
                                            const Context& context) {
    if (!std::isfinite(command.position))
        return makeError(ErrorCode::InvalidArgument, "transition position must be 0 to 1",
                         kContext);
    if (auto checked = checkNotPaused(); !checked)
        return checked.error();
    const double position = std::clamp(command.position, 0.0, 1.0);
    Events events;
    if (m_transition) {
        if (position <= 0) {
            cancelTransition(context.at, events);
        } else if (position >= 1) {
            const TransitionProgress finished = *m_transition;
            switchProgram(finished.target(), finished.spec(), QStringLiteral("tbar"), context.at,
                          events);
        } else {
            m_transition->setManualPosition(position);
        }
        return events;
    }
    if (position <= 0)
        return events;
    if (!m_preview)
        return makeError(ErrorCode::Conflict, "nothing in preview to transition to", kContext);
    if (auto checked = checkSwitchable(*m_preview, context.cameras, true); !checked)
        return checked.error();
    const SourceRef target = SourceRef::camera(*m_preview);
    if (m_program == target)
        return events;
    const TransitionSpec spec = tbarSpec(m_settings.defaultTransition);
    if (position >= 1) {
        switchProgram(target, spec, QStringLiteral("tbar"), context.at, events);
        return events;
    }
    SwitcherEvent started = event(SwitcherEvent::Type::TransitionStarted, context.at);
    started.from = m_program;
    started.to = target;
    started.transition = spec;
    started.reason = QStringLiteral("tbar");
    m_transition = TransitionProgress::manual(target, spec, position);
    events.push_back(std::move(started));
    return events;
}

Expected<Switcher::Events> Switcher::handle(const SetDefaultTransitionCommand& command,
                                            const Context& context) {
    if (auto checked = checkSpec(command.transition); !checked)
        return checked.error();
    m_settings.defaultTransition = command.transition;
    SwitcherEvent changed = event(SwitcherEvent::Type::DefaultTransitionChanged, context.at);
    changed.transition = command.transition;
    changed.reason = QStringLiteral("command");
    return Events{std::move(changed)};
}

Expected<Switcher::Events> Switcher::handle(const FadeToBlackCommand& command,
                                            const Context& context) {
    if (command.durationMs < 0 || command.durationMs > kMaxDurationMs)
        return makeError(ErrorCode::InvalidArgument, "fade duration must be 0 to 60000 ms",
                         kContext);
    const bool towardsBlack =
        m_fader.toggle(TransitionProgress::framesFor(command.durationMs, m_settings.fps));
    SwitcherEvent faded = event(SwitcherEvent::Type::FadeToBlack, context.at);
    faded.on = towardsBlack;
    faded.from = m_program;
    faded.to = m_program;
    faded.transition.durationMs = command.durationMs;
    faded.reason = QStringLiteral("command");
    return Events{std::move(faded)};
}

Expected<Switcher::Events> Switcher::handle(const PauseCommand& /*command*/,
                                            const Context& context) {
    Events events;
    if (m_paused)
        return events;
    if (m_transition)
        cancelTransition(context.at, events);
    m_resumeCamera = m_program.isCamera() ? std::optional(m_program.cameraId) : std::nullopt;
    SwitcherEvent paused = event(SwitcherEvent::Type::Paused, context.at);
    paused.from = m_program;
    paused.to = SourceRef::slate();
    paused.reason = QStringLiteral("pause");
    m_program = SourceRef::slate();
    m_paused = true;
    m_onFailoverSlate = false;
    events.push_back(std::move(paused));
    return events;
}

Expected<Switcher::Events> Switcher::handle(const ResumeCommand& /*command*/,
                                            const Context& context) {
    Events events;
    if (!m_paused)
        return events;
    const CameraAvailability& cameras = context.cameras;
    SourceRef target = SourceRef::slate();
    const bool resumeCameraUsable =
        m_resumeCamera && cameras.exists(*m_resumeCamera) &&
        (cameras.isLive(*m_resumeCamera) || !m_settings.failoverEnabled);
    if (resumeCameraUsable)
        target = SourceRef::camera(*m_resumeCamera);
    else if (m_settings.failoverEnabled)
        target = failoverTarget(cameras);
    SwitcherEvent resumed = event(SwitcherEvent::Type::Resumed, context.at);
    resumed.from = m_program;
    resumed.to = target;
    resumed.reason = QStringLiteral("resume");
    m_program = target;
    m_paused = false;
    m_resumeCamera.reset();
    m_onFailoverSlate = m_settings.failoverEnabled && !target.isCamera();
    events.push_back(std::move(resumed));
    return events;
}

Expected<Switcher::Events> Switcher::handle(const SetModeCommand& command, const Context& context) {
    Events events;
    if (m_settings.mode == command.mode)
        return events;
    m_settings.mode = command.mode;
    SwitcherEvent changed = event(SwitcherEvent::Type::ModeChanged, context.at);
    changed.reason = QStringLiteral("command");
    events.push_back(std::move(changed));
    return events;
}

Expected<Switcher::Events> Switcher::handle(const SetFailoverCommand& command,
                                            const Context& context) {
    if (command.holdMs < 0 || command.holdMs > kMaxFailoverHoldMs)
        return makeError(ErrorCode::InvalidArgument, "failover hold must be 0 to 600000 ms",
                         kContext);
    for (const QString& id : command.priority) {
        if (!context.cameras.exists(id))
            return makeError(ErrorCode::NotFound, "unknown camera " + quoted(id), kContext);
    }
    m_settings.failoverEnabled = command.enabled;
    m_settings.failoverHoldMs = command.holdMs;
    m_settings.failoverPriority = command.priority;
    if (!command.enabled)
        m_onFailoverSlate = false;
    SwitcherEvent changed = event(SwitcherEvent::Type::FailoverChanged, context.at);
    changed.on = command.enabled;
    changed.reason = QStringLiteral("command");
    return Events{std::move(changed)};
}

// --- helpers ---

Expected<void> Switcher::checkSwitchable(const QString& cameraId, const CameraAvailability& cameras,
                                         bool mustBeLive) const {
    if (!cameras.exists(cameraId))
        return makeError(ErrorCode::NotFound, "unknown camera " + quoted(cameraId), kContext);
    if (mustBeLive && !cameras.isLive(cameraId))
        return makeError(ErrorCode::Conflict, "camera " + quoted(cameraId) + " is not live",
                         kContext);
    return {};
}

Expected<void> Switcher::checkNotPaused() const {
    if (m_paused)
        return makeError(ErrorCode::Conflict, "the program is paused; resume first", kContext);
    return {};
}

Expected<void> Switcher::checkNoTransition() const {
    if (m_transition)
        return makeError(ErrorCode::Conflict, "a transition is already in progress", kContext);
    return {};
}

Switcher::Events Switcher::startTransition(const QString& cameraId, const TransitionSpec& spec,
                                           const QString& reason, ProgramTime at) {
    Events events;
    const SourceRef target = SourceRef::camera(cameraId);
    if (m_program == target)
        return events;
    const int frames = TransitionProgress::framesFor(spec.durationMs, m_settings.fps);
    if (spec.type == TransitionType::Cut || frames == 0) {
        switchProgram(target, spec, reason, at, events);
        return events;
    }
    SwitcherEvent started = event(SwitcherEvent::Type::TransitionStarted, at);
    started.from = m_program;
    started.to = target;
    started.transition = spec;
    started.reason = reason;
    m_transition = TransitionProgress::automatic(target, spec, frames, reason);
    events.push_back(std::move(started));
    return events;
}

void Switcher::switchProgram(const SourceRef& to, const TransitionSpec& how, const QString& reason,
                             ProgramTime at, Events& events) {
    const SourceRef from = m_program;
    SwitcherEvent switched = event(SwitcherEvent::Type::Switch, at);
    switched.from = from;
    switched.to = to;
    switched.transition = how;
    switched.reason = reason;
    m_program = to;
    m_transition.reset();
    m_onFailoverSlate = false;
    events.push_back(std::move(switched));

    if (to.isCamera() && m_preview == to.cameraId) {
        SwitcherEvent swapped = event(SwitcherEvent::Type::PreviewChanged, at);
        swapped.from = to;
        swapped.to = from.isCamera() ? from : SourceRef::black();
        m_preview = from.isCamera() ? std::optional(from.cameraId) : std::nullopt;
        events.push_back(std::move(swapped));
    }
}

void Switcher::cancelTransition(ProgramTime at, Events& events) {
    if (!m_transition)
        return;
    SwitcherEvent cancelled = event(SwitcherEvent::Type::TransitionCancelled, at);
    cancelled.from = m_program;
    cancelled.to = m_transition->target();
    cancelled.transition = m_transition->spec();
    cancelled.reason = m_transition->reason();
    m_transition.reset();
    events.push_back(std::move(cancelled));
}

void Switcher::resolveInitialProgram(const CameraAvailability& cameras) {
    if (m_initialised)
        return;
    m_initialised = true;
    if (cameras.exists(m_settings.initialProgram))
        m_program = SourceRef::camera(m_settings.initialProgram);
    else if (!cameras.all.isEmpty())
        m_program = SourceRef::camera(cameras.all.first());
    else {
        m_program = SourceRef::slate();
        m_onFailoverSlate = m_settings.failoverEnabled;
    }
}

void Switcher::observeCameras(const CameraAvailability& cameras, std::int64_t sessionUs) {
    for (const QString& id : cameras.all)
        m_failoverWatch.observe(id, cameras.isLive(id), sessionUs);
    // A program camera no longer configured counts as not live.
    if (m_program.isCamera() && !cameras.exists(m_program.cameraId))
        m_failoverWatch.observe(m_program.cameraId, false, sessionUs);
}

void Switcher::runFailover(const CameraAvailability& cameras, ProgramTime now, Events& events) {
    if (m_paused || !m_settings.failoverEnabled)
        return;
    if (m_onFailoverSlate) {
        // An operator transition away from the slate has the say.
        if (m_transition)
            return;
        const auto camera = FailoverWatch::bestLiveCamera(m_settings.failoverPriority, cameras);
        if (!camera)
            return;
        SwitcherEvent recovered = event(SwitcherEvent::Type::Failover, now);
        recovered.from = m_program;
        recovered.to = SourceRef::camera(*camera);
        recovered.transition = cutSpec();
        recovered.reason = QStringLiteral("recovery");
        m_program = recovered.to;
        m_transition.reset();
        m_onFailoverSlate = false;
        events.push_back(std::move(recovered));
        return;
    }
    if (!m_program.isCamera() || cameras.isLive(m_program.cameraId))
        return;
    const std::int64_t holdUs = static_cast<std::int64_t>(m_settings.failoverHoldMs) * 1000;
    if (m_failoverWatch.notLiveForUs(m_program.cameraId, now.sessionUs) < holdUs)
        return;
    SourceRef target;
    if (m_transition && m_transition->target().isCamera() &&
        cameras.isLive(m_transition->target().cameraId))
        target = m_transition->target();
    else
        target = failoverTarget(cameras);
    SwitcherEvent failedOver = event(SwitcherEvent::Type::Failover, now);
    failedOver.from = m_program;
    failedOver.to = target;
    failedOver.transition = cutSpec();
    failedOver.reason = QStringLiteral("failover");
    m_program = target;
    m_transition.reset();
    m_onFailoverSlate = !target.isCamera();
    events.push_back(std::move(failedOver));
}

SourceRef Switcher::failoverTarget(const CameraAvailability& cameras) const {
    const auto camera = FailoverWatch::bestLiveCamera(m_settings.failoverPriority, cameras);
    return camera ? SourceRef::camera(*camera) : SourceRef::slate();
}

SwitcherEvent Switcher::event(SwitcherEvent::Type type, ProgramTime at) const {
    SwitcherEvent result;
    result.type = type;
    result.at = at;
    return result;
}

} // namespace wl::switcher
