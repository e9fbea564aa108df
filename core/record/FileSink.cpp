#include "FileSink.h"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace wl::record {

Expected<std::unique_ptr<FileSink>> FileSink::open(const QString& path, Mode mode,
                                                   WriteFaultHook fault) {
    const QByteArray native = path.toLocal8Bit();
    const int flags = mode == Mode::CreateNew ? O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC
                                              : O_WRONLY | O_CREAT | O_CLOEXEC;
    int fd = -1;
    do {
        fd = ::open(native.constData(), flags, 0644);
    } while (fd < 0 && errno == EINTR);
    if (fd < 0) {
        const int error = errno;
        return makeError(error == EEXIST ? ErrorCode::Conflict : ErrorCode::IoFailure,
                         std::string("open: ") + std::strerror(error), path.toStdString());
    }
    struct stat info {};
    if (::fstat(fd, &info) != 0) {
        const int error = errno;
        ::close(fd);
        return makeError(ErrorCode::IoFailure, std::string("fstat: ") + std::strerror(error),
                         path.toStdString());
    }
    std::unique_ptr<FileSink> sink(new FileSink(path, fd, info.st_size, std::move(fault)));
    if (mode == Mode::Append)
        sink->m_position = sink->m_size;
    return sink;
}

FileSink::FileSink(QString path, int fd, std::int64_t size, WriteFaultHook fault)
    : m_path(std::move(path))
    , m_fd(fd)
    , m_size(size)
    , m_fault(std::move(fault)) {
}

FileSink::~FileSink() {
    if (m_fd >= 0)
        ::close(m_fd);
}

Error FileSink::failure(int error, const char* operation) {
    m_lastErrno = error;
    return makeError(ErrorCode::IoFailure, std::string(operation) + ": " + std::strerror(error),
                     m_path.toStdString());
}

Expected<void> FileSink::write(std::span<const std::uint8_t> bytes) {
    if (m_fd < 0)
        return failure(EBADF, "write");
    if (m_fault) {
        if (const int injected = m_fault(m_path, m_size, bytes.size()); injected != 0)
            return failure(injected, "write");
    }
    std::size_t done = 0;
    while (done < bytes.size()) {
        const ssize_t written =
            ::pwrite(m_fd, bytes.data() + done, bytes.size() - done, m_position);
        if (written < 0) {
            if (errno == EINTR)
                continue;
            return failure(errno, "write");
        }
        if (written == 0)
            return failure(ENOSPC, "write");
        done += static_cast<std::size_t>(written);
        m_position += written;
    }
    m_size = std::max(m_size, m_position);
    m_unsynced += static_cast<std::int64_t>(bytes.size());
    return {};
}

Expected<void> FileSink::seek(std::int64_t position) {
    if (position < 0)
        return failure(EINVAL, "seek");
    m_position = position;
    return {};
}

Expected<void> FileSink::sync() {
    if (m_fd < 0)
        return failure(EBADF, "fdatasync");
    if (m_unsynced == 0)
        return {};
    if (::fdatasync(m_fd) != 0)
        return failure(errno, "fdatasync");
    m_unsynced = 0;
    return {};
}

Expected<void> FileSink::truncate(std::int64_t size) {
    if (m_fd < 0)
        return failure(EBADF, "ftruncate");
    if (::ftruncate(m_fd, size) != 0)
        return failure(errno, "ftruncate");
    m_size = size;
    m_position = std::min(m_position, size);
    return {};
}

Expected<void> FileSink::close() {
    if (m_fd < 0)
        return {};
    const int fd = m_fd;
    m_fd = -1;
    if (::close(fd) != 0)
        return failure(errno, "close");
    return {};
}

} // namespace wl::record
