#include "JsonReply.h"

#include <QJsonDocument>

namespace wl::serve {

namespace {
void sendDocument(QHttpServerResponder&& responder, const QJsonDocument& document,
                  QHttpServerResponder::StatusCode status, bool challenge = false) {
    const QByteArray body = document.toJson(QJsonDocument::Compact);
    responder.writeStatusLine(status);
    responder.writeHeader(QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json"));
    responder.writeHeader(QByteArrayLiteral("Content-Length"), QByteArray::number(body.size()));
    responder.writeHeader(QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-store"));
    responder.writeHeader(QByteArrayLiteral("Access-Control-Allow-Origin"), QByteArrayLiteral("*"));
    if (challenge)
        responder.writeHeader(QByteArrayLiteral("WWW-Authenticate"), QByteArrayLiteral("Bearer"));
    responder.writeBody(body);
}
} // namespace

void sendJson(QHttpServerResponder&& responder, const QJsonObject& body,
              QHttpServerResponder::StatusCode status) {
    sendDocument(std::move(responder), QJsonDocument(body), status);
}

void sendJson(QHttpServerResponder&& responder, const QJsonArray& body,
              QHttpServerResponder::StatusCode status) {
    sendDocument(std::move(responder), QJsonDocument(body), status);
}

void sendJsonError(QHttpServerResponder&& responder, QHttpServerResponder::StatusCode status,
                   const QString& code, const QString& message) {
    sendDocument(std::move(responder),
                 QJsonDocument(QJsonObject{{QStringLiteral("error"), code},
                                           {QStringLiteral("message"), message}}),
                 status, status == QHttpServerResponder::StatusCode::Unauthorized);
}

} // namespace wl::serve
