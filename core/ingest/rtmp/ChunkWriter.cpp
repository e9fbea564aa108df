#include "ChunkWriter.h"

#include <algorithm>
#include <string>

#include "ByteWriter.h"

namespace wl::rtmp {

namespace {

constexpr std::uint32_t kExtendedTimestampMarker = 0xFFFFFF;
constexpr std::uint32_t kMaxMessageLength = 0xFFFFFF;
constexpr std::uint32_t kMaxChunkStreamId = 65599;

} // namespace

Expected<void> ChunkWriter::setChunkSize(std::uint32_t chunkSize) {
    if (chunkSize == 0 || chunkSize > 0x7FFFFFFF)
        return makeError(ErrorCode::InvalidArgument,
                         "invalid chunk size " + std::to_string(chunkSize), "chunk writer");
    m_chunkSize = chunkSize;
    return {};
}

void ChunkWriter::writeBasicHeader(std::uint8_t format, std::uint32_t chunkStreamId,
                                   std::vector<std::uint8_t>& out) {
    const auto formatBits = static_cast<std::uint8_t>(format << 6);
    if (chunkStreamId < 64) {
        out.push_back(static_cast<std::uint8_t>(formatBits | chunkStreamId));
    } else if (chunkStreamId < 320) {
        out.push_back(formatBits);
        out.push_back(static_cast<std::uint8_t>(chunkStreamId - 64));
    } else {
        out.push_back(static_cast<std::uint8_t>(formatBits | 1));
        out.push_back(static_cast<std::uint8_t>((chunkStreamId - 64) & 0xFF));
        out.push_back(static_cast<std::uint8_t>((chunkStreamId - 64) >> 8));
    }
}

std::uint8_t ChunkWriter::chooseFormat(const RtmpMessage& message,
                                       std::uint32_t& timestampField) const {
    timestampField = message.wireTimestamp;
    if (m_headers == Headers::Full)
        return 0;
    const auto last = std::find_if(m_last.begin(), m_last.end(), [&](const LastHeader& header) {
        return header.chunkStreamId == message.chunkStreamId;
    });
    // Deltas only go forward; a new stream id or a backward step needs an absolute header.
    if (last == m_last.end() || last->streamId != message.streamId ||
        message.wireTimestamp < last->timestamp)
        return 0;
    timestampField = message.wireTimestamp - last->timestamp;
    const auto length = static_cast<std::uint32_t>(message.payload.size());
    if (length != last->length || message.typeId != last->typeId)
        return 1;
    return timestampField == last->timestampField ? 3 : 2;
}

Expected<void> ChunkWriter::write(const RtmpMessage& message, std::vector<std::uint8_t>& out) {
    if (message.payload.size() > kMaxMessageLength)
        return makeError(ErrorCode::InvalidArgument,
                         "message of " + std::to_string(message.payload.size()) +
                             " bytes does not fit a 24-bit length",
                         "chunk writer");
    if (message.chunkStreamId < 2 || message.chunkStreamId > kMaxChunkStreamId)
        return makeError(ErrorCode::InvalidArgument,
                         "invalid chunk stream id " + std::to_string(message.chunkStreamId),
                         "chunk writer");

    std::uint32_t timestampField = 0;
    const std::uint8_t format = chooseFormat(message, timestampField);
    const bool extended = timestampField >= kExtendedTimestampMarker;
    const auto length = static_cast<std::uint32_t>(message.payload.size());

    ByteWriter writer(out);
    writeBasicHeader(format, message.chunkStreamId, out);
    if (format <= 2)
        writer.u24(extended ? kExtendedTimestampMarker : timestampField);
    if (format <= 1) {
        writer.u24(length);
        writer.u8(message.typeId);
    }
    if (format == 0)
        writer.u32LittleEndian(message.streamId);
    if (extended)
        writer.u32(timestampField);

    std::size_t offset = 0;
    do {
        const std::size_t take =
            std::min<std::size_t>(m_chunkSize, message.payload.size() - offset);
        if (offset > 0) {
            writeBasicHeader(3, message.chunkStreamId, out);
            // RTMP 1.0 §5.3.1.3: continuation chunks repeat the extended timestamp.
            if (extended)
                writer.u32(timestampField);
        }
        writer.bytes(std::span<const std::uint8_t>(message.payload).subspan(offset, take));
        offset += take;
    } while (offset < message.payload.size());

    auto last = std::find_if(m_last.begin(), m_last.end(), [&](const LastHeader& header) {
        return header.chunkStreamId == message.chunkStreamId;
    });
    if (last == m_last.end())
        last = m_last.insert(m_last.end(), LastHeader{message.chunkStreamId});
    last->streamId = message.streamId;
    last->length = length;
    last->typeId = message.typeId;
    last->timestamp = message.wireTimestamp;
    last->timestampField = timestampField;
    return {};
}

} // namespace wl::rtmp
