#pragma once

#include <cstdint>
#include <optional>
#include <variant>

#include "RtmpMessage.h"
#include "common/Expected.h"

namespace wl::rtmp {

// Protocol control messages (RTMP 1.0 §5.4) and user control events (§7.1.7), typed.
struct SetChunkSize {
    std::uint32_t chunkSize = 128;
};
struct AbortMessage {
    std::uint32_t chunkStreamId = 0;
};
struct Acknowledgement {
    std::uint32_t sequenceNumber = 0; // bytes received so far, modulo 2^32
};
enum class UserControlEvent : std::uint16_t {
    StreamBegin = 0,
    StreamEof = 1,
    StreamDry = 2,
    SetBufferLength = 3,
    StreamIsRecorded = 4,
    PingRequest = 6,
    PingResponse = 7,
};
struct UserControl {
    UserControlEvent event = UserControlEvent::StreamBegin;
    std::uint32_t value = 0;        // stream id or ping timestamp
    std::uint32_t bufferLength = 0; // SetBufferLength only
};
struct WindowAckSize {
    std::uint32_t size = 0;
};
enum class PeerBandwidthLimit : std::uint8_t { Hard = 0, Soft = 1, Dynamic = 2 };
struct SetPeerBandwidth {
    std::uint32_t size = 0;
    PeerBandwidthLimit limit = PeerBandwidthLimit::Dynamic;
};

// A typed control message: parsed from type ids 1-6 and encoded on chunk stream 2, msid 0.
class ControlMessage {
public:
    using Body = std::variant<SetChunkSize, AbortMessage, Acknowledgement, UserControl,
                              WindowAckSize, SetPeerBandwidth>;

    ControlMessage(Body body)
        : m_body(body) {}

    static bool isControlType(std::uint8_t typeId) { return typeId >= 1 && typeId <= 6; }
    // Unknown user control events parse as their raw number; only truncation is an error.
    static Expected<ControlMessage> parse(const RtmpMessage& message);

    RtmpMessage encode() const;
    const Body& body() const { return m_body; }

    template <typename T>
    const T* get() const {
        return std::get_if<T>(&m_body);
    }

private:
    Body m_body;
};

} // namespace wl::rtmp
