#pragma once

#include <QJsonObject>

#include "RecordingStatus.h"

namespace wl::record {

// The recorder's status as GET /api/recordings answers it (snake_case, sizes in bytes, times in
// milliseconds, unknown values as null):
//   {"state","take","event_folder","elapsed_ms","bytes","bytes_per_second","disk_free_bytes",
//    "minutes_left","disk_low","dropped_media","dropped_journal_events","error"?,
//    "files":[{"file","path","source","part","state","start_timecode","start_wall_time",
//              "duration_ms","bytes","finished_percent"?,"error"?}]}
class RecordingStatusJson {
public:
    static QJsonObject toJson(const RecordingStatus& status);
    static QJsonObject fileJson(const RecordedFileStatus& file);
};

} // namespace wl::record
