#include "ApiRoutes.h"

#include "ApiBackend.h"
#include "HttpServer.h"
#include "JsonReply.h"

namespace wl::serve {

namespace {

using Method = QHttpServerRequest::Method;
using Status = QHttpServerResponder::StatusCode;

} // namespace

void ApiRoutes::install(HttpServer& server, const ApiBackend& backend, const BearerAuth& auth) {
    server.addRoute(Method::Get, QStringLiteral("/api/status"),
                    auth.guard([&backend](const QHttpServerRequest&,
                                          QHttpServerResponder&& responder, const PathCaptures&) {
                        sendJson(std::move(responder), backend.statusJson());
                    }));
    server.addRoute(Method::Get, QStringLiteral("/api/cameras"),
                    auth.guard([&backend](const QHttpServerRequest&,
                                          QHttpServerResponder&& responder, const PathCaptures&) {
                        sendJson(std::move(responder), backend.camerasJson());
                    }));
    server.setFallback(QStringLiteral("/api/"), auth.guard([](const QHttpServerRequest&,
                                                              QHttpServerResponder&& responder,
                                                              const PathCaptures&) {
        sendJsonError(std::move(responder), Status::NotFound, QStringLiteral("not_found"),
                      QStringLiteral("no such API endpoint"));
    }));
}

} // namespace wl::serve
