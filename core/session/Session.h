#pragma once

#include <map>
#include <memory>
#include <vector>

#include <QObject>
#include <QThread>
#include <QTimer>

#include "EventConfig.h"
#include "LiveStatus.h"
#include "SessionAlert.h"
#include "SessionSettings.h"
#include "common/Expected.h"
#include "common/SessionClock.h"
#include "common/WorkerThread.h"
#include "output/PacketFanout.h"
#include "serve/ViewerStatistics.h"
#include "sources/CameraDecodeWorker.h"
#include "sources/CameraRegistry.h"
#include "sources/PreviewHub.h"
#include "switcher/SwitcherTypes.h"

namespace wl {

namespace ingest {
class RtmpServer;
}
namespace serve {
class HttpServer;
class HlsOrigin;
class ViewerHub;
struct ViewerState;
} // namespace serve
namespace sources {
class CameraIngestRouter;
class DemoCamera;
} // namespace sources
namespace switcher {
class ProgramEngine;
}
namespace output {
class ProgramEncoder;
class EncoderFrameSink;
class RestreamOutput;
class HlsPusher;
class HlsPushSource;
class HlsSnapshotPushSource;
class HlsPackager;
class HlsSource;
} // namespace output
namespace record {
class Recorder;
struct RecordingAlert;
} // namespace record
class SessionApi;
class SessionControl;
class LiveController;
class ProgramPacketConsumer;
class SessionOutputs;

// One running event: owns every module and every thread, wires them, and tears them down in
// order. Lives on the thread that created it (the UI or main thread); it never blocks that thread
// after start(), which waits only for the servers to bind their ports.
//
// Threads: "wl-ingest" (RTMP server, event loop), "wl-http" (HTTP server, event loop),
// "wl-dec-<cam>" (one decode worker per camera), "wl-program" (program clock: switcher,
// compositor, mixer), "wl-encode" (program encoder), "wl-record" (every file and the journal),
// "wl-hls" (HLS packager), "wl-restream-<n>" (one per RTMP restream destination), "wl-hlspush"
// (HLS push, event loop), "wl-demo-<n>" (demo cameras).
class Session : public QObject {
    Q_OBJECT

public:
    explicit Session(SessionSettings settings, QObject* parent = nullptr);
    ~Session() override;

    Expected<void> start();
    void stop();

    const SessionClock& clock() const { return m_clock; }
    const EventConfig& config() const { return m_config; }
    sources::CameraRegistry& cameras() { return *m_registry; }
    const sources::CameraRegistry& cameras() const { return *m_registry; }
    sources::PreviewHub& previews() { return m_previews; }
    quint16 rtmpPort() const { return m_rtmpPort; }
    quint16 httpPort() const { return m_httpPort; }
    const QString& apiToken() const { return m_apiToken; }
    // rtmp://<address cameras can reach>:<port>/live
    QString rtmpUrl() const;
    int ingestConnections() const;
    // The event.json this session reads and the set-up dialogs write.
    QString eventConfigPath() const;

    // After start(): the running engine follows an edited event.json where it can without a
    // restart: camera names, keys, order, added and removed cameras, their audio, failover (on,
    // hold, priority). The program format and the encoder keep their values until the next start.
    // Never waits on an engine thread (a removed camera's decoder is joined at stop()).
    Expected<void> applyConfig(const EventConfig& edited);
    // An event-loop thread ("wl-monitor") for headphone monitoring, running between start() and
    // stop(): audio devices pull their samples there, never on the UI thread.
    QThread& audioMonitorThread() { return m_monitorThread; }

    // Valid between a successful start() and stop(); thread-safe as each class says.
    switcher::ProgramEngine& engine() { return *m_engine; }
    LiveController& live() { return *m_live; }
    record::Recorder& recorder() { return *m_recorder; }
    output::ProgramEncoder& encoder() { return *m_encoder; }
    // The program as HLS (segments, parts, playlists), served at /hls/output_main.m3u8.
    output::HlsSource& hls();
    // Viewers now, peak and watch time (page sockets and HLS players); any thread.
    const serve::ViewerStatistics& viewerStatistics() const { return m_viewerStats; }
    // The restream destinations' and the HLS push's states, as GET /api/outputs shows them.
    const SessionOutputs& outputs() const { return *m_outputs; }

signals:
    void cameraStatusChanged(const QString& cameraId, wl::sources::CameraStatus status);
    // Every switcher state change (cut, transition, preview, fade to black, pause, failover).
    void switcherEvent(const wl::switcher::SwitcherEvent& event);
    void liveStatusChanged(wl::LiveStatus status);
    void alertRaised(const wl::SessionAlert& alert);

private:
    Expected<void> loadConfiguration();
    Expected<void> startIngest();
    Expected<void> startHttp();
    void startDecoders();
    void startDecoder(const std::shared_ptr<sources::Camera>& camera);
    void retireCamera(const std::shared_ptr<sources::Camera>& camera);
    void startDemoCameras();
    Expected<void> startRecorder();
    Expected<void> startProgram();
    void startOutputs();
    void startHlsPush(const output::HlsPushSource* source);
    void startLiveControl();
    void stopProgram();
    void checkHealth();
    void onCameraStatus(const QString& cameraId, sources::CameraStatus status);
    void onSwitcherEvent(const switcher::SwitcherEvent& event);
    void onRecordingAlert(const record::RecordingAlert& alert);
    serve::ViewerState viewerState() const;
    void tellViewers(const switcher::SwitcherEvent& event);
    void tellViewers(LiveStatus status);
    void journalViewers();
    void raise(SessionAlert::Kind kind, const QString& subject, const QString& message);

    const SessionSettings m_settings;
    SessionClock m_clock;
    EventConfig m_config;
    QString m_apiToken;
    std::unique_ptr<sources::CameraRegistry> m_registry;
    sources::PreviewHub m_previews;
    std::unique_ptr<sources::CameraIngestRouter> m_router;

    QThread m_ingestThread;
    ingest::RtmpServer* m_rtmpServer = nullptr; // lives on m_ingestThread, deleted when it ends
    quint16 m_rtmpPort = 0;

    QThread m_httpThread;
    // Made, used and deleted on m_httpThread only; this thread reaches them through m_httpContext.
    serve::HttpServer* m_httpServer = nullptr;
    serve::ViewerHub* m_viewerHub = nullptr; // a child of the server
    serve::HlsOrigin* m_hlsOrigin = nullptr; // a child of the server
    QObject* m_httpContext = nullptr;        // lives on m_httpThread: queue work there with it
    serve::ViewerStatistics m_viewerStats;
    std::unique_ptr<SessionApi> m_api;
    quint16 m_httpPort = 0;

    std::vector<std::unique_ptr<sources::CameraDecodeWorker>> m_decoders;
    std::vector<WorkerThread> m_decodeThreads;
    std::vector<QString> m_decodeCameraIds;     // the camera of each decode thread, same index
    std::vector<WorkerThread> m_retiredThreads; // decoders of removed cameras, joined at stop()
    std::vector<std::unique_ptr<sources::CameraDecodeWorker>> m_retiredDecoders;
    QThread m_monitorThread;
    std::unique_ptr<record::Recorder> m_recorder;
    WorkerThread m_recordThread;
    std::unique_ptr<switcher::ProgramEngine> m_engine;
    WorkerThread m_programThread;
    output::PacketFanout m_fanout;
    std::unique_ptr<output::ProgramEncoder> m_encoder;
    std::unique_ptr<output::EncoderFrameSink> m_encoderSink;
    std::unique_ptr<ProgramPacketConsumer> m_programRecording;
    WorkerThread m_encoderThread;
    std::unique_ptr<output::RestreamOutput> m_restream;
    std::vector<WorkerThread> m_restreamThreads;
    std::unique_ptr<output::HlsSnapshotPushSource> m_hlsPushSource; // the packager, as pushed
    QThread m_hlsPushThread;
    output::HlsPusher* m_hlsPusher = nullptr; // lives on m_hlsPushThread
    std::unique_ptr<SessionOutputs> m_outputs;
    std::unique_ptr<output::HlsPackager> m_hls;
    WorkerThread m_hlsThread;
    std::unique_ptr<LiveController> m_live;
    std::unique_ptr<SessionControl> m_control;
    std::map<QString, sources::CameraStatus> m_cameraStatus; // as last seen, for alerts
    std::uint64_t m_encoderDropsSeen = 0;
    std::int64_t m_lastOverloadAlertUs = -1;

    std::vector<std::unique_ptr<sources::DemoCamera>> m_demoCameras;
    std::vector<WorkerThread> m_demoThreads;

    QTimer m_healthTimer;
    int m_healthTicks = 0;
    bool m_started = false;
};

} // namespace wl
