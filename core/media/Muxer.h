#pragma once

#include <chrono>
#include <memory>
#include <string>

#include "AvPointers.h"
#include "CodecParameters.h"
#include "IoInterrupt.h"
#include "MediaOptions.h"
#include "Packet.h"
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

    // Returns the stream index. `timeBase` is a hint; the muxer may choose its own.
    Expected<int> addStream(const CodecParameters& parameters, AVRational timeBase);
    Expected<void> writeHeader();
    // Rescales the packet from its time base to the stream's; the packet is not consumed.
    Expected<void> write(const Packet& packet, int streamIndex);
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

    std::shared_ptr<IoInterrupt> m_interrupt;
    AvOutputFormatContextPtr m_context;
    MuxerSettings m_settings;
    bool m_network = false;
    bool m_headerWritten = false;
    bool m_finished = false;
};

} // namespace wl::media
