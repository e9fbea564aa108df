#pragma once

#include <atomic>
#include <condition_variable>
#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <stop_token>
#include <vector>

#include <QVector>

#include "AudioMixer.h"
#include "Compositor.h"
#include "FrameDelayLine.h"
#include "ProgramAudioTap.h"
#include "ProgramEngineSettings.h"
#include "ProgramFrameSink.h"
#include "ProgramTickSchedule.h"
#include "SequencedFrame.h"
#include "Switcher.h"
#include "common/Expected.h"
#include "common/SessionClock.h"
#include "media/Scaler.h"

namespace wl::sources {
class Camera;
class CameraRegistry;
class PreviewHub;
} // namespace wl::sources

namespace wl::switcher {

// The program clock: on the "wl-program" thread the Session owns, once per program frame it
// takes each camera's newest decoded frame (through its delay line), lets the Switcher advance,
// renders the plan with the Compositor, mixes the audio and hands both to the frame sink. It
// never waits for a camera (a late one repeats its last frame) nor for the sink.
//
// Commands come from any thread and apply from the next tick on: a cut requested before tick T
// shows on tick T. Every switcher event goes to the event listener on the program thread.
class ProgramEngine {
public:
    struct Stats {
        std::int64_t ticks = 0;        // program frames rendered
        std::int64_t skippedTicks = 0; // ticks skipped because the thread was held up
        std::uint64_t renderFailures = 0;
        double lastRenderMs = 0; // compose + mix of the newest tick
        double maxRenderMs = 0;
        std::int64_t lastFrame = -1; // the newest program frame number
        // Camera arrival (packet at the ingest) to the program frame leaving the engine, for new
        // pictures of the program camera, over the last kLatencySamples of them.
        double latencyP50Ms = 0;
        double latencyP95Ms = 0;
        std::size_t latencySamples = 0;
    };
    static constexpr std::size_t kLatencySamples = 1024;
    using EventListener = std::function<void(const SwitcherEvent& event)>;

    // InvalidArgument for an unusable program format.
    static Expected<std::unique_ptr<ProgramEngine>> create(ProgramEngineSettings settings,
                                                           const SessionClock& clock,
                                                           sources::CameraRegistry& cameras);
    ProgramEngine(const ProgramEngine&) = delete;
    ProgramEngine& operator=(const ProgramEngine&) = delete;
    ~ProgramEngine();

    // Before run(): who hears switcher events (program thread; must not block) and where the
    // program monitor image goes.
    void setEventListener(EventListener listener);
    void setMonitorHub(sources::PreviewHub* hub);

    // The program thread: ticks until stopped.
    void run(std::stop_token stop);

    // Any thread. Refused commands (camera not live, unknown, nothing in preview) change nothing.
    Expected<std::vector<SwitcherEvent>> command(const SwitcherCommand& command);
    // Any thread: mode, gain and delay (audio and video) of one camera.
    Expected<void> setCameraAudio(const QString& cameraId, CameraAudioSettings settings);
    CameraAudioSettings cameraAudio(const QString& cameraId) const;
    // Any thread: where program frames go; nullptr detaches. After it returns the previous sink
    // is never called again.
    void setFrameSink(ProgramFrameSink* sink);

    // Any thread: who hears the program audio for monitoring (nullptr: nobody), or only camera
    // `soloCameraId` when it is not empty. After it returns the previous tap is never called.
    void setAudioTap(ProgramAudioTap* tap, const QString& soloCameraId = {});

    SwitcherSnapshot snapshot() const;
    AudioLevels levels() const;
    Stats stats() const;
    const ProgramEngineSettings& settings() const { return m_settings; }
    // The program frame a command issued now would show on.
    ProgramTime nextTick() const;

private:
    struct CameraTrack {
        FrameDelayLine delayLine;
        std::uint64_t lastSequence = 0;
    };

    ProgramEngine(ProgramEngineSettings settings, const SessionClock& clock,
                  sources::CameraRegistry& cameras, Compositor compositor);
    using CameraList = QVector<std::shared_ptr<sources::Camera>>;
    static CameraAvailability availability(const CameraList& cameras);
    void waitUntil(std::int64_t dueUs, std::stop_token& stop);
    void tick(ProgramTickSchedule& schedule);
    void pullCameraFrames(const CameraList& cameras);
    void deliver(const std::vector<SwitcherEvent>& events);
    void publishMonitor(const media::Frame& frame);

    const ProgramEngineSettings m_settings;
    const SessionClock& m_clock;
    sources::CameraRegistry& m_cameras;
    EventListener m_listener;
    sources::PreviewHub* m_monitorHub = nullptr;

    // The switcher and the next tick, shared by commands (any thread) and the program thread.
    mutable std::mutex m_switcherMutex;
    Switcher m_switcher;
    ProgramTime m_next;
    std::vector<SwitcherEvent> m_pendingEvents; // from commands, delivered on the next tick

    // The mixer: its settings change from any thread, it mixes on the program thread.
    mutable std::mutex m_mixerMutex;
    AudioMixer m_mixer;
    AudioLevels m_levels;

    std::mutex m_sinkMutex;
    ProgramFrameSink* m_sink = nullptr;
    ProgramAudioTap* m_audioTap = nullptr; // under m_sinkMutex

    // Program thread only.
    Compositor m_compositor;
    std::map<QString, CameraTrack> m_tracks;
    media::Scaler m_monitorScaler;
    std::mutex m_waitMutex;
    std::condition_variable_any m_wake;

    void recordLatency(const std::optional<SequencedFrame>& shown, std::int64_t nowUs);

    mutable std::mutex m_statsMutex;
    Stats m_stats;
    std::vector<std::int64_t> m_latencyUs; // ring of kLatencySamples
    std::size_t m_latencyNext = 0;
    std::uint64_t m_lastLatencySequence = 0; // the program camera picture measured last
};

} // namespace wl::switcher
