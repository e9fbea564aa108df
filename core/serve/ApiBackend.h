#pragma once

#include <QJsonArray>
#include <QJsonObject>

namespace wl::serve {

// What the REST API reads from the engine. Implementations must be callable from the HTTP
// thread and must not block on media threads (they read snapshots).
class ApiBackend {
public:
    virtual ~ApiBackend() = default;
    // GET /api/status: event status, cameras live, uptime.
    virtual QJsonObject statusJson() const = 0;
    // GET /api/cameras: every camera with id, name, status, rtmp_url, stream_key, stats, quality.
    virtual QJsonArray camerasJson() const = 0;
};

} // namespace wl::serve
