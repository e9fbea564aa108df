#pragma once

#include <cstdint>
#include <optional>

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace wl::record {

// One line of session.jsonl: {"event":…,"wall_time":…,"session_us":…,"program_frame":…, fields…}.
// The wall time is derived from session_us by the session clock when the line is written.
struct JournalEntry {
    QString event;                            // session_start, switch, record_start, …
    std::int64_t sessionUs = 0;               // when it happened, on the session clock
    std::optional<std::int64_t> programFrame; // the program frame it shows on, where it applies
    QJsonObject fields;                       // type-specific; the keys above are reserved

    // The compact JSON line (no newline), reserved keys first in a fixed order.
    QByteArray toJsonLine(std::int64_t wallClockUs) const;
    // "2024-06-01T14:03:12.433Z" (UTC, milliseconds).
    static QString isoWallTime(std::int64_t wallClockUs);
};

} // namespace wl::record
