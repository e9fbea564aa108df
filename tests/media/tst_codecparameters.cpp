#include <array>
#include <cstdint>

#include <QTest>

#include "media/CodecParameters.h"

using wl::media::CodecParameters;
using wl::media::MediaKind;

namespace {

// A minimal avcC: version 1, profile/compat/level, 4-byte lengths, no SPS/PPS.
constexpr std::array<std::uint8_t, 7> kAvcC{0x01, 0x42, 0xC0, 0x1E, 0xFF, 0xE0, 0x00};
// AAC-LC, 48 kHz, stereo.
constexpr std::array<std::uint8_t, 2> kAsc{0x11, 0x90};

} // namespace

class TestCodecParameters : public QObject {
    Q_OBJECT

private slots:
    void h264FromAvcC() {
        auto parameters = CodecParameters::forH264(kAvcC);
        QVERIFY(parameters);
        QCOMPARE(parameters->codecId(), AV_CODEC_ID_H264);
        QCOMPARE(parameters->kind(), MediaKind::Video);
        QCOMPARE(QString::fromUtf8(parameters->codecName()), QStringLiteral("h264"));
        QCOMPARE(parameters->extradata().size(), kAvcC.size());
        QVERIFY(std::equal(kAvcC.begin(), kAvcC.end(), parameters->extradata().begin()));
        // libav reads extradata with padding; it must be there and zero.
        for (int i = 0; i < AV_INPUT_BUFFER_PADDING_SIZE; ++i)
            QCOMPARE(parameters->extradata().data()[kAvcC.size() + i], std::uint8_t{0});
    }

    void h264RejectsAnnexB() {
        constexpr std::array<std::uint8_t, 8> annexB{0, 0, 0, 1, 0x67, 0x42, 0xC0, 0x1E};
        const auto parameters = CodecParameters::forH264(annexB);
        QVERIFY(!parameters);
        QCOMPARE(parameters.error().code, wl::ErrorCode::ProtocolViolation);
    }

    void hevcNeedsARecord() {
        std::array<std::uint8_t, 23> hvcC{};
        hvcC[0] = 1;
        QVERIFY(CodecParameters::forHevc(hvcC));
        QCOMPARE(CodecParameters::forHevc(hvcC)->codecId(), AV_CODEC_ID_HEVC);
        QVERIFY(!CodecParameters::forHevc(std::span(hvcC).first(5)));
    }

    void aacFromAudioSpecificConfig() {
        auto parameters = CodecParameters::forAac(kAsc, 48000, 2);
        QVERIFY(parameters);
        QCOMPARE(parameters->codecId(), AV_CODEC_ID_AAC);
        QCOMPARE(parameters->kind(), MediaKind::Audio);
        QCOMPARE(parameters->sampleRate(), 48000);
        QCOMPARE(parameters->channelCount(), 2);
        QCOMPARE(parameters->extradata().size(), kAsc.size());
        QVERIFY(!CodecParameters::forAac(kAsc, 0, 2));
        QVERIFY(!CodecParameters::forAac({}, 48000, 2));
    }

    void genericCodecKnowsItsKind() {
        auto opus = CodecParameters::forCodec(AV_CODEC_ID_OPUS);
        QVERIFY(opus);
        QCOMPARE(opus->kind(), MediaKind::Audio);
        QVERIFY(opus->extradata().empty());
        QVERIFY(!CodecParameters::forCodec(AV_CODEC_ID_SUBRIP));
    }

    void copyIsDeep() {
        CodecParameters original = CodecParameters::forH264(kAvcC).value();
        original.setVideoSize(1920, 1080);
        const CodecParameters copy =
            original; // NOLINT(performance-unnecessary-copy-initialization)
        QCOMPARE(copy.width(), 1920);
        QCOMPARE(copy.height(), 1080);
        QVERIFY(copy.extradata().data() != original.extradata().data());
        QVERIFY(std::equal(copy.extradata().begin(), copy.extradata().end(),
                           original.extradata().begin()));
        original.setVideoSize(640, 360);
        QCOMPARE(copy.width(), 1920);
    }
};

QTEST_GUILESS_MAIN(TestCodecParameters)
#include "tst_codecparameters.moc"
