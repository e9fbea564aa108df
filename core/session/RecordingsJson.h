#pragma once

#include <QJsonObject>

#include "record/RecordingStatus.h"

namespace wl {

// GET /api/recordings: the recorder's state, elapsed time, files with durations and sizes, bytes
// written, disk free and minutes left at the current rate.
class RecordingsJson {
public:
    static QJsonObject fromStatus(const record::RecordingStatus& status);
    static QJsonObject fileJson(const record::RecordedFileStatus& file);
};

} // namespace wl
