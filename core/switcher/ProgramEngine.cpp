#include "ProgramEngine.h"

#include <algorithm>
#include <chrono>

#include "SwitcherLog.h"
#include "sources/CameraRegistry.h"
#include "sources/PreviewHub.h"

namespace wl::switcher {

namespace {

double millisecondsSince(std::chrono::steady_clock::time_point start) {
    return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start)
        .count();
}

} // namespace

Expected<std::unique_ptr<ProgramEngine>> ProgramEngine::create(ProgramEngineSettings settings,
                                                               const SessionClock& clock,
                                                               sources::CameraRegistry& cameras) {
    if (settings.compositor.fps < 1 || settings.compositor.fps > 120)
        return makeError(ErrorCode::InvalidArgument, "program frame rate must be 1 to 120",
                         "ProgramEngine");
    settings.switcher.fps = settings.compositor.fps;
    settings.mixer.fps = settings.compositor.fps;
    auto compositor = Compositor::create(settings.compositor);
    if (!compositor)
        return compositor.error().wrapped("ProgramEngine");
    return std::unique_ptr<ProgramEngine>(
        new ProgramEngine(std::move(settings), clock, cameras, std::move(*compositor)));
}

ProgramEngine::ProgramEngine(ProgramEngineSettings settings, const SessionClock& clock,
                             sources::CameraRegistry& cameras, Compositor compositor)
    : m_settings(std::move(settings))
    , m_clock(clock)
    , m_cameras(cameras)
    , m_switcher(m_settings.switcher)
    , m_mixer(m_settings.mixer)
    , m_compositor(std::move(compositor)) {
}

ProgramEngine::~ProgramEngine() = default;

void ProgramEngine::setEventListener(EventListener listener) {
    m_listener = std::move(listener);
}

void ProgramEngine::setMonitorHub(sources::PreviewHub* hub) {
    m_monitorHub = hub;
}

void ProgramEngine::run(std::stop_token stop) {
    ProgramTickSchedule schedule(m_settings.compositor.fps, m_clock.nowUs(),
                                 m_settings.maxCatchUpFrames);
    {
        std::lock_guard lock(m_switcherMutex);
        m_next = {0, schedule.nextDueUs()};
    }
    // Wake the wait as soon as a stop is requested.
    std::stop_callback wakeOnStop(stop, [this] { m_wake.notify_all(); });
    while (!stop.stop_requested()) {
        waitUntil(schedule.nextDueUs(), stop);
        if (stop.stop_requested())
            break;
        tick(schedule);
    }
}

void ProgramEngine::waitUntil(std::int64_t dueUs, std::stop_token& stop) {
    const auto deadline =
        std::chrono::steady_clock::now() + std::chrono::microseconds(dueUs - m_clock.nowUs());
    std::unique_lock lock(m_waitMutex);
    m_wake.wait_until(lock, stop, deadline, [] { return false; });
}

CameraAvailability ProgramEngine::availability(const CameraList& list) {
    CameraAvailability cameras;
    for (const auto& camera : list) {
        cameras.all.append(camera->id());
        if (camera->status() == sources::CameraStatus::Live)
            cameras.live.append(camera->id());
    }
    return cameras;
}

void ProgramEngine::pullCameraFrames(const CameraList& cameras) {
    for (const auto& camera : cameras) {
        CameraTrack& track =
            m_tracks.try_emplace(camera->id(), CameraTrack{FrameDelayLine(m_settings.delayLine)})
                .first->second;
        track.delayLine.setDelayMs(cameraAudio(camera->id()).delayMs);
        const auto latest = camera->latestFrame().load();
        if (latest && latest->sequence != track.lastSequence) {
            track.lastSequence = latest->sequence;
            track.delayLine.push(latest->value);
        }
    }
}

void ProgramEngine::tick(ProgramTickSchedule& schedule) {
    const auto started = std::chrono::steady_clock::now();
    const CameraList list = m_cameras.cameras();
    pullCameraFrames(list);
    const CameraAvailability cameras = availability(list);

    // Skipped ticks still advance the switcher and the audio, so transitions keep their length
    // and the program audio stays in step with the frame numbers.
    std::vector<std::pair<ProgramTime, CompositionPlan>> plans;
    std::vector<SwitcherEvent> events;
    std::int64_t skipped = 0;
    {
        std::lock_guard lock(m_switcherMutex);
        const auto step = schedule.advance(m_clock.nowUs());
        skipped = step.skipped;
        events = std::move(m_pendingEvents);
        m_pendingEvents.clear();
        for (std::int64_t frame = step.frame - step.skipped; frame <= step.frame; ++frame) {
            const ProgramTime at{frame, schedule.tickUs(frame)};
            auto result = m_switcher.tick(cameras, at);
            events.insert(events.end(), result.events.begin(), result.events.end());
            plans.emplace_back(at, std::move(result.plan));
        }
        m_next = {step.frame + 1, schedule.tickUs(step.frame + 1)};
    }
    deliver(events);

    std::vector<AudioInput> inputs;
    for (const auto& camera : list)
        inputs.push_back({camera->id(), &camera->audio()});
    std::vector<std::pair<ProgramTime, media::Frame>> audio;
    std::vector<std::pair<ProgramTime, std::vector<float>>> solo; // monitoring of one camera
    {
        std::lock_guard lock(m_mixerMutex);
        for (const auto& [at, plan] : plans) {
            auto mixed = m_mixer.mix(plan, inputs, at);
            if (mixed)
                audio.emplace_back(at, std::move(*mixed));
            if (!m_mixer.solo().isEmpty())
                solo.emplace_back(at, m_mixer.soloBuffer());
        }
        m_levels = m_mixer.levels();
    }

    const auto& [now, plan] = plans.back();
    std::optional<SequencedFrame> programShown; // the program camera's picture, for the latency
    auto video = m_compositor.render(
        plan,
        [this, &now, &plan,
         &programShown](const QString& cameraId) -> std::optional<SequencedFrame> {
            const auto it = m_tracks.find(cameraId);
            if (it == m_tracks.end())
                return std::nullopt;
            auto shown = it->second.delayLine.delayedFrame(now.sessionUs);
            if (plan.program.isCamera() && cameraId == plan.program.cameraId)
                programShown = shown;
            return shown;
        },
        now);
    const double renderMs = millisecondsSince(started);

    {
        std::lock_guard lock(m_sinkMutex);
        if (m_sink) {
            for (const auto& [at, samples] : audio)
                m_sink->programAudio(samples, at);
            if (video)
                m_sink->programVideo(*video, now);
        }
        if (m_audioTap) {
            if (!solo.empty()) {
                for (const auto& [at, samples] : solo)
                    m_audioTap->monitorAudio(samples.data(), samples.size() / 2, at);
            } else {
                for (const auto& [at, samples] : audio)
                    m_audioTap->monitorAudio(reinterpret_cast<const float*>(samples.data(0)),
                                             static_cast<std::size_t>(samples.sampleCount()), at);
            }
        }
    }
    if (video) {
        if (!plan.incoming)
            recordLatency(programShown, m_clock.nowUs());
        publishMonitor(*video);
    }

    std::lock_guard lock(m_statsMutex);
    ++m_stats.ticks;
    m_stats.skippedTicks += skipped;
    m_stats.lastFrame = now.frame;
    m_stats.lastRenderMs = renderMs;
    m_stats.maxRenderMs = std::max(m_stats.maxRenderMs, renderMs);
    if (!video) {
        // Per-frame failures are counted; only the first few are logged.
        if (++m_stats.renderFailures <= 5)
            qCWarning(lcSwitcher) << "program frame" << now.frame << "not rendered:"
                                  << QString::fromStdString(video.error().toString());
    }
    if (skipped > 0)
        qCWarning(lcSwitcher) << "program thread held up:" << skipped << "frames skipped";
}

void ProgramEngine::recordLatency(const std::optional<SequencedFrame>& shown, std::int64_t nowUs) {
    // Only a new picture measures the path; a repeated one would count the wait for the camera.
    if (!shown || shown->sequence == m_lastLatencySequence)
        return;
    m_lastLatencySequence = shown->sequence;
    std::lock_guard lock(m_statsMutex);
    const std::int64_t latency = nowUs - shown->frame.arrivalUs();
    if (m_latencyUs.size() < kLatencySamples)
        m_latencyUs.push_back(latency);
    else
        m_latencyUs[m_latencyNext] = latency;
    m_latencyNext = (m_latencyNext + 1) % kLatencySamples;
}

void ProgramEngine::deliver(const std::vector<SwitcherEvent>& events) {
    if (!m_listener)
        return;
    for (const auto& event : events)
        m_listener(event);
}

void ProgramEngine::publishMonitor(const media::Frame& frame) {
    if (!m_monitorHub || !m_monitorHub->hasSinks())
        return;
    auto image = m_monitorScaler.toPreviewImage(frame, m_settings.monitorSize);
    if (image)
        m_monitorHub->publish(m_settings.monitorId, *image);
}

Expected<std::vector<SwitcherEvent>> ProgramEngine::command(const SwitcherCommand& command) {
    const CameraAvailability cameras = availability(m_cameras.cameras());
    std::lock_guard lock(m_switcherMutex);
    auto events = m_switcher.apply(command, cameras, m_next);
    if (events)
        m_pendingEvents.insert(m_pendingEvents.end(), events->begin(), events->end());
    return events;
}

Expected<void> ProgramEngine::setCameraAudio(const QString& cameraId,
                                             CameraAudioSettings settings) {
    std::lock_guard lock(m_mixerMutex);
    return m_mixer.setCameraSettings(cameraId, settings);
}

CameraAudioSettings ProgramEngine::cameraAudio(const QString& cameraId) const {
    std::lock_guard lock(m_mixerMutex);
    return m_mixer.cameraSettings(cameraId);
}

void ProgramEngine::setAudioTap(ProgramAudioTap* tap, const QString& soloCameraId) {
    {
        std::lock_guard lock(m_mixerMutex);
        m_mixer.setSolo(tap ? soloCameraId : QString());
    }
    std::lock_guard lock(m_sinkMutex);
    m_audioTap = tap;
}

void ProgramEngine::setFrameSink(ProgramFrameSink* sink) {
    std::lock_guard lock(m_sinkMutex);
    m_sink = sink;
}

SwitcherSnapshot ProgramEngine::snapshot() const {
    std::lock_guard lock(m_switcherMutex);
    return m_switcher.snapshot();
}

AudioLevels ProgramEngine::levels() const {
    std::lock_guard lock(m_mixerMutex);
    return m_levels;
}

ProgramEngine::Stats ProgramEngine::stats() const {
    std::lock_guard lock(m_statsMutex);
    Stats stats = m_stats;
    if (!m_latencyUs.empty()) {
        std::vector<std::int64_t> sorted = m_latencyUs;
        std::sort(sorted.begin(), sorted.end());
        const auto at = [&sorted](double fraction) {
            const auto index =
                static_cast<std::size_t>(fraction * static_cast<double>(sorted.size() - 1));
            return static_cast<double>(sorted[index]) / 1000.0;
        };
        stats.latencyP50Ms = at(0.50);
        stats.latencyP95Ms = at(0.95);
        stats.latencySamples = sorted.size();
    }
    return stats;
}

ProgramTime ProgramEngine::nextTick() const {
    std::lock_guard lock(m_switcherMutex);
    return m_next;
}

} // namespace wl::switcher
