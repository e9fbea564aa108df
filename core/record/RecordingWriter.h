#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <stop_token>

#include "DiskSpaceWatch.h"
#include "FinishQueue.h"
#include "JournalWriter.h"
#include "RecordingAlert.h"
#include "RecordingEnvironment.h"
#include "RecordingInbox.h"
#include "RecordingSettings.h"
#include "RecordingStatus.h"
#include "RecordingTake.h"
#include "common/SessionClock.h"

namespace wl::record {

// The disk writer: the one place where recordings and the journal are muxed, written and synced.
// run() is its whole life on the "wl-record" thread the Session owns; every other method is
// thread-safe. It works off the inbox (media, commands, journal events), syncs growing files
// about once a second, watches the free space, rewrites closed files into plain MP4s in the
// gaps, and keeps a status snapshot for any thread to read.
class RecordingWriter final : private RecordingFileEvents {
public:
    using AlertHandler = std::function<void(const RecordingAlert&)>;

    RecordingWriter(RecordingSettings settings, const SessionClock& clock, RecordingInbox& inbox,
                    RecordingEnvironment environment);
    ~RecordingWriter() override;

    // Blocks until `stop` is requested: then a running take is stopped and closed, files are
    // finished within RecordingSettings::shutdownFinishBudgetUs, and session_end is journaled.
    void run(std::stop_token stop);

    RecordingStatus status() const;
    // Called on the writer thread; must not block. Set it before run() or at any time.
    void setAlertHandler(AlertHandler handler);
    // <root>/<yyyy-mm-dd>_<slug>: session.jsonl and the first take live here.
    const QString& eventFolder() const { return m_eventFolder; }
    QString journalPath() const;

private:
    void iterate();
    void processControls();
    // False when the item belongs to a take not started yet (it is kept for later).
    bool dispatch(MediaItem& item);
    // Dispatches the kept item once its take has started (or drops it when that failed).
    void dispatchStash();
    void handleStart(StartCommand command);
    void handleStop(const StopCommand& command);
    void drainTake();
    void stopTake(const QString& reason, std::int64_t atUs);
    void failTake(const Error& error, const QString& kind);
    void housekeeping(std::int64_t nowUs);
    // Journals and alerts media dropped since the last report.
    void reportDrops(std::int64_t nowUs);
    void checkRecordStart(std::int64_t nowUs);
    void writeRecordStart();
    void shutdown();

    void fileStarted(const RecordingFile& file) override;
    void fileClosed(std::unique_ptr<RecordingFile> file, const QString& reason) override;
    void diskFailed(const Error& error) override;

    bool openJournal();
    void journal(const JournalEntry& entry);
    void raise(RecordingAlert alert);
    void setState(RecordingState state);
    void publishStatus();

    const RecordingSettings m_settings;
    const SessionClock& m_clock;
    RecordingInbox& m_inbox;
    const RecordingEnvironment m_environment;
    const QString m_eventFolder;

    std::unique_ptr<RecordingTake> m_take;     // the running take
    std::unique_ptr<RecordingTake> m_lastTake; // the one before, for the status
    std::optional<MediaItem> m_stash;          // media of a take whose start is still queued
    std::uint64_t m_newestGeneration = 0;
    std::optional<Error> m_pendingDiskFailure;
    bool m_failing = false; // a failed take is being closed: no rewrites, no second failure
    RecordingState m_state = RecordingState::Idle;
    std::optional<Error> m_lastError;
    std::int64_t m_stoppedElapsedUs = 0;

    std::optional<JournalWriter> m_journal;
    std::int64_t m_journalRetryUs = 0;
    bool m_journalFailing = false;
    std::uint64_t m_journalLost = 0;

    DiskSpaceWatch m_disk;
    FinishQueue m_finishing;
    std::int64_t m_nextSyncUs = 0;
    std::int64_t m_nextDiskCheckUs = 0;
    std::int64_t m_nextStatusUs = 0;
    std::uint64_t m_reportedDrops = 0;

    mutable std::mutex m_mutex; // guards the two below
    RecordingStatus m_status;
    AlertHandler m_alertHandler;
};

} // namespace wl::record
