#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include "ViewerState.h"
#include "common/Expected.h"

namespace wl::serve {

// What a viewer may ask over the WebSocket.
struct ViewerRequest {
    enum class Action { GetActiveCamera };
    Action action = Action::GetActiveCamera;
};

// The viewer WebSocket's JSON messages: {"event": name, "data": {...}} out, {"action": name} in.
// Pure functions of their arguments (Qt Core only), so the parser is fuzzed on its own.
class ViewerMessages {
public:
    // Largest client message the parser looks at; longer ones are refused unread.
    static constexpr qsizetype kMaxRequestBytes = 4096;

    // The request, or InvalidArgument (not a JSON object, no "action" string), Unsupported (an
    // action we do not know) or LimitExceeded (longer than kMaxRequestBytes).
    static Expected<ViewerRequest> parseRequest(const QByteArray& text);

    static QByteArray state(const ViewerState& state);
    static QByteArray activeCamera(const ViewerState& state);
    static QByteArray cameraSwitched(const ViewerCameraSwitch& change);
    static QByteArray viewerCountUpdate(int totalViewers);
    static QByteArray statusChanged(const QString& status);
    // {"event":"error","data":{"code":…,"message":…}}
    static QByteArray error(const QString& code, const QString& message);

    // "2024-06-01T14:03:12.433Z"
    static QString isoWallTime(std::int64_t wallClockUs);

private:
    static QByteArray event(const QString& name, const QJsonObject& data);
};

} // namespace wl::serve
