#pragma once

#include <optional>
#include <vector>

#include <QJsonObject>
#include <QString>

#include "common/Expected.h"

namespace wl::record {

// Reads session.jsonl back (export, tests, tools). A torn last line (a crash mid-write: no
// newline) is reported and left out, not an error, as JournalWriter cuts it off on its next
// open; any complete line that is not a JSON object with an "event" string is corruption and
// fails with its line number ("session.jsonl:12"). Blank lines are skipped.
class JournalReader {
public:
    struct Record {
        int line = 0; // 1-based
        QString event;
        QJsonObject object;
    };
    struct TornLine {
        int line = 0;
        qint64 bytes = 0; // exactly what JournalWriter::open cuts off
    };
    struct Contents {
        std::vector<Record> records;
        std::optional<TornLine> torn;

        // The records of one event type, in order.
        std::vector<Record> ofType(const QString& event) const;
    };

    static Expected<Contents> readFile(const QString& path);
    // `sourceName` names the journal in error contexts.
    static Expected<Contents> parse(const QByteArray& bytes, const QString& sourceName);
};

} // namespace wl::record
