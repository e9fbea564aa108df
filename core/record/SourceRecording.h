#pragma once

#include <cstdint>
#include <memory>
#include <optional>

#include <QString>

#include "FileSink.h"
#include "RecordingFile.h"
#include "RecordingFileEvents.h"
#include "RecordingSettings.h"
#include "common/SessionClock.h"
#include "ingest/rtmp/TimestampUnwrapper.h"
#include "media/AvError.h"
#include "media/CodecParameters.h"
#include "media/Packet.h"

namespace wl::record {

// Who a source is and where its files go.
struct SourceIdentity {
    QString cameraId;       // empty for the program
    QString stem;           // "cam2_Stage" or "program"
    QString folder;         // the take folder, absolute
    QString relativeFolder; // the take folder relative to the event folder ("" or "take2")
    // Camera streams carry RTMP millisecond stamps that may wrap at 2^32 (or 2^31): unwrap them.
    bool unwrapMilliseconds = false;
};

// The recording of one source (a camera, or the program) through one take: one file per publish
// and stream configuration, numbered parts when the camera reconnects, its configuration changes
// or its clock jumps. Writer thread only.
class SourceRecording {
public:
    SourceRecording(SourceIdentity identity, const RecordingSettings& settings,
                    const SessionClock& clock, WriteFaultHook fault, RecordingFileEvents& events);
    ~SourceRecording();

    void publishStarted(std::uint64_t publishId);
    void configReceived(std::uint64_t publishId, const media::CodecParameters& parameters);
    void packetReceived(std::uint64_t publishId, const media::Packet& packet, bool afterGap,
                        std::optional<std::int64_t> programFrame);
    void publishEnded(std::uint64_t publishId);
    // Closes the current file (take stopped or failed).
    void close(const QString& reason);
    // Syncs the growing file; a failure reaches the events as for a write.
    void sync();

    const SourceIdentity& identity() const { return m_identity; }
    // The file being written or waiting for its first keyframe; nullptr when none.
    const RecordingFile* currentFile() const { return m_file.get(); }

private:
    void closeFile(const QString& reason);
    void ensureFile();
    void handleFailure(const Error& error);
    // Brings camera stamps onto one 64-bit millisecond line; false when the packet is unusable.
    bool normaliseTimestamps(media::Packet& packet);
    bool isDiscontinuity(const media::Packet& packet);
    QString nextFileName(int& part) const;

    SourceIdentity m_identity;
    const RecordingSettings& m_settings;
    const SessionClock& m_clock;
    WriteFaultHook m_fault;
    RecordingFileEvents& m_events;

    std::uint64_t m_publishId = 0;
    bool m_publishing = false;
    std::optional<media::CodecParameters> m_video;
    std::optional<media::CodecParameters> m_audio;
    rtmp::TimestampUnwrapper m_unwrapper;
    std::optional<std::int64_t> m_lastUs; // newest timestamp of this publish, any stream
    bool m_blocked = false;               // a file failed: wait for a new publish or configuration
    int m_nextPart = 1;
    std::unique_ptr<RecordingFile> m_file;
};

} // namespace wl::record
