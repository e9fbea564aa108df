#include "Packet.h"

#include <cstring>
#include <limits>
#include <new>

#include "AvError.h"

namespace wl::media {

Packet::Packet(const Packet& other)
    : m_kind(other.m_kind)
    , m_timeBase(other.m_timeBase)
    , m_arrivalUs(other.m_arrivalUs) {
    if (!other.m_packet)
        return;
    AvPacketPtr copy(av_packet_alloc());
    // av_packet_ref fails only when out of memory; a value type cannot report that otherwise.
    if (!copy || av_packet_ref(copy.get(), other.m_packet.get()) < 0)
        throw std::bad_alloc();
    m_packet = std::move(copy);
}

Packet& Packet::operator=(const Packet& other) {
    if (this != &other) {
        Packet copy(other);
        *this = std::move(copy);
    }
    return *this;
}

Expected<Packet> Packet::fromBytes(std::span<const std::uint8_t> bytes, MediaKind kind) {
    if (bytes.size() >
        static_cast<std::size_t>(std::numeric_limits<int>::max() - AV_INPUT_BUFFER_PADDING_SIZE))
        return makeError(ErrorCode::LimitExceeded, "packet too large", "Packet::fromBytes");
    AvPacketPtr packet(av_packet_alloc());
    if (!packet)
        return makeError(ErrorCode::Internal, "out of memory", "Packet::fromBytes");
    // av_new_packet zeroes the padding after the payload.
    const int result = av_new_packet(packet.get(), static_cast<int>(bytes.size()));
    if (result < 0)
        return avError(result, "Packet::fromBytes");
    if (!bytes.empty())
        std::memcpy(packet->data, bytes.data(), bytes.size());
    return adopt(std::move(packet), kind, AVRational{1, 1000});
}

Packet Packet::adopt(AvPacketPtr packet, MediaKind kind, AVRational timeBase) {
    Packet result;
    result.m_packet = std::move(packet);
    result.m_kind = kind;
    result.m_timeBase = timeBase;
    return result;
}

std::int64_t Packet::pts() const {
    return m_packet ? m_packet->pts : kNoPts;
}

void Packet::setPts(std::int64_t pts) {
    ensurePacket().pts = pts;
}

std::int64_t Packet::dts() const {
    return m_packet ? m_packet->dts : kNoPts;
}

void Packet::setDts(std::int64_t dts) {
    ensurePacket().dts = dts;
}

std::int64_t Packet::duration() const {
    return m_packet ? m_packet->duration : 0;
}

void Packet::setDuration(std::int64_t duration) {
    ensurePacket().duration = duration;
}

bool Packet::isKeyframe() const {
    return m_packet && (m_packet->flags & AV_PKT_FLAG_KEY) != 0;
}

void Packet::setKeyframe(bool keyframe) {
    AVPacket& packet = ensurePacket();
    if (keyframe)
        packet.flags |= AV_PKT_FLAG_KEY;
    else
        packet.flags &= ~AV_PKT_FLAG_KEY;
}

int Packet::streamIndex() const {
    return m_packet ? m_packet->stream_index : 0;
}

void Packet::setStreamIndex(int index) {
    ensurePacket().stream_index = index;
}

const std::uint8_t* Packet::data() const {
    return m_packet ? m_packet->data : nullptr;
}

int Packet::size() const {
    return m_packet ? m_packet->size : 0;
}

std::span<const std::uint8_t> Packet::bytes() const {
    if (!m_packet || m_packet->data == nullptr)
        return {};
    return {m_packet->data, static_cast<std::size_t>(m_packet->size)};
}

int Packet::bufferRefCount() const {
    if (!m_packet || m_packet->buf == nullptr)
        return 0;
    return av_buffer_get_ref_count(m_packet->buf);
}

AVPacket& Packet::ensurePacket() {
    if (!m_packet) {
        m_packet.reset(av_packet_alloc());
        if (!m_packet)
            throw std::bad_alloc();
    }
    return *m_packet;
}

} // namespace wl::media
