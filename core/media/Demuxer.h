#pragma once

#include <memory>
#include <optional>
#include <string>

#include "AvPointers.h"
#include "CodecParameters.h"
#include "IoInterrupt.h"
#include "MediaOptions.h"
#include "Packet.h"
#include "common/Expected.h"

namespace wl::media {

struct DemuxerSettings {
    std::string url;
    // Empty = probe the input.
    std::string formatName;
    MediaOptions options;
    // Lets the owner abort blocking reads from another thread; a private one is made when null.
    std::shared_ptr<IoInterrupt> interrupt;
};

// Reads packets from a file or URL with libavformat (tests, export). Not thread-safe, except for
// the IoInterrupt.
class Demuxer {
public:
    static Expected<Demuxer> open(DemuxerSettings settings);

    Demuxer(Demuxer&&) noexcept = default;
    Demuxer& operator=(Demuxer&&) noexcept = default;
    ~Demuxer() = default;

    int streamCount() const;
    Expected<CodecParameters> streamParameters(int streamIndex) const;
    std::optional<MediaKind> streamKind(int streamIndex) const;
    AVRational streamTimeBase(int streamIndex) const;
    // The stream libavformat would pick for this kind; -1 when there is none.
    int bestStream(MediaKind kind) const;
    // Container duration in microseconds; 0 when unknown.
    std::int64_t durationUs() const;
    // The format's short name, e.g. "flv" or "mov,mp4,m4a,3gp,3g2,mj2".
    std::string formatName() const;

    // The next packet in file order (Packet::streamIndex() says whose), nothing at the end.
    Expected<std::optional<Packet>> read();

private:
    Demuxer(AvInputFormatContextPtr context, std::shared_ptr<IoInterrupt> interrupt);

    std::shared_ptr<IoInterrupt> m_interrupt;
    AvInputFormatContextPtr m_context;
};

} // namespace wl::media
