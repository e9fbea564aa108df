#pragma once

#include <cstdint>

#include <QString>

#include "common/Expected.h"

namespace wl::record {

// Where an event's files go: <root>/<yyyy-mm-dd>_<event-slug>/ holds session.jsonl and the first
// take's files; every later take of that folder (the same event and day, also after a restart)
// goes into take2/, take3/, … with the same file names, so nothing is ever overwritten and an
// editor imports one folder per take.
class RecordingFolder {
public:
    struct Take {
        int number = 1;   // 1 = the event folder itself
        QString path;     // absolute
        QString relative; // to the event folder: "" or "take2"
    };

    // <root>/<yyyy-mm-dd>_<slug>, the date being the local date of `wallClockUs`.
    static QString eventFolder(const QString& root, const QString& eventTitle,
                               std::int64_t wallClockUs);
    // Creates the folder (and its parents) when missing.
    static Expected<void> ensureExists(const QString& path);
    // Chooses and creates the folder for the next take in `eventFolder`.
    static Expected<Take> createNextTake(const QString& eventFolder);
};

} // namespace wl::record
