#pragma once

#include <QHttpServerResponder>
#include <QJsonArray>
#include <QJsonObject>

namespace wl::serve {

// JSON replies with the headers every API answer carries (no caching, CORS for dashboards).
void sendJson(QHttpServerResponder&& responder, const QJsonObject& body,
              QHttpServerResponder::StatusCode status = QHttpServerResponder::StatusCode::Ok);
void sendJson(QHttpServerResponder&& responder, const QJsonArray& body,
              QHttpServerResponder::StatusCode status = QHttpServerResponder::StatusCode::Ok);
// {"error": code, "message": text}
void sendJsonError(QHttpServerResponder&& responder, QHttpServerResponder::StatusCode status,
                   const QString& code, const QString& message);

} // namespace wl::serve
