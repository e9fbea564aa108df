#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <vector>

#include <QString>

#include "FileSink.h"
#include "common/Expected.h"
#include "media/Demuxer.h"
#include "media/MediaOptions.h"
#include "media/Muxer.h"

namespace wl::record {

// Rewrites a closed fragmented recording into a plain MP4 (one moov index, timecode track,
// creation time) by stream copy, a few packets at a time so the writer thread keeps serving live
// media in between. The fragmented original stays until the rewrite is complete and synced,
// then the rewrite replaces it atomically (rename): a crash at any point leaves a playable file.
class FileFinisher {
public:
    struct Source {
        QString path;                 // the fragmented file; replaced on commit
        media::MediaOptions metadata; // carried over (timecode, creation_time)
        int timecodeFps = 30;
    };

    static Expected<std::unique_ptr<FileFinisher>> begin(Source source, WriteFaultHook fault);
    FileFinisher(const FileFinisher&) = delete;
    FileFinisher& operator=(const FileFinisher&) = delete;
    // Removes the unfinished rewrite when not committed.
    ~FileFinisher();

    // Copies up to `maxPackets` packets; true once everything is copied and committed.
    Expected<bool> step(int maxPackets);
    // Gives up: the rewrite is removed, the fragmented original stays as the result.
    void abandon();

    const QString& path() const { return m_source.path; }
    QString temporaryPath() const { return m_source.path + QStringLiteral(".finishing"); }
    // 0..100 by bytes copied.
    int percent() const;
    std::int64_t bytesWritten() const { return m_sink ? m_sink->size() : 0; }

private:
    FileFinisher(Source source, media::Demuxer demuxer, std::int64_t sourceBytes);
    Expected<void> openOutput(WriteFaultHook fault);
    Expected<void> commit();

    Source m_source;
    media::Demuxer m_demuxer;
    std::int64_t m_sourceBytes = 0;
    std::int64_t m_copiedBytes = 0;
    std::shared_ptr<FileSink> m_sink;
    std::optional<media::Muxer> m_muxer;
    std::vector<int> m_streamMap; // demuxer stream → muxer stream, -1 = skipped
    bool m_committed = false;
};

} // namespace wl::record
