#include "RecordingsJson.h"

#include <QJsonArray>
#include <QString>

namespace wl {

namespace {
QString name(std::string_view text) {
    return QString::fromLatin1(text.data(), static_cast<qsizetype>(text.size()));
}
double seconds(std::int64_t us) {
    return static_cast<double>(us / 1000) / 1000.0;
}
} // namespace

QJsonObject RecordingsJson::fileJson(const record::RecordedFileStatus& file) {
    QJsonObject json{
        {QStringLiteral("file"), file.relativePath},
        {QStringLiteral("camera"),
         file.cameraId.isEmpty() ? QStringLiteral("program") : file.cameraId},
        {QStringLiteral("part"), file.part},
        {QStringLiteral("state"), name(record::fileStateName(file.state))},
        {QStringLiteral("start_timecode"), file.startTimecode},
        {QStringLiteral("duration_s"), seconds(file.durationUs)},
        {QStringLiteral("bytes"), static_cast<qint64>(file.bytes)},
    };
    if (!file.error.isEmpty())
        json.insert(QStringLiteral("error"), file.error);
    return json;
}

QJsonObject RecordingsJson::fromStatus(const record::RecordingStatus& status) {
    QJsonArray files;
    for (const auto& file : status.files)
        files.append(fileJson(file));
    QJsonObject json{
        {QStringLiteral("state"), name(record::recordingStateName(status.state))},
        {QStringLiteral("recording"), status.state == record::RecordingState::Recording},
        {QStringLiteral("take"), status.take},
        {QStringLiteral("folder"), status.eventFolder},
        {QStringLiteral("elapsed_s"), seconds(status.elapsedUs)},
        {QStringLiteral("files"), files},
        {QStringLiteral("bytes"), static_cast<qint64>(status.totalBytes)},
        {QStringLiteral("bytes_per_second"), qRound64(status.bytesPerSecond)},
        {QStringLiteral("disk_low"), status.diskLow},
        {QStringLiteral("dropped_media"), static_cast<qint64>(status.droppedMedia)},
    };
    json.insert(QStringLiteral("disk_free_bytes"),
                status.diskFreeBytes ? QJsonValue(static_cast<qint64>(*status.diskFreeBytes))
                                     : QJsonValue());
    json.insert(QStringLiteral("minutes_left"),
                status.minutesLeft ? QJsonValue(*status.minutesLeft) : QJsonValue());
    if (status.lastError)
        json.insert(QStringLiteral("error"), QString::fromStdString(status.lastError->message));
    return json;
}

} // namespace wl
