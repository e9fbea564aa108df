#pragma once

#include <map>
#include <memory>
#include <mutex>
#include <stop_token>

#include <QString>

#include "CameraRecordingTap.h"
#include "JournalEntry.h"
#include "ProgramRecordingInput.h"
#include "RecordingAlert.h"
#include "RecordingEnvironment.h"
#include "RecordingInbox.h"
#include "RecordingRequest.h"
#include "RecordingSettings.h"
#include "RecordingStatus.h"
#include "RecordingWriter.h"
#include "common/Expected.h"
#include "common/SessionClock.h"

namespace wl::record {

// The recorder of a session: ISO files per camera (stream copy), program.mp4, and the switch
// journal session.jsonl, all written by one worker on a thread the Session owns.
//
//   Recorder recorder(settings, clock);                        // Session constructor
//   recorder.setAlertHandler(...);                             // posts alerts to the UI thread
//   camera.setStreamTap(recorder.cameraTap(camera.id()));      // once per camera
//   recordThread.start("wl-record", [&](std::stop_token t) { recorder.run(t); });
//   recorder.start(request) / recorder.stop();                 // any thread, returns at once
//   recorder.programInput().pushVideo(packet, frame);          // program thread
//   recorder.journal(JournalEvents::fromSwitcher(event));      // program thread
//   recorder.journal(JournalEvents::cameraOnline(...));        // session: camera_online/offline,
//                                                              // status_changed
//   RecordingsJson::fromStatus(recorder.status());             // Session: GET /api/recordings
//   recordThread.stop();                                       // Session::stop(): closes files
//
// Producers never wait and never touch the disk; everything else is thread-safe too.
class Recorder {
public:
    Recorder(RecordingSettings settings, const SessionClock& clock,
             RecordingEnvironment environment = {});
    Recorder(const Recorder&) = delete;
    Recorder& operator=(const Recorder&) = delete;
    ~Recorder();

    // The worker ("wl-record"): returns after `stop` is requested and everything is closed.
    void run(std::stop_token stop) { m_writer.run(stop); }

    // Starts a take: Conflict while one runs, InvalidArgument without a recordings folder.
    // Later failures (folder, disk) show in status() and raise an alert.
    Expected<void> start(RecordingRequest request);
    // Stops the take: Conflict when none runs. Files are closed and finished by the worker.
    Expected<void> stop();
    bool isRecording() const { return m_inbox.activeGeneration() != 0; }
    RecordingStatus status() const;
    // Called on the worker thread; post to your own thread, do not block.
    void setAlertHandler(RecordingWriter::AlertHandler handler);

    // The tap for a camera (cam1..cam5); the same one on every call for an id.
    std::shared_ptr<sources::CameraStreamTap> cameraTap(const QString& cameraId);
    ProgramRecordingInput& programInput() { return m_program; }
    // Queues a journal event (session or program thread); false when dropped (queue full).
    bool journal(JournalEntry entry);

    const QString& eventFolder() const { return m_writer.eventFolder(); }
    QString journalPath() const { return m_writer.journalPath(); }

private:
    const SessionClock& m_clock;
    const bool m_hasRoot;
    RecordingInbox m_inbox;
    RecordingWriter m_writer;
    ProgramRecordingInput m_program;
    std::mutex m_mutex; // serialises start/stop and guards the taps
    std::map<QString, std::shared_ptr<CameraRecordingTap>> m_taps;
};

} // namespace wl::record
