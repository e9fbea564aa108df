#pragma once

#include "BearerAuth.h"

namespace wl::serve {

class ApiBackend;
class HttpServer;

// Installs the REST API under /api/ on `server`. Every call needs the bearer token; without it
// the answer is 401 with a JSON error. Unknown /api/ paths get a JSON 404.
class ApiRoutes {
public:
    static void install(HttpServer& server, const ApiBackend& backend, const BearerAuth& auth);
};

} // namespace wl::serve
