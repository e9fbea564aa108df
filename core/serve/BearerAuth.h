#pragma once

#include <QHttpServerRequest>
#include <QString>

#include "HttpServer.h"

namespace wl::serve {

// Checks "Authorization: Bearer <token>" in constant time (no timing hint about the token).
class BearerAuth {
public:
    explicit BearerAuth(QString token);
    bool isAuthorized(const QHttpServerRequest& request) const;
    // `handler`, run only for requests that carry the token; others get 401 with a JSON error.
    HttpHandler guard(HttpHandler handler) const;

private:
    QByteArray m_token;
};

} // namespace wl::serve
