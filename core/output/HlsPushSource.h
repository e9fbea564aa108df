#pragma once

#include <cstdint>
#include <memory>
#include <vector>

#include <QByteArray>
#include <QString>

namespace wl::output {

// A complete CMAF/fMP4 media segment, as the HLS push needs it.
struct HlsPushSegment {
    std::uint64_t sequence = 0; // media sequence number, +1 per segment
    QString name;               // file name, unique within the stream ("a1b2-12.m4s")
    double durationSeconds = 0;
    std::int64_t programDateTimeUs = 0; // wall clock (Unix µs) of its first frame; 0 = unknown
    QByteArray bytes;
};

// What the HLS packager has finished, as an immutable value any thread may read.
struct HlsPushView {
    bool started = false; // the init segment exists
    bool ended = false;   // the event ended: nothing follows the last segment
    QString initName;     // e.g. "a1b2-init.mp4"; a new name means a new stream configuration
    QByteArray initSegment;
    // Complete segments still kept by the packager, oldest first, contiguous sequences.
    std::vector<HlsPushSegment> segments;
};

// The read side of the HLS packager that the push to an external origin needs. Implemented by
// an adapter over the packager (output::HlsSource: its snapshot's init segment and
// playlistSegments()); the pusher writes its own playlist from what actually reached the origin.
class HlsPushSource {
public:
    virtual ~HlsPushSource() = default;
    // The newest state; null before the packager has anything. Thread-safe and cheap.
    virtual std::shared_ptr<const HlsPushView> pushView() const = 0;
};

} // namespace wl::output
