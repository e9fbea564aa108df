#include "ServerProtocol.h"

#include <algorithm>
#include <string>

#include "ServerReplies.h"
#include "StreamName.h"

namespace wl::rtmp {

namespace {

std::string commandContext(const std::string& name) {
    return "command '" + name + "'";
}

// Codecs this ingest can hand on, echoed to E-RTMP clients that offer them.
bool isSupportedFourCc(const std::string& code) {
    return code == "avc1" || code == "hvc1" || code == "av01" || code == "vp09" || code == "mp4a" ||
           code == "Opus";
}

// A stream id sent as an AMF0 number; anything that is not one becomes 0 (no stream). Checked
// before converting, since casting an out-of-range double is undefined behaviour.
std::uint32_t streamIdFrom(const Amf0Value& value) {
    const double number = value.asNumber();
    if (!value.isNumber() || !(number >= 0 && number <= 4294967295.0))
        return 0;
    return static_cast<std::uint32_t>(number);
}

} // namespace

ServerProtocol::ServerProtocol(ServerProtocolSettings settings)
    : m_settings(std::move(settings))
    , m_handshake(m_settings.handshake)
    , m_reader(m_settings.chunkReader) {
}

std::string ServerProtocol::streamKey() const {
    if (m_published)
        return m_published->streamKey();
    if (m_pending)
        return m_pending->streamKey;
    return {};
}

Error ServerProtocol::fail(Error error) {
    m_state = State::Closed;
    return error;
}

Expected<void> ServerProtocol::receive(std::span<const std::uint8_t> bytes,
                                       std::vector<std::uint8_t>& out,
                                       std::vector<ProtocolEvent>& events) {
    if (m_state == State::Closed)
        return makeError(ErrorCode::ProtocolViolation, "data on a closed connection", "rtmp");
    m_bytesReceived += bytes.size();
    if (m_state == State::Handshaking) {
        const auto used = m_handshake.receive(bytes, out);
        if (!used)
            return fail(used.error());
        bytes = bytes.subspan(*used);
        if (!m_handshake.isComplete())
            return {};
        m_state = State::AwaitingConnect;
    }
    const auto read = m_reader.receive(bytes, [&](RtmpMessage&& message) {
        return handleMessage(std::move(message), out, events);
    });
    if (!read)
        return fail(read.error());
    acknowledgeIfDue(out);
    return {};
}

void ServerProtocol::send(const RtmpMessage& message, std::vector<std::uint8_t>& out) {
    // Only this class builds outgoing messages, and they are always small and valid.
    if (!m_writer.write(message, out))
        m_state = State::Closed;
}

void ServerProtocol::acknowledgeIfDue(std::vector<std::uint8_t>& out) {
    if (m_peerWindowAckSize == 0 || m_state == State::Closed)
        return;
    if (m_bytesReceived - m_bytesAcknowledged < m_peerWindowAckSize)
        return;
    m_bytesAcknowledged = m_bytesReceived;
    // The sequence number is the byte count modulo 2^32 (RTMP 1.0 §5.4.3).
    send(ControlMessage(Acknowledgement{static_cast<std::uint32_t>(m_bytesReceived)}).encode(),
         out);
}

Expected<void> ServerProtocol::handleMessage(RtmpMessage&& message, std::vector<std::uint8_t>& out,
                                             std::vector<ProtocolEvent>& events) {
    if (ControlMessage::isControlType(message.typeId))
        return handleControl(message, out);
    switch (message.type()) {
    case MessageType::CommandAmf0:
    case MessageType::CommandAmf3:
        return handleCommand(message, out, events);
    case MessageType::Audio:
    case MessageType::Video:
    case MessageType::DataAmf0:
    case MessageType::DataAmf3:
        return handleMedia(message, events);
    case MessageType::Aggregate:
        return makeError(ErrorCode::Unsupported, "aggregate messages are not supported",
                         "message type 22");
    default:
        return {}; // shared objects and unknown types carry nothing a publisher needs
    }
}

Expected<void> ServerProtocol::handleControl(const RtmpMessage& message,
                                             std::vector<std::uint8_t>& out) {
    const auto control = ControlMessage::parse(message);
    if (!control)
        return control.error();
    if (const auto* window = control->get<WindowAckSize>()) {
        m_peerWindowAckSize = window->size;
    } else if (const auto* user = control->get<UserControl>()) {
        if (user->event == UserControlEvent::PingRequest)
            send(ControlMessage(UserControl{UserControlEvent::PingResponse, user->value, 0})
                     .encode(),
                 out);
    }
    // Set Chunk Size and Abort were applied by the reader; acknowledgements and the client's
    // bandwidth wishes need no action from a receiving server.
    return {};
}

Expected<void> ServerProtocol::handleCommand(const RtmpMessage& message,
                                             std::vector<std::uint8_t>& out,
                                             std::vector<ProtocolEvent>& events) {
    auto parsed = CommandMessage::parse(message, m_settings.amf0);
    if (!parsed)
        return parsed.error();
    const CommandMessage& command = *parsed;
    const std::string& name = command.name;
    const double txn = command.transactionId;

    if (name == "connect")
        return handleConnect(command, out, events);
    if (m_state == State::AwaitingConnect)
        return makeError(ErrorCode::ProtocolViolation, "command before connect",
                         commandContext(name));

    if (name == "releaseStream" || name == "FCPublish") {
        // Nothing to prepare; an empty _result satisfies every client that waits for one.
        if (txn != 0)
            send(ServerReplies::result(txn, {Amf0Value::undefined()}), out);
        return {};
    }
    if (name == "createStream")
        return handleCreateStream(command, out);
    if (name == "publish")
        return handlePublish(command, message.streamId, out, events);
    if (name == "FCUnpublish") {
        if (txn != 0)
            send(ServerReplies::result(txn, {Amf0Value::undefined()}), out);
        endPublish(out, events);
        return {};
    }
    if (name == "deleteStream" || name == "closeStream") {
        // deleteStream names the stream in its argument, closeStream is sent on it.
        const std::uint32_t streamId = name == "deleteStream" && !command.arguments.empty()
                                           ? streamIdFrom(command.arguments.front())
                                           : message.streamId;
        const std::uint32_t publishing = m_published ? m_published->streamId()
                                         : m_pending ? m_pending->streamId
                                                     : 0;
        if (publishing != 0 && streamId == publishing)
            endPublish(out, events);
        if (name == "deleteStream")
            std::erase(m_streams, streamId);
        return {};
    }
    if (name == "play" || name == "play2") {
        send(ServerReplies::onStatus(message.streamId, "error", "NetStream.Play.Failed",
                                     "This server only accepts publishing."),
             out);
        return {};
    }
    if (name == "_result" || name == "_error" || name == "onStatus" || name == "onBWDone")
        return {}; // answers to calls this server never makes
    if (txn != 0)
        send(ServerReplies::error(txn, "NetConnection.Call.Failed",
                                  "Unknown command '" + name + "'."),
             out);
    return {};
}

Expected<void> ServerProtocol::handleConnect(const CommandMessage& command,
                                             std::vector<std::uint8_t>& out,
                                             std::vector<ProtocolEvent>& events) {
    if (m_state != State::AwaitingConnect)
        return makeError(ErrorCode::ProtocolViolation, "second connect", commandContext("connect"));
    const Amf0Value& object = command.commandObject;
    ConnectRequested connect;
    const StreamName app = StreamName::split(object.stringProperty("app"));
    connect.app = app.path;
    connect.appQuery = app.query;
    connect.tcUrl = object.stringProperty("tcUrl");
    connect.flashVer = object.stringProperty("flashVer");
    if (const Amf0Value* list = object.property("fourCcList")) {
        for (const Amf0Value& code : list->elements()) {
            if (code.isString())
                connect.fourCcList.push_back(code.asString());
        }
    }
    m_app = connect.app;
    m_appQuery = connect.appQuery;

    send(ControlMessage(WindowAckSize{m_settings.windowAckSize}).encode(), out);
    send(ControlMessage(SetPeerBandwidth{m_settings.peerBandwidth, m_settings.peerBandwidthLimit})
             .encode(),
         out);
    send(ControlMessage(SetChunkSize{m_settings.outgoingChunkSize}).encode(), out);
    if (!m_writer.setChunkSize(m_settings.outgoingChunkSize))
        return makeError(ErrorCode::InvalidArgument, "invalid outgoing chunk size",
                         "server settings");

    ServerReplies::ConnectInfo info{m_settings.fmsVersion, m_settings.capabilities, {}};
    std::copy_if(connect.fourCcList.begin(), connect.fourCcList.end(),
                 std::back_inserter(info.fourCcList), isSupportedFourCc);
    send(ServerReplies::connectSuccess(command.transactionId, info), out);
    events.push_back(std::move(connect));
    m_state = State::Connected;
    return {};
}

Expected<void> ServerProtocol::handleCreateStream(const CommandMessage& command,
                                                  std::vector<std::uint8_t>& out) {
    if (m_streams.size() >= m_settings.maxStreams)
        return makeError(ErrorCode::LimitExceeded,
                         "more than " + std::to_string(m_settings.maxStreams) + " streams",
                         commandContext("createStream"));
    const std::uint32_t streamId = ++m_lastStreamId;
    m_streams.push_back(streamId);
    send(ServerReplies::result(command.transactionId, {Amf0Value::number(streamId)}), out);
    return {};
}

Expected<void> ServerProtocol::handlePublish(const CommandMessage& command, std::uint32_t streamId,
                                             std::vector<std::uint8_t>& out,
                                             std::vector<ProtocolEvent>& events) {
    if (m_state == State::PublishPending || m_state == State::Publishing) {
        // Silence would freeze OBS; say no, then the connection closes.
        send(ServerReplies::onStatus(streamId, "error", "NetStream.Publish.BadName",
                                     "This connection is already publishing."),
             out);
        return makeError(ErrorCode::Conflict, "second publish on one connection",
                         commandContext("publish"));
    }
    if (!isCreatedStream(streamId))
        return makeError(ErrorCode::ProtocolViolation,
                         "publish on stream " + std::to_string(streamId) +
                             " that createStream did not create",
                         commandContext("publish"));
    PublishRequested request;
    request.app = m_app;
    request.appQuery = m_appQuery;
    request.publishName = command.firstStringArgument();
    const StreamName name = StreamName::split(request.publishName);
    request.streamKey = name.path;
    request.query = name.query;
    if (command.arguments.size() > 1)
        request.publishType = command.arguments[1].asString();
    request.streamId = streamId;
    m_pending = PendingPublish{streamId, request.streamKey};
    m_state = State::PublishPending;
    const PublishDecision decision =
        m_publishDecider ? m_publishDecider(request) : PublishDecision::defer();
    events.push_back(std::move(request));
    if (decision.verdict == PublishDecision::Verdict::Accept) {
        acceptPublish(out);
    } else if (decision.verdict == PublishDecision::Verdict::Reject) {
        rejectPublish(decision.rejection, out);
        return makeError(ErrorCode::Refused, "publish rejected", commandContext("publish"));
    }
    return {};
}

void ServerProtocol::acceptPublish(std::vector<std::uint8_t>& out) {
    if (m_state != State::PublishPending || !m_pending)
        return;
    const PendingPublish pending = *m_pending;
    m_pending.reset();
    m_published.emplace(pending.streamId, pending.streamKey, m_settings.amf0);
    send(ControlMessage(UserControl{UserControlEvent::StreamBegin, pending.streamId, 0}).encode(),
         out);
    send(ServerReplies::onStatus(pending.streamId, "status", "NetStream.Publish.Start",
                                 pending.streamKey + " is now published.", pending.streamKey),
         out);
    m_state = State::Publishing;
}

void ServerProtocol::rejectPublish(PublishRejection why, std::vector<std::uint8_t>& out) {
    if (m_state == State::Closed || m_state == State::Handshaking)
        return;
    const std::uint32_t streamId = m_pending     ? m_pending->streamId
                                   : m_published ? m_published->streamId()
                                                 : 0;
    const char* code =
        why == PublishRejection::Denied ? "NetStream.Publish.Denied" : "NetStream.Publish.BadName";
    const char* description = why == PublishRejection::AlreadyPublishing
                                  ? "This stream key is already publishing."
                              : why == PublishRejection::Denied ? "Publishing is not allowed."
                                                                : "Unknown stream key.";
    send(ServerReplies::onStatus(streamId, "error", code, description, streamKey()), out);
    m_pending.reset();
    m_published.reset();
    m_state = State::Closed;
}

void ServerProtocol::connectionClosed(std::vector<ProtocolEvent>& events) {
    if (m_published)
        events.push_back(Unpublished{m_published->streamKey()});
    else if (m_pending)
        events.push_back(Unpublished{m_pending->streamKey});
    m_published.reset();
    m_pending.reset();
    m_state = State::Closed;
}

void ServerProtocol::endPublish(std::vector<std::uint8_t>& out,
                                std::vector<ProtocolEvent>& events) {
    if (m_published) {
        send(ServerReplies::onStatus(
                 m_published->streamId(), "status", "NetStream.Unpublish.Success",
                 m_published->streamKey() + " is now unpublished.", m_published->streamKey()),
             out);
        events.push_back(Unpublished{m_published->streamKey()});
    } else if (m_pending) {
        events.push_back(Unpublished{m_pending->streamKey});
    } else {
        return;
    }
    m_published.reset();
    m_pending.reset();
    m_state = State::Connected;
}

Expected<void> ServerProtocol::handleMedia(const RtmpMessage& message,
                                           std::vector<ProtocolEvent>& events) {
    const bool isData =
        message.type() == MessageType::DataAmf0 || message.type() == MessageType::DataAmf3;
    if (m_state == State::PublishPending) {
        ++m_droppedBeforeAccept;
        return {};
    }
    if (m_state != State::Publishing || !m_published) {
        if (isData)
            return {}; // metadata outside a publish is harmless
        return makeError(ErrorCode::ProtocolViolation, "media before publish",
                         "message type " + std::to_string(message.typeId));
    }
    if (isData) {
        // Some clients send metadata on stream 0 rather than on the published stream.
        if (message.streamId != 0 && message.streamId != m_published->streamId())
            return {};
        return m_published->handleData(message, events);
    }
    if (message.streamId != m_published->streamId())
        return makeError(ErrorCode::ProtocolViolation,
                         "media on stream " + std::to_string(message.streamId) +
                             " while publishing on " + std::to_string(m_published->streamId()),
                         "message type " + std::to_string(message.typeId));
    return message.type() == MessageType::Video ? m_published->handleVideo(message, events)
                                                : m_published->handleAudio(message, events);
}

bool ServerProtocol::isCreatedStream(std::uint32_t streamId) const {
    return std::find(m_streams.begin(), m_streams.end(), streamId) != m_streams.end();
}

} // namespace wl::rtmp
