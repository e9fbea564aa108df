#include "SessionControl.h"

#include <QBuffer>
#include <QImage>

#include "LiveController.h"
#include "RecordingsJson.h"
#include "record/JournalEvents.h"
#include "record/Recorder.h"
#include "sources/CameraRegistry.h"
#include "switcher/ProgramEngine.h"

namespace wl {

namespace {
constexpr QSize kThumbnailBounds{640, 360};
constexpr int kJpegQuality = 80;

} // namespace

SessionControl::SessionControl(switcher::ProgramEngine& engine, LiveController& live,
                               record::Recorder& recorder, const sources::CameraRegistry& cameras)
    : m_engine(engine)
    , m_live(live)
    , m_recorder(recorder)
    , m_cameras(cameras) {
}

Expected<void> SessionControl::run(const switcher::SwitcherCommand& command) {
    auto events = m_engine.command(command);
    if (!events)
        return events.error();
    return {};
}

Expected<void> SessionControl::switchTo(const QString& cameraId,
                                        const std::optional<switcher::TransitionSpec>& transition) {
    if (!transition || transition->type == switcher::TransitionType::Cut)
        return run(switcher::CutCommand{cameraId});
    return run(switcher::TransitionToCommand{cameraId, *transition});
}

Expected<void> SessionControl::preview(const QString& cameraId) {
    return run(switcher::PreviewCommand{cameraId});
}

Expected<void> SessionControl::take(const std::optional<switcher::TransitionSpec>& transition) {
    return run(switcher::TakeCommand{transition});
}

Expected<void> SessionControl::fadeToBlack() {
    return run(switcher::FadeToBlackCommand{m_engine.snapshot().defaultTransition.durationMs});
}

Expected<QJsonObject> SessionControl::liveAction(const QString& action) {
    auto parsed = LiveStatusMachine::parseAction(action);
    if (!parsed)
        return parsed.error();
    auto status = m_live.apply(*parsed);
    if (!status)
        return status.error();
    return QJsonObject{{QStringLiteral("status"), liveStatusName(*status)}};
}

Expected<QJsonObject> SessionControl::startRecording() {
    if (auto started = m_live.startRecording(); !started)
        return started.error();
    return recordingsJson();
}

Expected<QJsonObject> SessionControl::stopRecording() {
    if (auto stopped = m_live.stopRecording(); !stopped)
        return stopped.error();
    return recordingsJson();
}

QJsonObject SessionControl::recordingsJson() const {
    return RecordingsJson::fromStatus(m_recorder.status());
}

QString SessionControl::cameraName(const QString& cameraId) const {
    const auto camera = m_cameras.cameraById(cameraId);
    return camera ? camera->name() : QString();
}

QJsonObject SessionControl::activeCameraJson() const {
    const auto snapshot = m_engine.snapshot();
    const QString program = record::JournalEvents::sourceName(snapshot.program);
    QJsonObject json{
        {QStringLiteral("active_camera_id"), program},
        {QStringLiteral("camera_name"), cameraName(program)},
        {QStringLiteral("mode"), snapshot.mode == switcher::SwitcherMode::Studio
                                     ? QStringLiteral("studio")
                                     : QStringLiteral("direct")},
        {QStringLiteral("faded_to_black"), snapshot.fadedToBlack},
        {QStringLiteral("paused"), snapshot.paused},
        {QStringLiteral("on_failover_slate"), snapshot.onFailoverSlate},
        {QStringLiteral("program_frame"), static_cast<qint64>(m_engine.nextTick().frame)},
        {QStringLiteral("status"), liveStatusName(m_live.status())},
    };
    json.insert(QStringLiteral("preview_camera_id"),
                snapshot.preview ? QJsonValue(*snapshot.preview) : QJsonValue());
    json.insert(QStringLiteral("transition_to"),
                snapshot.transitionTarget
                    ? QJsonValue(record::JournalEvents::sourceName(*snapshot.transitionTarget))
                    : QJsonValue());
    return json;
}

Expected<QByteArray> SessionControl::thumbnailJpeg(const QString& cameraId) const {
    const auto camera = m_cameras.cameraById(cameraId);
    if (!camera)
        return makeError(ErrorCode::NotFound, "no camera " + cameraId.toStdString());
    const auto latest = camera->latestFrame().load();
    if (!latest)
        return makeError(ErrorCode::Unavailable,
                         cameraId.toStdString() + " has not delivered a picture yet");
    // A scaler per request: thumbnails are rare, and the HTTP thread shares nothing with others.
    media::Scaler scaler;
    auto image = scaler.toPreviewImage(latest->value, kThumbnailBounds);
    if (!image)
        return image.error();
    QByteArray jpeg;
    QBuffer buffer(&jpeg);
    buffer.open(QIODevice::WriteOnly);
    if (!image->save(&buffer, "JPEG", kJpegQuality))
        return makeError(ErrorCode::Internal, "JPEG encoding failed", "thumbnail");
    return jpeg;
}

} // namespace wl
