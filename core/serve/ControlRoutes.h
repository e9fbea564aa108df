#pragma once

#include "BearerAuth.h"

namespace wl::serve {

class ControlBackend;
class HttpServer;

// The REST control calls under /api/ (switching, live status, recording, thumbnails), all behind
// the bearer token. Errors are {"error": code, "message": text} with 400/404/409/503 statuses.
class ControlRoutes {
public:
    static void install(HttpServer& server, ControlBackend& backend, const BearerAuth& auth);
};

} // namespace wl::serve
