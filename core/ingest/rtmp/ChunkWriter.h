#pragma once

#include <cstdint>
#include <vector>

#include "RtmpMessage.h"
#include "common/Expected.h"

namespace wl::rtmp {

// Splits messages into chunks at the current outgoing chunk size (RTMP 1.0 §5.3).
//
// By default every message starts with a type-0 header followed by type-3 continuation chunks,
// which every reader understands. With compressed headers the writer uses types 1/2/3 where the
// previous message on the chunk stream allows it (the way FFmpeg writes), with the same type-3
// semantics ChunkReader expects; tests use this to produce realistic client streams.
class ChunkWriter {
public:
    enum class Headers { Full, Compressed };

    explicit ChunkWriter(Headers headers = Headers::Full)
        : m_headers(headers) {}

    // Takes effect for the next message; send the Set Chunk Size message before calling this.
    Expected<void> setChunkSize(std::uint32_t chunkSize);
    std::uint32_t chunkSize() const { return m_chunkSize; }

    // Uses chunkStreamId, typeId, streamId, wireTimestamp and payload of `message`.
    Expected<void> write(const RtmpMessage& message, std::vector<std::uint8_t>& out);

private:
    struct LastHeader {
        std::uint32_t chunkStreamId = 0;
        std::uint32_t streamId = 0;
        std::uint32_t length = 0;
        std::uint8_t typeId = 0;
        std::uint32_t timestamp = 0;
        std::uint32_t timestampField = 0;
    };

    std::uint8_t chooseFormat(const RtmpMessage& message, std::uint32_t& timestampField) const;
    static void writeBasicHeader(std::uint8_t format, std::uint32_t chunkStreamId,
                                 std::vector<std::uint8_t>& out);

    Headers m_headers;
    std::uint32_t m_chunkSize = 128;
    std::vector<LastHeader> m_last;
};

} // namespace wl::rtmp
