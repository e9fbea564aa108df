#include "Recorder.h"

namespace wl::record {

Recorder::Recorder(RecordingSettings settings, const SessionClock& clock,
                   RecordingEnvironment environment)
    : m_clock(clock)
    , m_hasRoot(!settings.recordingsRoot.isEmpty())
    , m_inbox(settings.queueCapacity, settings.journalQueueCapacity)
    , m_writer(std::move(settings), clock, m_inbox, std::move(environment))
    , m_program(m_inbox) {
}

Recorder::~Recorder() = default;

Expected<void> Recorder::start(RecordingRequest request) {
    if (!m_hasRoot)
        return makeError(ErrorCode::InvalidArgument, "no recordings folder configured",
                         "Recorder::start");
    std::lock_guard lock(m_mutex);
    if (m_inbox.activeGeneration() != 0)
        return makeError(ErrorCode::Conflict, "already recording", "Recorder::start");
    const std::uint64_t generation = m_inbox.reserveGeneration();
    m_inbox.pushControl(StartCommand{generation, std::move(request), m_clock.nowUs()});
    m_inbox.activate(generation);
    return {};
}

Expected<void> Recorder::stop() {
    std::lock_guard lock(m_mutex);
    const std::uint64_t generation = m_inbox.endTake();
    if (generation == 0)
        return makeError(ErrorCode::Conflict, "not recording", "Recorder::stop");
    m_inbox.pushControl(StopCommand{generation, m_clock.nowUs()});
    return {};
}

RecordingStatus Recorder::status() const {
    // Read before the snapshot: when nothing is pending, the snapshot already shows every command.
    const bool pending = m_inbox.pendingCommands() > 0;
    RecordingStatus status = m_writer.status();
    if (pending)
        status.state = isRecording() ? RecordingState::Recording : RecordingState::Stopping;
    // Counted by the producers themselves: fresh even while the worker is busy.
    status.droppedMedia = m_inbox.droppedMedia();
    return status;
}

void Recorder::setAlertHandler(RecordingWriter::AlertHandler handler) {
    m_writer.setAlertHandler(std::move(handler));
}

std::shared_ptr<sources::CameraStreamTap> Recorder::cameraTap(const QString& cameraId) {
    std::lock_guard lock(m_mutex);
    auto& tap = m_taps[cameraId];
    if (!tap)
        tap = std::make_shared<CameraRecordingTap>(m_inbox, cameraId);
    return tap;
}

bool Recorder::journal(JournalEntry entry) {
    return m_inbox.pushControl(JournalCommand{std::move(entry)});
}

} // namespace wl::record
