#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "Amf0Reader.h"
#include "ChunkReader.h"
#include "ChunkWriter.h"
#include "CommandMessage.h"
#include "ControlMessage.h"
#include "ProtocolEvent.h"
#include "PublishedStream.h"
#include "ServerHandshake.h"
#include "common/Expected.h"

namespace wl::rtmp {

struct ServerProtocolSettings {
    ServerHandshakeSettings handshake;
    ChunkReaderSettings chunkReader;
    Amf0Limits amf0;
    std::uint32_t outgoingChunkSize = 4096;  // announced with Set Chunk Size after connect
    std::uint32_t windowAckSize = 2'500'000; // how often the client should acknowledge
    std::uint32_t peerBandwidth = 2'500'000;
    PeerBandwidthLimit peerBandwidthLimit = PeerBandwidthLimit::Dynamic;
    std::uint32_t maxStreams = 8; // createStream calls per connection
    std::string fmsVersion = "FMS/3,0,1,123";
    double capabilities = 31;
};

enum class PublishRejection {
    BadName,           // unknown stream key  -> NetStream.Publish.BadName
    AlreadyPublishing, // key in use          -> NetStream.Publish.BadName
    Denied,            // not allowed         -> NetStream.Publish.Denied
};

// What a synchronous publish decider answers (see ServerProtocol::setPublishDecider).
struct PublishDecision {
    enum class Verdict { Accept, Reject, Defer } verdict = Verdict::Defer;
    PublishRejection rejection = PublishRejection::BadName;

    static PublishDecision accept() { return {Verdict::Accept, PublishRejection::BadName}; }
    static PublishDecision reject(PublishRejection why) { return {Verdict::Reject, why}; }
    static PublishDecision defer() { return {}; }
};

// One RTMP publishing connection, socket-free: bytes in, bytes to send and events out.
//
// Flow: handshake -> connect (answered at once) -> releaseStream/FCPublish/createStream ->
// publish, reported as PublishRequested; the shell answers with acceptPublish() or
// rejectPublish(), or decides at once through an optional publish decider, which also lets bytes
// pipelined behind `publish` (replays, fuzzers) flow on. Media and metadata become events only
// after the publish is accepted. Audio, video or data arriving while a decision is pending is
// dropped and counted (known clients wait for NetStream.Publish.Start); media before any publish
// is a protocol violation.
//
// After receive() returns an error the connection is Closed and the shell closes the socket;
// bytes already appended to `out` (e.g. an onStatus error) should still be sent first.
class ServerProtocol {
public:
    enum class State {
        Handshaking,
        AwaitingConnect,
        Connected,
        PublishPending, // PublishRequested emitted, waiting for accept/reject
        Publishing,
        Closed,
    };

    using PublishDecider = std::function<PublishDecision(const PublishRequested&)>;

    explicit ServerProtocol(ServerProtocolSettings settings = {});

    // Called inside receive() for every publish; Accept/Reject act immediately (a rejection makes
    // receive() return ErrorCode::Refused), Defer leaves it to acceptPublish()/rejectPublish().
    void setPublishDecider(PublishDecider decider) { m_publishDecider = std::move(decider); }

    Expected<void> receive(std::span<const std::uint8_t> bytes, std::vector<std::uint8_t>& out,
                           std::vector<ProtocolEvent>& events);
    // StreamBegin + onStatus NetStream.Publish.Start on the stream. No-op unless PublishPending.
    void acceptPublish(std::vector<std::uint8_t>& out);
    // onStatus level "error"; the state becomes Closed and the shell closes after sending `out`.
    void rejectPublish(PublishRejection why, std::vector<std::uint8_t>& out);

    // The socket closed (or the shell dropped it): reports Unpublished if a publish was pending
    // or running, and moves to Closed.
    void connectionClosed(std::vector<ProtocolEvent>& events);

    State state() const { return m_state; }
    std::uint64_t bytesReceived() const { return m_bytesReceived; }
    // Media/data messages dropped while the publish decision was pending.
    std::uint64_t droppedBeforeAccept() const { return m_droppedBeforeAccept; }
    bool handshakeUsedDigest() const { return m_handshake.answeredWithDigest(); }
    // The key of the pending or accepted publish, else empty.
    std::string streamKey() const;

private:
    Expected<void> handleMessage(RtmpMessage&& message, std::vector<std::uint8_t>& out,
                                 std::vector<ProtocolEvent>& events);
    Expected<void> handleControl(const RtmpMessage& message, std::vector<std::uint8_t>& out);
    Expected<void> handleCommand(const RtmpMessage& message, std::vector<std::uint8_t>& out,
                                 std::vector<ProtocolEvent>& events);
    Expected<void> handleConnect(const CommandMessage& command, std::vector<std::uint8_t>& out,
                                 std::vector<ProtocolEvent>& events);
    Expected<void> handleCreateStream(const CommandMessage& command,
                                      std::vector<std::uint8_t>& out);
    Expected<void> handlePublish(const CommandMessage& command, std::uint32_t streamId,
                                 std::vector<std::uint8_t>& out,
                                 std::vector<ProtocolEvent>& events);
    Expected<void> handleMedia(const RtmpMessage& message, std::vector<ProtocolEvent>& events);
    void endPublish(std::vector<std::uint8_t>& out, std::vector<ProtocolEvent>& events);
    void acknowledgeIfDue(std::vector<std::uint8_t>& out);
    void send(const RtmpMessage& message, std::vector<std::uint8_t>& out);
    bool isCreatedStream(std::uint32_t streamId) const;
    Error fail(Error error);

    struct PendingPublish {
        std::uint32_t streamId = 0;
        std::string streamKey;
    };

    ServerProtocolSettings m_settings;
    State m_state = State::Handshaking;
    ServerHandshake m_handshake;
    ChunkReader m_reader;
    ChunkWriter m_writer;
    std::uint64_t m_bytesReceived = 0;
    std::uint64_t m_bytesAcknowledged = 0;
    std::uint32_t m_peerWindowAckSize = 0; // 0: the client asked for no acknowledgements
    std::uint64_t m_droppedBeforeAccept = 0;
    std::string m_app;
    std::string m_appQuery;
    std::vector<std::uint32_t> m_streams; // created with createStream
    std::uint32_t m_lastStreamId = 0;
    std::optional<PendingPublish> m_pending;
    std::optional<PublishedStream> m_published;
    PublishDecider m_publishDecider;
};

} // namespace wl::rtmp
