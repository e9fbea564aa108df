#include <cmath>
#include <random>

#include <QTest>

#include "ServerProtocolDriver.h"

using namespace rtmptest;

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
