#pragma once

#include <cstdint>
#include <vector>

namespace wl::rtmp {

// RTMP message type ids (RTMP 1.0 §5.4, §7.1).
enum class MessageType : std::uint8_t {
    SetChunkSize = 1,
    Abort = 2,
    Acknowledgement = 3,
    UserControl = 4,
    WindowAckSize = 5,
    SetPeerBandwidth = 6,
    Audio = 8,
    Video = 9,
    DataAmf3 = 15,
    SharedObjectAmf3 = 16,
    CommandAmf3 = 17,
    DataAmf0 = 18,
    SharedObjectAmf0 = 19,
    CommandAmf0 = 20,
    Aggregate = 22,
};

// Chunk stream ids this server writes on; the values follow what common servers use.
inline constexpr std::uint32_t kControlChunkStream = 2;
inline constexpr std::uint32_t kCommandChunkStream = 3;
inline constexpr std::uint32_t kStreamStatusChunkStream = 5;

// One reassembled RTMP message, as read from or written to a chunk stream.
struct RtmpMessage {
    std::uint32_t chunkStreamId = kCommandChunkStream;
    std::uint8_t typeId = 0;
    std::uint32_t streamId = 0;      // message stream id (msid)
    std::uint32_t wireTimestamp = 0; // the timestamp as on the wire, modulo 2^32
    std::int64_t timestamp = 0;      // unwrapped per chunk stream (reader output only)
    std::vector<std::uint8_t> payload;

    MessageType type() const { return static_cast<MessageType>(typeId); }
};

} // namespace wl::rtmp
