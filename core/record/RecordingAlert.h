#pragma once

#include <cstdint>
#include <optional>

#include <QString>

#include "common/Error.h"

namespace wl::record {

// Something the director must hear about. Raised on the "wl-record" thread; the Session turns it
// into a UI alert and a log line (post it to the UI thread, do not block).
struct RecordingAlert {
    enum class Kind {
        DiskLow,         // fewer than RecordingSettings::diskLowMinutes remain at the current rate
        RecordingFailed, // the take stopped: disk full or a write failed; files so far play
        FileFailed,      // one file stopped on an error; the others keep recording
        MediaDropped,    // the writer fell behind and dropped media (files have a gap)
        JournalFailed,   // a journal event could not be written
    };
    Kind kind = Kind::RecordingFailed;
    QString message;                   // one line for the log and the UI
    std::optional<Error> error;        // the cause, with the file in its context
    std::optional<double> minutesLeft; // DiskLow
    std::uint64_t dropped = 0;         // MediaDropped: items dropped since the last alert
    std::int64_t sessionUs = 0;
};

} // namespace wl::record
