#pragma once

#include <cstdint>
#include <vector>

#include <QJsonObject>
#include <QString>

#include "DiskSpaceWatch.h"
#include "JournalEntry.h"
#include "RecordingStatus.h"
#include "RecordingTake.h"
#include "common/Error.h"

namespace wl::record {

// The journal events the recorder writes itself: record_start, record_stop, file_start,
// file_end, recording_error, disk_low, session_start, session_end.
class TakeJournal {
public:
    // session_start: the wall clock, the session-clock origin and how timecodes are made.
    static JournalEntry sessionStart(std::int64_t sessionUs, std::int64_t wallClockOriginUs,
                                     const RecordingSettings& settings);
    static JournalEntry sessionEnd(std::int64_t sessionUs);
    // Every file that started so far, with its start timecode; the program's first frame.
    static JournalEntry recordStart(const RecordingTake& take, const QString& eventFolder);
    // Every file of the take with its duration, size and state. `reason`: user, error, shutdown.
    static JournalEntry recordStop(const RecordingTake& take, std::int64_t sessionUs,
                                   const QString& reason);
    // A file that started after record_start (a camera joining, a new part).
    static JournalEntry fileStart(const RecordedFileStatus& file);
    static JournalEntry fileEnd(const RecordedFileStatus& file, std::int64_t sessionUs,
                                const QString& reason);
    static JournalEntry recordingError(std::int64_t sessionUs, const QString& kind,
                                       const Error& error);
    static JournalEntry mediaDropped(std::int64_t sessionUs, std::uint64_t count);
    static JournalEntry diskLow(std::int64_t sessionUs, const DiskSpaceWatch::Reading& reading);

    // {"file","camera","part","start_timecode","start_wall_time","start_session_us",…}
    static QJsonObject fileObject(const RecordedFileStatus& file, bool withResult);
};

} // namespace wl::record
