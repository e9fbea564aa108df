#pragma once

#include <cstdint>
#include <map>
#include <memory>
#include <vector>

#include <QString>

#include "RecordingFile.h"
#include "RecordingFileEvents.h"
#include "RecordingFolder.h"
#include "RecordingRequest.h"
#include "RecordingSettings.h"
#include "SourceRecording.h"
#include "common/SessionClock.h"

namespace wl::record {

// One take: its folder, the recording of every source that sent media, and every file it made.
// Writer thread only.
class RecordingTake {
public:
    RecordingTake(std::uint64_t generation, RecordingFolder::Take folder, RecordingRequest request,
                  std::int64_t requestedUs, std::int64_t startedUs);
    ~RecordingTake();

    std::uint64_t generation() const { return m_generation; }
    const RecordingFolder::Take& folder() const { return m_folder; }
    const RecordingRequest& request() const { return m_request; }
    std::int64_t requestedUs() const { return m_requestedUs; }
    std::int64_t startedUs() const { return m_startedUs; }

    // The recording of a camera (its id) or of the program (empty id); created on first use.
    // Nothing when the request leaves that kind of source out.
    SourceRecording* source(const QString& cameraId, const RecordingSettings& settings,
                            const SessionClock& clock, const WriteFaultHook& fault,
                            RecordingFileEvents& events);
    // Closes every source's file (stop or failure).
    void closeAll(const QString& reason);
    void sync();

    // Files that started, in the order they started (closed ones included).
    void addStartedFile(const RecordingFile* file);
    void addClosedFile(std::shared_ptr<RecordingFile> file);
    std::vector<RecordedFileStatus> startedFiles() const;
    // Every file for the status: started, closed, and the ones still waiting for a keyframe.
    std::vector<RecordedFileStatus> allFiles() const;
    std::int64_t totalBytes() const;
    // No source's file is waiting for its first keyframe, and the program started if expected.
    bool everyFileStarted() const;

    bool recordStartWritten() const { return m_recordStartWritten; }
    void setRecordStartWritten() { m_recordStartWritten = true; }

private:
    std::uint64_t m_generation;
    RecordingFolder::Take m_folder;
    RecordingRequest m_request;
    std::int64_t m_requestedUs;
    std::int64_t m_startedUs;
    std::map<QString, std::unique_ptr<SourceRecording>> m_sources;
    std::vector<std::shared_ptr<RecordingFile>> m_closed;
    std::vector<QString> m_startOrder; // paths
    bool m_recordStartWritten = false;
};

} // namespace wl::record
