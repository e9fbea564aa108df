#pragma once

#include <cstdint>
#include <optional>
#include <vector>

#include <QByteArray>
#include <QString>

#include "HlsPosition.h"

namespace wl::output {

// A low-latency HLS partial segment (one fMP4 fragment: moof + mdat).
struct HlsPart {
    int index = 0; // within its segment, from 0
    QString name;  // e.g. "a1b2c3-12.0.m4s"
    double durationSeconds = 0;
    bool independent = false; // starts with a keyframe
    QByteArray bytes;
};

// A complete media segment: its parts' bytes in order, starting at a keyframe.
struct HlsSegment {
    std::uint64_t sequence = 0; // the media sequence number
    QString name;               // e.g. "a1b2c3-12.m4s"
    double durationSeconds = 0;
    std::int64_t programDateTimeUs = 0; // wall clock (Unix µs) of its first frame
    QByteArray bytes;
    std::vector<HlsPart> parts;
};

// The segment being written: the parts finished so far.
struct HlsOpenSegment {
    std::uint64_t sequence = 0;
    std::int64_t programDateTimeUs = 0;
    std::vector<HlsPart> parts;
};

// A program switch as an EXT-X-DATERANGE (CLASS "live.wedlive.camera").
struct HlsDateRange {
    QString id;               // unique within the packager
    std::int64_t startUs = 0; // program date-time of the switch's first frame (Unix µs)
    QString cameraId;         // X-CAMERA-ID
    QString cameraName;       // X-CAMERA-NAME
};

// What the packager has made so far; immutable once published, so any thread may read it
// (QByteArray copies are cheap and thread-safe). Produced by HlsPackager, read through HlsSource.
struct HlsSnapshot {
    bool started = false; // false until the init segment exists
    bool ended = false;   // EXT-X-ENDLIST written
    QString initName;
    QByteArray initSegment;
    // Complete segments, oldest first: those in the playlists plus a few that just left them.
    std::vector<HlsSegment> segments;
    std::uint64_t firstPlaylistSequence = 0;
    std::optional<HlsOpenSegment> open;
    QString preloadHintName;              // the part the next one will be (empty after the end)
    std::vector<HlsDateRange> dateRanges; // switches within the playlists' time span
    double targetDurationSeconds = 1;
    double partTargetSeconds = 0;
    QByteArray lowLatencyPlaylist; // EXT-X-PART, SERVER-CONTROL, PRELOAD-HINT
    QByteArray plainPlaylist;      // RFC 8216: complete segments only

    // The init segment, a segment or a part by its name; nothing when unknown or gone.
    std::optional<QByteArray> media(const QString& name) const;
    // Complete segments listed in the playlists (not the lingering ones).
    std::vector<const HlsSegment*> playlistSegments() const;
    HlsPosition position() const;
};

} // namespace wl::output
