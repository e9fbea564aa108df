#pragma once

#include <QString>

namespace wl::serve {

// Hears about every HLS playlist request the embedded origin answers, so that a viewer counter
// can count distinct playback sessions. `clientKey` is "session:<id>" when the player sent a
// `wl_session=<id>` query parameter, else "<address> <User-Agent>". Called on the HTTP thread;
// must return at once.
class HlsRequestObserver {
public:
    virtual ~HlsRequestObserver() = default;
    virtual void hlsRequest(const QString& clientKey) = 0;
};

} // namespace wl::serve
