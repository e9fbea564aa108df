#include "RecordingWriter.h"

#include <chrono>

#include <QDir>

#include "RecordLog.h"
#include "TakeJournal.h"

namespace wl::record {

namespace {

constexpr auto kIdleWait = std::chrono::milliseconds(20);
constexpr int kItemsPerTurn = 512;
constexpr int kFinishPacketsPerTurn = 64;
constexpr std::int64_t kJournalRetryUs = 5'000'000;

DiskSpaceWatch::Settings diskSettings(const RecordingSettings& settings) {
    DiskSpaceWatch::Settings disk;
    disk.lowMinutes = settings.diskLowMinutes;
    disk.reserveBytes = settings.diskReserveBytes;
    disk.rateWindowUs = settings.rateWindowUs;
    return disk;
}

} // namespace

RecordingWriter::RecordingWriter(RecordingSettings settings, const SessionClock& clock,
                                 RecordingInbox& inbox, RecordingEnvironment environment)
    : m_settings(std::move(settings))
    , m_clock(clock)
    , m_inbox(inbox)
    , m_environment(std::move(environment))
    , m_eventFolder(RecordingFolder::eventFolder(m_settings.recordingsRoot, m_settings.eventTitle,
                                                 clock.wallClockAtOriginUs()))
    , m_disk(diskSettings(m_settings), m_environment.freeSpace)
    , m_finishing(m_settings, m_environment.freeSpace, m_environment.writeFault) {
    m_status.eventFolder = m_eventFolder;
}

RecordingWriter::~RecordingWriter() = default;

QString RecordingWriter::journalPath() const {
    return QDir(m_eventFolder).filePath(QStringLiteral("session.jsonl"));
}

void RecordingWriter::setAlertHandler(AlertHandler handler) {
    std::lock_guard lock(m_mutex);
    m_alertHandler = std::move(handler);
}

RecordingStatus RecordingWriter::status() const {
    std::lock_guard lock(m_mutex);
    return m_status;
}

void RecordingWriter::run(std::stop_token stop) {
    if (openJournal())
        journal(
            TakeJournal::sessionStart(m_clock.nowUs(), m_clock.wallClockAtOriginUs(), m_settings));
    publishStatus();
    while (!stop.stop_requested())
        iterate();
    shutdown();
}

void RecordingWriter::iterate() {
    processControls();
    dispatchStash();
    const auto wait =
        m_finishing.isEmpty() ? std::chrono::microseconds(kIdleWait) : std::chrono::microseconds(0);
    // Pops only what it dispatches: an item popped past the turn's limit would be lost.
    for (int count = 0; count < kItemsPerTurn; ++count) {
        std::optional<MediaItem> item = count == 0 ? m_inbox.popMedia(wait) : m_inbox.tryPopMedia();
        if (!item || !dispatch(*item) || m_pendingDiskFailure)
            break;
    }
    if (m_pendingDiskFailure) {
        const Error error = *m_pendingDiskFailure;
        m_pendingDiskFailure.reset();
        failTake(error, QStringLiteral("disk"));
    }
    const std::int64_t nowUs = m_clock.nowUs();
    housekeeping(nowUs);
    if (m_inbox.mediaQueued() == 0 && !m_finishing.isEmpty()) {
        m_finishing.step(kFinishPacketsPerTurn);
        if (m_finishing.isEmpty() || (m_state == RecordingState::Stopping && m_lastTake &&
                                      !m_finishing.hasFilesOf(m_lastTake->generation()))) {
            if (m_state == RecordingState::Stopping)
                setState(RecordingState::Idle);
            publishStatus();
        }
    }
}

void RecordingWriter::processControls() {
    for (ControlItem& control : m_inbox.takeControl()) {
        if (auto* entry = std::get_if<JournalCommand>(&control)) {
            journal(entry->entry);
            continue;
        }
        if (auto* start = std::get_if<StartCommand>(&control))
            handleStart(std::move(*start));
        else
            handleStop(std::get<StopCommand>(control));
        // Published before it counts as done, so status() never shows the state before it.
        publishStatus();
        m_inbox.commandDone();
    }
}

bool RecordingWriter::dispatch(MediaItem& item) {
    if (!m_take || item.generation != m_take->generation()) {
        if (item.generation > m_newestGeneration) {
            m_stash = std::move(item); // its start command is queued: take it first
            return false;
        }
        return true; // a take that ended: dropped
    }
    SourceRecording* source =
        m_take->source(item.cameraId, m_settings, m_clock, m_environment.writeFault, *this);
    if (source == nullptr)
        return true;
    switch (item.kind) {
    case MediaItem::Kind::PublishStarted:
        source->publishStarted(item.publishId);
        break;
    case MediaItem::Kind::Config:
        if (item.config)
            source->configReceived(item.publishId, *item.config);
        break;
    case MediaItem::Kind::Packet:
        source->packetReceived(item.publishId, item.packet, item.afterGap, item.programFrame);
        break;
    case MediaItem::Kind::PublishEnded:
        source->publishEnded(item.publishId);
        break;
    }
    return true;
}

void RecordingWriter::dispatchStash() {
    if (!m_stash || m_stash->generation > m_newestGeneration)
        return; // still waiting for its start command
    MediaItem item = std::move(*m_stash);
    m_stash.reset();
    dispatch(item);
}

void RecordingWriter::handleStart(StartCommand command) {
    m_newestGeneration = std::max(m_newestGeneration, command.generation);
    if (m_take)
        stopTake(QStringLiteral("user"), command.requestedUs);
    if (!m_journal)
        openJournal();
    auto folder = RecordingFolder::createNextTake(m_eventFolder);
    if (!folder) {
        m_inbox.endTakeIf(command.generation);
        m_lastError = folder.error();
        setState(RecordingState::Error);
        journal(
            TakeJournal::recordingError(m_clock.nowUs(), QStringLiteral("start"), folder.error()));
        raise(RecordingAlert{RecordingAlert::Kind::RecordingFailed,
                             QStringLiteral("Recording could not start: ") +
                                 QString::fromStdString(folder.error().toString()),
                             folder.error(), std::nullopt, 0, m_clock.nowUs()});
        return;
    }
    const std::int64_t nowUs = m_clock.nowUs();
    m_take =
        std::make_unique<RecordingTake>(command.generation, std::move(*folder),
                                        std::move(command.request), command.requestedUs, nowUs);
    m_lastTake.reset();
    m_lastError.reset();
    m_failing = false;
    m_disk.reset();
    m_nextSyncUs = nowUs + m_settings.syncIntervalUs;
    m_nextDiskCheckUs = nowUs;
    setState(RecordingState::Recording);
    qCInfo(lcRecord, "take %d recording into %s", m_take->folder().number,
           qPrintable(m_take->folder().path));
    dispatchStash(); // the take's first item may have come before its start
}

void RecordingWriter::handleStop(const StopCommand& command) {
    if (!m_take || m_take->generation() != command.generation)
        return;
    drainTake();
    stopTake(QStringLiteral("user"), command.requestedUs);
}

void RecordingWriter::drainTake() {
    // What producers queued before the stop still belongs in the files.
    dispatchStash();
    while (!m_stash) {
        std::optional<MediaItem> item = m_inbox.tryPopMedia();
        if (!item || !dispatch(*item) || m_pendingDiskFailure)
            break;
    }
}

void RecordingWriter::stopTake(const QString& reason, std::int64_t atUs) {
    if (!m_take)
        return;
    m_take->closeAll(QStringLiteral("stop"));
    if (!m_take->recordStartWritten())
        writeRecordStart();
    // Gaps of this take are told before its record_stop, not a check interval later.
    reportDrops(m_clock.nowUs());
    journal(TakeJournal::recordStop(*m_take, atUs, reason));
    m_stoppedElapsedUs = std::max<std::int64_t>(0, atUs - m_take->requestedUs());
    qCInfo(lcRecord, "take %d stopped (%s)", m_take->folder().number, qPrintable(reason));
    m_lastTake = std::move(m_take);
    if (m_failing)
        setState(RecordingState::Error);
    else
        setState(m_finishing.hasFilesOf(m_lastTake->generation()) ? RecordingState::Stopping
                                                                  : RecordingState::Idle);
}

void RecordingWriter::failTake(const Error& error, const QString& kind) {
    if (!m_take)
        return;
    m_failing = true;
    m_lastError = error;
    m_inbox.endTakeIf(m_take->generation());
    qCWarning(lcRecord, "recording stopped: %s", error.toString().c_str());
    journal(TakeJournal::recordingError(m_clock.nowUs(), kind, error));
    stopTake(QStringLiteral("error"), m_clock.nowUs());
    raise(RecordingAlert{RecordingAlert::Kind::RecordingFailed,
                         QStringLiteral("Recording stopped: ") +
                             QString::fromStdString(error.toString()),
                         error, std::nullopt, 0, m_clock.nowUs()});
}

void RecordingWriter::housekeeping(std::int64_t nowUs) {
    if (m_take && nowUs >= m_nextSyncUs) {
        m_nextSyncUs = nowUs + m_settings.syncIntervalUs;
        m_take->sync();
    }
    if (nowUs >= m_nextDiskCheckUs) {
        m_nextDiskCheckUs = nowUs + m_settings.diskCheckIntervalUs;
        const bool recording = m_take != nullptr;
        const auto reading =
            m_disk.sample(m_eventFolder, nowUs, recording ? m_take->totalBytes() : 0, recording);
        if (reading.warnNow) {
            journal(TakeJournal::diskLow(nowUs, reading));
            raise(
                RecordingAlert{RecordingAlert::Kind::DiskLow,
                               QStringLiteral("Disk space low: about %1 minutes of recording left")
                                   .arg(reading.minutesLeft.value_or(0), 0, 'f', 1),
                               std::nullopt, reading.minutesLeft, 0, nowUs});
        }
        reportDrops(nowUs);
        if (reading.belowReserve && m_take) {
            failTake(makeError(ErrorCode::IoFailure,
                               "disk almost full: recording stopped while the files can still "
                               "be closed",
                               m_eventFolder.toStdString()),
                     QStringLiteral("disk_full"));
        }
    }
    if (m_take)
        checkRecordStart(nowUs);
    if (nowUs >= m_nextStatusUs) {
        m_nextStatusUs = nowUs + m_settings.statusIntervalUs;
        publishStatus();
    }
}

void RecordingWriter::reportDrops(std::int64_t nowUs) {
    const std::uint64_t dropped = m_inbox.droppedMedia();
    if (dropped <= m_reportedDrops)
        return;
    const std::uint64_t fresh = dropped - m_reportedDrops;
    m_reportedDrops = dropped;
    journal(TakeJournal::mediaDropped(nowUs, fresh));
    raise(RecordingAlert{RecordingAlert::Kind::MediaDropped,
                         QStringLiteral("Recording fell behind the disk: %1 media items "
                                        "dropped (the files have a gap)")
                             .arg(fresh),
                         std::nullopt, std::nullopt, fresh, nowUs});
}

void RecordingWriter::checkRecordStart(std::int64_t nowUs) {
    if (m_take->recordStartWritten())
        return;
    const std::int64_t elapsed = nowUs - m_take->startedUs();
    if (elapsed >= m_settings.recordStartGraceUs ||
        (elapsed >= m_settings.recordStartSettleUs && m_take->everyFileStarted()))
        writeRecordStart();
}

void RecordingWriter::writeRecordStart() {
    m_take->setRecordStartWritten();
    journal(TakeJournal::recordStart(*m_take, QDir(m_eventFolder).dirName()));
}

void RecordingWriter::shutdown() {
    processControls();
    if (m_take) {
        m_inbox.endTake();
        drainTake();
        stopTake(QStringLiteral("shutdown"), m_clock.nowUs());
    }
    if (!m_finishing.isEmpty()) {
        const int left = m_finishing.finishWithin(m_settings.shutdownFinishBudgetUs);
        if (left > 0)
            qCWarning(lcRecord, "%d file(s) left fragmented at the end of the session", left);
    }
    if (m_state == RecordingState::Stopping)
        setState(RecordingState::Idle);
    journal(TakeJournal::sessionEnd(m_clock.nowUs()));
    publishStatus();
}

void RecordingWriter::fileStarted(const RecordingFile& file) {
    if (!m_take)
        return;
    m_take->addStartedFile(&file);
    if (m_take->recordStartWritten())
        journal(TakeJournal::fileStart(file.status()));
}

void RecordingWriter::fileClosed(std::unique_ptr<RecordingFile> file, const QString& reason) {
    std::shared_ptr<RecordingFile> closed = std::move(file);
    const RecordedFileStatus& status = closed->status();
    const bool midTake = reason != QStringLiteral("stop");
    if (midTake && m_take && m_take->recordStartWritten() && !status.startTimecode.isEmpty())
        journal(TakeJournal::fileEnd(status, m_clock.nowUs(), reason));
    if (status.state == FileState::Failed && !closed->isDiskError()) {
        const Error error = makeError(ErrorCode::CodecFailure, status.error.toStdString(),
                                      status.path.toStdString());
        journal(TakeJournal::recordingError(m_clock.nowUs(), QStringLiteral("file"), error));
        raise(RecordingAlert{
            RecordingAlert::Kind::FileFailed,
            QStringLiteral("Recording of %1 stopped: %2").arg(status.relativePath, status.error),
            error, std::nullopt, 0, m_clock.nowUs()});
    }
    const bool rewrite = status.state == FileState::Done && !m_failing && !m_pendingDiskFailure &&
                         m_settings.finishMode == FinishMode::Remux;
    if (m_take) {
        m_take->addClosedFile(closed);
        if (rewrite)
            m_finishing.add(closed, m_take->generation());
    }
}

void RecordingWriter::diskFailed(const Error& error) {
    if (!m_failing && !m_pendingDiskFailure)
        m_pendingDiskFailure = error;
}

bool RecordingWriter::openJournal() {
    if (m_settings.recordingsRoot.isEmpty())
        return false;
    const std::int64_t nowUs = m_clock.nowUs();
    if (nowUs < m_journalRetryUs)
        return false;
    m_journalRetryUs = nowUs + kJournalRetryUs;
    auto folder = RecordingFolder::ensureExists(m_eventFolder);
    auto opened = folder ? JournalWriter::open(journalPath(), m_environment.writeFault)
                         : Expected<JournalWriter>(folder.error());
    if (!opened) {
        qCWarning(lcRecord, "journal unavailable: %s", opened.error().toString().c_str());
        raise(RecordingAlert{RecordingAlert::Kind::JournalFailed,
                             QStringLiteral("The switch journal cannot be written: ") +
                                 QString::fromStdString(opened.error().toString()),
                             opened.error(), std::nullopt, 0, nowUs});
        return false;
    }
    m_journal.emplace(std::move(*opened));
    if (m_journal->tornBytesRemoved() > 0) {
        JournalEntry recovered{QStringLiteral("journal_recovered"), nowUs, std::nullopt, {}};
        recovered.fields.insert(QStringLiteral("torn_bytes_removed"),
                                static_cast<qint64>(m_journal->tornBytesRemoved()));
        journal(recovered);
    }
    return true;
}

void RecordingWriter::journal(const JournalEntry& entry) {
    if (!m_journal && !openJournal()) {
        ++m_journalLost;
        return;
    }
    auto written = m_journal->append(entry, m_clock.toWallClockUs(entry.sessionUs));
    if (written) {
        m_journalFailing = false;
        return;
    }
    ++m_journalLost;
    if (m_journalFailing)
        return; // told once until it works again
    m_journalFailing = true;
    qCWarning(lcRecord, "journal write failed: %s", written.error().toString().c_str());
    raise(RecordingAlert{RecordingAlert::Kind::JournalFailed,
                         QStringLiteral("A switch journal event could not be written: ") +
                             QString::fromStdString(written.error().toString()),
                         written.error(), std::nullopt, 0, m_clock.nowUs()});
}

void RecordingWriter::raise(RecordingAlert alert) {
    AlertHandler handler;
    {
        std::lock_guard lock(m_mutex);
        handler = m_alertHandler;
    }
    qCWarning(lcRecord, "alert: %s", qPrintable(alert.message));
    if (handler)
        handler(alert);
}

void RecordingWriter::setState(RecordingState state) {
    if (m_state == state)
        return;
    m_state = state;
    publishStatus();
}

void RecordingWriter::publishStatus() {
    RecordingStatus status;
    status.state = m_state;
    status.eventFolder = m_eventFolder;
    const RecordingTake* take = m_take ? m_take.get() : m_lastTake.get();
    if (take) {
        status.take = take->folder().number;
        // From the start request to the stop request: what the director asked to record.
        status.elapsedUs = m_take ? m_clock.nowUs() - m_take->requestedUs() : m_stoppedElapsedUs;
        status.files = take->allFiles();
        status.totalBytes = take->totalBytes();
    }
    // Files of an earlier take still being finished are shown too.
    for (const auto& file : m_finishing.files()) {
        const bool listed =
            std::any_of(status.files.begin(), status.files.end(),
                        [&](const auto& f) { return f.path == file->status().path; });
        if (!listed)
            status.files.push_back(file->status());
    }
    const auto& reading = m_disk.last();
    status.diskFreeBytes = reading.freeBytes;
    status.bytesPerSecond = reading.bytesPerSecond;
    status.minutesLeft = reading.minutesLeft;
    status.diskLow = reading.low;
    status.droppedMedia = m_inbox.droppedMedia();
    status.droppedJournalEvents = m_inbox.droppedControl() + m_journalLost;
    status.lastError = m_lastError;
    std::lock_guard lock(m_mutex);
    m_status = std::move(status);
}

} // namespace wl::record
