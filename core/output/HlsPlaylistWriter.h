#pragma once

#include <QByteArray>

#include "HlsSnapshot.h"

namespace wl::output {

// Writes the media playlists of a snapshot (its segments, parts, date ranges and end): the
// low-latency one (draft-pantos-hls-rfc8216bis: EXT-X-PART-INF, EXT-X-PART, SERVER-CONTROL with
// blocking reloads, PRELOAD-HINT) and a plain RFC 8216 one with complete segments only.
// Both carry EXT-X-PROGRAM-DATE-TIME on every segment and EXT-X-DATERANGE for each switch.
class HlsPlaylistWriter {
public:
    // Parts are listed for the newest segments covering at least `partListSeconds`.
    static QByteArray lowLatency(const HlsSnapshot& snapshot, double partListSeconds);
    static QByteArray plain(const HlsSnapshot& snapshot);

    // "2025-06-01T18:00:12.400Z"
    static QByteArray dateTime(std::int64_t unixUs);
    // A quoted-string attribute value ('"', CR and LF are not allowed inside).
    static QByteArray quoted(const QString& value);
};

} // namespace wl::output
