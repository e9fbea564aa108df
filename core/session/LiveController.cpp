#include "LiveController.h"

#include "SessionLog.h"
#include "record/Recorder.h"
#include "switcher/ProgramEngine.h"

namespace wl {

LiveController::LiveController(switcher::ProgramEngine& engine, record::Recorder& recorder,
                               switcher::ProgramFrameSink& output,
                               std::function<void()> requestKeyframe,
                               RequestFactory recordingRequest, bool autoRecord)
    : m_engine(engine)
    , m_recorder(recorder)
    , m_output(output)
    , m_requestKeyframe(std::move(requestKeyframe))
    , m_recordingRequest(std::move(recordingRequest))
    , m_autoRecord(autoRecord) {
}

void LiveController::setStatusListener(StatusListener listener) {
    std::lock_guard lock(m_mutex);
    m_listener = std::move(listener);
}

Expected<LiveStatus> LiveController::apply(LiveStatusMachine::Action action) {
    using Action = LiveStatusMachine::Action;
    LiveStatus from;
    LiveStatus to;
    StatusListener listener;
    {
        std::lock_guard lock(m_mutex);
        from = m_machine.status();
        // Try the move on a copy: a refused effect leaves the status as it was.
        LiveStatusMachine next = m_machine;
        auto moved = next.apply(action);
        if (!moved)
            return moved.error();
        if (action == Action::Pause) {
            if (auto paused = m_engine.command(switcher::PauseCommand{}); !paused)
                return paused.error();
        } else if (action == Action::Resume) {
            if (auto resumed = m_engine.command(switcher::ResumeCommand{}); !resumed)
                return resumed.error();
        }
        m_machine = next;
        to = *moved;
        if (action == Action::Start && m_autoRecord && !m_recorder.isRecording()) {
            // Going live never fails because of the disk; the recorder raises its own alert.
            if (auto started = m_recorder.start(m_recordingRequest()); !started)
                qCWarning(lcSession).noquote()
                    << "recording did not start:"
                    << QString::fromStdString(started.error().toString());
        }
        if (action == Action::End && m_recorder.isRecording())
            (void)m_recorder.stop();
        refreshOutputLocked();
        listener = m_listener;
    }
    qCInfo(lcSession).noquote() << "event" << liveStatusName(to);
    if (listener)
        listener(from, to);
    return to;
}

void LiveController::setOutputListener(OutputListener listener) {
    std::lock_guard lock(m_mutex);
    m_outputListener = std::move(listener);
    if (m_outputListener)
        m_outputListener(m_outputOn);
}

LiveStatus LiveController::status() const {
    std::lock_guard lock(m_mutex);
    return m_machine.status();
}

Expected<void> LiveController::startRecording() {
    std::lock_guard lock(m_mutex);
    if (m_machine.status() == LiveStatus::Ended)
        return makeError(ErrorCode::Conflict, "the event has ended");
    auto started = m_recorder.start(m_recordingRequest());
    refreshOutputLocked();
    return started;
}

Expected<void> LiveController::stopRecording() {
    std::lock_guard lock(m_mutex);
    auto stopped = m_recorder.stop();
    refreshOutputLocked();
    return stopped;
}

void LiveController::refreshOutput() {
    std::lock_guard lock(m_mutex);
    refreshOutputLocked();
}

void LiveController::refreshOutputLocked() {
    const LiveStatus status = m_machine.status();
    const bool wanted = status == LiveStatus::Live || status == LiveStatus::Paused ||
                        (status != LiveStatus::Ended && m_recorder.isRecording());
    if (wanted == m_outputOn)
        return;
    m_outputOn = wanted;
    if (wanted) {
        // Files and streams start on a keyframe: make the first frame one.
        m_requestKeyframe();
        m_engine.setFrameSink(&m_output);
    } else {
        m_engine.setFrameSink(nullptr);
    }
    if (m_outputListener)
        m_outputListener(wanted);
    qCInfo(lcSession) << "program output" << (wanted ? "on" : "off");
}

} // namespace wl
