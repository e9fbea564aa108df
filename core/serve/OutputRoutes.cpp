#include "OutputRoutes.h"

#include "HttpServer.h"
#include "JsonReply.h"
#include "OutputBackend.h"

namespace wl::serve {

namespace {

using Method = QHttpServerRequest::Method;
using Status = QHttpServerResponder::StatusCode;

void sendError(QHttpServerResponder&& responder, const Error& error) {
    switch (error.code) {
    case ErrorCode::ConfigInvalid: {
        // The field in its own key, so that a settings form can mark it.
        const QString field = QString::fromStdString(error.context);
        const QString message = QString::fromStdString(error.message);
        return sendJson(
            std::move(responder),
            QJsonObject{{QStringLiteral("error"), QStringLiteral("bad_request")},
                        {QStringLiteral("field"), field},
                        {QStringLiteral("message"),
                         field.isEmpty() ? message : field + QStringLiteral(": ") + message}},
            Status::BadRequest);
    }
    case ErrorCode::NotFound:
        return sendJsonError(std::move(responder), Status::NotFound, QStringLiteral("not_found"),
                             QString::fromStdString(error.message));
    case ErrorCode::InvalidArgument:
        return sendJsonError(std::move(responder), Status::BadRequest,
                             QStringLiteral("bad_request"), QString::fromStdString(error.message));
    case ErrorCode::Conflict:
        return sendJsonError(std::move(responder), Status::Conflict, QStringLiteral("conflict"),
                             QString::fromStdString(error.message));
    default:
        return sendJsonError(std::move(responder), Status::InternalServerError,
                             QStringLiteral("internal"), QString::fromStdString(error.message));
    }
}

} // namespace

void OutputRoutes::install(HttpServer& server, OutputBackend& backend, const BearerAuth& auth) {
    server.addRoute(Method::Get, QStringLiteral("/api/outputs"),
                    auth.guard([&backend](const QHttpServerRequest&,
                                          QHttpServerResponder&& responder, const PathCaptures&) {
                        sendJson(std::move(responder), backend.outputsJson());
                    }));
    server.addRoute(Method::Put, QStringLiteral("/api/outputs"),
                    auth.guard([&backend](const QHttpServerRequest& request,
                                          QHttpServerResponder&& responder, const PathCaptures&) {
                        auto result = backend.updateOutputs(request.body());
                        if (!result)
                            return sendError(std::move(responder), result.error());
                        sendJson(std::move(responder), *result);
                    }));
    server.addRoute(
        Method::Post, QStringLiteral("/api/outputs/restream/{id}/{action}"),
        auth.guard([&backend](const QHttpServerRequest&, QHttpServerResponder&& responder,
                              const PathCaptures& captures) {
            auto result = backend.restreamAction(captures.at(0), captures.at(1));
            if (!result)
                return sendError(std::move(responder), result.error());
            sendJson(std::move(responder), *result);
        }));
}

} // namespace wl::serve
