#pragma once

#include <cstdint>
#include <deque>
#include <optional>

#include <QByteArray>
#include <QString>

#include "HlsPushSettings.h"
#include "HlsPushSource.h"

namespace wl::output {

// One upload step of the HLS push.
struct HlsPushOperation {
    enum class Kind { None, PutInit, PutSegment, PutPlaylist, Delete };
    Kind kind = Kind::None;
    QString name; // file name below the base URL
    QByteArray body;
    HlsPushSegment segment{}; // PutSegment: what it uploads (for the playlist)
    bool endList = false;     // PutPlaylist: the playlist carries EXT-X-ENDLIST
};

// Decides, from the packager's view and what already reached the origin, the next upload:
// the init segment, then each new segment in order, then the playlist listing exactly the
// segments the origin has, then DELETEs of segments that left it. After an outage (more than
// maxBacklogSegments waiting) the older ones are skipped: pushing resumes at the live edge with
// a fresh window, so the playlist never names a file the origin lacks. Pure logic, no I/O.
class HlsPushPlan {
public:
    explicit HlsPushPlan(HlsPushSettings settings);

    // What to do now; Kind::None when the origin is up to date.
    HlsPushOperation next(const HlsPushView& view);
    // The operation `next()` returned succeeded. (A failure changes nothing: ask next() again.)
    void done(const HlsPushOperation& operation);

    std::uint64_t segmentsSkipped() const { return m_skipped; }
    std::optional<std::uint64_t> lastPushedSequence() const { return m_lastSequence; }
    // The playlist for the segments on the origin now (RFC 8216, fMP4).
    QByteArray playlist(bool endList) const;

private:
    void retireWindow();

    const HlsPushSettings m_settings;
    QString m_initName;                  // the init segment on the origin
    std::deque<HlsPushSegment> m_window; // on the origin and in the playlist (bytes dropped)
    std::deque<QString> m_leaving;       // leave the playlist with its next upload
    std::deque<QString> m_retired;       // out of the playlist, lingering on the origin
    std::deque<QString> m_toDelete;
    std::optional<std::uint64_t> m_lastSequence;
    bool m_playlistDirty = false;
    bool m_endPushed = false;
    std::uint64_t m_skipped = 0;
};

} // namespace wl::output
