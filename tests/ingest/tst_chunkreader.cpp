#include <random>

#include <QTest>

#include "RtmpTestSupport.h"
#include "ingest/rtmp/TimestampUnwrapper.h"

using namespace rtmptest;

namespace {

struct Parsed {
    bool ok = true;
    wl::ErrorCode code = wl::ErrorCode::Internal;
    std::vector<RtmpMessage> messages;
};

// Feeds `stream` in consecutive pieces whose sizes come from `cuts` (offsets where to split).
Parsed parse(const Bytes& stream, const std::vector<std::size_t>& cuts = {},
             ChunkReaderSettings settings = {}) {
    ChunkReader reader(settings);
    Parsed parsed;
    std::size_t start = 0;
    std::vector<std::size_t> ends = cuts;
    ends.push_back(stream.size());
    for (const std::size_t end : ends) {
        const auto piece = std::span<const std::uint8_t>(stream).subspan(start, end - start);
        start = end;
        const auto result = reader.receive(piece, parsed.messages);
        if (!result) {
            parsed.ok = false;
            parsed.code = result.error().code;
            return parsed;
        }
    }
    return parsed;
}

std::string describe(const std::vector<RtmpMessage>& messages) {
    std::string text;
    for (const RtmpMessage& m : messages) {
        text += std::to_string(m.chunkStreamId) + '/' + std::to_string(m.typeId) + '/' +
                std::to_string(m.streamId) + '/' + std::to_string(m.wireTimestamp) + '/' +
                std::to_string(m.timestamp) + '/' + hexOf(m.payload) + '\n';
    }
    return text;
}

Bytes payload(std::size_t size, std::uint8_t seed) {
    Bytes bytes(size);
    for (std::size_t i = 0; i < size; ++i)
        bytes[i] = static_cast<std::uint8_t>(seed + i * 7);
    return bytes;
}

RtmpMessage makeMessage(std::uint32_t csid, std::uint8_t type, std::uint32_t msid,
                        std::uint32_t timestamp, Bytes body) {
    RtmpMessage message;
    message.chunkStreamId = csid;
    message.typeId = type;
    message.streamId = msid;
    message.wireTimestamp = timestamp;
    message.payload = std::move(body);
    return message;
}

// A stream exercising most of the format: 1/2/3-byte csids, all header types, extended
// timestamps with continuation chunks, a chunk size change, an abort and a zero-length message.
Bytes richStream() {
    ChunkWriter writer(ChunkWriter::Headers::Compressed);
    Bytes out;
    bool ok = true; // an empty stream makes the callers' checks fail
    auto write = [&](const RtmpMessage& m) {
        ok = writer.write(m, out).hasValue() && ok;
    };
    write(makeMessage(3, 20, 0, 0, payload(300, 1)));
    write(makeMessage(4, 8, 1, 10, payload(20, 2)));
    write(makeMessage(4, 8, 1, 30, payload(20, 3))); // type 2
    write(makeMessage(4, 8, 1, 50, payload(20, 4))); // type 3, new message
    write(makeMessage(4, 8, 1, 70, payload(21, 5))); // type 1
    write(makeMessage(70, 9, 1, 0xFFFFF0, payload(400, 6)));
    write(makeMessage(70, 9, 1, 0x1000005, payload(400, 7))); // crosses into extended
    write(makeMessage(400, 9, 1, 0xFFFFFFF0, payload(260, 8)));
    write(makeMessage(400, 9, 1, 0x10, payload(130, 9))); // 32-bit wrap (type 0, backward)
    write(makeMessage(5, 18, 1, 100, {}));                // zero length
    // Set Chunk Size 64, then a message in 64-byte chunks.
    write(ControlMessage(SetChunkSize{64}).encode());
    ok = writer.setChunkSize(64).hasValue() && ok;
    write(makeMessage(6, 9, 1, 200, payload(200, 10)));
    // Start a message on csid 7, abort it, then send a complete one there.
    Bytes partial;
    {
        ChunkWriter big(ChunkWriter::Headers::Full);
        ok = big.setChunkSize(64).hasValue() && ok;
        ok = big.write(makeMessage(7, 9, 1, 300, payload(150, 11)), partial).hasValue() && ok;
    }
    out.insert(out.end(), partial.begin(), partial.begin() + 12 + 64); // header + one chunk
    write(ControlMessage(AbortMessage{7}).encode());
    write(makeMessage(7, 9, 1, 310, payload(70, 12)));
    return ok ? out : Bytes{};
}

// A chunk header written by hand (independent of ChunkWriter).
Bytes header0(std::uint8_t csid, std::uint32_t ts, std::uint32_t length, std::uint8_t type,
              std::uint32_t msid) {
    return {csid,
            static_cast<std::uint8_t>(ts >> 16),
            static_cast<std::uint8_t>(ts >> 8),
            static_cast<std::uint8_t>(ts),
            static_cast<std::uint8_t>(length >> 16),
            static_cast<std::uint8_t>(length >> 8),
            static_cast<std::uint8_t>(length),
            type,
            static_cast<std::uint8_t>(msid),
            static_cast<std::uint8_t>(msid >> 8),
            static_cast<std::uint8_t>(msid >> 16),
            static_cast<std::uint8_t>(msid >> 24)};
}

Bytes withoutBasicHeader(const Bytes& header) {
    return Bytes(header.begin() + 1, header.end());
}

Bytes be32(std::uint32_t value) {
    return {static_cast<std::uint8_t>(value >> 24), static_cast<std::uint8_t>(value >> 16),
            static_cast<std::uint8_t>(value >> 8), static_cast<std::uint8_t>(value)};
}

} // namespace

class TestChunkReader : public QObject {
    Q_OBJECT

private slots:
    void specExampleOne() {
        // RTMP 1.0 §5.3.2.1: four audio messages, type 0 then type 2 then two type 3.
        Bytes stream = header0(3, 1000, 32, 8, 12345);
        append(stream, payload(32, 1));
        append(stream, {0x83, 0x00, 0x00, 20}); // type 2, delta 20
        append(stream, payload(32, 2));
        stream.push_back(0xC3);
        append(stream, payload(32, 3));
        stream.push_back(0xC3);
        append(stream, payload(32, 4));
        const Parsed parsed = parse(stream);
        QVERIFY(parsed.ok);
        QCOMPARE(parsed.messages.size(), std::size_t{4});
        const std::int64_t expected[] = {1000, 1020, 1040, 1060};
        for (std::size_t i = 0; i < 4; ++i) {
            QCOMPARE(parsed.messages[i].timestamp, expected[i]);
            QCOMPARE(parsed.messages[i].streamId, 12345u);
            QCOMPARE(parsed.messages[i].typeId, std::uint8_t{8});
            QVERIFY(parsed.messages[i].payload == payload(32, static_cast<std::uint8_t>(i + 1)));
        }
    }

    void specExampleTwo() {
        // §5.3.2.2: one 307-byte message in 128-byte chunks.
        const Bytes body = payload(307, 9);
        Bytes stream = header0(4, 1000, 307, 9, 12346);
        stream.insert(stream.end(), body.begin(), body.begin() + 128);
        stream.push_back(0xC4);
        stream.insert(stream.end(), body.begin() + 128, body.begin() + 256);
        stream.push_back(0xC4);
        stream.insert(stream.end(), body.begin() + 256, body.end());
        const Parsed parsed = parse(stream);
        QVERIFY(parsed.ok);
        QCOMPARE(parsed.messages.size(), std::size_t{1});
        QVERIFY(parsed.messages[0].payload == body);
        QCOMPARE(parsed.messages[0].timestamp, std::int64_t{1000});
    }

    void chunkStreamIdForms() {
        // csid 64 and 319 in the 2-byte form, 320 and 65599 in the 3-byte form, written by hand.
        Bytes stream = {0x00, 0x00}; // fmt 0, csid 64
        append(stream, withoutBasicHeader(header0(0, 1, 1, 9, 1)));
        stream.push_back(0xA1);
        append(stream, {0x00, 0xFF}); // csid 319
        append(stream, withoutBasicHeader(header0(0, 2, 1, 9, 1)));
        stream.push_back(0xA2);
        append(stream, {0x01, 0x00, 0x01}); // csid 64 + 0 + 256 = 320
        append(stream, withoutBasicHeader(header0(0, 3, 1, 9, 1)));
        stream.push_back(0xA3);
        append(stream, {0x01, 0xFF, 0xFF}); // csid 65599
        append(stream, withoutBasicHeader(header0(0, 4, 1, 9, 1)));
        stream.push_back(0xA4);
        append(stream, {0x40, 0x00}); // type 1 on csid 64: delta 0
        append(stream, {0x00, 0x00, 0x05, 0x00, 0x00, 0x01, 0x09, 0xA5});
        const Parsed parsed = parse(stream);
        QVERIFY(parsed.ok);
        QCOMPARE(parsed.messages.size(), std::size_t{5});
        const std::uint32_t ids[] = {64, 319, 320, 65599, 64};
        const std::int64_t stamps[] = {1, 2, 3, 4, 6};
        for (std::size_t i = 0; i < 5; ++i) {
            QCOMPARE(parsed.messages[i].chunkStreamId, ids[i]);
            QCOMPARE(parsed.messages[i].timestamp, stamps[i]);
            QCOMPARE(parsed.messages[i].payload.front(), static_cast<std::uint8_t>(0xA1 + i));
        }
    }

    void everySplitYieldsTheSameMessages() {
        const Bytes stream = richStream();
        const Parsed whole = parse(stream);
        QVERIFY(whole.ok);
        QCOMPARE(whole.messages.size(), std::size_t{14}); // 12 data + chunk size + abort
        const std::string expected = describe(whole.messages);
        for (std::size_t cut = 1; cut < stream.size(); ++cut) {
            const Parsed split = parse(stream, {cut});
            QVERIFY2(split.ok && describe(split.messages) == expected,
                     qPrintable(QStringLiteral("split at %1").arg(cut)));
        }
        // Byte by byte, and random chunkings.
        std::vector<std::size_t> everyByte;
        for (std::size_t cut = 1; cut < stream.size(); ++cut)
            everyByte.push_back(cut);
        QCOMPARE(describe(parse(stream, everyByte).messages), expected);
        std::mt19937 random(1);
        for (int round = 0; round < 200; ++round) {
            std::vector<std::size_t> cuts;
            for (std::size_t at = random() % 40; at < stream.size(); at += 1 + random() % 40)
                cuts.push_back(at);
            if (!cuts.empty() && cuts.front() == 0)
                cuts.erase(cuts.begin());
            QCOMPARE(describe(parse(stream, cuts).messages), expected);
        }
    }

    void richStreamContent() {
        const Parsed parsed = parse(richStream());
        QVERIFY(parsed.ok);
        const auto& m = parsed.messages;
        QCOMPARE(m[0].payload.size(), std::size_t{300});
        QCOMPARE(m[3].timestamp, std::int64_t{50}); // type 3 new message reuses delta 20
        QCOMPARE(m[5].timestamp, std::int64_t{0xFFFFF0});
        QCOMPARE(m[6].timestamp, std::int64_t{0x1000005});
        QVERIFY(m[6].payload == payload(400, 7));
        QCOMPARE(m[7].chunkStreamId, 400u);
        QCOMPARE(m[8].timestamp, std::int64_t{0x100000010}); // continued past 2^32
        QCOMPARE(m[8].wireTimestamp, 0x10u);
        QVERIFY(m[9].payload.empty());
        QCOMPARE(m[10].typeId, std::uint8_t{1});
        QVERIFY(m[11].payload == payload(200, 10));
        QCOMPARE(m[12].typeId, std::uint8_t{2});
        QVERIFY(m[13].payload == payload(70, 12)); // the aborted message left no trace
        QCOMPARE(m[13].timestamp, std::int64_t{310});
    }

    void extendedTimestampSwitchIsSeamless() {
        // Deltas of 1 ms across 0xFFFFFF: the absolute value switches to the extended field.
        ChunkWriter writer(ChunkWriter::Headers::Full);
        Bytes stream;
        for (std::uint32_t ts = 0xFFFFFC; ts <= 0x1000002; ++ts)
            QVERIFY(writer.write(makeMessage(6, 9, 1, ts, payload(300, 1)), stream).hasValue());
        const Parsed parsed = parse(stream);
        QVERIFY(parsed.ok);
        QCOMPARE(parsed.messages.size(), std::size_t{7});
        for (std::size_t i = 0; i < parsed.messages.size(); ++i) {
            QCOMPARE(parsed.messages[i].timestamp, std::int64_t{0xFFFFFC} + std::int64_t(i));
            QVERIFY(parsed.messages[i].payload == payload(300, 1));
        }
        // 0xFFFFFF itself must use the extended field: 3 bytes of 0xFF then the real value.
        Bytes single;
        ChunkWriter one;
        QVERIFY(one.write(makeMessage(6, 9, 1, 0xFFFFFF, payload(4, 1)), single).hasValue());
        QCOMPARE(hexOf(Bytes(single.begin() + 1, single.begin() + 4)), hexOf({0xFF, 0xFF, 0xFF}));
        QCOMPARE(hexOf(Bytes(single.begin() + 12, single.begin() + 16)), hexOf(be32(0xFFFFFF)));
    }

    void wrapsWithAbsoluteTimestamps() {
        Bytes stream;
        for (const std::uint32_t ts : {0xFFFFFF00u, 0xFFFFFFF0u, 0x00000100u, 0x00000200u}) {
            append(stream, header0(3, 0xFFFFFF, 2, 8, 1));
            append(stream, be32(ts));
            append(stream, {0xAF, 0x01});
        }
        const Parsed parsed = parse(stream);
        QVERIFY(parsed.ok);
        QCOMPARE(parsed.messages.size(), std::size_t{4});
        QCOMPARE(parsed.messages[1].timestamp, std::int64_t{0xFFFFFFF0});
        QCOMPARE(parsed.messages[2].timestamp, std::int64_t{0x100000100});
        QCOMPARE(parsed.messages[3].timestamp, std::int64_t{0x100000200});
    }

    void wrapsWithDeltas() {
        // type 0 near the end of the 32-bit range, then type 1 and 2 deltas, then type 3.
        Bytes stream = header0(4, 0xFFFFFF, 1, 8, 1);
        append(stream, be32(0xFFFFFFE0));
        stream.push_back(0x01);
        append(stream, {0x44, 0x00, 0x00, 0x10, 0x00, 0x00, 0x01, 0x08, 0x02}); // type 1 +16
        append(stream, {0x84, 0x00, 0x00, 0x20, 0x03});                         // type 2 +32
        append(stream, {0xC4, 0x04});                                           // type 3 +32
        const Parsed parsed = parse(stream);
        QVERIFY(parsed.ok);
        const std::int64_t expected[] = {0xFFFFFFE0, 0xFFFFFFF0, 0x100000010, 0x100000030};
        QCOMPARE(parsed.messages.size(), std::size_t{4});
        for (std::size_t i = 0; i < 4; ++i)
            QCOMPARE(parsed.messages[i].timestamp, expected[i]);
    }

    void wrapsWithExtendedDeltasOnTypeThree() {
        // A delta of 0x01000000 (>= 0xFFFFFF) needs the extended field, also on the type-3
        // chunks that start new messages and on continuation chunks.
        const std::uint32_t delta = 0x01000000;
        Bytes stream = header0(5, 0xFFFFFF, 130, 9, 1);
        append(stream, be32(0xFD000000));
        append(stream, payload(128, 1));
        stream.push_back(0xC5);
        append(stream, be32(0xFD000000)); // continuation repeats the extended value
        append(stream, {0x01, 0x02});
        append(stream, {0x45, 0xFF, 0xFF, 0xFF, 0x00, 0x00, 0x82, 0x09}); // type 1, extended delta
        append(stream, be32(delta));
        append(stream, payload(128, 2));
        stream.push_back(0xC5);
        append(stream, be32(delta));
        append(stream, {0x03, 0x04});
        for (int i = 0; i < 3; ++i) { // three new messages with type 3 headers
            stream.push_back(0xC5);
            append(stream, be32(delta));
            append(stream, payload(128, 3));
            stream.push_back(0xC5);
            append(stream, be32(delta));
            append(stream, {0x05, 0x06});
        }
        std::vector<std::size_t> everyByte;
        for (std::size_t cut = 1; cut < stream.size(); ++cut)
            everyByte.push_back(cut);
        for (const auto& cuts : {std::vector<std::size_t>{}, everyByte}) {
            const Parsed parsed = parse(stream, cuts);
            QVERIFY(parsed.ok);
            QCOMPARE(parsed.messages.size(), std::size_t{5});
            for (std::size_t i = 0; i < 5; ++i) {
                QCOMPARE(parsed.messages[i].timestamp,
                         std::int64_t{0xFD000000} + std::int64_t(i) * delta);
                QCOMPARE(parsed.messages[i].payload.size(), std::size_t{130});
            }
            QCOMPARE(parsed.messages[4].timestamp, std::int64_t{0x101000000});
            QCOMPARE(parsed.messages[4].wireTimestamp, 0x01000000u);
        }
    }

    void toleratesOmittedExtendedTimestampOnContinuation() {
        // Some encoders leave the extended field out of continuation chunks; the next bytes are
        // then payload. Every split must still work (the reader looks ahead four bytes).
        Bytes body = payload(131, 4);
        Bytes stream = header0(6, 0xFFFFFF, 131, 9, 1);
        append(stream, be32(0x12345678));
        stream.insert(stream.end(), body.begin(), body.begin() + 128);
        stream.push_back(0xC6);                                      // no extended timestamp
        stream.insert(stream.end(), body.begin() + 128, body.end()); // only 3 bytes remain
        append(stream, header0(3, 5, 4, 20, 0));                     // next message
        append(stream, {1, 2, 3, 4});
        const Parsed whole = parse(stream);
        QVERIFY(whole.ok);
        QCOMPARE(whole.messages.size(), std::size_t{2});
        QVERIFY(whole.messages[0].payload == body);
        QCOMPARE(whole.messages[0].timestamp, std::int64_t{0x12345678});
        QVERIFY(whole.messages[1].payload == Bytes({1, 2, 3, 4}));
        const std::string expected = describe(whole.messages);
        for (std::size_t cut = 1; cut < stream.size(); ++cut) {
            QVERIFY2(describe(parse(stream, {cut}).messages) == expected,
                     qPrintable(QString::number(cut)));
        }
        std::vector<std::size_t> everyByte;
        for (std::size_t cut = 1; cut < stream.size(); ++cut)
            everyByte.push_back(cut);
        QCOMPARE(describe(parse(stream, everyByte).messages), expected);
    }

    void chunkSizeLimits() {
        auto setChunkSize = [](std::uint32_t value) {
            Bytes stream = header0(2, 0, 4, 1, 0);
            append(stream, be32(value));
            return parse(stream, {}, ChunkReaderSettings{16 * 1024 * 1024, 65536, 64, 1 << 25});
        };
        QVERIFY(setChunkSize(65536).ok);
        QCOMPARE(setChunkSize(65537).code, wl::ErrorCode::LimitExceeded);
        QCOMPARE(setChunkSize(0).code, wl::ErrorCode::ProtocolViolation);
        QCOMPARE(setChunkSize(0x80001000).code, wl::ErrorCode::ProtocolViolation);
        Bytes truncated = header0(2, 0, 2, 1, 0);
        append(truncated, {0, 1});
        QCOMPARE(parse(truncated).code, wl::ErrorCode::ProtocolViolation);
    }

    void rejectsMalformedAndOversizedInput() {
        QCOMPARE(parse({0x43, 0, 0, 0, 0, 0, 1, 8, 0}).code, wl::ErrorCode::ProtocolViolation);
        QCOMPARE(parse({0xC3}).code, wl::ErrorCode::ProtocolViolation);
        ChunkReaderSettings small{1000, 4096, 3, 5000};
        QCOMPARE(parse(header0(3, 0, 1001, 9, 1), {}, small).code, wl::ErrorCode::LimitExceeded);
        Bytes streams;
        for (std::uint8_t csid = 3; csid < 7; ++csid) {
            append(streams, header0(csid, 0, 1, 9, 1));
            streams.push_back(0);
        }
        QCOMPARE(parse(streams, {}, small).code, wl::ErrorCode::LimitExceeded);
        // Partly received messages on several streams may not exceed the buffer budget.
        ChunkReaderSettings budget{4000, 4096, 64, 300};
        Bytes partial;
        for (std::uint8_t csid = 3; csid < 6; ++csid) {
            append(partial, header0(csid, 0, 1000, 9, 1));
            append(partial, payload(128, csid));
        }
        QCOMPARE(parse(partial, {}, budget).code, wl::ErrorCode::LimitExceeded);
        // A new header on a stream whose message is incomplete.
        Bytes interrupted = header0(3, 0, 200, 9, 1);
        append(interrupted, payload(128, 1));
        append(interrupted, header0(3, 0, 10, 9, 1));
        QCOMPARE(parse(interrupted).code, wl::ErrorCode::ProtocolViolation);
    }

    void staysFailedAfterAnError() {
        ChunkReader reader;
        std::vector<RtmpMessage> messages;
        QVERIFY(!reader.receive(Bytes{0xC3}, messages));
        Bytes good = header0(3, 0, 1, 9, 1);
        good.push_back(1);
        QVERIFY(!reader.receive(good, messages));
        QVERIFY(messages.empty());
    }

    void garbageNeverCrashes() {
        std::mt19937 random(5);
        for (int round = 0; round < 2000; ++round) {
            Bytes garbage(1 + random() % 600);
            for (auto& byte : garbage)
                byte = static_cast<std::uint8_t>(random());
            ChunkReader reader(ChunkReaderSettings{65536, 65536, 16, 1 << 20});
            std::vector<RtmpMessage> messages;
            const auto result = reader.receive(garbage, messages);
            QVERIFY(reader.bufferedBytes() <= (1u << 20));
            if (!result)
                QVERIFY(!result.error().context.empty());
        }
    }

    void unwrapperFollowsWrapsAndSmallSteps() {
        TimestampUnwrapper clock;
        QCOMPARE(clock.unwrap(0xFFFFFF00), std::int64_t{0xFFFFFF00});
        QCOMPARE(clock.unwrap(0x00000010), std::int64_t{0x100000010}); // 32-bit wrap
        QCOMPARE(clock.unwrap(0x00000008), std::int64_t{0x100000008}); // small step back
        QCOMPARE(clock.unwrap(0xFFFFFFF0), std::int64_t{0xFFFFFFF0});  // back across the wrap
        TimestampUnwrapper ffmpeg; // FFmpeg's FLV muxer wraps at 2^31
        QCOMPARE(ffmpeg.unwrap(0x7FFFFFF0), std::int64_t{0x7FFFFFF0});
        QCOMPARE(ffmpeg.unwrap(0x00000010), std::int64_t{0x80000010});
        QCOMPARE(ffmpeg.unwrap(0x7FFFFFE3), std::int64_t{0x7FFFFFE3}); // stale stamp: step back
        QCOMPARE(ffmpeg.unwrap(0x00000050), std::int64_t{0x80000050});
        TimestampUnwrapper crossing; // a true 32-bit stream passing 2^31 is not a wrap
        QCOMPARE(crossing.unwrap(0x7FFFFFF0), std::int64_t{0x7FFFFFF0});
        QCOMPARE(crossing.unwrap(0x80000010), std::int64_t{0x80000010});
    }
};

QTEST_GUILESS_MAIN(TestChunkReader)
#include "tst_chunkreader.moc"
