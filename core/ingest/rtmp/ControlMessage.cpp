#include "ControlMessage.h"

#include <string>

#include "ByteReader.h"
#include "ByteWriter.h"

namespace wl::rtmp {

namespace {

Error truncated(const RtmpMessage& message) {
    return makeError(ErrorCode::ProtocolViolation, "truncated control message",
                     "control type " + std::to_string(message.typeId));
}

} // namespace

Expected<ControlMessage> ControlMessage::parse(const RtmpMessage& message) {
    ByteReader in(message.payload);
    switch (message.type()) {
    case MessageType::SetChunkSize:
        if (const auto size = in.u32())
            return ControlMessage(SetChunkSize{*size & 0x7FFFFFFFu});
        return truncated(message);
    case MessageType::Abort:
        if (const auto id = in.u32())
            return ControlMessage(AbortMessage{*id});
        return truncated(message);
    case MessageType::Acknowledgement:
        if (const auto sequence = in.u32())
            return ControlMessage(Acknowledgement{*sequence});
        return truncated(message);
    case MessageType::UserControl: {
        const auto event = in.u16();
        if (!event)
            return truncated(message);
        UserControl control{static_cast<UserControlEvent>(*event), 0, 0};
        // StreamDry etc. carry 4 bytes; be lenient about missing data for unknown events.
        if (const auto value = in.u32())
            control.value = *value;
        else if (*event <= 7)
            return truncated(message);
        if (control.event == UserControlEvent::SetBufferLength) {
            const auto length = in.u32();
            if (!length)
                return truncated(message);
            control.bufferLength = *length;
        }
        return ControlMessage(control);
    }
    case MessageType::WindowAckSize:
        if (const auto size = in.u32())
            return ControlMessage(WindowAckSize{*size});
        return truncated(message);
    case MessageType::SetPeerBandwidth: {
        const auto size = in.u32();
        const auto limit = in.u8();
        if (!size || !limit)
            return truncated(message);
        return ControlMessage(SetPeerBandwidth{*size, static_cast<PeerBandwidthLimit>(*limit)});
    }
    default:
        return makeError(ErrorCode::ProtocolViolation, "not a control message",
                         "control type " + std::to_string(message.typeId));
    }
}

RtmpMessage ControlMessage::encode() const {
    RtmpMessage message;
    message.chunkStreamId = kControlChunkStream;
    message.streamId = 0;
    ByteWriter out(message.payload);
    std::visit(
        [&](const auto& body) {
            using T = std::decay_t<decltype(body)>;
            if constexpr (std::is_same_v<T, SetChunkSize>) {
                message.typeId = static_cast<std::uint8_t>(MessageType::SetChunkSize);
                out.u32(body.chunkSize & 0x7FFFFFFFu);
            } else if constexpr (std::is_same_v<T, AbortMessage>) {
                message.typeId = static_cast<std::uint8_t>(MessageType::Abort);
                out.u32(body.chunkStreamId);
            } else if constexpr (std::is_same_v<T, Acknowledgement>) {
                message.typeId = static_cast<std::uint8_t>(MessageType::Acknowledgement);
                out.u32(body.sequenceNumber);
            } else if constexpr (std::is_same_v<T, UserControl>) {
                message.typeId = static_cast<std::uint8_t>(MessageType::UserControl);
                out.u16(static_cast<std::uint16_t>(body.event));
                out.u32(body.value);
                if (body.event == UserControlEvent::SetBufferLength)
                    out.u32(body.bufferLength);
            } else if constexpr (std::is_same_v<T, WindowAckSize>) {
                message.typeId = static_cast<std::uint8_t>(MessageType::WindowAckSize);
                out.u32(body.size);
            } else {
                message.typeId = static_cast<std::uint8_t>(MessageType::SetPeerBandwidth);
                out.u32(body.size);
                out.u8(static_cast<std::uint8_t>(body.limit));
            }
        },
        m_body);
    return message;
}

} // namespace wl::rtmp
