#include "RecordingStatusJson.h"

#include <QJsonArray>
#include <QJsonValue>

#include "JournalEntry.h"

namespace wl::record {

namespace {

QString latin1(std::string_view text) {
    return QString::fromLatin1(text.data(), static_cast<qsizetype>(text.size()));
}

} // namespace

QJsonObject RecordingStatusJson::fileJson(const RecordedFileStatus& file) {
    QJsonObject object;
    object.insert(QStringLiteral("file"), file.relativePath);
    object.insert(QStringLiteral("path"), file.path);
    object.insert(QStringLiteral("source"),
                  file.cameraId.isEmpty() ? QStringLiteral("program") : file.cameraId);
    object.insert(QStringLiteral("part"), file.part);
    object.insert(QStringLiteral("state"), latin1(fileStateName(file.state)));
    const bool started = file.state != FileState::Waiting;
    // A waiting file has no first frame yet: no timecode or start time to show.
    object.insert(QStringLiteral("start_timecode"),
                  started ? QJsonValue(file.startTimecode) : QJsonValue());
    object.insert(QStringLiteral("start_wall_time"),
                  started ? QJsonValue(JournalEntry::isoWallTime(file.startWallUs)) : QJsonValue());
    object.insert(QStringLiteral("duration_ms"), static_cast<qint64>(file.durationUs / 1000));
    object.insert(QStringLiteral("bytes"), static_cast<qint64>(file.bytes));
    if (file.state == FileState::Finishing)
        object.insert(QStringLiteral("finished_percent"),
                      static_cast<qint64>(file.finishedPercent));
    if (!file.error.isEmpty())
        object.insert(QStringLiteral("error"), file.error);
    return object;
}

QJsonObject RecordingStatusJson::toJson(const RecordingStatus& status) {
    QJsonObject object;
    object.insert(QStringLiteral("state"), latin1(recordingStateName(status.state)));
    object.insert(QStringLiteral("take"), status.take);
    object.insert(QStringLiteral("event_folder"), status.eventFolder);
    object.insert(QStringLiteral("elapsed_ms"), static_cast<qint64>(status.elapsedUs / 1000));
    QJsonArray files;
    for (const RecordedFileStatus& file : status.files)
        files.append(fileJson(file));
    object.insert(QStringLiteral("files"), files);
    object.insert(QStringLiteral("bytes"), static_cast<qint64>(status.totalBytes));
    object.insert(QStringLiteral("bytes_per_second"), status.bytesPerSecond);
    object.insert(QStringLiteral("disk_free_bytes"),
                  status.diskFreeBytes ? QJsonValue(static_cast<qint64>(*status.diskFreeBytes))
                                       : QJsonValue());
    object.insert(QStringLiteral("minutes_left"),
                  status.minutesLeft ? QJsonValue(*status.minutesLeft) : QJsonValue());
    object.insert(QStringLiteral("disk_low"), status.diskLow);
    object.insert(QStringLiteral("dropped_media"), static_cast<qint64>(status.droppedMedia));
    object.insert(QStringLiteral("dropped_journal_events"),
                  static_cast<qint64>(status.droppedJournalEvents));
    if (status.lastError) {
        QJsonObject error;
        error.insert(QStringLiteral("code"), latin1(errorCodeName(status.lastError->code)));
        error.insert(QStringLiteral("message"), QString::fromStdString(status.lastError->message));
        error.insert(QStringLiteral("context"), QString::fromStdString(status.lastError->context));
        object.insert(QStringLiteral("error"), error);
    }
    return object;
}

} // namespace wl::record
