#include <QTest>

#include "RtmpTestSupport.h"
#include "ingest/rtmp/AacAudioSpecificConfig.h"
#include "ingest/rtmp/AvcDecoderConfig.h"
#include "ingest/rtmp/FlvAudioTag.h"
#include "ingest/rtmp/FlvVideoTag.h"
#include "ingest/rtmp/HevcDecoderConfig.h"

using namespace rtmptest;

namespace {

// avcC: version 1, High profile 100, level 3.0, 4-byte lengths, one SPS, one PPS.
Bytes sampleAvcC() {
    return {0x01, 0x64, 0x00, 0x1E, 0xFF, 0xE1, 0x00, 0x04, 0x67,
            0x64, 0x00, 0x1E, 0x01, 0x00, 0x03, 0x68, 0xEB, 0xE3};
}

Bytes concat(std::initializer_list<Bytes> parts) {
    Bytes all;
    for (const Bytes& part : parts)
        append(all, part);
    return all;
}

Bytes fourCcBytes(const char (&code)[5]) {
    return Bytes(code, code + 4);
}

} // namespace

class TestFlvPayload : public QObject {
    Q_OBJECT

private slots:
    void legacyAvcSequenceHeader() {
        const auto tag = FlvVideoTag::parse(concat({{0x17, 0x00, 0x00, 0x00, 0x00}, sampleAvcC()}));
        QVERIFY(tag.hasValue());
        QCOMPARE(tag->codec, VideoCodec::H264);
        QCOMPARE(tag->kind, VideoPacketKind::SequenceHeader);
        QVERIFY(tag->keyframe);
        QVERIFY(!tag->enhanced);
        QVERIFY(tag->data == sampleAvcC());
        const auto config = AvcDecoderConfig::parse(tag->data);
        QVERIFY(config.hasValue());
        QCOMPARE(config->profile, std::uint8_t{100});
        QCOMPARE(config->level, std::uint8_t{30});
        QCOMPARE(config->naluLengthSize, std::uint8_t{4});
        QCOMPARE(config->sequenceParameterSets.size(), std::size_t{1});
        QCOMPARE(config->pictureParameterSets.front().size(), std::size_t{3});
    }

    void compositionTimeIsSigned_data() {
        QTest::addColumn<Bytes>("cts");
        QTest::addColumn<int>("expected");
        QTest::newRow("zero") << Bytes{0x00, 0x00, 0x00} << 0;
        QTest::newRow("80 ms") << Bytes{0x00, 0x00, 0x50} << 80;
        QTest::newRow("-33 ms") << Bytes{0xFF, 0xFF, 0xDF} << -33;
        QTest::newRow("-1 ms") << Bytes{0xFF, 0xFF, 0xFF} << -1;
        QTest::newRow("most negative") << Bytes{0x80, 0x00, 0x00} << -8388608;
        QTest::newRow("most positive") << Bytes{0x7F, 0xFF, 0xFF} << 8388607;
    }

    void compositionTimeIsSigned() {
        QFETCH(Bytes, cts);
        QFETCH(int, expected);
        const auto tag = FlvVideoTag::parse(concat({{0x27, 0x01}, cts, {0, 0, 0, 1, 0x41}}));
        QVERIFY(tag.hasValue());
        QCOMPARE(tag->kind, VideoPacketKind::CodedFrame);
        QVERIFY(!tag->keyframe);
        QCOMPARE(tag->compositionTimeMs, expected);
        QVERIFY(tag->data == Bytes({0, 0, 0, 1, 0x41}));
        // The same in an E-RTMP CodedFrames packet.
        const auto ex = FlvVideoTag::parse(concat({{0x91}, fourCcBytes("hvc1"), cts, {0x26}}));
        QVERIFY(ex.hasValue());
        QCOMPARE(ex->compositionTimeMs, expected);
        QVERIFY(ex->keyframe);
    }

    void legacyEndOfSequenceAndCommandFrames() {
        auto tag = FlvVideoTag::parse(Bytes{0x17, 0x02, 0x00, 0x00, 0x00});
        QVERIFY(tag.hasValue());
        QCOMPARE(tag->kind, VideoPacketKind::EndOfSequence);
        tag = FlvVideoTag::parse(Bytes{0x57, 0x00});
        QVERIFY(tag.hasValue());
        QCOMPARE(tag->kind, VideoPacketKind::Command);
        tag = FlvVideoTag::parse(Bytes{0x1C, 0x00, 0x00, 0x00, 0x00, 0x01}); // CodecID 12: HEVC
        QVERIFY(tag.hasValue());
        QCOMPARE(tag->codec, VideoCodec::Hevc);
    }

    void rejectsBadVideoTags_data() {
        QTest::addColumn<Bytes>("bytes");
        QTest::addColumn<int>("code");
        const int violation = int(wl::ErrorCode::ProtocolViolation);
        const int unsupported = int(wl::ErrorCode::Unsupported);
        QTest::newRow("empty") << Bytes{} << violation;
        QTest::newRow("short AVC header") << Bytes{0x17, 0x01, 0x00} << violation;
        QTest::newRow("AVC packet type 3") << Bytes{0x17, 0x03, 0, 0, 0} << violation;
        QTest::newRow("VP6") << Bytes{0x14, 0x00} << unsupported;
        QTest::newRow("Sorenson") << Bytes{0x12} << unsupported;
        QTest::newRow("truncated FourCC") << Bytes{0x90, 'h', 'v'} << violation;
        QTest::newRow("unknown FourCC") << concat({{0x90}, fourCcBytes("xyz1")}) << unsupported;
        QTest::newRow("missing CTS") << concat({{0x91}, fourCcBytes("avc1"), {0x00}}) << violation;
        QTest::newRow("packet type 5") << concat({{0x95}, fourCcBytes("av01")}) << unsupported;
        QTest::newRow("reserved packet type")
            << concat({{0x9E}, fourCcBytes("hvc1")}) << unsupported;
        QTest::newRow("many tracks") << concat({{0x96, 0x10}, fourCcBytes("hvc1")}) << unsupported;
        QTest::newRow("nested multitrack") << Bytes{0x96, 0x06} << violation;
    }

    void rejectsBadVideoTags() {
        QFETCH(Bytes, bytes);
        QFETCH(int, code);
        const auto tag = FlvVideoTag::parse(bytes);
        QVERIFY(!tag);
        QCOMPARE(int(tag.error().code), code);
        QCOMPARE(tag.error().context, std::string("flv video tag"));
    }

    void enhancedHevcFromX265() {
        // hvcC produced by libx265 (64x64, Main): VPS/SPS/PPS arrays.
        const Bytes hvcC = readFixture("x265_64x64_hvcC.bin");
        QVERIFY(!hvcC.empty());
        const auto start = FlvVideoTag::parse(concat({{0x90}, fourCcBytes("hvc1"), hvcC}));
        QVERIFY(start.hasValue());
        QVERIFY(start->enhanced);
        QCOMPARE(start->codec, VideoCodec::Hevc);
        QCOMPARE(start->kind, VideoPacketKind::SequenceHeader);
        QVERIFY(start->keyframe);
        QVERIFY(start->data == hvcC);
        const auto config = HevcDecoderConfig::parse(start->data);
        QVERIFY(config.hasValue());
        QCOMPARE(config->profileIdc, std::uint8_t{1}); // Main
        QCOMPARE(config->naluLengthSize, std::uint8_t{4});
        QCOMPARE(config->chromaFormat, std::uint8_t{1}); // 4:2:0
        QCOMPARE(config->bitDepthLuma, std::uint8_t{8});
        QVERIFY(config->hasNalUnitType(32) && config->hasNalUnitType(33) &&
                config->hasNalUnitType(34));

        const auto framesX = FlvVideoTag::parse(concat({{0xA3}, fourCcBytes("hvc1"), {1, 2}}));
        QVERIFY(framesX.hasValue());
        QCOMPARE(framesX->kind, VideoPacketKind::CodedFrame);
        QCOMPARE(framesX->compositionTimeMs, 0);
        QVERIFY(!framesX->keyframe);
        QVERIFY(framesX->data == Bytes({1, 2}));
        const auto end = FlvVideoTag::parse(concat({{0x92}, fourCcBytes("hvc1")}));
        QCOMPARE(end->kind, VideoPacketKind::EndOfSequence);
        const auto metadata = FlvVideoTag::parse(concat({{0x94}, fourCcBytes("hvc1"), {0x02}}));
        QCOMPARE(metadata->kind, VideoPacketKind::Metadata);
        // One-track multitrack layout: FourCC, track id, then the usual body.
        const auto oneTrack =
            FlvVideoTag::parse(concat({{0x96, 0x01}, fourCcBytes("hvc1"), {0x00, 0, 0, 5, 9}}));
        QVERIFY(oneTrack.hasValue());
        QCOMPARE(oneTrack->compositionTimeMs, 5);
        QVERIFY(oneTrack->data == Bytes({9}));
    }

    void enhancedAv1AndVp9CarryNoCompositionTime() {
        const auto av1 = FlvVideoTag::parse(concat({{0x91}, fourCcBytes("av01"), {0x12, 0x00}}));
        QVERIFY(av1.hasValue());
        QCOMPARE(av1->codec, VideoCodec::Av1);
        QVERIFY(av1->data == Bytes({0x12, 0x00}));
        const auto vp9 = FlvVideoTag::parse(concat({{0xA1}, fourCcBytes("vp09"), {0x83}}));
        QVERIFY(vp9.hasValue());
        QCOMPARE(vp9->codec, VideoCodec::Vp9);
        QVERIFY(vp9->data == Bytes({0x83}));
    }

    void rejectsBadConfigurationRecords() {
        Bytes avcC = sampleAvcC();
        avcC[0] = 2;
        QVERIFY(!AvcDecoderConfig::parse(avcC));
        avcC = sampleAvcC();
        avcC[4] = 0xFE; // 3-byte NALU lengths
        QVERIFY(!AvcDecoderConfig::parse(avcC));
        avcC = sampleAvcC();
        for (std::size_t length = 0; length < avcC.size(); ++length)
            QVERIFY(!AvcDecoderConfig::parse(
                Bytes(avcC.begin(), avcC.begin() + std::ptrdiff_t(length))));
        avcC = sampleAvcC();
        avcC[5] = 0xE0; // no SPS
        QVERIFY(!AvcDecoderConfig::parse(avcC));

        const Bytes hvcC = readFixture("x265_64x64_hvcC.bin");
        for (std::size_t length = 0; length < hvcC.size(); ++length)
            QVERIFY(!HevcDecoderConfig::parse(
                Bytes(hvcC.begin(), hvcC.begin() + std::ptrdiff_t(length))));
        Bytes huge = Bytes(hvcC.begin(), hvcC.begin() + 23);
        append(huge, {0xA0, 0xFF, 0xFF}); // 65535 VPS units in 0 bytes
        QCOMPARE(HevcDecoderConfig::parse(huge).error().code, wl::ErrorCode::ProtocolViolation);
    }

    void aacTags() {
        auto tag = FlvAudioTag::parse(Bytes{0xAF, 0x00, 0x11, 0x88});
        QVERIFY(tag.hasValue());
        QCOMPARE(tag->codec, AudioCodec::Aac);
        QCOMPARE(tag->kind, AudioPacketKind::SequenceHeader);
        QVERIFY(tag->data == Bytes({0x11, 0x88}));
        tag = FlvAudioTag::parse(Bytes{0xAF, 0x01, 0x21, 0x10});
        QCOMPARE(tag->kind, AudioPacketKind::CodedFrame);
        QVERIFY(tag->data == Bytes({0x21, 0x10}));
        QCOMPARE(FlvAudioTag::parse(Bytes{0xAF}).error().code, wl::ErrorCode::ProtocolViolation);
        QCOMPARE(FlvAudioTag::parse(Bytes{0xAF, 0x02}).error().code,
                 wl::ErrorCode::ProtocolViolation);
        tag = FlvAudioTag::parse(Bytes{0x2E, 0xFF, 0xFB});
        QCOMPARE(tag->codec, AudioCodec::Mp3);
        QCOMPARE(tag->legacySampleRate, 44100);
        QCOMPARE(tag->legacyChannels, 1);
        QCOMPARE(FlvAudioTag::parse(Bytes{0xB2, 0x00}).error().code, wl::ErrorCode::Unsupported);
    }

    void enhancedAudioTags() {
        const Bytes opusHead = {'O', 'p', 'u', 's', 'H', 'e', 'a', 'd', 1, 2, 0x38, 0x01};
        auto tag = FlvAudioTag::parse(concat({{0x90}, fourCcBytes("Opus"), opusHead}));
        QVERIFY(tag.hasValue());
        QVERIFY(tag->enhanced);
        QCOMPARE(tag->codec, AudioCodec::Opus);
        QCOMPARE(tag->kind, AudioPacketKind::SequenceHeader);
        QVERIFY(tag->data == opusHead);
        tag = FlvAudioTag::parse(concat({{0x91}, fourCcBytes("mp4a"), {0x21}}));
        QCOMPARE(tag->codec, AudioCodec::Aac);
        QCOMPARE(tag->kind, AudioPacketKind::CodedFrame);
        QCOMPARE(FlvAudioTag::parse(concat({{0x95}, fourCcBytes("Opus")})).error().code,
                 wl::ErrorCode::Unsupported);
        QCOMPARE(FlvAudioTag::parse(concat({{0x90}, fourCcBytes("abcd")})).error().code,
                 wl::ErrorCode::Unsupported);
        QCOMPARE(FlvAudioTag::parse(Bytes{0x90, 'O'}).error().code,
                 wl::ErrorCode::ProtocolViolation);
    }

    void audioSpecificConfigs_data() {
        QTest::addColumn<Bytes>("asc");
        QTest::addColumn<int>("objectType");
        QTest::addColumn<int>("sampleRate");
        QTest::addColumn<int>("channels");
        QTest::newRow("LC 48k mono (FFmpeg)") << Bytes{0x11, 0x88} << 2 << 48000 << 1;
        QTest::newRow("LC 48k stereo") << Bytes{0x11, 0x90} << 2 << 48000 << 2;
        QTest::newRow("LC 44.1k stereo") << Bytes{0x12, 0x10} << 2 << 44100 << 2;
        // Escape object type 31 + 6 bits: 32 + 10 = 42 (USAC), 48 kHz, stereo.
        QTest::newRow("escaped object type") << Bytes{0xF9, 0x46, 0x40} << 42 << 48000 << 2;
        // Frequency index 15: explicit 24-bit rate 50000 Hz, LC, 5.1.
        QTest::newRow("explicit frequency")
            << Bytes{0x17, 0x80, 0x61, 0xA8, 0x30} << 2 << 50000 << 6;
        // HE-AAC explicit: SBR, core 24 kHz, output 48 kHz, stereo, core LC.
        QTest::newRow("HE-AAC explicit") << Bytes{0x2B, 0x11, 0x88, 0x00} << 5 << 48000 << 2;
        QTest::newRow("7.1 (config 7)") << Bytes{0x11, 0xB8} << 2 << 48000 << 8;
    }

    void audioSpecificConfigs() {
        QFETCH(Bytes, asc);
        QFETCH(int, objectType);
        QFETCH(int, sampleRate);
        QFETCH(int, channels);
        const auto config = AacAudioSpecificConfig::parse(asc);
        QVERIFY2(config.hasValue(), config ? "" : config.error().toString().c_str());
        QCOMPARE(int(config->objectType), objectType);
        QCOMPARE(int(config->outputSampleRate()), sampleRate);
        QCOMPARE(config->channels, channels);
    }

    void rejectsBadAudioSpecificConfigs() {
        QVERIFY(!AacAudioSpecificConfig::parse(Bytes{}));
        QVERIFY(!AacAudioSpecificConfig::parse(Bytes{0x11}));             // channels cut off
        QVERIFY(!AacAudioSpecificConfig::parse(Bytes{0x16, 0x88}));       // frequency index 13
        QVERIFY(!AacAudioSpecificConfig::parse(Bytes{0x00, 0x00}));       // object type 0
        QVERIFY(!AacAudioSpecificConfig::parse(Bytes{0x17, 0x80, 0x61})); // explicit rate cut off
        QVERIFY(!AacAudioSpecificConfig::parse(Bytes{0x11, 0xC8}));       // channel config 9
        QVERIFY(!AacAudioSpecificConfig::parse(Bytes{0xF8}));             // escape cut off
    }
};

QTEST_GUILESS_MAIN(TestFlvPayload)
#include "tst_flvpayload.moc"
