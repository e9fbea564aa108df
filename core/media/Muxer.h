#pragma once

#include <chrono>
#include <memory>
#include <string>

#include "AvPointers.h"
#include "ByteSink.h"
#include "CodecParameters.h"
#include "IoInterrupt.h"
#include "MediaOptions.h"
#include "Packet.h"
#include "SinkIo.h"
#include "common/Expected.h"

namespace wl::media {

struct MuxerSettings {
    // A file path or URL, e.g. "rtmp://127.0.0.1:1935/live/key" or "/rec/take1.mp4".
    std::string url;
    // "flv" for RTMP, "mp4"/"mov" for recordings; empty = guessed from the url.
    std::string formatName;
    // Protocol and muxer options together, e.g. {"movflags", "+faststart"}.
    MediaOptions options;
    // Lets the owner abort blocking I/O from another thread; a private one is made when null.
    std::shared_ptr<IoInterrupt> interrupt;
    // For network URLs: the longest any one connect, header, write or trailer may block before
    // it fails. Enforced through the interrupt callback (libav's socket timeouts do not reach
    // every nested protocol) and also passed as rw_timeout. Files are never cut short.
    std::chrono::milliseconds ioTimeout{5000};
    // Container metadata written with the header, e.g. {"timecode", "10:11:12:13"} or
    // {"creation_time", "2024-06-01T14:03:12.433000Z"}.
    MediaOptions metadata{};
    // When set, bytes go through this sink instead of a file the muxer opens; `url` then only
    // names the output (errors, format guess). The sink must be seekable for a plain MP4.
    std::shared_ptr<ByteSink> sink{};
};

// Writes packets into a container over libavformat: open() → addStream()… → writeHeader() →
// write()… → finish(). With an "rtmp://" URL and "flv", libavformat's RTMP client connects in
// open() and publishes. Not thread-safe, except for the IoInterrupt.
class Muxer {
public:
    static Expected<Muxer> open(MuxerSettings settings);

    Muxer(Muxer&&) noexcept = default;
    Muxer& operator=(Muxer&&) noexcept = default;
    // Writes the trailer if finish() was not called (best effort, bounded by ioTimeout).
    ~Muxer();

    // Returns the stream index. `timeBase` is a hint; the muxer may choose its own. `frameRate`
    // (video) is the nominal rate some muxers need, e.g. MP4 for its timecode track.
    Expected<int> addStream(const CodecParameters& parameters, AVRational timeBase,
                            AVRational frameRate = AVRational{0, 1});
    Expected<void> writeHeader();
    // Rescales the packet from its time base to the stream's; the packet is not consumed.
    Expected<void> write(const Packet& packet, int streamIndex);
    // Writes at once, without libav's interleaving queue: for muxers that buffer per track
    // themselves (fragmented MP4), so a fragment cut holds exactly the packets written before it.
    // Each stream must still be in decode order.
    Expected<void> writeDirect(const Packet& packet, int streamIndex);
    // Fragmented MP4 with "frag_custom": closes the current fragment (moof + mdat) and flushes
    // the bytes to the output. Nothing happens when no packet was written since the last cut.
    Expected<void> flushFragment();
    // Flushes libav's I/O buffer to the output (e.g. the header into a memory sink).
    void flushIo();
    // Flushes interleaved packets and writes the trailer (MP4: the index).
    Expected<void> finish();

    bool isNetwork() const { return m_network; }
    bool headerWritten() const { return m_headerWritten; }
    int streamCount() const;
    // Valid after writeHeader(); what written packets are rescaled to.
    AVRational streamTimeBase(int streamIndex) const;
    IoInterrupt& interrupt() { return *m_interrupt; }

private:
    Muxer(AvOutputFormatContextPtr context, MuxerSettings settings);
    void beginOperation();
    void endOperation();
    // The sink's own error when it caused the failure (unchanged), else libav's with `where`.
    Error ioError(int status, const std::string& where) const;
    Expected<void> writePacket(const Packet& packet, int streamIndex, bool interleaved);

    std::shared_ptr<IoInterrupt> m_interrupt;
    AvOutputFormatContextPtr m_context;
    // The context writes through it: declared after the context so a move-assignment frees the
    // old context first; the destructor frees the context explicitly before it.
    std::unique_ptr<SinkIo> m_sinkIo;
    MuxerSettings m_settings;
    bool m_network = false;
    bool m_headerWritten = false;
    bool m_finished = false;
};

} // namespace wl::media
