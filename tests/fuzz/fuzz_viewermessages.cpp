// Fuzzes ViewerMessages::parseRequest (what a viewer's browser sends over /ws/viewer). A request
// is accepted exactly when the bytes are a JSON object whose "action" is a known name; every
// refusal has a message, and the error event built from it is itself valid JSON.
#include <cstddef>
#include <cstdint>

#include <QJsonDocument>
#include <QJsonObject>

#include "FuzzInput.h"
#include "serve/ViewerMessages.h"

using wl::ErrorCode;
using wl::serve::ViewerMessages;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const QByteArray bytes(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    const auto request = ViewerMessages::parseRequest(bytes);
    const QJsonDocument document = QJsonDocument::fromJson(bytes);
    const bool known = bytes.size() <= ViewerMessages::kMaxRequestBytes && document.isObject() &&
                       document.object().value(QStringLiteral("action")).toString() ==
                           QLatin1String("get_active_camera");
    fuzz::require(request.hasValue() == known);
    if (request)
        return 0;

    const auto code = request.error().code;
    fuzz::require(code == ErrorCode::InvalidArgument || code == ErrorCode::Unsupported ||
                  code == ErrorCode::LimitExceeded);
    fuzz::require(!request.error().message.empty());
    const QByteArray reply = ViewerMessages::error(QStringLiteral("bad_request"),
                                                   QString::fromStdString(request.error().message));
    const QJsonObject parsed = QJsonDocument::fromJson(reply).object();
    fuzz::require(parsed.value(QStringLiteral("event")).toString() == QLatin1String("error"));
    return 0;
}
