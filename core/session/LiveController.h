#pragma once

#include <functional>
#include <mutex>

#include "LiveStatus.h"
#include "common/Expected.h"
#include "record/RecordingRequest.h"

namespace wl::switcher {
class ProgramEngine;
class ProgramFrameSink;
} // namespace wl::switcher
namespace wl::record {
class Recorder;
}

namespace wl {

// The event's live status and what each move does: going live opens the program output (and
// starts recording when configured), pause shows the slate, resume returns to the camera, end
// stops recording (every file is finished) and the program output for good. The program output
// (frames into the encoder) runs while the event is live or paused or anything is recording.
// Thread-safe: the UI, the HTTP thread and control servers call it; nothing here waits.
class LiveController {
public:
    using StatusListener = std::function<void(LiveStatus from, LiveStatus to)>;
    using RequestFactory = std::function<record::RecordingRequest()>;

    LiveController(switcher::ProgramEngine& engine, record::Recorder& recorder,
                   switcher::ProgramFrameSink& output, std::function<void()> requestKeyframe,
                   RequestFactory recordingRequest, bool autoRecord);

    // Called with every accepted move, outside the lock (journal, signals).
    void setStatusListener(StatusListener listener);
    // Called when the program output turns on or off (the restream follows it), under the
    // controller's lock: the listener must only flag other components and never call back.
    using OutputListener = std::function<void(bool on)>;
    void setOutputListener(OutputListener listener);

    Expected<LiveStatus> apply(LiveStatusMachine::Action action);
    LiveStatus status() const;

    // Recording on command (also used by going live); Conflict when refused.
    Expected<void> startRecording();
    Expected<void> stopRecording();
    // Re-evaluates whether the program output must run (e.g. after the recorder stopped itself).
    void refreshOutput();

private:
    void refreshOutputLocked();

    switcher::ProgramEngine& m_engine;
    record::Recorder& m_recorder;
    switcher::ProgramFrameSink& m_output;
    const std::function<void()> m_requestKeyframe;
    const RequestFactory m_recordingRequest;
    const bool m_autoRecord;
    StatusListener m_listener;
    OutputListener m_outputListener;

    mutable std::mutex m_mutex;
    LiveStatusMachine m_machine;
    bool m_outputOn = false;
};

} // namespace wl
