#pragma once

#include <memory>
#include <vector>

#include <QObject>
#include <QThread>
#include <QTimer>

#include "EventConfig.h"
#include "SessionSettings.h"
#include "common/Expected.h"
#include "common/SessionClock.h"
#include "common/WorkerThread.h"
#include "sources/CameraDecodeWorker.h"
#include "sources/CameraRegistry.h"
#include "sources/PreviewHub.h"

namespace wl {

namespace ingest {
class RtmpServer;
}
namespace serve {
class HttpServer;
}
namespace sources {
class CameraIngestRouter;
class DemoCamera;
} // namespace sources
class SessionApi;

// One running event: owns every module and every thread, wires them, and tears them down in
// order. Lives on the thread that created it (the UI or main thread); it never blocks that thread
// after start(), which waits only for the servers to bind their ports.
//
// Threads: "wl-ingest" (RTMP server, event loop), "wl-http" (HTTP server, event loop),
// "wl-dec-<cam>" (one decode worker per camera), "wl-demo-<n>" (demo cameras).
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

signals:
    void cameraStatusChanged(const QString& cameraId, wl::sources::CameraStatus status);

private:
    Expected<void> loadConfiguration();
    Expected<void> startIngest();
    Expected<void> startHttp();
    void startDecoders();
    void startDemoCameras();
    void checkHealth();

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
    serve::HttpServer* m_httpServer = nullptr; // lives on m_httpThread
    std::unique_ptr<SessionApi> m_api;
    quint16 m_httpPort = 0;

    std::vector<std::unique_ptr<sources::CameraDecodeWorker>> m_decoders;
    std::vector<WorkerThread> m_decodeThreads;
    std::vector<std::unique_ptr<sources::DemoCamera>> m_demoCameras;
    std::vector<WorkerThread> m_demoThreads;

    QTimer m_healthTimer;
    int m_healthTicks = 0;
    bool m_started = false;
};

} // namespace wl
