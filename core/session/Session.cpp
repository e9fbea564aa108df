#include "Session.h"

#include <QDir>

#include "ApiToken.h"
#include "NetworkAddresses.h"
#include "SessionApi.h"
#include "SessionLog.h"
#include "ingest/RtmpServer.h"
#include "serve/ApiRoutes.h"
#include "serve/HttpServer.h"
#include "sources/CameraIngestRouter.h"
#include "sources/DemoCamera.h"

namespace wl {

namespace {
constexpr int kHealthIntervalMs = 250;
constexpr int kStatsEveryTicks = 1000 / kHealthIntervalMs;
} // namespace

Session::Session(SessionSettings settings, QObject* parent)
    : QObject(parent)
    , m_settings(std::move(settings)) {
    m_ingestThread.setObjectName(QStringLiteral("wl-ingest"));
    m_httpThread.setObjectName(QStringLiteral("wl-http"));
    m_healthTimer.setInterval(kHealthIntervalMs);
    connect(&m_healthTimer, &QTimer::timeout, this, &Session::checkHealth);
}

Session::~Session() {
    stop();
}

Expected<void> Session::loadConfiguration() {
    const QString path = QDir(m_settings.configDir).filePath(QStringLiteral("event.json"));
    auto config = EventConfig::loadOrCreate(path);
    if (!config)
        return config.error();
    m_config = std::move(config).value();

    if (!m_settings.apiToken.isEmpty()) {
        m_apiToken = m_settings.apiToken;
    } else {
        auto token = ApiToken::loadOrCreate(m_settings.configDir);
        if (!token)
            return token.error();
        m_apiToken = *token;
    }
    return {};
}

Expected<void> Session::start() {
    if (m_started)
        return makeError(ErrorCode::Conflict, "the session is already running");
    if (auto loaded = loadConfiguration(); !loaded)
        return loaded.error();

    m_registry =
        std::make_unique<sources::CameraRegistry>(m_config.cameras, sources::Camera::Settings{});
    connect(m_registry.get(), &sources::CameraRegistry::cameraStatusChanged, this,
            &Session::cameraStatusChanged, Qt::QueuedConnection);
    m_router = std::make_unique<sources::CameraIngestRouter>(*m_registry, m_clock);
    startDecoders();

    if (auto ingest = startIngest(); !ingest) {
        stop();
        return ingest.error();
    }
    if (auto http = startHttp(); !http) {
        stop();
        return http.error();
    }
    m_started = true;
    m_healthTimer.start();
    startDemoCameras();
    qCInfo(lcSession).noquote() << "session started: RTMP" << rtmpUrl() << "HTTP port"
                                << m_httpPort;
    return {};
}

void Session::startDecoders() {
    for (const auto& camera : m_registry->cameras()) {
        auto worker = std::make_unique<sources::CameraDecodeWorker>(camera, m_clock, m_previews);
        WorkerThread thread;
        thread.start(("wl-dec-" + camera->id()).toStdString(),
                     [raw = worker.get()](std::stop_token stop) { raw->run(stop); });
        m_decoders.push_back(std::move(worker));
        m_decodeThreads.push_back(std::move(thread));
    }
}

Expected<void> Session::startIngest() {
    // Bind on this thread, then hand the server (listener included) to its own thread: start()
    // learns the port without waiting on another thread.
    auto server =
        std::make_unique<ingest::RtmpServer>(*m_router, m_clock, ingest::RtmpServerSettings{});
    auto port = server->start(m_settings.bindAddress, m_settings.rtmpPort);
    if (!port)
        return port.error();
    m_rtmpPort = *port;
    m_rtmpServer = server.release();
    m_rtmpServer->moveToThread(&m_ingestThread);
    // Deleted on its own thread when the thread ends; its destructor closes every connection.
    connect(&m_ingestThread, &QThread::finished, m_rtmpServer, &QObject::deleteLater);
    m_ingestThread.start();
    return {};
}

Expected<void> Session::startHttp() {
    m_api = std::make_unique<SessionApi>(*m_registry, m_clock, m_config.title, rtmpUrl());
    auto server = std::make_unique<serve::HttpServer>();
    serve::ApiRoutes::install(*server, *m_api, serve::BearerAuth(m_apiToken));
    auto port = server->start(m_settings.bindAddress, m_settings.httpPort);
    if (!port)
        return port.error();
    m_httpPort = *port;
    m_httpServer = server.release();
    m_httpServer->moveToThread(&m_httpThread);
    connect(&m_httpThread, &QThread::finished, m_httpServer, &QObject::deleteLater);
    m_httpThread.start();
    return {};
}

void Session::startDemoCameras() {
    const auto cameras = m_registry->cameras();
    const int count = std::min<int>(m_settings.demoCameras, static_cast<int>(cameras.size()));
    for (int i = 0; i < count; ++i) {
        sources::DemoCameraSettings settings;
        settings.index = i + 1;
        settings.name = cameras[i]->name().toStdString();
        settings.url = QStringLiteral("rtmp://127.0.0.1:%1/live/%2")
                           .arg(m_rtmpPort)
                           .arg(cameras[i]->streamKey())
                           .toStdString();
        auto demo = std::make_unique<sources::DemoCamera>(settings);
        WorkerThread thread;
        thread.start("wl-demo-" + std::to_string(i + 1),
                     [raw = demo.get()](std::stop_token) { raw->run(); });
        m_demoCameras.push_back(std::move(demo));
        m_demoThreads.push_back(std::move(thread));
    }
}

void Session::stop() {
    m_healthTimer.stop();
    // Publishers first, so that the ingest sees them leave; then the servers; then the decoders.
    for (auto& demo : m_demoCameras)
        demo->requestStop();
    m_demoThreads.clear();
    m_demoCameras.clear();

    m_ingestThread.quit();
    m_ingestThread.wait();
    m_rtmpServer = nullptr;

    m_httpThread.quit();
    m_httpThread.wait();
    m_httpServer = nullptr;

    if (m_registry) {
        for (const auto& camera : m_registry->cameras())
            camera->inputQueue().close();
    }
    m_decodeThreads.clear(); // joins
    m_decoders.clear();
    if (m_started)
        qCInfo(lcSession) << "session stopped";
    m_started = false;
}

QString Session::rtmpUrl() const {
    return QStringLiteral("rtmp://%1:%2/live")
        .arg(NetworkAddresses::advertised(m_settings.bindAddress).toString())
        .arg(m_rtmpPort);
}

int Session::ingestConnections() const {
    return m_rtmpServer ? m_rtmpServer->connectionCount() : 0;
}

void Session::checkHealth() {
    const std::int64_t nowUs = m_clock.nowUs();
    const bool refreshStats = ++m_healthTicks % kStatsEveryTicks == 0;
    for (const auto& camera : m_registry->cameras()) {
        camera->checkMedia(nowUs);
        if (refreshStats)
            camera->stats().refresh(nowUs, camera->status() == sources::CameraStatus::Live);
    }
}

} // namespace wl
