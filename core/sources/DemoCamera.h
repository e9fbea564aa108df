#pragma once

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <functional>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>

#include "common/Expected.h"
#include "media/IoInterrupt.h"

namespace wl::sources {

struct DemoCameraSettings {
    // 1..7: picks the identity colour and goes into the picture's machine-readable strip.
    int index = 1;
    // Shown in the picture; empty = "DEMO <index>".
    std::string name;
    // Where to publish, e.g. "rtmp://127.0.0.1:1935/live/demo1".
    std::string url;
    int width = 640;
    int height = 360;
    int fps = 30;
    int videoBitrateKbps = 800;
    int audioBitrateKbps = 96;
    // 0 = 440 Hz x index.
    double toneHz = 0;
    std::string preset = "ultrafast";
    std::string tune = "zerolatency";
    int gopSeconds = 1;
    // One encoder thread each: five cameras share a 2-core machine with the app.
    int encoderThreads = 1;
    std::chrono::milliseconds retryInterval{1000};
    // Longest a connect or write may block before the connection counts as lost.
    std::chrono::milliseconds ioTimeout{3000};
};

enum class DemoCameraState {
    Idle,       // run() not called yet
    Connecting, // opening the RTMP connection and publishing
    Publishing, // sending frames
    Retrying,   // the connection failed or dropped; waiting to try again
    Stopped,    // run() has returned
};

std::string_view demoCameraStateName(DemoCameraState state);

// A synthetic camera that publishes a test picture and tone over RTMP (libavformat's client),
// in real time, so the app's own ingest path gets exercised. It starts no threads: the owner
// calls the blocking run() on a thread it owns and ends it with requestStop() from any thread;
// run() then returns within about 0.3 s, even from a blocked connect or write. Connection
// failures and drops are retried every retryInterval until stopped.
class DemoCamera {
public:
    // Called on the run() thread whenever the state changes; detail says why (errors).
    using StateCallback = std::function<void(DemoCameraState state, const std::string& detail)>;

    explicit DemoCamera(DemoCameraSettings settings, StateCallback onStateChanged = {});
    DemoCamera(const DemoCamera&) = delete;
    DemoCamera& operator=(const DemoCamera&) = delete;
    ~DemoCamera() = default;

    // Publishes until requestStop(); call once.
    void run();
    // Thread-safe and idempotent; also valid before run(), which then returns at once.
    void requestStop();

    // Thread-safe observers.
    DemoCameraState state() const { return m_state.load(); }
    std::uint64_t framesSent() const { return m_framesSent.load(); }
    // Frames left out to catch up after falling behind the wall clock.
    std::uint64_t framesSkipped() const { return m_framesSkipped.load(); }
    std::uint64_t connectionAttempts() const { return m_connectionAttempts.load(); }
    std::string lastError() const;
    const DemoCameraSettings& settings() const { return m_settings; }

private:
    struct Output;

    Expected<void> publishOnce();
    Expected<void> stream(Output& output);
    void setState(DemoCameraState state, const std::string& detail = {});
    // Sleeps until `deadline`; false when a stop was requested.
    bool sleepUntil(std::chrono::steady_clock::time_point deadline);

    DemoCameraSettings m_settings;
    StateCallback m_onStateChanged;
    std::shared_ptr<media::IoInterrupt> m_interrupt;
    std::atomic<bool> m_stop{false};
    std::atomic<DemoCameraState> m_state{DemoCameraState::Idle};
    std::atomic<std::uint64_t> m_framesSent{0};
    std::atomic<std::uint64_t> m_framesSkipped{0};
    std::atomic<std::uint64_t> m_connectionAttempts{0};
    mutable std::mutex m_mutex;
    std::condition_variable m_wake;
    std::string m_lastError;
    // run() thread only: the frame number the next connection starts at.
    std::int64_t m_frameNumberBase = 0;
};

} // namespace wl::sources
