#include "MainWindow.h"

#include <QGroupBox>
#include <QHBoxLayout>
#include <QJsonObject>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QStatusBar>
#include <QVBoxLayout>

#include "AlertStrip.h"
#include "AudioMeter.h"
#include "CameraGrid.h"
#include "CameraTile.h"
#include "DirectorActions.h"
#include "HotkeyDispatcher.h"
#include "LiveControls.h"
#include "OutputsPanel.h"
#include "PreviewMonitor.h"
#include "ProgramMonitor.h"
#include "RecordingPanel.h"
#include "Theme.h"
#include "TransitionBar.h"
#include "WidgetsLog.h"
#include "record/Recorder.h"
#include "session/LiveController.h"
#include "session/Session.h"
#include "session/SessionOutputs.h"
#include "switcher/ProgramEngine.h"

namespace wl::widgets {

namespace {
constexpr int kFastRefreshMs = 50;
constexpr int kSlowRefreshMs = 1000;
constexpr int kStatusMessageMs = 15000;

QList<QPair<QString, QString>> cameraList(const Session& session) {
    QList<QPair<QString, QString>> list;
    for (const auto& camera : session.cameras().cameras())
        list.append({camera->id(), camera->name()});
    return list;
}

QGroupBox* section(const QString& title, QWidget* content, QWidget* parent) {
    auto* box = new QGroupBox(title, parent);
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addWidget(content);
    return box;
}
} // namespace

MainWindow::MainWindow(Session& session, QWidget* parent)
    : QMainWindow(parent)
    , m_session(session)
    , m_actions(new DirectorActions(session, this))
    , m_status(session.cameras(), session.clock(), session.config().title, session.rtmpUrl(),
               session.live(), session.engine(), session.encoder(), session.viewerStatistics()) {
    setWindowTitle(tr("WedLive Switcher — %1").arg(session.config().title));
    m_dispatcher = new HotkeyDispatcher(*this, m_hotkeys, this);

    auto* central = new QWidget(this);
    auto* outer = new QHBoxLayout(central);
    outer->setContentsMargins(8, 6, 8, 6);
    auto* main = new QVBoxLayout();
    outer->addLayout(main, 1);

    m_alerts = new AlertStrip(central);
    main->addWidget(m_alerts);

    auto* monitors = new QHBoxLayout();
    m_preview = new PreviewMonitor(central);
    m_previewColumn = m_preview;
    m_program = new ProgramMonitor(central);
    m_programMeter = new AudioMeter(central);
    monitors->addWidget(m_preview, 1);
    monitors->addWidget(m_program, 1);
    monitors->addWidget(m_programMeter);
    main->addLayout(monitors, 4);

    m_transitionBar = new TransitionBar(central);
    main->addWidget(m_transitionBar);

    m_grid = new CameraGrid(cameraList(session), central);
    main->addWidget(m_grid, 7);

    outer->addWidget(buildSidePanel());
    setCentralWidget(central);
    buildMenus();
    statusBar()->showMessage(tr("Cameras publish to %1").arg(session.rtmpUrl()));

    connect(m_dispatcher, &HotkeyDispatcher::triggered, this, &MainWindow::onHotkey);
    connect(m_grid, &CameraGrid::clicked, this, &MainWindow::onTileClicked);
    connect(m_grid, &CameraGrid::doubleClicked, this, &MainWindow::onTileDoubleClicked);
    connect(m_actions, &DirectorActions::refused, this, &MainWindow::onRefused);

    connect(m_transitionBar, &TransitionBar::cutRequested, m_actions, &DirectorActions::cut);
    connect(m_transitionBar, &TransitionBar::autoRequested, m_actions,
            &DirectorActions::autoTransition);
    connect(m_transitionBar, &TransitionBar::fadeToBlackRequested, m_actions,
            &DirectorActions::fadeToBlack);
    connect(m_transitionBar, &TransitionBar::transitionChanged, m_actions,
            &DirectorActions::setDefaultTransition);
    connect(m_transitionBar, &TransitionBar::tbarMoved, m_actions,
            &DirectorActions::setTransitionPosition);
    connect(m_transitionBar, &TransitionBar::modeRequested, m_actions, &DirectorActions::setMode);

    connect(m_liveControls, &LiveControls::goLiveRequested, m_actions, &DirectorActions::goLive);
    connect(m_liveControls, &LiveControls::pauseRequested, m_actions, &DirectorActions::pause);
    connect(m_liveControls, &LiveControls::resumeRequested, m_actions, &DirectorActions::resume);
    connect(m_liveControls, &LiveControls::endRequested, this, &MainWindow::confirmAndEndLive);
    connect(m_recordingPanel, &RecordingPanel::toggleRequested, m_actions,
            &DirectorActions::toggleRecording);

    connect(&session, &Session::cameraStatusChanged, this,
            [this](const QString& id, sources::CameraStatus status) {
                if (CameraTile* tile = this->tile(id))
                    tile->setStatus(status);
            });
    connect(&session, &Session::switcherEvent, this, [this] { refreshSwitcher(); });
    connect(&session, &Session::liveStatusChanged, this, &MainWindow::onLiveStatus);
    connect(&session, &Session::alertRaised, this, &MainWindow::onAlert);

    for (CameraTile* tile : m_grid->tiles()) {
        if (const auto camera = session.cameras().cameraById(tile->cameraId()))
            tile->setStatus(camera->status());
    }
    onLiveStatus(session.live().status());
    m_outputs->setViewerLink(OutputsPanel::viewerUrl(session.httpPort()));
    refreshNow();

    m_fastTimer.setInterval(kFastRefreshMs);
    connect(&m_fastTimer, &QTimer::timeout, this, [this] {
        refreshSwitcher();
        refreshLevels();
    });
    m_fastTimer.start();
    m_slowTimer.setInterval(kSlowRefreshMs);
    connect(&m_slowTimer, &QTimer::timeout, this, &MainWindow::refreshStats);
    m_slowTimer.start();

    session.previews().add(this);
    resize(1600, 1000);
}

MainWindow::~MainWindow() {
    m_session.previews().remove(this);
}

QWidget* MainWindow::buildSidePanel() {
    auto* panel = new QWidget(this);
    panel->setFixedWidth(300);
    auto* layout = new QVBoxLayout(panel);
    layout->setContentsMargins(0, 0, 0, 0);
    m_liveControls = new LiveControls(panel);
    m_recordingPanel = new RecordingPanel(cameraList(m_session), panel);
    m_outputs = new OutputsPanel(panel);
    layout->addWidget(section(tr("Live"), m_liveControls, panel));
    layout->addWidget(section(tr("Recording"), m_recordingPanel, panel));
    layout->addWidget(section(tr("Outputs"), m_outputs, panel));
    layout->addStretch(1);
    return panel;
}

void MainWindow::buildMenus() {
    QMenu* event = menuBar()->addMenu(tr("&Event"));
    event->addAction(tr("&Cameras…"), this, &MainWindow::camerasRequested);
    event->addAction(tr("C&onnect a camera…"), this, &MainWindow::connectCameraRequested);
    event->addAction(tr("&Settings…"), this, &MainWindow::settingsRequested);
    event->addAction(tr("S&hortcuts…"), this, &MainWindow::shortcutsRequested);
    event->addAction(tr("&Headphones…"), this, &MainWindow::headphonesRequested);
    event->addSeparator();
    event->addAction(tr("&End the event…"), this, &MainWindow::confirmAndEndLive);
    event->addSeparator();
    event->addAction(tr("&Quit"), this, &QWidget::close);
}

CameraTile* MainWindow::tile(const QString& cameraId) const {
    return m_grid->tile(cameraId);
}

void MainWindow::previewReady(const QString& cameraId, const QImage& image) {
    // Producer thread: store and return; the tiles' lists are fixed after construction.
    if (cameraId == m_session.engine().settings().monitorId) {
        m_program->setImage(image);
        return;
    }
    if (CameraTile* tile = m_grid->tile(cameraId))
        tile->setImage(image);
    bool previewed = false;
    {
        std::lock_guard lock(m_previewIdMutex);
        previewed = cameraId == m_previewId;
    }
    if (previewed)
        m_preview->setImage(image);
}

void MainWindow::onHotkey(const QString& actionId) {
    qCDebug(lcWidgets) << "hotkey" << actionId;
    if (actionId == HotkeyMap::kEndLive) {
        confirmAndEndLive();
        return;
    }
    m_actions->trigger(actionId);
    refreshSwitcher();
}

void MainWindow::onTileClicked(const QString& cameraId) {
    m_actions->select(cameraId);
    refreshSwitcher();
}

void MainWindow::onTileDoubleClicked(const QString& cameraId) {
    // The first click already previewed (studio) or cut (direct); only studio has more to do.
    if (m_session.engine().snapshot().mode == switcher::SwitcherMode::Studio)
        m_actions->previewAndTake(cameraId);
    refreshSwitcher();
}

bool MainWindow::confirmAndEndLive() {
    const LiveStatus status = m_session.live().status();
    if (m_confirming || (status != LiveStatus::Live && status != LiveStatus::Paused))
        return false;
    m_confirming = true;
    QMessageBox box(QMessageBox::Warning, tr("End the event?"),
                    tr("End the live stream for good? Viewers see the end slate, recording "
                       "stops, and the event cannot go live again."),
                    QMessageBox::Yes | QMessageBox::Cancel, this);
    box.button(QMessageBox::Yes)->setText(tr("End the event"));
    box.setDefaultButton(QMessageBox::Cancel);
    const int answer = box.exec();
    m_confirming = false;
    if (answer != QMessageBox::Yes)
        return false;
    return m_actions->endLive();
}

void MainWindow::onRefused(const QString& cameraId, const QString& reason) {
    if (CameraTile* tile = this->tile(cameraId))
        tile->flashRefused();
    m_alerts->addAlert(AlertStrip::Severity::Warning, reason);
    statusBar()->showMessage(reason, kStatusMessageMs);
}

void MainWindow::onAlert(const SessionAlert& alert) {
    const QString camera =
        alert.subject.isEmpty() ? QString() : m_actions->cameraName(alert.subject);
    QString text;
    AlertStrip::Severity severity = AlertStrip::Severity::Error;
    switch (alert.kind) {
    case SessionAlert::Kind::CameraLost:
        text = tr("Camera lost: %1").arg(camera);
        break;
    case SessionAlert::Kind::CameraBack:
        text = tr("Camera back: %1").arg(camera);
        severity = AlertStrip::Severity::Info;
        break;
    case SessionAlert::Kind::RecordingError:
        text = tr("Recording error: %1").arg(alert.message);
        break;
    case SessionAlert::Kind::DiskLow:
        text = tr("Disk space low: %1").arg(alert.message);
        severity = AlertStrip::Severity::Warning;
        break;
    case SessionAlert::Kind::EncoderOverload:
        text = tr("Encoder overloaded: %1").arg(alert.message);
        severity = AlertStrip::Severity::Warning;
        break;
    case SessionAlert::Kind::OutputFailed:
        text = tr("Output failed: %1 %2").arg(alert.subject, alert.message);
        break;
    }
    qCWarning(lcWidgets).noquote() << "alert:" << alert.message << alert.subject;
    m_alerts->addAlert(severity, text);
    statusBar()->showMessage(text, kStatusMessageMs);
}

void MainWindow::onLiveStatus(LiveStatus status) {
    m_liveControls->setStatus(status);
    m_program->setLiveStatus(status);
}

QString MainWindow::sourceName(const switcher::SourceRef& source) const {
    switch (source.kind) {
    case switcher::SourceRef::Kind::Camera:
        return m_actions->cameraName(source.cameraId);
    case switcher::SourceRef::Kind::Slate:
        return tr("Slate");
    case switcher::SourceRef::Kind::Black:
        break;
    }
    return tr("Black");
}

void MainWindow::refreshNow() {
    refreshSwitcher();
    refreshLevels();
    refreshStats();
}

void MainWindow::refreshSwitcher() {
    const switcher::SwitcherSnapshot snapshot = m_session.engine().snapshot();
    const bool studio = snapshot.mode == switcher::SwitcherMode::Studio;
    const QString programId = snapshot.program.isCamera() ? snapshot.program.cameraId : QString();
    const QString previewId = studio && snapshot.preview ? *snapshot.preview : QString();
    for (CameraTile* tile : m_grid->tiles()) {
        const QString& id = tile->cameraId();
        tile->setTally(id == programId   ? CameraTile::Tally::Program
                       : id == previewId ? CameraTile::Tally::Preview
                                         : CameraTile::Tally::None);
    }
    {
        std::lock_guard lock(m_previewIdMutex);
        m_previewId = previewId;
    }
    m_preview->setSource(previewId,
                         previewId.isEmpty() ? QString() : m_actions->cameraName(previewId));
    m_preview->setTransitionPosition(snapshot.transitionTarget ? snapshot.transitionPosition : 0);
    m_previewColumn->setVisible(studio);
    m_program->setSourceName(sourceName(snapshot.program));
    m_program->setBlack(snapshot.fadedToBlack);
    m_transitionBar->setSnapshot(snapshot);
}

void MainWindow::refreshLevels() {
    const switcher::AudioLevels levels = m_session.engine().levels();
    m_programMeter->setLevel(levels.program);
    for (CameraTile* tile : m_grid->tiles()) {
        switcher::AudioLevel level;
        for (const auto& camera : levels.cameras) {
            if (camera.cameraId == tile->cameraId())
                level = camera.level;
        }
        tile->setAudioLevel(level);
    }
}

void MainWindow::refreshStats() {
    const record::RecordingStatus recording = m_session.recorder().status();
    m_recordingPanel->setStatus(recording);
    for (CameraTile* tile : m_grid->tiles()) {
        const auto camera = m_session.cameras().cameraById(tile->cameraId());
        if (!camera)
            continue;
        tile->setStats(camera->stats().latest(),
                       m_session.engine().cameraAudio(tile->cameraId()).delayMs);
        bool iso = false;
        for (const auto& file : recording.files)
            iso = iso ||
                  (file.cameraId == tile->cameraId() && file.state == record::FileState::Recording);
        tile->setIsoRecording(iso);
    }

    const QJsonObject status = m_status.statusJson();
    const QJsonObject program = status.value(QStringLiteral("program")).toObject();
    m_program->setViewers(status.value(QStringLiteral("viewers")).toInt(0));
    m_outputs->setViewers(m_session.viewerStatistics().snapshot().current);
    m_outputs->setOutputs(m_session.outputs().outputsJson());
    m_program->setUptimeSeconds(
        static_cast<qint64>(status.value(QStringLiteral("uptime_s")).toDouble()));
    const qint64 skipped = program.value(QStringLiteral("skipped_frames")).toInteger();
    const qint64 dropped = program.value(QStringLiteral("encoder_dropped_frames")).toInteger();
    // Healthy: no program tick skipped and no frame dropped by the encoder since the last look.
    const bool healthy = (m_lastSkipped < 0 || skipped == m_lastSkipped) &&
                         (m_lastEncoderDropped < 0 || dropped == m_lastEncoderDropped);
    m_lastSkipped = skipped;
    m_lastEncoderDropped = dropped;
    m_program->setHealth(
        tr("%1 · render %2 ms · encode %3 ms · latency %4 ms · drops %5")
            .arg(healthy ? tr("Stream OK") : tr("Stream falling behind"))
            .arg(program.value(QStringLiteral("render_ms")).toDouble(), 0, 'f', 1)
            .arg(program.value(QStringLiteral("encode_ms")).toDouble(), 0, 'f', 0)
            .arg(program.value(QStringLiteral("latency_p50_ms")).toDouble(), 0, 'f', 0)
            .arg(skipped + dropped),
        healthy);
}

} // namespace wl::widgets
