#include <cmath>
#include <random>

#include <QTest>

#include "ServerProtocolDriver.h"

using namespace rtmptest;

namespace {

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

// Whole streams through the server protocol: captures from ffmpeg in any split, timestamp
// wraps, Enhanced RTMP HEVC, codecs we do not decode.
class TestServerProtocolStreams : public QObject {
    Q_OBJECT

private slots:
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
};

QTEST_GUILESS_MAIN(TestServerProtocolStreams)
#include "tst_serverprotocolstreams.moc"
