#include "TakeJournal.h"

#include <QJsonArray>

namespace wl::record {

namespace {

JournalEntry entry(const char* event, std::int64_t sessionUs) {
    JournalEntry result;
    result.event = QLatin1String(event);
    result.sessionUs = sessionUs;
    return result;
}

QJsonArray fileArray(const std::vector<RecordedFileStatus>& files, bool withResult) {
    QJsonArray array;
    for (const auto& file : files)
        array.append(TakeJournal::fileObject(file, withResult));
    return array;
}

} // namespace

QJsonObject TakeJournal::fileObject(const RecordedFileStatus& file, bool withResult) {
    QJsonObject object;
    object.insert(QStringLiteral("file"), file.relativePath);
    object.insert(QStringLiteral("source"),
                  file.cameraId.isEmpty() ? QStringLiteral("program") : file.cameraId);
    object.insert(QStringLiteral("part"), file.part);
    object.insert(QStringLiteral("start_timecode"), file.startTimecode);
    object.insert(QStringLiteral("start_wall_time"), JournalEntry::isoWallTime(file.startWallUs));
    object.insert(QStringLiteral("start_session_us"), static_cast<qint64>(file.startSessionUs));
    if (file.firstProgramFrame)
        object.insert(QStringLiteral("first_program_frame"),
                      static_cast<qint64>(*file.firstProgramFrame));
    if (withResult) {
        object.insert(QStringLiteral("duration_ms"), static_cast<qint64>(file.durationUs / 1000));
        object.insert(QStringLiteral("bytes"), static_cast<qint64>(file.bytes));
        object.insert(QStringLiteral("state"), QString::fromLatin1(fileStateName(file.state)));
        if (file.lastProgramFrame)
            object.insert(QStringLiteral("last_program_frame"),
                          static_cast<qint64>(*file.lastProgramFrame));
        if (!file.error.isEmpty())
            object.insert(QStringLiteral("error"), file.error);
    }
    return object;
}

JournalEntry TakeJournal::sessionStart(std::int64_t sessionUs, std::int64_t wallClockOriginUs,
                                       const RecordingSettings& settings) {
    JournalEntry result = entry("session_start", sessionUs);
    result.fields.insert(QStringLiteral("clock_origin_wall_time"),
                         JournalEntry::isoWallTime(wallClockOriginUs));
    result.fields.insert(QStringLiteral("clock_origin_unix_us"),
                         static_cast<qint64>(wallClockOriginUs));
    result.fields.insert(QStringLiteral("event_title"), settings.eventTitle);
    result.fields.insert(QStringLiteral("timecode_fps"), settings.timecodeFps);
    result.fields.insert(QStringLiteral("timecode_zone"), settings.timecodeZone == TimecodeZone::Utc
                                                              ? QStringLiteral("utc")
                                                              : QStringLiteral("local"));
    return result;
}

JournalEntry TakeJournal::sessionEnd(std::int64_t sessionUs) {
    return entry("session_end", sessionUs);
}

JournalEntry TakeJournal::recordStart(const RecordingTake& take, const QString& eventFolder) {
    JournalEntry result = entry("record_start", take.requestedUs());
    const std::vector<RecordedFileStatus> files = take.startedFiles();
    for (const auto& file : files) {
        if (file.cameraId.isEmpty() && file.firstProgramFrame) {
            result.programFrame = file.firstProgramFrame;
            break;
        }
    }
    result.fields.insert(QStringLiteral("take"), take.folder().number);
    result.fields.insert(QStringLiteral("event_folder"), eventFolder);
    result.fields.insert(QStringLiteral("take_folder"), take.folder().relative);
    result.fields.insert(QStringLiteral("files"), fileArray(files, false));
    return result;
}

JournalEntry TakeJournal::recordStop(const RecordingTake& take, std::int64_t sessionUs,
                                     const QString& reason) {
    JournalEntry result = entry("record_stop", sessionUs);
    const std::vector<RecordedFileStatus> files = take.startedFiles();
    for (const auto& file : files) {
        if (file.cameraId.isEmpty() && file.lastProgramFrame)
            result.programFrame = std::max(result.programFrame.value_or(0), *file.lastProgramFrame);
    }
    result.fields.insert(QStringLiteral("take"), take.folder().number);
    result.fields.insert(QStringLiteral("reason"), reason);
    result.fields.insert(QStringLiteral("elapsed_ms"),
                         static_cast<qint64>((sessionUs - take.startedUs()) / 1000));
    result.fields.insert(QStringLiteral("files"), fileArray(files, true));
    return result;
}

JournalEntry TakeJournal::fileStart(const RecordedFileStatus& file) {
    JournalEntry result = entry("file_start", file.startSessionUs);
    result.programFrame = file.firstProgramFrame;
    result.fields = fileObject(file, false);
    return result;
}

JournalEntry TakeJournal::fileEnd(const RecordedFileStatus& file, std::int64_t sessionUs,
                                  const QString& reason) {
    JournalEntry result = entry("file_end", sessionUs);
    result.programFrame = file.lastProgramFrame;
    result.fields = fileObject(file, true);
    result.fields.insert(QStringLiteral("reason"), reason);
    return result;
}

JournalEntry TakeJournal::recordingError(std::int64_t sessionUs, const QString& kind,
                                         const Error& error) {
    JournalEntry result = entry("recording_error", sessionUs);
    result.fields.insert(QStringLiteral("kind"), kind);
    result.fields.insert(QStringLiteral("code"), QString::fromLatin1(errorCodeName(error.code)));
    result.fields.insert(QStringLiteral("message"), QString::fromStdString(error.message));
    result.fields.insert(QStringLiteral("context"), QString::fromStdString(error.context));
    return result;
}

JournalEntry TakeJournal::mediaDropped(std::int64_t sessionUs, std::uint64_t count) {
    JournalEntry result = entry("recording_error", sessionUs);
    result.fields.insert(QStringLiteral("kind"), QStringLiteral("media_dropped"));
    result.fields.insert(QStringLiteral("count"), static_cast<qint64>(count));
    return result;
}

JournalEntry TakeJournal::diskLow(std::int64_t sessionUs, const DiskSpaceWatch::Reading& reading) {
    JournalEntry result = entry("disk_low", sessionUs);
    result.fields.insert(QStringLiteral("free_bytes"),
                         static_cast<qint64>(reading.freeBytes.value_or(0)));
    result.fields.insert(QStringLiteral("bytes_per_second"), reading.bytesPerSecond);
    result.fields.insert(QStringLiteral("minutes_left"), reading.minutesLeft.value_or(0));
    return result;
}

} // namespace wl::record
