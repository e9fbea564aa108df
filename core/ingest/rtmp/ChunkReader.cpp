#include "ChunkReader.h"

#include <algorithm>
#include <string>

#include "ByteReader.h"

namespace wl::rtmp {

namespace {

constexpr std::uint32_t kExtendedTimestampMarker = 0xFFFFFF;
constexpr std::size_t kInitialReserve = 64 * 1024;

std::string chunkContext(std::uint32_t chunkStreamId) {
    return "chunk csid=" + std::to_string(chunkStreamId);
}

} // namespace

ChunkReader::ChunkReader(ChunkReaderSettings settings)
    : m_settings(settings) {
}

Expected<void> ChunkReader::receive(std::span<const std::uint8_t> bytes,
                                    const MessageHandler& onMessage) {
    if (m_failed)
        return makeError(ErrorCode::ProtocolViolation, "chunk stream already failed",
                         "chunk reader");
    auto result = consume(bytes, onMessage);
    if (!result)
        m_failed = true;
    return result;
}

Expected<void> ChunkReader::receive(std::span<const std::uint8_t> bytes,
                                    std::vector<RtmpMessage>& out) {
    return receive(bytes, [&out](RtmpMessage&& message) -> Expected<void> {
        out.push_back(std::move(message));
        return {};
    });
}

Expected<void> ChunkReader::consume(std::span<const std::uint8_t> input,
                                    const MessageHandler& onMessage) {
    while (!input.empty()) {
        if (m_current) {
            const std::size_t take = std::min<std::size_t>(m_chunkRemaining, input.size());
            if (auto appended = appendPayload(input.first(take)); !appended)
                return appended;
            input = input.subspan(take);
            m_chunkRemaining -= static_cast<std::uint32_t>(take);
            if (m_chunkRemaining == 0) {
                ChunkStream& stream = m_streams[*m_current];
                m_current.reset();
                if (stream.payload.size() == stream.length) {
                    if (auto finished = finishMessage(stream, onMessage); !finished)
                        return finished;
                }
            }
            continue;
        }

        if (m_headerBuffered == 0) {
            auto parsed = parseHeader(input);
            if (!parsed)
                return parsed.error();
            if (!*parsed) {
                // A header never needs more than kMaxHeaderSize bytes, so this always fits.
                if (input.size() > m_headerBuffer.size())
                    return makeError(ErrorCode::Internal, "header parser wants too many bytes",
                                     "chunk reader");
                std::copy(input.begin(), input.end(), m_headerBuffer.begin());
                m_headerBuffered = input.size();
                return {};
            }
            const ChunkHeader header = **parsed;
            input = input.subspan(header.size);
            if (auto started = startChunk(header, onMessage); !started)
                return started;
            continue;
        }

        // Part of a header arrived earlier: join it with the start of the new input.
        std::array<std::uint8_t, 2 * kMaxHeaderSize> joined{};
        const std::size_t buffered = m_headerBuffered;
        const std::size_t take = std::min(input.size(), kMaxHeaderSize);
        std::copy_n(m_headerBuffer.begin(), buffered, joined.begin());
        std::copy_n(input.begin(), take, joined.begin() + static_cast<std::ptrdiff_t>(buffered));
        const auto joinedView = std::span<const std::uint8_t>(joined).first(buffered + take);
        auto parsed = parseHeader(joinedView);
        if (!parsed)
            return parsed.error();
        if (!*parsed) {
            if (joinedView.size() > m_headerBuffer.size())
                return makeError(ErrorCode::Internal, "header parser wants too many bytes",
                                 "chunk reader");
            std::copy(joinedView.begin(), joinedView.end(), m_headerBuffer.begin());
            m_headerBuffered = joinedView.size();
            input = input.subspan(take);
            continue;
        }
        const ChunkHeader header = **parsed;
        m_headerBuffered = 0;
        if (header.size >= buffered) {
            input = input.subspan(header.size - buffered);
            if (auto started = startChunk(header, onMessage); !started)
                return started;
            continue;
        }
        // The header ended inside the buffered bytes (an omitted extended timestamp): the rest
        // of the buffer is payload and must be read before the new input.
        std::array<std::uint8_t, kMaxHeaderSize> surplus{};
        const std::size_t surplusSize = buffered - header.size;
        std::copy_n(joined.begin() + static_cast<std::ptrdiff_t>(header.size), surplusSize,
                    surplus.begin());
        if (auto started = startChunk(header, onMessage); !started)
            return started;
        if (auto replayed =
                consume(std::span<const std::uint8_t>(surplus).first(surplusSize), onMessage);
            !replayed)
            return replayed;
    }
    return {};
}

Expected<std::optional<ChunkReader::ChunkHeader>>
ChunkReader::parseHeader(std::span<const std::uint8_t> bytes) const {
    const std::optional<ChunkHeader> needMore;
    ByteReader in(bytes);
    ChunkHeader header;
    const auto first = in.u8();
    if (!first)
        return needMore;
    header.format = static_cast<std::uint8_t>(*first >> 6);
    const std::uint32_t idBits = *first & 0x3Fu;
    if (idBits == 0) {
        const auto low = in.u8();
        if (!low)
            return needMore;
        header.chunkStreamId = 64 + *low;
    } else if (idBits == 1) {
        const auto low = in.u8();
        const auto high = in.u8();
        if (!low || !high)
            return needMore;
        header.chunkStreamId = 64 + *low + 256 * std::uint32_t{*high};
    } else {
        header.chunkStreamId = idBits;
    }

    const ChunkStream* stream = find(header.chunkStreamId);
    if (header.format != 0 && (!stream || !stream->hasHeader))
        return makeError(ErrorCode::ProtocolViolation,
                         "header type " + std::to_string(header.format) +
                             " without a previous type-0 header",
                         chunkContext(header.chunkStreamId));
    if (header.format != 3 && stream && stream->inMessage)
        return makeError(ErrorCode::ProtocolViolation,
                         "new message header before the previous message was complete",
                         chunkContext(header.chunkStreamId));

    if (header.format <= 2) {
        const auto timestamp = in.u24();
        if (!timestamp)
            return needMore;
        header.timestampField = *timestamp;
        header.extended = *timestamp == kExtendedTimestampMarker;
    } else {
        header.timestampField = stream->timestampField;
        header.extended = stream->extended;
    }
    if (header.format <= 1) {
        const auto length = in.u24();
        const auto typeId = in.u8();
        if (!length || !typeId)
            return needMore;
        header.length = *length;
        header.typeId = *typeId;
    }
    if (header.format == 0) {
        // The only little-endian field in RTMP.
        const auto streamId = in.u32LittleEndian();
        if (!streamId)
            return needMore;
        header.streamId = *streamId;
    }

    if (header.extended) {
        ByteReader peek(in.rest());
        const auto extended = peek.u32();
        if (!extended)
            return needMore;
        const bool continuation = header.format == 3 && stream->inMessage;
        if (!continuation || *extended == stream->extendedValue) {
            in.skip(4);
            header.timestampField = *extended;
        }
    }
    header.size = in.offset();
    return std::optional<ChunkHeader>(header);
}

Expected<void> ChunkReader::startChunk(const ChunkHeader& header, const MessageHandler& onMessage) {
    auto index = indexOf(header.chunkStreamId);
    if (!index) {
        if (m_streams.size() >= m_settings.maxChunkStreams)
            return makeError(ErrorCode::LimitExceeded,
                             "more than " + std::to_string(m_settings.maxChunkStreams) +
                                 " chunk streams",
                             chunkContext(header.chunkStreamId));
        m_streams.emplace_back();
        m_streams.back().id = header.chunkStreamId;
        index = m_streams.size() - 1;
    }
    ChunkStream& stream = m_streams[*index];

    if (!stream.inMessage) {
        switch (header.format) {
        case 0:
            stream.streamId = header.streamId;
            [[fallthrough]];
        case 1:
            stream.typeId = header.typeId;
            stream.length = header.length;
            [[fallthrough]];
        case 2:
            stream.timestampField = header.timestampField;
            stream.extended = header.extended;
            break;
        default:
            // Type 3 reuses the previous header; only a freshly read extended value replaces it.
            stream.timestampField = header.timestampField;
            break;
        }
        stream.extendedValue = header.timestampField;
        if (header.format == 0)
            stream.wireTimestamp = header.timestampField;
        else
            stream.wireTimestamp += stream.timestampField; // modulo 2^32 by design
        stream.hasHeader = true;
        if (stream.length > m_settings.maxMessageSize)
            return makeError(ErrorCode::LimitExceeded,
                             "message of " + std::to_string(stream.length) + " bytes exceeds " +
                                 std::to_string(m_settings.maxMessageSize),
                             chunkContext(header.chunkStreamId));
        stream.timestamp = stream.unwrapper.unwrap(stream.wireTimestamp);
        stream.inMessage = true;
        stream.payload.clear();
        stream.payload.reserve(std::min<std::size_t>(stream.length, kInitialReserve));
    }

    const std::size_t remaining = stream.length - stream.payload.size();
    m_chunkRemaining = static_cast<std::uint32_t>(std::min<std::size_t>(remaining, m_chunkSize));
    if (m_chunkRemaining == 0)
        return finishMessage(stream, onMessage);
    m_current = index;
    return {};
}

Expected<void> ChunkReader::appendPayload(std::span<const std::uint8_t> bytes) {
    ChunkStream& stream = m_streams[*m_current];
    if (m_bufferedBytes + bytes.size() > m_settings.maxBufferedBytes)
        return makeError(ErrorCode::LimitExceeded,
                         "partly received messages exceed " +
                             std::to_string(m_settings.maxBufferedBytes) + " bytes",
                         chunkContext(stream.id));
    stream.payload.insert(stream.payload.end(), bytes.begin(), bytes.end());
    m_bufferedBytes += bytes.size();
    return {};
}

Expected<void> ChunkReader::finishMessage(ChunkStream& stream, const MessageHandler& onMessage) {
    RtmpMessage message;
    message.chunkStreamId = stream.id;
    message.typeId = stream.typeId;
    message.streamId = stream.streamId;
    message.wireTimestamp = stream.wireTimestamp;
    message.timestamp = stream.timestamp;
    message.payload = std::move(stream.payload);
    stream.payload = {}; // moved-from: make the state explicit
    stream.inMessage = false;
    m_bufferedBytes -= message.payload.size();
    if (auto applied = applyControl(message); !applied)
        return applied;
    return onMessage(std::move(message));
}

Expected<void> ChunkReader::applyControl(const RtmpMessage& message) {
    const auto type = message.type();
    if (type != MessageType::SetChunkSize && type != MessageType::Abort)
        return {};
    ByteReader in(message.payload);
    const auto value = in.u32();
    const std::string context = chunkContext(message.chunkStreamId);
    if (!value)
        return makeError(ErrorCode::ProtocolViolation, "control message shorter than 4 bytes",
                         context);
    if (type == MessageType::SetChunkSize) {
        if (*value == 0 || (*value & 0x80000000u))
            return makeError(ErrorCode::ProtocolViolation,
                             "invalid chunk size " + std::to_string(*value), context);
        if (*value > m_settings.maxChunkSize)
            return makeError(ErrorCode::LimitExceeded,
                             "chunk size " + std::to_string(*value) + " exceeds " +
                                 std::to_string(m_settings.maxChunkSize),
                             context);
        m_chunkSize = *value;
        return {};
    }
    if (const auto index = indexOf(*value)) {
        ChunkStream& aborted = m_streams[*index];
        m_bufferedBytes -= aborted.payload.size();
        aborted.payload = {};
        aborted.inMessage = false;
    }
    return {};
}

const ChunkReader::ChunkStream* ChunkReader::find(std::uint32_t chunkStreamId) const {
    const auto index = indexOf(chunkStreamId);
    return index ? &m_streams[*index] : nullptr;
}

std::optional<std::size_t> ChunkReader::indexOf(std::uint32_t chunkStreamId) const {
    for (std::size_t i = 0; i < m_streams.size(); ++i) {
        if (m_streams[i].id == chunkStreamId)
            return i;
    }
    return std::nullopt;
}

} // namespace wl::rtmp
