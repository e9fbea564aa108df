#include "ControlRoutes.h"

#include "ControlBackend.h"
#include "HttpServer.h"
#include "JsonReply.h"
#include "TransitionRequest.h"

namespace wl::serve {

namespace {

using Method = QHttpServerRequest::Method;
using Status = QHttpServerResponder::StatusCode;

Status statusFor(ErrorCode code) {
    switch (code) {
    case ErrorCode::NotFound:
        return Status::NotFound;
    case ErrorCode::Conflict:
        return Status::Conflict;
    case ErrorCode::InvalidArgument:
        return Status::BadRequest;
    case ErrorCode::Unavailable:
        return Status::ServiceUnavailable;
    case ErrorCode::Refused:
        return Status::Forbidden;
    default:
        return Status::InternalServerError;
    }
}

QString codeFor(ErrorCode code) {
    switch (code) {
    case ErrorCode::NotFound:
        return QStringLiteral("not_found");
    case ErrorCode::Conflict:
        return QStringLiteral("conflict");
    case ErrorCode::InvalidArgument:
        return QStringLiteral("bad_request");
    case ErrorCode::Unavailable:
        return QStringLiteral("unavailable");
    default:
        return QString::fromLatin1(errorCodeName(code).data(),
                                   static_cast<qsizetype>(errorCodeName(code).size()));
    }
}

void sendError(QHttpServerResponder&& responder, const Error& error) {
    sendJsonError(std::move(responder), statusFor(error.code), codeFor(error.code),
                  QString::fromStdString(error.message));
}

void sendResult(QHttpServerResponder&& responder, const Expected<void>& result) {
    if (!result)
        sendError(std::move(responder), result.error());
    else
        sendJson(std::move(responder), QJsonObject{{QStringLiteral("ok"), true}});
}

void sendResult(QHttpServerResponder&& responder, const Expected<QJsonObject>& result) {
    if (!result)
        sendError(std::move(responder), result.error());
    else
        sendJson(std::move(responder), *result);
}

} // namespace

void ControlRoutes::install(HttpServer& server, ControlBackend& backend, const BearerAuth& auth) {
    auto route = [&](Method method, const char* path, HttpHandler handler) {
        server.addRoute(method, QString::fromLatin1(path), auth.guard(std::move(handler)));
    };

    route(Method::Post, "/api/cameras/{id}/switch",
          [&backend](const QHttpServerRequest& request, QHttpServerResponder&& responder,
                     const PathCaptures& captures) {
              auto transition = TransitionRequest::parse(request.body());
              if (!transition)
                  return sendError(std::move(responder), transition.error());
              sendResult(std::move(responder), backend.switchTo(captures.at(0), *transition));
          });
    route(Method::Post, "/api/preview/{id}",
          [&backend](const QHttpServerRequest&, QHttpServerResponder&& responder,
                     const PathCaptures& captures) {
              sendResult(std::move(responder), backend.preview(captures.at(0)));
          });
    route(Method::Post, "/api/transition",
          [&backend](const QHttpServerRequest& request, QHttpServerResponder&& responder,
                     const PathCaptures&) {
              auto transition = TransitionRequest::parse(request.body());
              if (!transition)
                  return sendError(std::move(responder), transition.error());
              sendResult(std::move(responder), backend.take(*transition));
          });
    route(Method::Post, "/api/ftb",
          [&backend](const QHttpServerRequest&, QHttpServerResponder&& responder,
                     const PathCaptures&) {
              sendResult(std::move(responder), backend.fadeToBlack());
          });
    route(Method::Post, "/api/live/{action}",
          [&backend](const QHttpServerRequest&, QHttpServerResponder&& responder,
                     const PathCaptures& captures) {
              sendResult(std::move(responder), backend.liveAction(captures.at(0)));
          });
    route(Method::Post, "/api/recordings/start",
          [&backend](const QHttpServerRequest&, QHttpServerResponder&& responder,
                     const PathCaptures&) {
              sendResult(std::move(responder), backend.startRecording());
          });
    route(Method::Post, "/api/recordings/stop",
          [&backend](const QHttpServerRequest&, QHttpServerResponder&& responder,
                     const PathCaptures&) {
              sendResult(std::move(responder), backend.stopRecording());
          });
    route(Method::Get, "/api/recordings",
          [&backend](const QHttpServerRequest&, QHttpServerResponder&& responder,
                     const PathCaptures&) {
              sendJson(std::move(responder), backend.recordingsJson());
          });
    route(Method::Get, "/api/cameras/active",
          [&backend](const QHttpServerRequest&, QHttpServerResponder&& responder,
                     const PathCaptures&) {
              sendJson(std::move(responder), backend.activeCameraJson());
          });
    route(Method::Get, "/api/cameras/{id}/thumbnail",
          [&backend](const QHttpServerRequest&, QHttpServerResponder&& responder,
                     const PathCaptures& captures) {
              auto jpeg = backend.thumbnailJpeg(captures.at(0));
              if (!jpeg)
                  return sendError(std::move(responder), jpeg.error());
              responder.writeStatusLine(Status::Ok);
              responder.writeHeader(QByteArrayLiteral("Content-Type"),
                                    QByteArrayLiteral("image/jpeg"));
              responder.writeHeader(QByteArrayLiteral("Content-Length"),
                                    QByteArray::number(jpeg->size()));
              responder.writeHeader(QByteArrayLiteral("Cache-Control"),
                                    QByteArrayLiteral("no-store"));
              responder.writeBody(*jpeg);
          });
}

} // namespace wl::serve
