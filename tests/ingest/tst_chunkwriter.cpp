#include <QTest>

#include "RtmpTestSupport.h"

using namespace rtmptest;

namespace {

RtmpMessage makeMessage(std::uint32_t csid, std::uint8_t type, std::uint32_t msid,
                        std::uint32_t timestamp, std::size_t size) {
    RtmpMessage message;
    message.chunkStreamId = csid;
    message.typeId = type;
    message.streamId = msid;
    message.wireTimestamp = timestamp;
    message.payload.resize(size);
    for (std::size_t i = 0; i < size; ++i)
        message.payload[i] = static_cast<std::uint8_t>(i);
    return message;
}

Bytes slice(const Bytes& bytes, std::size_t from, std::size_t count) {
    return Bytes(bytes.begin() + static_cast<std::ptrdiff_t>(from),
                 bytes.begin() + static_cast<std::ptrdiff_t>(from + count));
}

} // namespace

class TestChunkWriter : public QObject {
    Q_OBJECT

private slots:
    void typeZeroThenTypeThree() {
        ChunkWriter writer;
        Bytes out;
        QVERIFY(writer.write(makeMessage(3, 20, 0x01020304, 1000, 300), out).hasValue());
        // 12-byte header, 128 bytes, 1-byte header, 128 bytes, 1-byte header, 44 bytes.
        QCOMPARE(out.size(), std::size_t{12 + 128 + 1 + 128 + 1 + 44});
        QCOMPARE(hexOf(slice(out, 0, 12)), hexOf({0x03, 0x00, 0x03, 0xE8, 0x00, 0x01, 0x2C, 0x14,
                                                  0x04, 0x03, 0x02, 0x01})); // msid little-endian
        QCOMPARE(out[12 + 128], std::uint8_t{0xC3});
        QCOMPARE(out[12 + 128 + 1 + 128], std::uint8_t{0xC3});
        QCOMPARE(out[12], std::uint8_t{0});
        QCOMPARE(out[12 + 128 + 1], std::uint8_t{128});
        QCOMPARE(out.back(), std::uint8_t{299 & 0xFF});
    }

    void extendedTimestampOnEveryChunk() {
        ChunkWriter writer;
        Bytes out;
        QVERIFY(writer.write(makeMessage(4, 9, 1, 0x12345678, 200), out).hasValue());
        QCOMPARE(hexOf(slice(out, 1, 3)), hexOf({0xFF, 0xFF, 0xFF}));
        QCOMPARE(hexOf(slice(out, 12, 4)), hexOf({0x12, 0x34, 0x56, 0x78}));
        const std::size_t continuation = 16 + 128;
        QCOMPARE(out[continuation], std::uint8_t{0xC4});
        QCOMPARE(hexOf(slice(out, continuation + 1, 4)), hexOf({0x12, 0x34, 0x56, 0x78}));
        QCOMPARE(out.size(), std::size_t{16 + 128 + 5 + 72});
    }

    void chunkStreamIdForms() {
        ChunkWriter writer;
        Bytes out;
        QVERIFY(writer.write(makeMessage(64, 9, 1, 0, 1), out).hasValue());
        QCOMPARE(hexOf(slice(out, 0, 2)), hexOf({0x00, 0x00}));
        out.clear();
        QVERIFY(writer.write(makeMessage(319, 9, 1, 0, 200), out).hasValue());
        QCOMPARE(hexOf(slice(out, 0, 2)), hexOf({0x00, 0xFF}));
        QCOMPARE(hexOf(slice(out, 13 + 128, 2)), hexOf({0xC0, 0xFF}));
        out.clear();
        QVERIFY(writer.write(makeMessage(65599, 9, 1, 0, 1), out).hasValue());
        QCOMPARE(hexOf(slice(out, 0, 3)), hexOf({0x01, 0xFF, 0xFF}));
        out.clear();
        QVERIFY(writer.write(makeMessage(320, 9, 1, 0, 1), out).hasValue());
        QCOMPARE(hexOf(slice(out, 0, 3)), hexOf({0x01, 0x00, 0x01}));
        QVERIFY(!writer.write(makeMessage(1, 9, 1, 0, 1), out));
        QVERIFY(!writer.write(makeMessage(65600, 9, 1, 0, 1), out));
    }

    void compressedHeadersRoundTrip() {
        ChunkWriter writer(ChunkWriter::Headers::Compressed);
        Bytes out;
        std::vector<RtmpMessage> sent = {
            makeMessage(4, 8, 1, 0, 10),          makeMessage(4, 8, 1, 23, 10), // type 2
            makeMessage(4, 8, 1, 46, 10),                                       // type 3
            makeMessage(4, 8, 1, 69, 12),                                       // type 1
            makeMessage(4, 8, 1, 60, 12),                                       // backward: type 0
            makeMessage(4, 8, 2, 70, 12),         // other msid: type 0
            makeMessage(4, 8, 2, 0x2000000, 300), // extended delta
            makeMessage(4, 8, 2, 0x3FFFFBA, 300), // same extended delta: type 3
        };
        std::vector<std::uint8_t> formats;
        for (const RtmpMessage& message : sent) {
            const std::size_t before = out.size();
            QVERIFY(writer.write(message, out).hasValue());
            formats.push_back(static_cast<std::uint8_t>(out[before] >> 6));
        }
        QCOMPARE(hexOf(formats), hexOf({0, 2, 3, 1, 0, 0, 1, 3}));
        ChunkReader reader;
        std::vector<RtmpMessage> received;
        QVERIFY(reader.receive(out, received).hasValue());
        QCOMPARE(received.size(), sent.size());
        for (std::size_t i = 0; i < sent.size(); ++i) {
            QCOMPARE(received[i].wireTimestamp, sent[i].wireTimestamp);
            QCOMPARE(received[i].streamId, sent[i].streamId);
            QVERIFY(received[i].payload == sent[i].payload);
        }
    }

    void chunkSizeChangesAndLimits() {
        ChunkWriter writer;
        QVERIFY(!writer.setChunkSize(0));
        QVERIFY(!writer.setChunkSize(0x80000000));
        QVERIFY(writer.setChunkSize(4096).hasValue());
        Bytes out;
        QVERIFY(writer.write(makeMessage(3, 9, 1, 0, 5000), out).hasValue());
        QCOMPARE(out.size(), std::size_t{12 + 5000 + 1});
        RtmpMessage tooLarge = makeMessage(3, 9, 1, 0, 0);
        tooLarge.payload.resize(0x1000000);
        QCOMPARE(writer.write(tooLarge, out).error().code, wl::ErrorCode::InvalidArgument);
        out.clear();
        QVERIFY(writer.write(makeMessage(3, 9, 1, 0, 0), out).hasValue());
        QCOMPARE(out.size(), std::size_t{12}); // empty message: header only
    }
};

QTEST_GUILESS_MAIN(TestChunkWriter)
#include "tst_chunkwriter.moc"
