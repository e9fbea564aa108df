#pragma once

#include <cstdint>
#include <functional>
#include <memory>

#include <QString>

#include "common/Expected.h"
#include "media/ByteSink.h"

namespace wl::record {

// Lets a test fail a write as a full or broken disk would: called before every write with the
// file, its size so far and the bytes about to be written; a non-zero errno fails the write.
using WriteFaultHook =
    std::function<int(const QString& path, std::int64_t offset, std::size_t size)>;

// A file written with POSIX calls, for the recording writer thread only: every write reaches the
// kernel at once (a killed process loses nothing it wrote), sync() puts it on the disk, and
// errors come back as values naming the file (ENOSPC included).
class FileSink final : public media::ByteSink {
public:
    enum class Mode {
        CreateNew, // fails with Conflict when the file exists: recordings never overwrite
        Append,    // the journal: opened at its end, created when missing
    };

    static Expected<std::unique_ptr<FileSink>> open(const QString& path, Mode mode,
                                                    WriteFaultHook fault = {});
    FileSink(const FileSink&) = delete;
    FileSink& operator=(const FileSink&) = delete;
    ~FileSink() override;

    Expected<void> write(std::span<const std::uint8_t> bytes) override;
    Expected<void> seek(std::int64_t position) override;
    std::int64_t position() const override { return m_position; }
    std::int64_t size() const override { return m_size; }

    // fdatasync: what was written survives a power cut.
    Expected<void> sync();
    // Cuts the file back to `size` bytes (the journal undoes a half-written line).
    Expected<void> truncate(std::int64_t size);
    Expected<void> close();
    bool isOpen() const { return m_fd >= 0; }
    const QString& path() const { return m_path; }
    // The errno of the last failure (ENOSPC for a full disk), 0 when none.
    int lastErrno() const { return m_lastErrno; }
    // Bytes written and not yet synced.
    std::int64_t unsyncedBytes() const { return m_unsynced; }

private:
    FileSink(QString path, int fd, std::int64_t size, WriteFaultHook fault);
    Error failure(int error, const char* operation);

    QString m_path;
    int m_fd = -1;
    std::int64_t m_position = 0;
    std::int64_t m_size = 0;
    std::int64_t m_unsynced = 0;
    int m_lastErrno = 0;
    WriteFaultHook m_fault;
};

} // namespace wl::record
