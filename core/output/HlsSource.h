#pragma once

#include <cstdint>
#include <functional>
#include <memory>

#include "HlsSnapshot.h"

namespace wl::output {

// What changed in the HLS output (see HlsSource::addListener).
struct HlsUpdate {
    enum class Kind {
        Started, // the init segment exists
        Part,    // a part was added (to the open segment, or as the last of a segment)
        Segment, // a segment completed (always after the Part that closed it)
        Ended,   // the playlists carry EXT-X-ENDLIST; nothing follows
    };
    Kind kind = Kind::Part;
    std::uint64_t sequence = 0; // Part/Segment: the segment's media sequence number
    int part = -1;              // Part: the part's index in its segment
};

// The read side of the HLS packager, for the embedded origin, the HTTP push and anyone else
// that serves or copies the stream. Thread-safe.
//
// A reader takes snapshot() (an immutable value: playlists as text, the init segment, every
// segment still kept with its name, sequence number, duration, program date-time and bytes, and
// the parts) and listens for updates to know when to look again. Segment and part names never
// repeat within a packager (they carry a run id), so their bytes may be cached for good.
class HlsSource {
public:
    using Listener = std::function<void(const HlsUpdate&)>;
    using ListenerId = std::uint64_t;

    virtual ~HlsSource() = default;

    // The newest state; never null (empty and not started before the first packet).
    virtual std::shared_ptr<const HlsSnapshot> snapshot() const = 0;
    // Called on the packager's thread after each update is visible in snapshot(); the listener
    // must return at once (post to its own thread). After removeListener() returns, the
    // listener is never called again.
    virtual ListenerId addListener(Listener listener) = 0;
    virtual void removeListener(ListenerId id) = 0;
};

} // namespace wl::output
