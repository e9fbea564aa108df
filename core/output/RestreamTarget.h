#pragma once

#include <string>

namespace wl::output {

// One configured RTMP destination, platform style: a server URL and a stream key. The key is a
// secret: logs and the API only ever show maskedKey() and publicUrl().
struct RestreamTarget {
    std::string id;   // "youtube", "dest1": stable, used by the API
    std::string name; // shown to the director
    std::string url;  // rtmp://a.rtmp.youtube.com/live2
    std::string key;  // appended as the last path element; may be empty
    bool enabled = true;

    // What libavformat publishes to: url + "/" + key.
    std::string publishUrl() const;
    // The server URL without credentials a URL might embed (user:password@).
    std::string publicUrl() const;
    // The first 4 characters and a mark, e.g. "ab12…" ("…" alone for short keys).
    std::string maskedKey() const;
};

} // namespace wl::output
