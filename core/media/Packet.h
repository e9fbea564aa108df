#pragma once

#include <cstdint>
#include <span>

#include "AvPointers.h"
#include "MediaKind.h"
#include "common/Expected.h"

namespace wl::media {

// One compressed access unit: a ref-counted value over AVPacket. Copies share the payload buffer
// (av_packet_ref) but each has its own metadata; moves are cheap and leave the source empty. A
// copy may go to another thread; the shared payload must then be treated as read-only.
class Packet {
public:
    Packet() = default;
    Packet(const Packet& other);
    Packet& operator=(const Packet& other);
    Packet(Packet&& other) noexcept = default;
    Packet& operator=(Packet&& other) noexcept = default;
    ~Packet() = default;

    // Copies `bytes` into a new ref-counted buffer with AV_INPUT_BUFFER_PADDING_SIZE zero bytes
    // after it, as decoders require.
    static Expected<Packet> fromBytes(std::span<const std::uint8_t> bytes,
                                      MediaKind kind = MediaKind::Video);
    // Takes over a filled AVPacket from an encoder or demuxer (core/media only).
    static Packet adopt(AvPacketPtr packet, MediaKind kind, AVRational timeBase);

    // True when there is no payload (default-constructed or moved from).
    bool isEmpty() const { return size() == 0; }

    MediaKind kind() const { return m_kind; }
    void setKind(MediaKind kind) { m_kind = kind; }
    // pts, dts and duration count in timeBase() units (RTMP: 1/1000); kNoPts when unknown.
    std::int64_t pts() const;
    void setPts(std::int64_t pts);
    std::int64_t dts() const;
    void setDts(std::int64_t dts);
    std::int64_t duration() const;
    void setDuration(std::int64_t duration);
    AVRational timeBase() const { return m_timeBase; }
    void setTimeBase(AVRational timeBase) { m_timeBase = timeBase; }
    bool isKeyframe() const;
    void setKeyframe(bool keyframe);
    // Session-clock microseconds when the producer received or made it.
    std::int64_t arrivalUs() const { return m_arrivalUs; }
    void setArrivalUs(std::int64_t arrivalUs) { m_arrivalUs = arrivalUs; }
    // The stream a Demuxer read it from; 0 otherwise.
    int streamIndex() const;
    void setStreamIndex(int index);

    const std::uint8_t* data() const;
    int size() const;
    std::span<const std::uint8_t> bytes() const;
    // How many packets share the payload buffer (1 = only this one); 0 without a buffer.
    int bufferRefCount() const;

    // For other core/media classes; nullptr when empty.
    const AVPacket* av() const { return m_packet.get(); }

private:
    AVPacket& ensurePacket();

    AvPacketPtr m_packet;
    MediaKind m_kind = MediaKind::Video;
    AVRational m_timeBase{1, 1000};
    std::int64_t m_arrivalUs = 0;
};

} // namespace wl::media
