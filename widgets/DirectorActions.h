#pragma once

#include <optional>

#include <QObject>

#include "common/Expected.h"
#include "session/SessionControl.h"
#include "switcher/SwitcherTypes.h"

namespace wl {
class Session;
}

namespace wl::widgets {

// Everything the director can do, as the UI's buttons, tiles and hotkeys call it. Switching,
// live and recording go through SessionControl, the backend of the REST control, so the UI and
// the API behave the same (a camera that is not live is refused by both); the rest are engine
// commands the API has no route for. Nothing here waits for the program thread.
// A refused action emits refused() with the camera concerned (or none) and a translated reason.
class DirectorActions : public QObject {
    Q_OBJECT

public:
    explicit DirectorActions(Session& session, QObject* parent = nullptr);

    // The camera with hotkey number `number` (1-5), or an empty string.
    QString cameraIdAt(int number) const;
    QString cameraName(const QString& cameraId) const;

    bool select(const QString& cameraId); // preview in studio mode, cut in direct mode
    bool preview(const QString& cameraId);
    bool cutTo(const QString& cameraId);
    bool previewAndTake(const QString& cameraId); // a double-clicked tile in studio mode
    bool cut();                                   // the preview to program, no transition
    bool autoTransition();                        // the preview to program, default transition
    bool fadeToBlack();
    bool setDefaultTransition(const switcher::TransitionSpec& transition);
    bool setTransitionPosition(double position);
    bool setMode(switcher::SwitcherMode mode);
    bool toggleMode();
    bool goLive();
    bool pause();
    bool resume();
    bool pauseOrResume();
    bool endLive(); // no question asked: the window confirms first
    bool toggleRecording();

    // Runs the action of a hotkey id (HotkeyMap). End-live is not run here: it needs a question.
    bool trigger(const QString& actionId);

signals:
    void refused(const QString& cameraId, const QString& reason);

private:
    bool report(const Expected<void>& result, const QString& cameraId = {});
    bool command(const switcher::SwitcherCommand& command, const QString& cameraId = {});
    bool liveAction(const QString& action);
    QString previewCamera() const;

    Session& m_session;
    SessionControl m_control;
};

} // namespace wl::widgets
