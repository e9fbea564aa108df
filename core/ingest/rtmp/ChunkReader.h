#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <optional>
#include <span>
#include <vector>

#include "RtmpMessage.h"
#include "TimestampUnwrapper.h"
#include "common/Expected.h"

namespace wl::rtmp {

// Limits that keep a hostile peer from making the reader allocate without bound.
struct ChunkReaderSettings {
    std::uint32_t maxMessageSize = 16 * 1024 * 1024;
    std::uint32_t maxChunkSize = 16 * 1024 * 1024; // largest Set Chunk Size accepted
    std::size_t maxChunkStreams = 64;
    std::size_t maxBufferedBytes = 32 * 1024 * 1024; // partly assembled payload, all streams
};

// Reassembles RTMP messages from the incoming chunk stream (RTMP 1.0 §5.3). Incremental: any
// split of the input yields the same messages. Set Chunk Size and Abort are applied here, because
// they change how the following chunks are read; they are still handed on.
//
// Timestamps: type 0 carries an absolute value, types 1/2 a delta, and a type-3 chunk starting a
// new message reuses the previous header's timestamp field as a delta (as FFmpeg and librtmp
// write it). The extended timestamp is read whenever the last type 0/1/2 header of the chunk
// stream had one, also on type-3 chunks (§5.3.1.3). Encoders that omit it on continuation chunks
// are tolerated: the four bytes are taken as the extended timestamp only if they repeat it. (A
// payload that starts with exactly those four bytes would be misread; a type-3 chunk that starts
// a new message always reads the field.)
class ChunkReader {
public:
    // Called for every complete message; an error stops reading and is returned by receive().
    using MessageHandler = std::function<Expected<void>(RtmpMessage&&)>;

    explicit ChunkReader(ChunkReaderSettings settings = {});

    // After an error the reader stays failed: the connection is to be closed.
    Expected<void> receive(std::span<const std::uint8_t> bytes, const MessageHandler& onMessage);
    // Convenience for tests and tools: collects the messages.
    Expected<void> receive(std::span<const std::uint8_t> bytes, std::vector<RtmpMessage>& out);

    std::uint32_t chunkSize() const { return m_chunkSize; }
    std::size_t bufferedBytes() const { return m_bufferedBytes; }
    std::size_t chunkStreamCount() const { return m_streams.size(); }

private:
    static constexpr std::size_t kMaxHeaderSize = 3 + 11 + 4;

    struct ChunkStream {
        std::uint32_t id = 0;
        bool hasHeader = false;
        std::uint32_t timestampField = 0; // last type 0/1/2 value: absolute (0) or delta (1, 2)
        bool extended = false;            // that header used the extended timestamp field
        std::uint32_t extendedValue = 0;  // value read in the current message's first chunk
        std::uint32_t length = 0;
        std::uint8_t typeId = 0;
        std::uint32_t streamId = 0;
        std::uint32_t wireTimestamp = 0;
        TimestampUnwrapper unwrapper;
        std::int64_t timestamp = 0;
        bool inMessage = false;
        std::vector<std::uint8_t> payload;
    };

    struct ChunkHeader {
        std::uint8_t format = 0;
        std::uint32_t chunkStreamId = 0;
        std::uint32_t timestampField = 0;
        std::uint32_t length = 0;
        std::uint8_t typeId = 0;
        std::uint32_t streamId = 0;
        bool extended = false;
        std::size_t size = 0; // header bytes consumed
    };

    Expected<void> consume(std::span<const std::uint8_t> input, const MessageHandler& onMessage);
    Expected<std::optional<ChunkHeader>> parseHeader(std::span<const std::uint8_t> bytes) const;
    Expected<void> startChunk(const ChunkHeader& header, const MessageHandler& onMessage);
    Expected<void> appendPayload(std::span<const std::uint8_t> bytes);
    Expected<void> finishMessage(ChunkStream& stream, const MessageHandler& onMessage);
    Expected<void> applyControl(const RtmpMessage& message);
    const ChunkStream* find(std::uint32_t chunkStreamId) const;
    std::optional<std::size_t> indexOf(std::uint32_t chunkStreamId) const;

    ChunkReaderSettings m_settings;
    std::uint32_t m_chunkSize = 128;
    std::vector<ChunkStream> m_streams;
    std::size_t m_bufferedBytes = 0;
    std::optional<std::size_t> m_current; // index of the stream whose chunk payload is being read
    std::uint32_t m_chunkRemaining = 0;
    std::array<std::uint8_t, kMaxHeaderSize> m_headerBuffer{};
    std::size_t m_headerBuffered = 0;
    bool m_failed = false;
};

} // namespace wl::rtmp
