#include <cmath>
#include <random>

#include <QTest>

#include "RtmpTestSupport.h"
#include "ingest/rtmp/ServerProtocol.h"

using namespace rtmptest;

namespace {

constexpr std::uint32_t kAudioCsid = 4;
constexpr std::uint32_t kVideoCsid = 6;

// Drives one ServerProtocol and keeps everything it produced.
struct Session {
    explicit Session(ServerProtocolSettings settings = {})
        : protocol(withSeed(std::move(settings))) {}

    static ServerProtocolSettings withSeed(ServerProtocolSettings settings) {
        settings.handshake.randomSeed = 99;
        return settings;
    }

    // Returns the messages the server sent in answer to `bytes`.
    std::vector<RtmpMessage> send(const Bytes& bytes) {
        Bytes out;
        lastResult = protocol.receive(bytes, out, events);
        append(sent, out);
        return output.read(out);
    }

    std::vector<RtmpMessage> accept() {
        Bytes out;
        protocol.acceptPublish(out);
        return output.read(out);
    }

    ServerProtocol protocol;
    std::vector<ProtocolEvent> events;
    ServerOutput output;
    Bytes sent;
    wl::Expected<void> lastResult;
};

Amf0Value connectObject(const std::string& app) {
    return Amf0Value::object()
        .add("app", Amf0Value::string(app))
        .add("type", Amf0Value::string("nonprivate"))
        .add("flashVer", Amf0Value::string("FMLE/3.0 (compatible; FMSc/1.0)"))
        .add("tcUrl", Amf0Value::string("rtmp://127.0.0.1:1935/" + app));
}

// Handshake, connect, releaseStream, FCPublish, createStream, publish: the OBS sequence.
std::vector<RtmpMessage> publishUpTo(Session& session, TestClient& client,
                                     const std::string& name = "cam1?token=abc") {
    Bytes bytes = client.handshake();
    append(bytes, client.setChunkSize(4096));
    append(bytes, client.command("connect", 1, connectObject("live?auth=1")));
    append(bytes, client.command("releaseStream", 2, Amf0Value::null(), {Amf0Value::string(name)}));
    append(bytes, client.command("FCPublish", 3, Amf0Value::null(), {Amf0Value::string(name)}));
    append(bytes, client.command("createStream", 4, Amf0Value::null()));
    append(bytes, client.command("publish", 5, Amf0Value::null(),
                                 {Amf0Value::string(name), Amf0Value::string("live")}, 1, 8));
    return session.send(bytes);
}

Bytes videoTag(std::uint8_t first, std::uint8_t packetType, std::int32_t cts, Bytes data) {
    const auto raw = static_cast<std::uint32_t>(cts);
    Bytes tag = {first, packetType, static_cast<std::uint8_t>(raw >> 16),
                 static_cast<std::uint8_t>(raw >> 8), static_cast<std::uint8_t>(raw)};
    append(tag, data);
    return tag;
}

Bytes avcC() {
    return {0x01, 0x42, 0xC0, 0x1E, 0xFF, 0xE1, 0x00, 0x04, 0x67,
            0x42, 0xC0, 0x1E, 0x01, 0x00, 0x03, 0x68, 0xCE, 0x3C};
}

const Amf0Value* infoOf(const CommandMessage& command) {
    return command.arguments.empty() ? nullptr : &command.arguments.back();
}

// Replays a captured client stream in pieces; returns the event descriptions.
std::vector<std::string> replay(const Bytes& capture, const std::vector<std::size_t>& cuts,
                                bool* ok = nullptr) {
    Session session;
    session.protocol.setPublishDecider(
        [](const PublishRequested&) { return PublishDecision::accept(); });
    std::vector<std::string> described;
    std::size_t start = 0;
    std::vector<std::size_t> ends = cuts;
    ends.push_back(capture.size());
    for (const std::size_t end : ends) {
        const Bytes piece(capture.begin() + std::ptrdiff_t(start),
                          capture.begin() + std::ptrdiff_t(end));
        start = end;
        session.send(piece);
        if (!session.lastResult) {
            if (ok)
                *ok = false;
            return {};
        }
        for (const ProtocolEvent& event : session.events)
            described.push_back(describe(event));
        session.events.clear();
    }
    if (ok)
        *ok = true;
    return described;
}

} // namespace

class TestServerProtocol : public QObject {
    Q_OBJECT

private slots:
    void fullPublishConversation() {
        Session session;
        TestClient client;
        QCOMPARE(session.protocol.state(), ServerProtocol::State::Handshaking);
        auto replies = publishUpTo(session, client);
        QVERIFY(session.lastResult.hasValue());
        QCOMPARE(session.sent[0], std::uint8_t{3});

        // Control messages first, in order, then the connect result.
        QVERIFY(replies.size() >= 6);
        QCOMPARE(replies[0].typeId, std::uint8_t{5});
        QCOMPARE(ControlMessage::parse(replies[0])->get<WindowAckSize>()->size, 2500000u);
        const auto bandwidth = ControlMessage::parse(replies[1]);
        QCOMPARE(bandwidth->get<SetPeerBandwidth>()->size, 2500000u);
        QCOMPARE(bandwidth->get<SetPeerBandwidth>()->limit, PeerBandwidthLimit::Dynamic);
        QCOMPARE(ControlMessage::parse(replies[2])->get<SetChunkSize>()->chunkSize, 4096u);

        CommandMessage result;
        QVERIFY(findCommand({replies[3]}, "_result", &result));
        QCOMPARE(result.transactionId, 1.0);
        QCOMPARE(result.commandObject.stringProperty("fmsVer"), std::string("FMS/3,0,1,123"));
        QCOMPARE(result.commandObject.property("capabilities")->asNumber(), 31.0);
        QCOMPARE(infoOf(result)->stringProperty("code"),
                 std::string("NetConnection.Connect.Success"));
        QCOMPARE(infoOf(result)->stringProperty("level"), std::string("status"));
        QCOMPARE(infoOf(result)->property("objectEncoding")->asNumber(), 0.0);
        QCOMPARE(replies[3].streamId, 0u);

        // releaseStream (2) and FCPublish (3) get plain results, createStream (4) stream id 1.
        std::vector<double> transactions;
        double streamId = -1;
        for (std::size_t i = 4; i < replies.size(); ++i) {
            auto command = CommandMessage::parse(replies[i]);
            QVERIFY(command.hasValue());
            QCOMPARE(command->name, std::string("_result"));
            transactions.push_back(command->transactionId);
            if (command->transactionId == 4)
                streamId = command->arguments.at(0).asNumber();
        }
        QCOMPARE(transactions, std::vector<double>({2, 3, 4}));
        QCOMPARE(streamId, 1.0);

        // publish is not answered until the shell decides.
        QCOMPARE(session.protocol.state(), ServerProtocol::State::PublishPending);
        const auto connects = eventsOf<ConnectRequested>(session.events);
        QCOMPARE(connects.size(), std::size_t{1});
        QCOMPARE(connects[0].app, std::string("live"));
        QCOMPARE(connects[0].appQuery, std::string("auth=1"));
        QCOMPARE(connects[0].tcUrl, std::string("rtmp://127.0.0.1:1935/live?auth=1"));
        const auto publishes = eventsOf<PublishRequested>(session.events);
        QCOMPARE(publishes.size(), std::size_t{1});
        QCOMPARE(publishes[0].app, std::string("live"));
        QCOMPARE(publishes[0].appQuery, std::string("auth=1"));
        QCOMPARE(publishes[0].publishName, std::string("cam1?token=abc"));
        QCOMPARE(publishes[0].streamKey, std::string("cam1"));
        QCOMPARE(publishes[0].query, std::string("token=abc"));
        QCOMPARE(publishes[0].publishType, std::string("live"));
        QCOMPARE(publishes[0].streamId, 1u);
        QCOMPARE(session.protocol.streamKey(), std::string("cam1"));

        // Accept: StreamBegin(1) and onStatus Publish.Start on msid 1.
        const auto accepted = session.accept();
        QCOMPARE(accepted.size(), std::size_t{2});
        const auto begin = ControlMessage::parse(accepted[0]);
        QCOMPARE(begin->get<UserControl>()->event, UserControlEvent::StreamBegin);
        QCOMPARE(begin->get<UserControl>()->value, 1u);
        CommandMessage status;
        QVERIFY(findCommand(accepted, "onStatus", &status));
        QCOMPARE(accepted[1].streamId, 1u);
        QCOMPARE(accepted[1].chunkStreamId, 5u);
        QCOMPARE(infoOf(status)->stringProperty("code"), std::string("NetStream.Publish.Start"));
        QCOMPARE(infoOf(status)->stringProperty("level"), std::string("status"));
        QCOMPARE(session.protocol.state(), ServerProtocol::State::Publishing);

        // Metadata, sequence headers and frames (B-frames: negative and positive CTS).
        session.events.clear();
        CommandMessage metadata{"@setDataFrame",
                                0,
                                Amf0Value::string("onMetaData"),
                                {Amf0Value::ecmaArray()
                                     .add("width", Amf0Value::number(1280))
                                     .add("encoder", Amf0Value::string("obs-output module"))
                                     .add("stereo", Amf0Value::boolean(true))
                                     .add("nested", Amf0Value::object())}};
        Bytes media;
        // A data message body has no transaction id: build it by hand.
        Bytes body;
        {
            Amf0Writer writer(body);
            writer.writeString("@setDataFrame");
            writer.writeString("onMetaData");
            writer.write(metadata.arguments[0]);
        }
        append(media, client.message(18, 8, 1, 0, body));
        append(media, client.message(9, kVideoCsid, 1, 0, videoTag(0x17, 0, 0, avcC())));
        append(media, client.message(8, kAudioCsid, 1, 0, {0xAF, 0x00, 0x11, 0x90}));
        append(media,
               client.message(9, kVideoCsid, 1, 0, videoTag(0x17, 1, 66, {0, 0, 0, 2, 0x65, 1})));
        append(media, client.message(8, kAudioCsid, 1, 21, {0xAF, 0x01, 0x21, 0x00}));
        append(media,
               client.message(9, kVideoCsid, 1, 33, videoTag(0x27, 1, -33, {0, 0, 0, 1, 0x41})));
        append(media,
               client.message(9, kVideoCsid, 1, 66, videoTag(0x27, 1, 0, {0, 0, 0, 1, 0x01})));
        session.send(media);
        QVERIFY(session.lastResult.hasValue());
        const auto meta = eventsOf<MetadataReceived>(session.events);
        QCOMPARE(meta.size(), std::size_t{1});
        QCOMPARE(meta[0].entries.size(), std::size_t{3}); // the nested object is not a hint
        QCOMPARE(std::get<double>(meta[0].entries[0].second), 1280.0);
        QCOMPARE(std::get<std::string>(meta[0].entries[1].second),
                 std::string("obs-output module"));
        QCOMPARE(std::get<bool>(meta[0].entries[2].second), true);
        const auto videoConfigs = eventsOf<VideoConfigReceived>(session.events);
        QCOMPARE(videoConfigs.size(), std::size_t{1});
        QVERIFY(videoConfigs[0].config == avcC());
        QCOMPARE(videoConfigs[0].naluLengthSize, std::uint8_t{4});
        const auto audioConfigs = eventsOf<AudioConfigReceived>(session.events);
        QCOMPARE(audioConfigs.size(), std::size_t{1});
        QCOMPARE(audioConfigs[0].sampleRate, 48000);
        QCOMPARE(audioConfigs[0].channels, 2);
        const auto frames = eventsOf<VideoFrameReceived>(session.events);
        QCOMPARE(frames.size(), std::size_t{3});
        QVERIFY(frames[0].keyframe);
        QCOMPARE(frames[0].ctsMs, 66);
        QCOMPARE(frames[1].dtsMs, std::int64_t{33});
        QCOMPARE(frames[1].ctsMs, -33);
        QVERIFY(!frames[1].keyframe);
        QVERIFY(frames[1].data == Bytes({0, 0, 0, 1, 0x41}));
        const auto audio = eventsOf<AudioFrameReceived>(session.events);
        QCOMPARE(audio.size(), std::size_t{1});
        QCOMPARE(audio[0].timestampMs, std::int64_t{21});
        QVERIFY(audio[0].data == Bytes({0x21, 0x00}));

        // FCUnpublish + deleteStream: one Unpublished event and Unpublish.Success.
        session.events.clear();
        Bytes goodbye = client.command("FCUnpublish", 6, Amf0Value::null(),
                                       {Amf0Value::string("cam1?token=abc")});
        append(goodbye,
               client.command("deleteStream", 7, Amf0Value::null(), {Amf0Value::number(1)}));
        const auto last = session.send(goodbye);
        QVERIFY(session.lastResult.hasValue());
        QCOMPARE(eventsOf<Unpublished>(session.events).size(), std::size_t{1});
        QCOMPARE(eventsOf<Unpublished>(session.events)[0].streamKey, std::string("cam1"));
        CommandMessage unpublished;
        QVERIFY(findCommand(last, "onStatus", &unpublished));
        QCOMPARE(infoOf(unpublished)->stringProperty("code"),
                 std::string("NetStream.Unpublish.Success"));
        QCOMPARE(session.protocol.state(), ServerProtocol::State::Connected);
    }

    void rejectionSendsBadNameAndCloses() {
        Session session;
        TestClient client;
        publishUpTo(session, client, "wrongkey");
        Bytes out;
        session.protocol.rejectPublish(PublishRejection::BadName, out);
        const auto replies = session.output.read(out);
        CommandMessage status;
        QVERIFY(findCommand(replies, "onStatus", &status));
        QCOMPARE(replies[0].streamId, 1u);
        QCOMPARE(infoOf(status)->stringProperty("level"), std::string("error"));
        QCOMPARE(infoOf(status)->stringProperty("code"), std::string("NetStream.Publish.BadName"));
        QCOMPARE(session.protocol.state(), ServerProtocol::State::Closed);
        session.send(client.message(9, kVideoCsid, 1, 0, videoTag(0x17, 0, 0, avcC())));
        QVERIFY(!session.lastResult);

        Session denied;
        TestClient other;
        publishUpTo(denied, other);
        out.clear();
        denied.protocol.rejectPublish(PublishRejection::Denied, out);
        QVERIFY(findCommand(denied.output.read(out), "onStatus", &status));
        QCOMPARE(infoOf(status)->stringProperty("code"), std::string("NetStream.Publish.Denied"));
    }

    void socketCloseEndsThePublish() {
        Session session;
        TestClient client;
        publishUpTo(session, client);
        session.accept();
        session.events.clear();
        session.protocol.connectionClosed(session.events);
        QCOMPARE(eventsOf<Unpublished>(session.events).size(), std::size_t{1});
        QCOMPARE(eventsOf<Unpublished>(session.events)[0].streamKey, std::string("cam1"));
        QCOMPARE(session.protocol.state(), ServerProtocol::State::Closed);
        // Nothing to report for a connection that never published.
        Session idle;
        std::vector<ProtocolEvent> events;
        idle.protocol.connectionClosed(events);
        QVERIFY(events.empty());
    }

    void deleteStreamIgnoresBogusIds() {
        Session session;
        TestClient client;
        publishUpTo(session, client);
        session.accept();
        session.events.clear();
        for (const double bogus : {1e300, -1.0, std::nan(""), 2.5e9 * 2})
            session.send(
                client.command("deleteStream", 0, Amf0Value::null(), {Amf0Value::number(bogus)}));
        session.send(
            client.command("deleteStream", 0, Amf0Value::null(), {Amf0Value::string("1")}));
        QVERIFY(session.lastResult.hasValue());
        QVERIFY(eventsOf<Unpublished>(session.events).empty());
        QCOMPARE(session.protocol.state(), ServerProtocol::State::Publishing);
        session.send(client.command("deleteStream", 0, Amf0Value::null(), {Amf0Value::number(1)}));
        QCOMPARE(eventsOf<Unpublished>(session.events).size(), std::size_t{1});
    }

    void publishDeciderActsInline() {
        // Accept: media pipelined right behind publish in the same buffer becomes events.
        Session accepting;
        accepting.protocol.setPublishDecider([](const PublishRequested& request) {
            return request.streamKey == "cam1" ? PublishDecision::accept()
                                               : PublishDecision::reject(PublishRejection::BadName);
        });
        TestClient client;
        Bytes bytes = client.handshake();
        append(bytes, client.command("connect", 1, connectObject("live")));
        append(bytes, client.command("createStream", 2, Amf0Value::null()));
        append(bytes,
               client.command("publish", 3, Amf0Value::null(), {Amf0Value::string("cam1")}, 1));
        append(bytes, client.message(9, kVideoCsid, 1, 0, videoTag(0x17, 0, 0, avcC())));
        const auto replies = accepting.send(bytes);
        QVERIFY(accepting.lastResult.hasValue());
        QCOMPARE(accepting.protocol.state(), ServerProtocol::State::Publishing);
        CommandMessage status;
        QVERIFY(findCommand(replies, "onStatus", &status));
        QCOMPARE(infoOf(status)->stringProperty("code"), std::string("NetStream.Publish.Start"));
        QCOMPARE(eventsOf<VideoConfigReceived>(accepting.events).size(), std::size_t{1});

        // Reject: BadName is sent, receive() stops with Refused and nothing after it is read.
        Session rejecting;
        rejecting.protocol.setPublishDecider([](const PublishRequested&) {
            return PublishDecision::reject(PublishRejection::BadName);
        });
        TestClient other;
        Bytes rejected = other.handshake();
        append(rejected, other.command("connect", 1, connectObject("live")));
        append(rejected, other.command("createStream", 2, Amf0Value::null()));
        append(rejected,
               other.command("publish", 3, Amf0Value::null(), {Amf0Value::string("x")}, 1));
        append(rejected, other.message(9, kVideoCsid, 1, 0, videoTag(0x17, 0, 0, avcC())));
        QVERIFY(findCommand(rejecting.send(rejected), "onStatus", &status));
        QCOMPARE(infoOf(status)->stringProperty("code"), std::string("NetStream.Publish.BadName"));
        QCOMPARE(rejecting.lastResult.error().code, wl::ErrorCode::Refused);
        QCOMPARE(rejecting.protocol.state(), ServerProtocol::State::Closed);
        QVERIFY(eventsOf<VideoConfigReceived>(rejecting.events).empty());
    }

    void acknowledgesEveryWindow() {
        Session session;
        TestClient client;
        Bytes start = client.handshake();
        append(start, client.control(ControlMessage(WindowAckSize{5000})));
        append(start, client.command("connect", 1, connectObject("live")));
        session.send(start);
        Bytes publish = client.command("createStream", 2, Amf0Value::null());
        append(publish,
               client.command("publish", 3, Amf0Value::null(), {Amf0Value::string("k")}, 1));
        session.send(publish);
        session.accept();
        std::vector<std::uint32_t> acks;
        std::uint64_t total = session.protocol.bytesReceived();
        for (std::uint32_t i = 0; i < 40; ++i) {
            const Bytes frame =
                client.message(9, kVideoCsid, 1, i * 40, videoTag(0x27, 1, 0, Bytes(700, 0x11)));
            total += frame.size();
            for (const RtmpMessage& reply : session.send(frame)) {
                if (reply.typeId != 3)
                    continue;
                const auto parsed = ControlMessage::parse(reply);
                const auto* ack = parsed->get<Acknowledgement>();
                QVERIFY(ack);
                // An acknowledgement reports everything received up to then.
                QCOMPARE(std::uint64_t{ack->sequenceNumber}, total);
                acks.push_back(ack->sequenceNumber);
            }
        }
        QCOMPARE(session.protocol.bytesReceived(), total);
        // ~34 000 bytes (the handshake alone is 3073) in 5000-byte windows.
        QVERIFY(acks.size() >= 5);
        QVERIFY(acks.front() >= 5000 && acks.front() < 5000 + 800);
        for (std::size_t i = 1; i < acks.size(); ++i)
            QVERIFY(acks[i] - acks[i - 1] >= 5000 && acks[i] - acks[i - 1] < 5000 + 800);
        QVERIFY(total - acks.back() < 5000);
        // Without a window from the client, no acknowledgements.
        Session quiet;
        TestClient plain;
        publishUpTo(quiet, plain);
        quiet.accept();
        std::size_t quietAcks = 0;
        for (std::uint32_t i = 0; i < 40; ++i) {
            for (const RtmpMessage& reply : quiet.send(
                     plain.message(9, kVideoCsid, 1, i, videoTag(0x27, 1, 0, Bytes(700, 1)))))
                quietAcks += reply.typeId == 3 ? 1 : 0;
        }
        QCOMPARE(quietAcks, std::size_t{0});
    }

    void answersPingsPlayAndUnknownCommands() {
        Session session;
        TestClient client;
        Bytes bytes = client.handshake();
        append(bytes, client.command("connect", 1, connectObject("live")));
        session.send(bytes);
        auto replies = session.send(
            client.control(ControlMessage(UserControl{UserControlEvent::PingRequest, 777, 0})));
        QCOMPARE(replies.size(), std::size_t{1});
        const auto pong = ControlMessage::parse(replies[0]);
        QCOMPARE(pong->get<UserControl>()->event, UserControlEvent::PingResponse);
        QCOMPARE(pong->get<UserControl>()->value, 777u);

        replies = session.send(
            client.command("play", 0, Amf0Value::null(), {Amf0Value::string("x")}, 1, 8));
        CommandMessage status;
        QVERIFY(findCommand(replies, "onStatus", &status));
        QCOMPARE(infoOf(status)->stringProperty("code"), std::string("NetStream.Play.Failed"));
        QCOMPARE(infoOf(status)->stringProperty("level"), std::string("error"));

        replies = session.send(client.command("_checkbw", 9, Amf0Value::null()));
        CommandMessage error;
        QVERIFY(findCommand(replies, "_error", &error));
        QCOMPARE(error.transactionId, 9.0);
        QCOMPARE(infoOf(error)->stringProperty("code"), std::string("NetConnection.Call.Failed"));
        QVERIFY(session.send(client.command("whatever", 0, Amf0Value::null())).empty());
        QVERIFY(session.lastResult.hasValue());
        QCOMPARE(session.protocol.state(), ServerProtocol::State::Connected);
    }

    void mediaOrderRules() {
        // Media before any publish is a violation.
        Session early;
        TestClient client;
        Bytes bytes = client.handshake();
        append(bytes, client.command("connect", 1, connectObject("live")));
        append(bytes, client.message(9, kVideoCsid, 1, 0, videoTag(0x17, 0, 0, avcC())));
        early.send(bytes);
        QVERIFY(!early.lastResult);
        QCOMPARE(early.lastResult.error().code, wl::ErrorCode::ProtocolViolation);
        QCOMPARE(early.protocol.state(), ServerProtocol::State::Closed);

        // Commands before connect too.
        Session noConnect;
        TestClient other;
        Bytes createFirst = other.handshake();
        append(createFirst, other.command("createStream", 1, Amf0Value::null()));
        noConnect.send(createFirst);
        QVERIFY(!noConnect.lastResult);

        // While the decision is pending, media is dropped and counted.
        Session pending;
        TestClient third;
        publishUpTo(pending, third);
        pending.events.clear();
        pending.send(third.message(9, kVideoCsid, 1, 0, videoTag(0x17, 0, 0, avcC())));
        QVERIFY(pending.lastResult.hasValue());
        QVERIFY(pending.events.empty());
        QCOMPARE(pending.protocol.droppedBeforeAccept(), std::uint64_t{1});

        // A second publish is refused with an onStatus error and closes the connection.
        const auto replies = pending.send(
            third.command("publish", 6, Amf0Value::null(), {Amf0Value::string("again")}, 1, 8));
        CommandMessage status;
        QVERIFY(findCommand(replies, "onStatus", &status));
        QCOMPARE(infoOf(status)->stringProperty("code"), std::string("NetStream.Publish.BadName"));
        QCOMPARE(pending.lastResult.error().code, wl::ErrorCode::Conflict);
    }

    void audioAndVideoStayMonotonicAcrossTheWrap() {
        // Audio and video interleaved on one chunk stream with absolute (type 0) timestamps that
        // run through 2^32 and out of order between the two media.
        Session session;
        TestClient client;
        publishUpTo(session, client);
        session.accept();
        session.events.clear();
        ChunkWriter fullHeaders; // type 0 for every message
        QVERIFY(fullHeaders.setChunkSize(4096).hasValue());
        Bytes media;
        const std::uint32_t start = 0xFFFFF000;
        for (std::uint32_t i = 0; i < 200; ++i) {
            RtmpMessage video;
            video.chunkStreamId = 7;
            video.typeId = 9;
            video.streamId = 1;
            video.wireTimestamp = start + i * 33;
            video.payload = videoTag(i % 30 == 0 ? 0x17 : 0x27, 1, 0, {0, 0, 0, 1, 0x41});
            RtmpMessage audio = video;
            audio.typeId = 8;
            audio.wireTimestamp = start + i * 33 - 10;
            audio.payload = {0xAF, 0x01, 0x21};
            QVERIFY(fullHeaders.write(video, media).hasValue());
            QVERIFY(fullHeaders.write(audio, media).hasValue());
        }
        session.send(media);
        QVERIFY(session.lastResult.hasValue());
        const auto frames = eventsOf<VideoFrameReceived>(session.events);
        const auto audio = eventsOf<AudioFrameReceived>(session.events);
        QCOMPARE(frames.size(), std::size_t{200});
        QCOMPARE(audio.size(), std::size_t{200});
        for (std::size_t i = 0; i < 200; ++i) {
            QCOMPARE(frames[i].dtsMs, std::int64_t{start} + std::int64_t(i) * 33);
            QCOMPARE(audio[i].timestampMs, std::int64_t{start} + std::int64_t(i) * 33 - 10);
        }
        QVERIFY(frames.back().dtsMs > (std::int64_t{1} << 32));
    }

    void replaysFfmpegCaptureInAnySplit() {
        const Bytes capture = readFixture("ffmpeg_publish_h264_aac.bin");
        QVERIFY(capture.size() > 10000);
        bool ok = false;
        const auto expected = replay(capture, {}, &ok);
        QVERIFY(ok);
        // What FFmpeg 5.1 sent: connect, publish, metadata, avcC + ASC, 15 frames, 48 AAC frames.
        std::size_t video = 0, audio = 0;
        for (const std::string& line : expected) {
            video += line.rfind("video ", 0) == 0 ? 1 : 0;
            audio += line.rfind("audio ", 0) == 0 ? 1 : 0;
        }
        QCOMPARE(video, std::size_t{15});
        QCOMPARE(audio, std::size_t{48});
        QVERIFY(expected.front().rfind("connect live? rtmp://127.0.0.1:19354/live", 0) == 0);
        QCOMPARE(expected[1], std::string("publish live cam1?token=abc cam1 token=abc live 1"));
        QVERIFY(expected.back() == "unpublished cam1");

        for (std::size_t cut = 1; cut < capture.size(); cut += 1) {
            if (replay(capture, {cut}) != expected)
                QFAIL(qPrintable(QStringLiteral("split at %1 differs").arg(cut)));
        }
        std::mt19937 random(3);
        for (int round = 0; round < 30; ++round) {
            std::vector<std::size_t> cuts;
            const std::size_t maxStep = round < 5 ? 2 : 1 + random() % 3000;
            for (std::size_t at = 1 + random() % maxStep; at < capture.size();
                 at += 1 + random() % maxStep)
                cuts.push_back(at);
            QVERIFY(replay(capture, cuts) == expected);
        }
    }

    void ffmpegThirtyOneBitWrapStaysMonotonic() {
        // FFmpeg's FLV muxer wraps timestamps at 2^31; captured with -output_ts_offset 2147483.2.
        Session session;
        const Bytes capture = readFixture("ffmpeg_publish_31bit_wrap.bin");
        session.send(Bytes(capture.begin(), capture.begin() + 3500));
        session.accept();
        session.send(Bytes(capture.begin() + 3500, capture.end()));
        QVERIFY(session.lastResult.hasValue());
        const auto frames = eventsOf<VideoFrameReceived>(session.events);
        const auto audio = eventsOf<AudioFrameReceived>(session.events);
        QCOMPARE(frames.size(), std::size_t{15});
        QVERIFY(frames.front().dtsMs < (std::int64_t{1} << 31));
        QVERIFY(frames.back().dtsMs > (std::int64_t{1} << 31));
        for (std::size_t i = 1; i < frames.size(); ++i)
            QVERIFY(frames[i].dtsMs > frames[i - 1].dtsMs);
        for (std::size_t i = 1; i < audio.size(); ++i)
            QVERIFY(audio[i].timestampMs > audio[i - 1].timestampMs);
    }

    void enhancedRtmpHevcPublish() {
        Session session;
        TestClient client;
        Bytes bytes = client.handshake();
        Amf0Value object = connectObject("live");
        object.add("fourCcList",
                   Amf0Value::strictArray({Amf0Value::string("hvc1"), Amf0Value::string("av01"),
                                           Amf0Value::string("xyz9")}));
        append(bytes, client.command("connect", 1, object));
        const auto replies = session.send(bytes);
        CommandMessage result;
        QVERIFY(findCommand(replies, "_result", &result));
        const Amf0Value* echoed = result.commandObject.property("fourCcList");
        QVERIFY(echoed);
        QCOMPARE(echoed->elements().size(), std::size_t{2});
        QCOMPARE(echoed->elements()[0].asString(), std::string("hvc1"));
        QCOMPARE(eventsOf<ConnectRequested>(session.events)[0].fourCcList.size(), std::size_t{3});

        Bytes publish = client.command("createStream", 2, Amf0Value::null());
        append(publish,
               client.command("publish", 3, Amf0Value::null(), {Amf0Value::string("hevc")}, 1));
        session.send(publish);
        session.accept();
        session.events.clear();
        const Bytes hvcC = readFixture("x265_64x64_hvcC.bin");
        Bytes start = {0x90, 'h', 'v', 'c', '1'};
        append(start, hvcC);
        Bytes media = client.message(9, kVideoCsid, 1, 0, start);
        append(media,
               client.message(9, kVideoCsid, 1, 0,
                              {0x91, 'h', 'v', 'c', '1', 0xFF, 0xFF, 0xDF, 0, 0, 0, 1, 0x26}));
        append(media,
               client.message(9, kVideoCsid, 1, 40, {0xA3, 'h', 'v', 'c', '1', 0, 0, 0, 1, 0x02}));
        session.send(media);
        QVERIFY(session.lastResult.hasValue());
        const auto configs = eventsOf<VideoConfigReceived>(session.events);
        QCOMPARE(configs.size(), std::size_t{1});
        QCOMPARE(configs[0].codec, VideoCodec::Hevc);
        QVERIFY(configs[0].config == hvcC);
        const auto frames = eventsOf<VideoFrameReceived>(session.events);
        QCOMPARE(frames.size(), std::size_t{2});
        QCOMPARE(frames[0].ctsMs, -33);
        QVERIFY(frames[0].keyframe);
        QCOMPARE(frames[1].dtsMs, std::int64_t{40});
        QCOMPARE(frames[1].ctsMs, 0);
    }

    void unsupportedAudioWarnsOnceAndContinues() {
        Session session;
        TestClient client;
        publishUpTo(session, client);
        session.accept();
        session.events.clear();
        Bytes media;
        for (std::uint32_t i = 0; i < 3; ++i)
            append(media, client.message(8, kAudioCsid, 1, i * 20, {0xB2, 0x01, 0x02})); // Speex
        append(media,
               client.message(9, kVideoCsid, 1, 0, videoTag(0x17, 1, 0, {0, 0, 0, 1, 0x65})));
        session.send(media);
        QVERIFY(session.lastResult.hasValue());
        QCOMPARE(eventsOf<StreamWarning>(session.events).size(), std::size_t{1});
        QCOMPARE(eventsOf<VideoFrameReceived>(session.events).size(), std::size_t{1});
        // A malformed sequence header, however, ends the connection.
        session.send(client.message(9, kVideoCsid, 1, 10, videoTag(0x17, 0, 0, {0x01, 0x42})));
        QVERIFY(!session.lastResult);
        QCOMPARE(session.lastResult.error().code, wl::ErrorCode::ProtocolViolation);
    }

    void garbageGivesAnErrorNotACrash() {
        std::mt19937 random(11);
        for (int round = 0; round < 300; ++round) {
            Session session;
            TestClient client;
            Bytes bytes = round % 2 ? client.handshake() : Bytes{3};
            const std::size_t garbage = 1 + random() % 4000;
            for (std::size_t i = 0; i < garbage; ++i)
                bytes.push_back(static_cast<std::uint8_t>(random()));
            session.send(bytes);
            if (!session.lastResult)
                QCOMPARE(session.protocol.state(), ServerProtocol::State::Closed);
        }
        Session http;
        const std::string request = "GET / HTTP/1.1\r\n\r\n";
        http.send(Bytes(request.begin(), request.end()));
        QVERIFY(!http.lastResult);
        QCOMPARE(http.lastResult.error().code, wl::ErrorCode::ProtocolViolation);
    }
};

QTEST_GUILESS_MAIN(TestServerProtocol)
#include "tst_serverprotocol.moc"
