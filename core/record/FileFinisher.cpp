#include "FileFinisher.h"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

#include <QFile>
#include <QFileInfo>

#include "RecordLog.h"

namespace wl::record {

namespace {

// Makes a rename durable: the directory entry itself is synced.
void syncDirectory(const QString& filePath) {
    const QByteArray dir = QFileInfo(filePath).absolutePath().toLocal8Bit();
    const int fd = ::open(dir.constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
}

} // namespace

Expected<std::unique_ptr<FileFinisher>> FileFinisher::begin(Source source, WriteFaultHook fault) {
    media::DemuxerSettings input;
    input.url = source.path.toStdString();
    input.formatName = "mp4";
    auto demuxer = media::Demuxer::open(std::move(input));
    if (!demuxer)
        return demuxer.error().wrapped("FileFinisher");
    const std::int64_t bytes = QFileInfo(source.path).size();
    std::unique_ptr<FileFinisher> finisher(
        new FileFinisher(std::move(source), std::move(*demuxer), bytes));
    if (auto opened = finisher->openOutput(std::move(fault)); !opened) {
        finisher->abandon();
        return opened.error();
    }
    return finisher;
}

FileFinisher::FileFinisher(Source source, media::Demuxer demuxer, std::int64_t sourceBytes)
    : m_source(std::move(source))
    , m_demuxer(std::move(demuxer))
    , m_sourceBytes(sourceBytes) {
}

FileFinisher::~FileFinisher() {
    if (!m_committed)
        abandon();
}

Expected<void> FileFinisher::openOutput(WriteFaultHook fault) {
    const QString temporary = temporaryPath();
    QFile::remove(temporary); // a rewrite a crash left behind
    auto sink = FileSink::open(temporary, FileSink::Mode::CreateNew, std::move(fault));
    if (!sink)
        return sink.error();
    m_sink = std::move(*sink);

    media::MuxerSettings settings;
    settings.url = temporary.toStdString();
    settings.formatName = "mp4";
    settings.options = {{"write_tmcd", "1"}};
    settings.metadata = m_source.metadata;
    settings.sink = m_sink;
    auto muxer = media::Muxer::open(std::move(settings));
    if (!muxer)
        return muxer.error();
    for (int index = 0; index < m_demuxer.streamCount(); ++index) {
        const auto kind = m_demuxer.streamKind(index);
        auto parameters = m_demuxer.streamParameters(index);
        if (!kind || !parameters) {
            m_streamMap.push_back(-1); // the old timecode track: the muxer makes a new one
            continue;
        }
        const AVRational frameRate = *kind == media::MediaKind::Video
                                         ? AVRational{m_source.timecodeFps, 1}
                                         : AVRational{0, 1};
        auto stream = muxer->addStream(*parameters, m_demuxer.streamTimeBase(index), frameRate);
        if (!stream)
            return stream.error();
        m_streamMap.push_back(*stream);
    }
    if (auto header = muxer->writeHeader(); !header)
        return header.error();
    m_muxer.emplace(std::move(*muxer));
    return {};
}

Expected<bool> FileFinisher::step(int maxPackets) {
    if (m_committed)
        return true;
    if (!m_muxer)
        return makeError(ErrorCode::Conflict, "finisher abandoned", m_source.path.toStdString());
    for (int i = 0; i < maxPackets; ++i) {
        auto packet = m_demuxer.read();
        if (!packet)
            return packet.error().wrapped(m_source.path.toStdString());
        if (!packet->has_value()) {
            if (auto committed = commit(); !committed)
                return committed.error();
            return true;
        }
        const media::Packet& item = **packet;
        const int index = item.streamIndex();
        if (index < 0 || index >= static_cast<int>(m_streamMap.size()) || m_streamMap[index] < 0)
            continue;
        m_copiedBytes += item.size();
        if (auto written = m_muxer->write(item, m_streamMap[index]); !written)
            return written.error();
    }
    return false;
}

Expected<void> FileFinisher::commit() {
    auto finished = m_muxer->finish();
    m_muxer.reset();
    if (!finished)
        return finished.error();
    if (auto synced = m_sink->sync(); !synced)
        return synced.error();
    if (auto closed = m_sink->close(); !closed)
        return closed.error();
    const QByteArray from = temporaryPath().toLocal8Bit();
    const QByteArray to = m_source.path.toLocal8Bit();
    // rename() replaces the original in one step; QFile::rename would refuse an existing target.
    if (std::rename(from.constData(), to.constData()) != 0) {
        return makeError(ErrorCode::IoFailure, std::string("rename: ") + std::strerror(errno),
                         m_source.path.toStdString());
    }
    syncDirectory(m_source.path);
    m_committed = true;
    m_copiedBytes = m_sourceBytes;
    return {};
}

void FileFinisher::abandon() {
    m_muxer.reset();
    if (m_sink) {
        static_cast<void>(m_sink->close());
        m_sink.reset();
    }
    if (!m_committed)
        QFile::remove(temporaryPath());
}

int FileFinisher::percent() const {
    if (m_committed)
        return 100;
    if (m_sourceBytes <= 0)
        return 0;
    return static_cast<int>(std::min<std::int64_t>(99, m_copiedBytes * 100 / m_sourceBytes));
}

} // namespace wl::record
