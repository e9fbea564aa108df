#pragma once

#include <array>
#include <cstdint>
#include <deque>
#include <memory>
#include <optional>

#include "FileSink.h"
#include "RecordingSettings.h"
#include "RecordingStatus.h"
#include "Timecode.h"
#include "common/Expected.h"
#include "common/SessionClock.h"
#include "media/AvError.h"
#include "media/CodecParameters.h"
#include "media/Muxer.h"
#include "media/Packet.h"

namespace wl::record {

// What one output file records.
struct RecordingFileSpec {
    QString path;         // absolute; never overwritten
    QString relativePath; // to the event folder, for the journal and the status
    QString cameraId;     // empty for the program
    int part = 1;
    std::optional<media::CodecParameters> video;
    std::optional<media::CodecParameters> audio;
};

// One growing MP4 (stream copy): waits for the first video keyframe (keeping audio meanwhile),
// starts its time line there (timestamps near 0, B-frame offsets kept), stamps the time-of-day
// timecode and creation time of that first frame, and writes fragments of about a second that
// reach the disk as they are made. Writer thread only.
class RecordingFile {
public:
    RecordingFile(RecordingFileSpec spec, const RecordingSettings& settings,
                  const SessionClock& clock, WriteFaultHook fault);
    RecordingFile(const RecordingFile&) = delete;
    RecordingFile& operator=(const RecordingFile&) = delete;
    ~RecordingFile();

    // One packet on a continuous time line (any time base). `programFrame` marks program video.
    // Packets that cannot go in (before the first keyframe, time going backwards) are dropped
    // and counted. An Error means the file failed: see isDiskError().
    Expected<void> write(const media::Packet& packet, std::optional<std::int64_t> programFrame);
    // The next video packet written must be a keyframe (media before it was lost).
    void requireKeyframe() { m_needKeyframe = true; }
    // Writes what is held back, the trailer, syncs and closes. Done (or Failed) afterwards.
    Expected<void> close();
    // Closes after a failure without caring for errors; the state becomes Failed.
    void abandon(const Error& error);
    // fdatasync when something was written since the last sync.
    Expected<void> sync();

    // A file was created on disk (its name is taken).
    bool hasStarted() const { return m_sink != nullptr; }
    bool isOpen() const { return m_muxer.has_value(); }
    // The last failure came from the file system (full disk, I/O error), not from the media.
    bool isDiskError() const { return m_sink && m_sink->lastErrno() != 0; }
    const RecordedFileStatus& status() const { return m_status; }
    RecordedFileStatus& status() { return m_status; }
    const RecordingFileSpec& spec() const { return m_spec; }
    Timecode startTimecode() const { return m_timecode; }
    // Container metadata of the file (timecode, creation_time): a rewrite must carry it over.
    const media::MediaOptions& metadata() const { return m_metadata; }
    std::uint64_t droppedPackets() const { return m_dropped; }

private:
    struct Track {
        int stream = -1;
        AVRational timeBase{1, 1000};
        std::optional<media::Packet> held; // written when the next one gives its duration
        std::int64_t lastDts = 0;
        std::int64_t lastDuration = 0;
        bool any = false;
        std::int64_t nominalDuration = 0; // audio: samples per frame in 1/sample-rate
    };

    Expected<void> start(const media::Packet& first, std::optional<std::int64_t> programFrame);
    Expected<void> openMuxer();
    Expected<void> writeMapped(const media::Packet& packet);
    Expected<void> pushHeld(Track& track, media::Packet packet);
    Expected<void> fail(Error error);
    Track& trackFor(media::MediaKind kind) {
        return m_tracks[kind == media::MediaKind::Video ? 0 : 1];
    }
    void keepPreroll(const media::Packet& packet);
    void updateStatus();

    RecordingFileSpec m_spec;
    const RecordingSettings& m_settings;
    const SessionClock& m_clock;
    WriteFaultHook m_fault;
    std::shared_ptr<FileSink> m_sink;
    std::optional<media::Muxer> m_muxer;
    std::array<Track, 2> m_tracks; // video, audio
    std::deque<media::Packet> m_preroll;
    media::MediaOptions m_metadata;
    Timecode m_timecode;
    std::int64_t m_originUs = 0;
    bool m_needKeyframe = true;
    std::uint64_t m_dropped = 0;
    RecordedFileStatus m_status;
};

} // namespace wl::record
