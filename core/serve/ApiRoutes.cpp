#include "ApiRoutes.h"

#include "ApiBackend.h"
#include "HttpServer.h"
#include "JsonReply.h"

namespace wl::serve {

namespace {

using Method = QHttpServerRequest::Method;
using Status = QHttpServerResponder::StatusCode;

// Wraps a handler so it runs only for requests that carry the token.
HttpHandler authorized(const BearerAuth& auth, HttpHandler handler) {
    return [auth, handler = std::move(handler)](const QHttpServerRequest& request,
                                                QHttpServerResponder&& responder,
                                                const PathCaptures& captures) {
        if (!auth.isAuthorized(request)) {
            sendJsonError(std::move(responder), Status::Unauthorized,
                          QStringLiteral("unauthorized"),
                          QStringLiteral("send the API token as 'Authorization: Bearer <token>'"));
            return;
        }
        handler(request, std::move(responder), captures);
    };
}

} // namespace

void ApiRoutes::install(HttpServer& server, const ApiBackend& backend, const BearerAuth& auth) {
    server.addRoute(
        Method::Get, QStringLiteral("/api/status"),
        authorized(auth, [&backend](const QHttpServerRequest&, QHttpServerResponder&& responder,
                                    const PathCaptures&) {
            sendJson(std::move(responder), backend.statusJson());
        }));
    server.addRoute(
        Method::Get, QStringLiteral("/api/cameras"),
        authorized(auth, [&backend](const QHttpServerRequest&, QHttpServerResponder&& responder,
                                    const PathCaptures&) {
            sendJson(std::move(responder), backend.camerasJson());
        }));
    server.setFallback(QStringLiteral("/api/"),
                       authorized(auth, [](const QHttpServerRequest&,
                                           QHttpServerResponder&& responder, const PathCaptures&) {
                           sendJsonError(std::move(responder), Status::NotFound,
                                         QStringLiteral("not_found"),
                                         QStringLiteral("no such API endpoint"));
                       }));
}

} // namespace wl::serve
