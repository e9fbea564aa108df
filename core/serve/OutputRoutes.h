#pragma once

#include "BearerAuth.h"

namespace wl::serve {

class HttpServer;
class OutputBackend;

// GET and PUT /api/outputs, and POST /api/outputs/restream/{id}/{start|stop}, behind the bearer
// token. Errors are {"error": code, "message": text} like the other control calls.
class OutputRoutes {
public:
    static void install(HttpServer& server, OutputBackend& backend, const BearerAuth& auth);
};

} // namespace wl::serve
