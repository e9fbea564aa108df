#include "Session.h"

#include <cmath>

#include <QDir>
#include <QSet>

#include "ApiToken.h"
#include "EngineSettings.h"
#include "LiveController.h"
#include "NetworkAddresses.h"
#include "ProgramPacketConsumer.h"
#include "SessionApi.h"
#include "SessionControl.h"
#include "SessionLog.h"
#include "SessionOutputs.h"
#include "ingest/RtmpServer.h"
#include "output/EncoderFrameSink.h"
#include "output/HlsPackager.h"
#include "output/HlsPusher.h"
#include "output/HlsSnapshotPushSource.h"
#include "output/ProgramEncoder.h"
#include "output/RestreamOutput.h"
#include "record/JournalEvents.h"
#include "record/Recorder.h"
#include "serve/ApiRoutes.h"
#include "serve/ControlRoutes.h"
#include "serve/HlsOrigin.h"
#include "serve/HttpServer.h"
#include "serve/OutputRoutes.h"
#include "serve/ViewerHub.h"
#include "serve/ViewerPage.h"
#include "sources/CameraIngestRouter.h"
#include "sources/DemoCamera.h"
#include "switcher/ProgramEngine.h"

namespace wl {

namespace {
constexpr int kHealthIntervalMs = 250;
constexpr int kStatsEveryTicks = 1000 / kHealthIntervalMs;
constexpr std::int64_t kOverloadAlertIntervalUs = 10'000'000;
constexpr int kViewersJournalEveryTicks = 60'000 / kHealthIntervalMs;
} // namespace

Session::Session(SessionSettings settings, QObject* parent)
    : QObject(parent)
    , m_settings(std::move(settings)) {
    m_ingestThread.setObjectName(QStringLiteral("wl-ingest"));
    m_hlsPushThread.setObjectName(QStringLiteral("wl-hlspush"));
    m_httpThread.setObjectName(QStringLiteral("wl-http"));
    m_monitorThread.setObjectName(QStringLiteral("wl-monitor"));
    m_healthTimer.setInterval(kHealthIntervalMs);
    connect(&m_healthTimer, &QTimer::timeout, this, &Session::checkHealth);
}

Session::~Session() {
    stop();
}

QString Session::eventConfigPath() const {
    return QDir(m_settings.configDir).filePath(QStringLiteral("event.json"));
}

Expected<void> Session::loadConfiguration() {
    auto config = EventConfig::loadOrCreate(eventConfigPath());
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
    connect(m_registry.get(), &sources::CameraRegistry::cameraStatusChanged, this,
            &Session::onCameraStatus, Qt::QueuedConnection);

    if (auto recorder = startRecorder(); !recorder) {
        stop();
        return recorder.error();
    }
    if (auto program = startProgram(); !program) {
        stop();
        return program.error();
    }
    startOutputs();
    startLiveControl();
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
    m_monitorThread.start();
    m_healthTimer.start();
    startDemoCameras();
    qCInfo(lcSession).noquote() << "session started: RTMP" << rtmpUrl() << "HTTP port"
                                << m_httpPort;
    return {};
}

void Session::startDecoders() {
    for (const auto& camera : m_registry->cameras())
        startDecoder(camera);
}

void Session::startDecoder(const std::shared_ptr<sources::Camera>& camera) {
    auto worker = std::make_unique<sources::CameraDecodeWorker>(camera, m_clock, m_previews);
    WorkerThread thread;
    thread.start(("wl-dec-" + camera->id()).toStdString(),
                 [raw = worker.get()](std::stop_token stop) { raw->run(stop); });
    m_decoders.push_back(std::move(worker));
    m_decodeThreads.push_back(std::move(thread));
    m_decodeCameraIds.push_back(camera->id());
}

void Session::retireCamera(const std::shared_ptr<sources::Camera>& camera) {
    camera->setStreamTap(nullptr);
    camera->inputQueue().close(); // its decoder ends by itself; joined at stop()
    for (std::size_t i = 0; i < m_decodeCameraIds.size(); ++i) {
        if (m_decodeCameraIds[i] != camera->id())
            continue;
        m_decodeThreads[i].stopSource().request_stop();
        m_retiredThreads.push_back(std::move(m_decodeThreads[i]));
        m_retiredDecoders.push_back(std::move(m_decoders[i]));
        m_decodeThreads.erase(m_decodeThreads.begin() + static_cast<std::ptrdiff_t>(i));
        m_decoders.erase(m_decoders.begin() + static_cast<std::ptrdiff_t>(i));
        m_decodeCameraIds.erase(m_decodeCameraIds.begin() + static_cast<std::ptrdiff_t>(i));
        return;
    }
}

Expected<void> Session::applyConfig(const EventConfig& edited) {
    if (!m_started)
        return makeError(ErrorCode::Unavailable, "the session is not running");
    // Checked before anything changes, so a refused edit leaves the engine as it was.
    if (edited.cameras.size() > EventConfig::kMaxCameras)
        return makeError(ErrorCode::LimitExceeded, "at most 5 cameras");
    QSet<QString> ids;
    QSet<QString> keys;
    for (const CameraConfig& config : edited.cameras) {
        if (ids.contains(config.id) || keys.contains(config.streamKey))
            return makeError(ErrorCode::Conflict, "two cameras share an id or a stream key",
                             config.id.toStdString());
        ids.insert(config.id);
        keys.insert(config.streamKey);
    }
    for (const auto& camera : m_registry->cameras()) {
        if (edited.cameraById(camera->id()) == nullptr) {
            m_registry->removeCamera(camera->id());
            retireCamera(camera);
            qCInfo(lcSession).noquote() << "camera removed:" << camera->id();
        }
    }
    QStringList order;
    for (const CameraConfig& config : edited.cameras) {
        order.append(config.id);
        if (auto audio = m_engine->setCameraAudio(config.id, EngineSettings::cameraAudio(config));
            !audio)
            return audio.error().wrapped("event.json " + config.id.toStdString());
        if (m_registry->cameraById(config.id)) {
            if (!m_registry->updateCamera(config))
                return makeError(ErrorCode::Conflict, "the stream key is used by another camera",
                                 config.id.toStdString());
            continue;
        }
        auto camera = m_registry->addCamera(config);
        if (!camera)
            return makeError(ErrorCode::Conflict, "the camera cannot be added",
                             config.id.toStdString());
        camera->setStreamTap(m_recorder->cameraTap(camera->id()));
        startDecoder(camera);
        qCInfo(lcSession).noquote() << "camera added:" << camera->id();
    }
    m_registry->reorder(order);
    const auto failover = m_engine->command(
        switcher::SetFailoverCommand{edited.switcher.failover, edited.switcher.failoverHoldMs,
                                     edited.switcher.failoverPriority});
    if (!failover)
        return failover.error();
    // Only what is live now is taken over; the program format applies at the next start.
    m_config.title = edited.title;
    m_config.cameras = edited.cameras;
    m_config.switcher.failover = edited.switcher.failover;
    m_config.switcher.failoverHoldMs = edited.switcher.failoverHoldMs;
    m_config.switcher.failoverPriority = edited.switcher.failoverPriority;
    return {};
}

Expected<void> Session::startRecorder() {
    const QString root = m_settings.recordingsDir.isEmpty() ? QString() : m_settings.recordingsDir;
    m_recorder =
        std::make_unique<record::Recorder>(EngineSettings::recording(m_config, root), m_clock);
    m_recorder->setAlertHandler([this](const record::RecordingAlert& alert) {
        QMetaObject::invokeMethod(
            this, [this, alert] { onRecordingAlert(alert); }, Qt::QueuedConnection);
    });
    for (const auto& camera : m_registry->cameras())
        camera->setStreamTap(m_recorder->cameraTap(camera->id()));
    m_recordThread.start("wl-record",
                         [raw = m_recorder.get()](std::stop_token stop) { raw->run(stop); });
    return {};
}

Expected<void> Session::startProgram() {
    auto engine = switcher::ProgramEngine::create(EngineSettings::programEngine(m_config), m_clock,
                                                  *m_registry);
    if (!engine)
        return engine.error();
    m_engine = std::move(*engine);
    for (const auto& camera : m_config.cameras) {
        if (auto set = m_engine->setCameraAudio(camera.id, EngineSettings::cameraAudio(camera));
            !set)
            return set.error().wrapped("event.json " + camera.id.toStdString());
    }
    m_engine->setMonitorHub(&m_previews);
    m_engine->setEventListener([this](const switcher::SwitcherEvent& event) {
        // Program thread: the journal queues, the UI hears it on the session's thread.
        m_recorder->journal(record::JournalEvents::fromSwitcher(event));
        QMetaObject::invokeMethod(
            this, [this, event] { onSwitcherEvent(event); }, Qt::QueuedConnection);
    });

    m_encoder = std::make_unique<output::ProgramEncoder>(EngineSettings::programEncoder(m_config),
                                                         m_fanout);
    m_programRecording = std::make_unique<ProgramPacketConsumer>(
        m_recorder->programInput(), [raw = m_encoder.get()] { raw->requestKeyframe(); });
    m_fanout.add(m_programRecording.get());
    // HLS gets the program whenever the output runs (live, paused, recording); segments follow
    // the encoder's closed GOPs.
    m_hls = std::make_unique<output::HlsPackager>(
        EngineSettings::hlsPackager(m_config, m_encoder->settings().gopSeconds), m_clock);
    m_fanout.add(m_hls.get());
    if (auto opened = m_encoder->open(); !opened)
        return opened.error();
    m_encoderSink = std::make_unique<output::EncoderFrameSink>(*m_encoder);

    m_hlsThread.start("wl-hls", [raw = m_hls.get()](std::stop_token stop) { raw->run(stop); });
    m_encoderThread.start("wl-encode",
                          [raw = m_encoder.get()](std::stop_token stop) { raw->run(stop); });
    m_programThread.start("wl-program",
                          [raw = m_engine.get()](std::stop_token stop) { raw->run(stop); });
    return {};
}

void Session::startOutputs() {
    std::vector<output::RestreamTarget> targets;
    for (const auto& destination : m_config.restream)
        targets.push_back(destination.toTarget());
    m_restream = std::make_unique<output::RestreamOutput>(
        std::move(targets), output::RestreamSettings{},
        [raw = m_encoder.get()] { raw->requestKeyframe(); });
    m_fanout.add(m_restream.get());
    int index = 0;
    for (const auto& destination : m_restream->destinations()) {
        WorkerThread thread;
        thread.start("wl-restream-" + std::to_string(++index),
                     [raw = destination.get()](std::stop_token stop) { raw->run(stop); });
        m_restreamThreads.push_back(std::move(thread));
    }
    // The HLS push reads the packager's finished segments, never writes back.
    m_hlsPushSource = std::make_unique<output::HlsSnapshotPushSource>(*m_hls);
    startHlsPush(m_hlsPushSource.get());
    m_outputs =
        std::make_unique<SessionOutputs>(*m_restream, m_config, eventConfigPath(), m_hlsPusher);
    m_outputs->setSavedHandler([this](const EventConfig& saved) {
        // HTTP thread: the set-up dialogs save m_config, so it takes the new sections over.
        QMetaObject::invokeMethod(
            this,
            [this, hls = saved.hls, push = saved.hlsPush, restream = saved.restream] {
                m_config.hls = hls;
                m_config.hlsPush = push;
                m_config.restream = restream;
            },
            Qt::QueuedConnection);
    });
}

void Session::startHlsPush(const output::HlsPushSource* source) {
    if (!m_config.hlsPush.enabled || source == nullptr)
        return;
    m_hlsPusher = new output::HlsPusher(m_config.hlsPush.toSettings(), *source);
    m_hlsPusher->moveToThread(&m_hlsPushThread);
    connect(&m_hlsPushThread, &QThread::finished, m_hlsPusher, &QObject::deleteLater);
    m_hlsPushThread.start();
    QMetaObject::invokeMethod(m_hlsPusher, &output::HlsPusher::start, Qt::QueuedConnection);
}

void Session::startLiveControl() {
    m_live = std::make_unique<LiveController>(
        *m_engine, *m_recorder, *m_encoderSink, [raw = m_encoder.get()] { raw->requestKeyframe(); },
        [registry = m_registry.get()] {
            record::RecordingRequest request;
            for (const auto& camera : registry->cameras())
                request.cameras.push_back({camera->id(), camera->name()});
            return request;
        },
        m_config.recording.autoStartOnLive);
    m_live->setStatusListener([this](LiveStatus, LiveStatus to) {
        if (to == LiveStatus::Ended)
            m_hls->endStream(); // EXT-X-ENDLIST once the encoder's last packets are in
        m_recorder->journal(record::JournalEvents::statusChanged(
            m_clock.nowUs(), QStringLiteral("event"), liveStatusName(to)));
        QMetaObject::invokeMethod(
            this,
            [this, to] {
                tellViewers(to);
                emit liveStatusChanged(to);
            },
            Qt::QueuedConnection);
    });
    // The restream runs exactly while the program output does (live, paused or recording).
    m_live->setOutputListener([raw = m_restream.get()](bool on) { raw->setActive(on); });
    m_control = std::make_unique<SessionControl>(*m_engine, *m_live, *m_recorder, *m_registry);
}

void Session::stopProgram() {
    // The clock first (no new frames), then the encoder drains into the recorder, then the
    // recorder finishes its files and the journal.
    m_programThread.stop();
    m_encoderThread.stop();
    if (m_programRecording)
        m_fanout.remove(m_programRecording.get());
    // Restream workers end at once: their blocking network I/O is aborted, not drained.
    if (m_restream)
        m_fanout.remove(m_restream.get());
    m_restreamThreads.clear(); // joins

    if (m_hls)
        m_fanout.remove(m_hls.get());
    m_hlsThread.stop();
    if (m_recorder && m_recorder->isRecording())
        (void)m_recorder->stop();
    m_recordThread.stop();
    if (m_registry) {
        for (const auto& camera : m_registry->cameras())
            camera->setStreamTap(nullptr);
    }
    m_control.reset();
    m_live.reset();
    m_outputs.reset();
    m_restream.reset();
    m_hlsPushSource.reset();
    m_encoderSink.reset();
    m_programRecording.reset();
    m_hls.reset();
    m_encoder.reset();
    m_engine.reset();
    m_recorder.reset();
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
    m_api = std::make_unique<SessionApi>(*m_registry, m_clock, m_config.title, rtmpUrl(), *m_live,
                                         *m_engine, *m_encoder, m_viewerStats, m_outputs.get());
    // Bind here, so that start() learns the port without waiting; the server itself is made on
    // its thread: Qt 6.4 keeps the HTTP server's WebSocket server in a private member that
    // moveToThread() would leave on this thread.
    auto listener = serve::HttpServer::openListener(m_settings.bindAddress, m_settings.httpPort);
    if (!listener)
        return listener.error();
    m_httpPort = (*listener)->serverPort();
    (*listener)->moveToThread(&m_httpThread);
    m_httpContext = new QObject;
    m_httpContext->moveToThread(&m_httpThread);
    connect(&m_httpThread, &QThread::finished, m_httpContext, &QObject::deleteLater);

    serve::ViewerHubSettings viewerSettings;
    viewerSettings.maxConnections = m_config.viewers.maxConnections;
    QMetaObject::invokeMethod(m_httpContext, [this, tcp = listener->release(), viewerSettings,
                                              viewers = viewerState()] {
        auto* server = new serve::HttpServer;
        const serve::BearerAuth auth(m_apiToken);
        serve::ApiRoutes::install(*server, *m_api, auth);
        serve::ControlRoutes::install(*server, *m_control, auth);
        serve::OutputRoutes::install(*server, *m_outputs, auth);
        serve::ViewerPage::install(*server, m_config.title);
        m_viewerHub = new serve::ViewerHub(*server, viewerSettings, m_viewerStats, viewers, server);
        m_hlsOrigin = new serve::HlsOrigin(*server, *m_hls); // the server's child
        m_hlsOrigin->setRequestObserver(m_viewerHub);
        server->bind(tcp);
        m_httpServer = server;
        // Deleted on its own thread when the thread ends; that closes every connection.
        connect(QThread::currentThread(), &QThread::finished, server, &QObject::deleteLater);
    });
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
    m_hlsOrigin = nullptr;
    m_viewerHub = nullptr;
    m_httpContext = nullptr;
    if (m_started)
        journalViewers(); // the session's final viewer figures, before the journal closes

    // Its requests are abandoned with its network client; it only ever read the packager.
    m_hlsPushThread.quit();
    m_hlsPushThread.wait();
    m_hlsPusher = nullptr;

    m_monitorThread.quit();
    m_monitorThread.wait();

    if (m_registry) {
        for (const auto& camera : m_registry->cameras())
            camera->inputQueue().close();
    }
    m_decodeThreads.clear(); // joins
    m_decoders.clear();
    m_decodeCameraIds.clear();
    m_retiredThreads.clear();
    m_retiredDecoders.clear();
    stopProgram();
    if (m_started)
        qCInfo(lcSession) << "session stopped";
    m_started = false;
}

output::HlsSource& Session::hls() {
    return *m_hls;
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
    if (m_healthTicks % kViewersJournalEveryTicks == 0)
        journalViewers();
    if (!m_encoder || !refreshStats)
        return;
    const auto encoderStats = m_encoder->stats();
    if (encoderStats.videoFramesDropped > m_encoderDropsSeen &&
        (m_lastOverloadAlertUs < 0 || nowUs - m_lastOverloadAlertUs > kOverloadAlertIntervalUs)) {
        raise(SessionAlert::Kind::EncoderOverload, QStringLiteral("program"),
              QStringLiteral("the program encoder is behind: %1 frames dropped")
                  .arg(encoderStats.videoFramesDropped - m_encoderDropsSeen));
        m_encoderDropsSeen = encoderStats.videoFramesDropped;
        m_lastOverloadAlertUs = nowUs;
    }
}

void Session::raise(SessionAlert::Kind kind, const QString& subject, const QString& message) {
    const SessionAlert alert{kind, subject, message, m_clock.nowUs()};
    if (kind == SessionAlert::Kind::CameraBack)
        qCInfo(lcSession).noquote() << message;
    else
        qCWarning(lcSession).noquote() << message;
    emit alertRaised(alert);
}

void Session::onCameraStatus(const QString& cameraId, sources::CameraStatus status) {
    const auto camera = m_registry->cameraById(cameraId);
    const QString name = camera ? camera->name() : cameraId;
    const auto previous = m_cameraStatus[cameraId];
    m_cameraStatus[cameraId] = status;
    if (!m_recorder)
        return;
    const std::int64_t nowUs = m_clock.nowUs();
    if (status == sources::CameraStatus::Live) {
        m_recorder->journal(record::JournalEvents::cameraOnline(nowUs, cameraId, name));
        if (previous == sources::CameraStatus::Offline)
            raise(SessionAlert::Kind::CameraBack, cameraId,
                  QStringLiteral("%1 (%2) is back").arg(name, cameraId));
    } else if (status == sources::CameraStatus::Offline) {
        m_recorder->journal(
            record::JournalEvents::cameraOffline(nowUs, cameraId, QStringLiteral("no media")));
        raise(SessionAlert::Kind::CameraLost, cameraId,
              QStringLiteral("%1 (%2) is lost").arg(name, cameraId));
    }
}

void Session::onSwitcherEvent(const switcher::SwitcherEvent& event) {
    using Type = switcher::SwitcherEvent::Type;
    if (event.type == Type::Switch || event.type == Type::Failover)
        qCInfo(lcSession).noquote()
            << "program" << record::JournalEvents::sourceName(event.from) << "->"
            << record::JournalEvents::sourceName(event.to) << "(" + event.reason + ")"
            << "at frame" << event.at.frame;
    if ((event.type == Type::Switch || event.type == Type::Failover) && event.to.isCamera() &&
        m_hls) {
        const auto camera = m_registry->cameraById(event.to.cameraId);
        m_hls->noteSwitch(output::HlsSwitchMark{event.at.frame, event.at.sessionUs,
                                                event.to.cameraId,
                                                camera ? camera->name() : event.to.cameraId});
    }
    tellViewers(event);
    emit switcherEvent(event);
}

serve::ViewerState Session::viewerState() const {
    serve::ViewerState state;
    state.title = m_config.title;
    state.status = liveStatusName(m_live->status());
    const switcher::SourceRef program = m_engine->snapshot().program;
    if (program.isCamera()) {
        const auto camera = m_registry->cameraById(program.cameraId);
        state.cameraId = program.cameraId;
        state.cameraName = camera ? camera->name() : program.cameraId;
    }
    return state;
}

void Session::tellViewers(const switcher::SwitcherEvent& event) {
    using Type = switcher::SwitcherEvent::Type;
    const bool programChanged =
        event.type == Type::Switch || event.type == Type::Failover || event.type == Type::Resumed;
    if (!m_httpContext || !programChanged || !event.to.isCamera())
        return;
    const auto camera = m_registry->cameraById(event.to.cameraId);
    serve::ViewerCameraSwitch change;
    change.cameraId = event.to.cameraId;
    change.cameraName = camera ? camera->name() : event.to.cameraId;
    change.wallClockUs = m_clock.toWallClockUs(event.at.sessionUs);
    change.programTimeS = static_cast<double>(event.at.sessionUs) / 1e6;
    change.programFrame = event.at.frame;
    QMetaObject::invokeMethod(m_httpContext, [this, change] {
        if (m_viewerHub)
            m_viewerHub->cameraSwitched(change);
    });
}

void Session::tellViewers(LiveStatus status) {
    if (m_httpContext)
        QMetaObject::invokeMethod(m_httpContext, [this, name = liveStatusName(status)] {
            if (m_viewerHub)
                m_viewerHub->setStatus(name);
        });
    if (status == LiveStatus::Ended)
        journalViewers();
}

void Session::journalViewers() {
    if (!m_recorder)
        return;
    const auto viewers = m_viewerStats.snapshot();
    record::JournalEntry entry;
    entry.event = QStringLiteral("viewers");
    entry.sessionUs = m_clock.nowUs();
    entry.fields = QJsonObject{{QStringLiteral("current"), viewers.current},
                               {QStringLiteral("peak"), viewers.peak},
                               {QStringLiteral("watch_time_s"), std::round(viewers.watchTimeS)}};
    m_recorder->journal(std::move(entry));
}

void Session::onRecordingAlert(const record::RecordingAlert& alert) {
    using Kind = record::RecordingAlert::Kind;
    const auto kind = alert.kind == Kind::DiskLow ? SessionAlert::Kind::DiskLow
                                                  : SessionAlert::Kind::RecordingError;
    raise(kind, QStringLiteral("recording"), alert.message);
    if (m_live)
        m_live->refreshOutput();
}

} // namespace wl
