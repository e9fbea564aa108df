#include <string_view>

#include <QTest>

#include "RtmpTestSupport.h"
#include "ingest/rtmp/ServerHandshake.h"

using namespace rtmptest;

namespace {

constexpr std::size_t kPacket = HandshakeDigest::kPacketSize;

std::span<const std::uint8_t, kPacket> packetAt(const Bytes& bytes, std::size_t offset) {
    return std::span<const std::uint8_t, kPacket>(bytes.data() + offset, kPacket);
}

Bytes asBytes(std::string_view text) {
    return Bytes(text.begin(), text.end());
}

// Feeds `input` in pieces of `step` bytes; returns S0S1S2 and how many bytes were used.
std::pair<Bytes, std::size_t> feed(ServerHandshake& handshake, const Bytes& input,
                                   std::size_t step) {
    Bytes out;
    std::size_t used = 0;
    for (std::size_t offset = 0; offset < input.size() && !handshake.isComplete(); offset += step) {
        const auto piece = std::span<const std::uint8_t>(input).subspan(
            offset, std::min(step, input.size() - offset));
        const auto result = handshake.receive(piece, out);
        if (!result)
            return {out, static_cast<std::size_t>(-1)};
        used += *result;
    }
    return {out, used};
}

} // namespace

class TestHandshake : public QObject {
    Q_OBJECT

private slots:
    void hmacMatchesRfc4231() {
        // RFC 4231 test case 2.
        const auto digest =
            HandshakeDigest::hmacSha256(asBytes("Jefe"), asBytes("what do ya want for nothing?"));
        QCOMPARE(hexOf(Bytes(digest.begin(), digest.end())),
                 hexOf({0x5b, 0xdc, 0xc1, 0x46, 0xbf, 0x60, 0x75, 0x4e, 0x6a, 0x04, 0x24,
                        0x26, 0x08, 0x95, 0x75, 0xc7, 0x5a, 0x00, 0x3f, 0x08, 0x9d, 0x27,
                        0x39, 0x83, 0x9d, 0xec, 0x58, 0xb9, 0x64, 0xec, 0x38, 0x43}));
        // The skip form equals hashing the data with the 32 bytes cut out.
        Bytes data = asBytes(std::string(100, 'x'));
        std::fill_n(data.begin() + 10, 32, std::uint8_t{'y'});
        const auto skipped = HandshakeDigest::hmacSha256(asBytes("k"), data, 10);
        Bytes cut = data;
        cut.erase(cut.begin() + 10, cut.begin() + 42);
        const auto direct = HandshakeDigest::hmacSha256(asBytes("k"), cut);
        QVERIFY(skipped == direct);
    }

    void plainHandshakeEchoesC1AndHandsOnLeftovers() {
        Bytes input = clientC0C1(false);
        const Bytes c1(input.begin() + 1, input.end());
        input.resize(input.size() + kPacket, 0xC2);
        const Bytes firstChunk = {0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x14};
        append(input, firstChunk);

        ServerHandshake handshake({true, 42});
        Bytes out;
        const auto used = handshake.receive(input, out);
        QVERIFY(used.hasValue());
        QVERIFY(handshake.isComplete());
        QVERIFY(!handshake.answeredWithDigest());
        QCOMPARE(*used, 1 + 2 * kPacket); // the first chunk bytes are left over
        QCOMPARE(out.size(), 1 + 2 * kPacket);
        QCOMPARE(out[0], std::uint8_t{3});
        for (std::size_t i = 0; i < 8; ++i)
            QCOMPARE(out[1 + i], std::uint8_t{0}); // S1 time and version zero
        QVERIFY(std::equal(c1.begin(), c1.end(), out.begin() + 1 + kPacket)); // S2 == C1
    }

    void everySplitGivesTheSameAnswer() {
        Bytes input = clientC0C1(true);
        input.resize(input.size() + kPacket, 0xC2);
        input.push_back(0x42); // first byte of the chunk stream
        ServerHandshake whole({true, 9});
        const auto [expected, expectedUsed] = feed(whole, input, input.size());
        QCOMPARE(expectedUsed, input.size() - 1);
        for (const std::size_t step : {std::size_t{1}, std::size_t{2}, std::size_t{7},
                                       std::size_t{1536}, std::size_t{1537}, std::size_t{3000}}) {
            ServerHandshake split({true, 9});
            const auto [out, used] = feed(split, input, step);
            QVERIFY2(out == expected, qPrintable(QString::number(step)));
            QCOMPARE(used, input.size() - 1);
            QVERIFY(split.isComplete());
        }
    }

    void digestClientGetsDigestAnswer_data() {
        QTest::addColumn<int>("scheme");
        QTest::newRow("offset 8") << 8;
        QTest::newRow("offset 772") << 772;
    }

    void digestClientGetsDigestAnswer() {
        QFETCH(int, scheme);
        const auto digestScheme = static_cast<HandshakeDigest::Scheme>(scheme);
        const Bytes c0c1 = clientC0C1(true, 3, digestScheme);
        const auto found = HandshakeDigest::findClientDigest(packetAt(c0c1, 1));
        QVERIFY(found.has_value());
        QCOMPARE(found->scheme, digestScheme);

        ServerHandshake handshake({true, 5});
        Bytes out;
        QVERIFY(handshake.receive(c0c1, out).hasValue());
        QVERIFY(handshake.answeredWithDigest());
        QVERIFY(out[1 + 4] >= 3); // FFmpeg verifies only when S1's version byte is >= 3
        // S1 carries the server digest at the offset its own bytes define, same scheme.
        const auto s1 = packetAt(out, 1);
        const std::size_t offset = HandshakeDigest::digestOffset(s1, digestScheme);
        const auto expected = HandshakeDigest::hmacSha256(
            asBytes("Genuine Adobe Flash Media Server 001"), s1, offset);
        QVERIFY(std::equal(expected.begin(), expected.end(), s1.begin() + offset));
        // S2 is signed with a key derived from the client's digest.
        QVERIFY(HandshakeDigest::verifyServerResponse(packetAt(out, 1 + kPacket), found->digest));
        HandshakeDigest::Digest wrong = found->digest;
        wrong[0] ^= 1;
        QVERIFY(!HandshakeDigest::verifyServerResponse(packetAt(out, 1 + kPacket), wrong));
    }

    void realFfmpegC1HasAValidDigest() {
        const Bytes capture = readFixture("ffmpeg_publish_h264_aac.bin");
        QVERIFY(capture.size() > 1 + 2 * kPacket);
        QCOMPARE(capture[0], std::uint8_t{3});
        // FFmpeg 5.1 announces 9.0.124.2 and imprints the digest with the offset-8 scheme.
        QCOMPARE(hexOf(Bytes(capture.begin() + 5, capture.begin() + 9)), hexOf({9, 0, 124, 2}));
        const auto found = HandshakeDigest::findClientDigest(packetAt(capture, 1));
        QVERIFY(found.has_value());
        QCOMPARE(found->scheme, HandshakeDigest::Scheme::Offset8);
    }

    void versionWithoutValidDigestFallsBackToPlain() {
        Bytes c0c1 = clientC0C1(true);
        c0c1[700] ^= 0xFF; // breaks the digest (or the bytes it covers)
        c0c1[1300] ^= 0xFF;
        ServerHandshake handshake({true, 5});
        Bytes out;
        QVERIFY(handshake.receive(c0c1, out).hasValue());
        QVERIFY(!handshake.answeredWithDigest());
        QVERIFY(std::equal(c0c1.begin() + 1, c0c1.end(), out.begin() + 1 + kPacket));
    }

    void digestAnswerCanBeSwitchedOff() {
        ServerHandshake handshake({false, 5});
        Bytes out;
        QVERIFY(handshake.receive(clientC0C1(true), out).hasValue());
        QVERIFY(!handshake.answeredWithDigest());
        QCOMPARE(out[1 + 4], std::uint8_t{0});
    }

    void rejectsOtherVersions_data() {
        QTest::addColumn<int>("c0");
        QTest::addColumn<int>("code");
        QTest::newRow("RTMPE") << 6 << int(wl::ErrorCode::Unsupported);
        QTest::newRow("RTMPE XTEA") << 8 << int(wl::ErrorCode::Unsupported);
        QTest::newRow("HTTP") << int('G') << int(wl::ErrorCode::ProtocolViolation);
        QTest::newRow("zero") << 0 << int(wl::ErrorCode::ProtocolViolation);
    }

    void rejectsOtherVersions() {
        QFETCH(int, c0);
        QFETCH(int, code);
        ServerHandshake handshake;
        Bytes out;
        const Bytes input = {static_cast<std::uint8_t>(c0), 0, 0, 0};
        const auto result = handshake.receive(input, out);
        QVERIFY(!result);
        QCOMPARE(int(result.error().code), code);
        QVERIFY(out.empty());
        QVERIFY(!handshake.receive(clientC0C1(false), out)); // stays failed
    }
};

QTEST_GUILESS_MAIN(TestHandshake)
#include "tst_handshake.moc"
