#include "ViewerMessages.h"

#include <cmath>

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QTimeZone>

namespace wl::serve {

namespace {

QJsonValue cameraValue(const QString& text) {
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

} // namespace

Expected<ViewerRequest> ViewerMessages::parseRequest(const QByteArray& text) {
    if (text.size() > kMaxRequestBytes)
        return makeError(ErrorCode::LimitExceeded,
                         "message longer than " + std::to_string(kMaxRequestBytes) + " bytes");
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(text, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return makeError(ErrorCode::InvalidArgument,
                         "not JSON: " + parseError.errorString().toStdString());
    if (!document.isObject())
        return makeError(ErrorCode::InvalidArgument, "expected a JSON object");
    const QJsonValue action = document.object().value(QStringLiteral("action"));
    if (!action.isString())
        return makeError(ErrorCode::InvalidArgument, "expected an \"action\" string");
    if (action.toString() == QLatin1String("get_active_camera"))
        return ViewerRequest{ViewerRequest::Action::GetActiveCamera};
    return makeError(ErrorCode::Unsupported, "unknown action");
}

QByteArray ViewerMessages::event(const QString& name, const QJsonObject& data) {
    return QJsonDocument(
               QJsonObject{{QStringLiteral("event"), name}, {QStringLiteral("data"), data}})
        .toJson(QJsonDocument::Compact);
}

QByteArray ViewerMessages::state(const ViewerState& state) {
    return event(QStringLiteral("state"),
                 QJsonObject{
                     {QStringLiteral("title"), state.title},
                     {QStringLiteral("status"), state.status},
                     {QStringLiteral("active_camera_id"), cameraValue(state.cameraId)},
                     {QStringLiteral("camera_name"), cameraValue(state.cameraName)},
                     {QStringLiteral("viewers"), state.viewers},
                     {QStringLiteral("hls_url"), state.hlsUrl},
                 });
}

QByteArray ViewerMessages::activeCamera(const ViewerState& state) {
    return event(QStringLiteral("active_camera"),
                 QJsonObject{
                     {QStringLiteral("active_camera_id"), cameraValue(state.cameraId)},
                     {QStringLiteral("camera_name"), cameraValue(state.cameraName)},
                 });
}

QByteArray ViewerMessages::cameraSwitched(const ViewerCameraSwitch& change) {
    return event(
        QStringLiteral("camera_switched"),
        QJsonObject{
            {QStringLiteral("active_camera_id"), change.cameraId},
            {QStringLiteral("camera_name"), change.cameraName},
            {QStringLiteral("at"), isoWallTime(change.wallClockUs)},
            {QStringLiteral("program_time"), std::round(change.programTimeS * 1000) / 1000},
            {QStringLiteral("program_frame"), static_cast<qint64>(change.programFrame)},
        });
}

QByteArray ViewerMessages::viewerCountUpdate(int totalViewers) {
    return event(QStringLiteral("viewer_count_update"),
                 QJsonObject{{QStringLiteral("total_viewers"), totalViewers}});
}

QByteArray ViewerMessages::statusChanged(const QString& status) {
    return event(QStringLiteral("status_changed"), QJsonObject{{QStringLiteral("status"), status}});
}

QByteArray ViewerMessages::error(const QString& code, const QString& message) {
    return event(QStringLiteral("error"),
                 QJsonObject{{QStringLiteral("code"), code}, {QStringLiteral("message"), message}});
}

QString ViewerMessages::isoWallTime(std::int64_t wallClockUs) {
    return QDateTime::fromMSecsSinceEpoch(wallClockUs / 1000, QTimeZone::utc())
               .toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz")) +
           QLatin1Char('Z');
}

} // namespace wl::serve
