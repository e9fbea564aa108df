#pragma once

#include <QString>

#include "ViewerMessages.h"

namespace wl::serve {

// Limits and timings of the viewer WebSocket.
struct ViewerHubSettings {
    QString path = QStringLiteral("/ws/viewer");
    int maxConnections = 2000;                                         // more are closed at once
    qint64 maxIncomingMessageBytes = ViewerMessages::kMaxRequestBytes; // larger closes the client
    qint64 maxPendingSendBytes = 256 * 1024; // unsent bytes above this drop the (slow) client
    int hlsSessionWindowMs = 30'000;   // an HLS player counts this long after its last request
    int countUpdateIntervalMs = 1000;  // viewer_count_update at most this often
    int housekeepingIntervalMs = 1000; // expire HLS sessions, add up watch time
    int pingIntervalMs = 20'000;       // browsers answer pings on their own
    int silentTimeoutMs = 65'000;      // no pong or message this long: a vanished phone, dropped
};

} // namespace wl::serve
