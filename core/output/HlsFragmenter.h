#pragma once

#include <memory>
#include <optional>

#include <QByteArray>

#include "ProgramStreams.h"
#include "common/Expected.h"
#include "media/MemoryByteSink.h"
#include "media/Muxer.h"

namespace wl::output {

// CMAF/fMP4 in memory through libavformat's mp4 muxer: the init segment (ftyp + moov) at open,
// then one fragment (moof + mdat) per cut(). The packager decides where fragments end; this
// class only muxes. Not thread-safe.
class HlsFragmenter {
public:
    static Expected<HlsFragmenter> open(const ProgramStreams& streams);

    HlsFragmenter(HlsFragmenter&&) noexcept = default;
    HlsFragmenter& operator=(HlsFragmenter&&) noexcept = default;

    const QByteArray& initSegment() const { return m_init; }
    // Video or audio (by the packet's kind), each in decode order.
    Expected<void> write(const media::Packet& packet);
    // Closes the fragment holding everything written since the last cut and returns its bytes.
    Expected<QByteArray> cut();
    bool hasPendingPackets() const { return m_pendingPackets > 0; }

private:
    HlsFragmenter(media::Muxer muxer, std::shared_ptr<media::MemoryByteSink> sink, int video,
                  int audio);

    std::shared_ptr<media::MemoryByteSink> m_sink;
    std::optional<media::Muxer> m_muxer;
    int m_videoStream = 0;
    int m_audioStream = 1;
    QByteArray m_init;
    int m_pendingPackets = 0;
};

} // namespace wl::output
