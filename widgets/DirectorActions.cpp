#include "DirectorActions.h"

#include "HotkeyMap.h"
#include "WidgetsLog.h"
#include "record/Recorder.h"
#include "session/LiveController.h"
#include "session/Session.h"
#include "switcher/ProgramEngine.h"

namespace wl::widgets {

DirectorActions::DirectorActions(Session& session, QObject* parent)
    : QObject(parent)
    , m_session(session)
    , m_control(session.engine(), session.live(), session.recorder(), session.cameras()) {
}

QString DirectorActions::cameraIdAt(int number) const {
    const auto cameras = m_session.cameras().cameras();
    if (number < 1 || number > cameras.size())
        return {};
    return cameras.at(number - 1)->id();
}

QString DirectorActions::cameraName(const QString& cameraId) const {
    const auto camera = m_session.cameras().cameraById(cameraId);
    return camera ? camera->name() : cameraId;
}

bool DirectorActions::report(const Expected<void>& result, const QString& cameraId) {
    if (result)
        return true;
    const auto camera = cameraId.isEmpty() ? nullptr : m_session.cameras().cameraById(cameraId);
    QString reason;
    if (camera && camera->status() != sources::CameraStatus::Live)
        reason = tr("%1 is not live: switch refused").arg(camera->name());
    else
        reason = tr("Refused: %1").arg(QString::fromStdString(result.error().message));
    qCInfo(lcWidgets) << "refused:" << QString::fromStdString(result.error().toString());
    emit refused(cameraId, reason);
    return false;
}

bool DirectorActions::command(const switcher::SwitcherCommand& command, const QString& cameraId) {
    auto events = m_session.engine().command(command);
    if (!events)
        return report(events.error(), cameraId);
    return true;
}

bool DirectorActions::select(const QString& cameraId) {
    return command(switcher::SelectCommand{cameraId}, cameraId);
}

bool DirectorActions::preview(const QString& cameraId) {
    return report(m_control.preview(cameraId), cameraId);
}

bool DirectorActions::cutTo(const QString& cameraId) {
    return report(m_control.switchTo(cameraId, std::nullopt), cameraId);
}

bool DirectorActions::previewAndTake(const QString& cameraId) {
    const auto snapshot = m_session.engine().snapshot();
    if (snapshot.preview != cameraId && !preview(cameraId))
        return false;
    return autoTransition();
}

QString DirectorActions::previewCamera() const {
    return m_session.engine().snapshot().preview.value_or(QString());
}

bool DirectorActions::cut() {
    switcher::TransitionSpec spec;
    spec.type = switcher::TransitionType::Cut;
    return report(m_control.take(spec), previewCamera());
}

bool DirectorActions::autoTransition() {
    return report(m_control.take(std::nullopt), previewCamera());
}

bool DirectorActions::fadeToBlack() {
    return report(m_control.fadeToBlack());
}

bool DirectorActions::setDefaultTransition(const switcher::TransitionSpec& transition) {
    return command(switcher::SetDefaultTransitionCommand{transition});
}

bool DirectorActions::setTransitionPosition(double position) {
    return command(switcher::SetTransitionPositionCommand{position});
}

bool DirectorActions::setMode(switcher::SwitcherMode mode) {
    return command(switcher::SetModeCommand{mode});
}

bool DirectorActions::toggleMode() {
    const bool studio = m_session.engine().snapshot().mode == switcher::SwitcherMode::Studio;
    return setMode(studio ? switcher::SwitcherMode::Direct : switcher::SwitcherMode::Studio);
}

bool DirectorActions::liveAction(const QString& action) {
    auto result = m_control.liveAction(action);
    if (!result)
        return report(result.error());
    return true;
}

bool DirectorActions::goLive() {
    return liveAction(QStringLiteral("start"));
}

bool DirectorActions::pause() {
    return liveAction(QStringLiteral("pause"));
}

bool DirectorActions::resume() {
    return liveAction(QStringLiteral("resume"));
}

bool DirectorActions::pauseOrResume() {
    return m_session.live().status() == LiveStatus::Paused ? resume() : pause();
}

bool DirectorActions::endLive() {
    return liveAction(QStringLiteral("end"));
}

bool DirectorActions::toggleRecording() {
    const bool recording = m_session.recorder().status().state == record::RecordingState::Recording;
    auto result = recording ? m_control.stopRecording() : m_control.startRecording();
    if (!result)
        return report(result.error());
    return true;
}

bool DirectorActions::trigger(const QString& actionId) {
    for (int n = 1; n <= HotkeyMap::kCameraCount; ++n) {
        const QString number = QString::number(n);
        if (actionId == HotkeyMap::kSelectPrefix + number)
            return select(cameraIdAt(n));
        if (actionId == HotkeyMap::kCutToPrefix + number)
            return cutTo(cameraIdAt(n));
    }
    if (actionId == HotkeyMap::kCut)
        return cut();
    if (actionId == HotkeyMap::kAuto)
        return autoTransition();
    if (actionId == HotkeyMap::kFadeToBlack)
        return fadeToBlack();
    if (actionId == HotkeyMap::kToggleMode)
        return toggleMode();
    if (actionId == HotkeyMap::kToggleRecording)
        return toggleRecording();
    if (actionId == HotkeyMap::kPauseResume)
        return pauseOrResume();
    if (actionId == HotkeyMap::kGoLive)
        return goLive();
    qCWarning(lcWidgets) << "no direct action for hotkey" << actionId;
    return false;
}

} // namespace wl::widgets
