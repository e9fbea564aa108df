#pragma once

#include <map>
#include <mutex>

#include <QMainWindow>
#include <QTimer>

#include "HotkeyMap.h"
#include "session/LiveStatus.h"
#include "session/SessionAlert.h"
#include "session/SessionApi.h"
#include "sources/PreviewSink.h"
#include "switcher/SwitcherTypes.h"

namespace wl {
class Session;
}

namespace wl::widgets {

class AlertStrip;
class AudioMeter;
class CameraGrid;
class CameraTile;
class DirectorActions;
class HotkeyDispatcher;
class LiveControls;
class OutputsPanel;
class PreviewMonitor;
class ProgramMonitor;
class RecordingPanel;
class TransitionBar;

// The director's window: program and preview monitors, the transition bar, the 2×2+1 camera
// grid, live and recording controls, outputs, alerts and the hotkeys. Pictures arrive through the
// core's preview sink on decode / program threads and are only stored there; everything else is
// read from the engine on two UI timers (switcher and meters 20×/s, statistics 1×/s) and from the
// session's signals, all calls that answer at once.
class MainWindow : public QMainWindow, public sources::PreviewSink {
    Q_OBJECT

public:
    explicit MainWindow(Session& session, QWidget* parent = nullptr);
    ~MainWindow() override;

    void previewReady(const QString& cameraId, const QImage& image) override;

    HotkeyMap& hotkeys() { return m_hotkeys; }
    DirectorActions& actions() { return *m_actions; }
    CameraGrid* grid() const { return m_grid; }
    CameraTile* tile(const QString& cameraId) const;
    ProgramMonitor* programMonitor() const { return m_program; }
    PreviewMonitor* previewMonitor() const { return m_preview; }
    TransitionBar* transitionBar() const { return m_transitionBar; }
    LiveControls* liveControls() const { return m_liveControls; }
    RecordingPanel* recordingPanel() const { return m_recordingPanel; }
    AlertStrip* alertStrip() const { return m_alerts; }
    AudioMeter* programMeter() const { return m_programMeter; }

    // Asks before ending the event; returns whether it ended.
    bool confirmAndEndLive();
    // Reads the engine now instead of waiting for the timers (tests, after a command).
    void refreshNow();

signals:
    // Hooks for the dialogs (camera set-up, connect a camera, settings, shortcuts).
    void camerasRequested();
    void connectCameraRequested();
    void settingsRequested();
    void shortcutsRequested();
    void headphonesRequested();

private:
    void buildMenus();
    QWidget* buildSidePanel();
    void onHotkey(const QString& actionId);
    void onTileClicked(const QString& cameraId);
    void onTileDoubleClicked(const QString& cameraId);
    void onRefused(const QString& cameraId, const QString& reason);
    void onAlert(const SessionAlert& alert);
    void onLiveStatus(LiveStatus status);
    void refreshSwitcher();
    void refreshLevels();
    void refreshStats();
    QString sourceName(const switcher::SourceRef& source) const;

    Session& m_session;
    DirectorActions* m_actions = nullptr;
    HotkeyMap m_hotkeys;
    HotkeyDispatcher* m_dispatcher = nullptr;
    SessionApi m_status; // the numbers /api/status shows: viewers, uptime, program health

    AlertStrip* m_alerts = nullptr;
    PreviewMonitor* m_preview = nullptr;
    ProgramMonitor* m_program = nullptr;
    AudioMeter* m_programMeter = nullptr;
    TransitionBar* m_transitionBar = nullptr;
    CameraGrid* m_grid = nullptr;
    LiveControls* m_liveControls = nullptr;
    RecordingPanel* m_recordingPanel = nullptr;
    OutputsPanel* m_outputs = nullptr;
    QWidget* m_previewColumn = nullptr;

    // Read by previewReady() on producer threads: which camera the preview monitor shows.
    std::mutex m_previewIdMutex;
    QString m_previewId;

    QTimer m_fastTimer;
    QTimer m_slowTimer;
    qint64 m_lastSkipped = -1;
    qint64 m_lastEncoderDropped = -1;
    bool m_confirming = false;
};

} // namespace wl::widgets
