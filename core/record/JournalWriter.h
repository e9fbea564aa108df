#pragma once

#include <cstdint>
#include <memory>

#include <QString>

#include "FileSink.h"
#include "JournalEntry.h"
#include "common/Expected.h"

namespace wl::record {

// Appends journal lines to session.jsonl, each written whole and synced (fdatasync) before the
// next, so a crash leaves at most one torn last line. Writer thread only.
class JournalWriter {
public:
    // Opens (or creates) the journal. A torn last line left by a crash is cut off first, so
    // appending never buries it in the middle; tornBytesRemoved() says how much was cut.
    static Expected<JournalWriter> open(const QString& path, WriteFaultHook fault = {});

    // Writes `line` + '\n' and syncs. On failure the file is cut back to what it was, so a later
    // append (after space was freed) keeps the journal readable.
    Expected<void> append(const QByteArray& line);
    Expected<void> append(const JournalEntry& entry, std::int64_t wallClockUs);

    const QString& path() const { return m_path; }
    std::int64_t tornBytesRemoved() const { return m_tornBytesRemoved; }
    std::int64_t linesWritten() const { return m_linesWritten; }

private:
    JournalWriter(QString path, std::unique_ptr<FileSink> sink);

    QString m_path;
    std::unique_ptr<FileSink> m_sink;
    std::int64_t m_tornBytesRemoved = 0;
    std::int64_t m_linesWritten = 0;
};

} // namespace wl::record
