#include "JournalWriter.h"

#include <QFile>

#include "RecordLog.h"

namespace wl::record {

namespace {

// Where the last complete line ends (after its '\n'); 0 when there is none.
Expected<std::int64_t> endOfLastCompleteLine(const QString& path, std::int64_t size) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::IoFailure, file.errorString().toStdString(),
                         path.toStdString());
    constexpr std::int64_t kChunk = 64 * 1024;
    std::int64_t end = size;
    while (end > 0) {
        const std::int64_t begin = std::max<std::int64_t>(0, end - kChunk);
        file.seek(begin);
        const QByteArray chunk = file.read(end - begin);
        const auto newline = chunk.lastIndexOf('\n');
        if (newline >= 0)
            return begin + newline + 1;
        end = begin;
    }
    return std::int64_t{0};
}

} // namespace

JournalWriter::JournalWriter(QString path, std::unique_ptr<FileSink> sink)
    : m_path(std::move(path))
    , m_sink(std::move(sink)) {
}

Expected<JournalWriter> JournalWriter::open(const QString& path, WriteFaultHook fault) {
    auto sink = FileSink::open(path, FileSink::Mode::Append, std::move(fault));
    if (!sink)
        return sink.error();
    JournalWriter writer(path, std::move(*sink));
    const std::int64_t size = writer.m_sink->size();
    if (size > 0) {
        auto complete = endOfLastCompleteLine(path, size);
        if (!complete)
            return complete.error();
        if (*complete < size) {
            auto cut = writer.m_sink->truncate(*complete);
            if (!cut)
                return cut.error();
            writer.m_tornBytesRemoved = size - *complete;
            qCWarning(lcRecord, "journal %s: cut a torn last line of %lld bytes", qPrintable(path),
                      static_cast<long long>(writer.m_tornBytesRemoved));
        }
    }
    return writer;
}

Expected<void> JournalWriter::append(const QByteArray& line) {
    const std::int64_t before = m_sink->size();
    QByteArray whole = line;
    whole += '\n';
    auto written = m_sink->write({reinterpret_cast<const std::uint8_t*>(whole.constData()),
                                  static_cast<std::size_t>(whole.size())});
    if (written)
        written = m_sink->sync();
    if (!written) {
        // Best effort: a half line would make every later line unreadable after it.
        static_cast<void>(m_sink->truncate(before));
        return written.error();
    }
    ++m_linesWritten;
    return {};
}

Expected<void> JournalWriter::append(const JournalEntry& entry, std::int64_t wallClockUs) {
    return append(entry.toJsonLine(wallClockUs));
}

} // namespace wl::record
