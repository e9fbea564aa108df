#include <cstdint>
#include <vector>

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include "MediaTestSupport.h"
#include "media/AvLogRouting.h"
#include "media/CodecParameters.h"
#include "media/Decoder.h"
#include "media/Demuxer.h"
#include "media/Encoder.h"
#include "media/Muxer.h"

using namespace wl::media;

namespace {

constexpr int kWidth = 320;
constexpr int kHeight = 240;
constexpr int kFrames = 30;

VideoEncoderSettings smallVideo() {
    VideoEncoderSettings settings;
    settings.width = kWidth;
    settings.height = kHeight;
    settings.frameRate = AVRational{30, 1};
    settings.bitrateKbps = 500;
    settings.preset = "ultrafast";
    settings.tune = "zerolatency";
    settings.threads = 1;
    return settings;
}

std::vector<Packet> encodeVideo(Encoder& encoder, int frames) {
    std::vector<Packet> packets;
    for (int i = 0; i < frames; ++i) {
        Frame frame = test::makeVideoFrame(kWidth, kHeight, i);
        frame.setArrivalUs(1000 + i);
        auto out = encoder.encode(frame);
        if (!out)
            qFatal("encode: %s", out.error().toString().c_str());
        for (auto& packet : *out)
            packets.push_back(std::move(packet));
    }
    auto rest = encoder.drain();
    if (!rest)
        qFatal("drain: %s", rest.error().toString().c_str());
    for (auto& packet : *rest)
        packets.push_back(std::move(packet));
    return packets;
}

std::vector<Frame> decodeAll(Decoder& decoder, const std::vector<Packet>& packets) {
    std::vector<Frame> frames;
    for (const Packet& packet : packets) {
        auto out = decoder.decode(packet);
        if (!out)
            qFatal("decode: %s", out.error().toString().c_str());
        for (auto& frame : *out)
            frames.push_back(std::move(frame));
    }
    auto rest = decoder.drain();
    if (!rest)
        qFatal("drain: %s", rest.error().toString().c_str());
    for (auto& frame : *rest)
        frames.push_back(std::move(frame));
    return frames;
}

bool startsWithStartCode(std::span<const std::uint8_t> bytes) {
    return (bytes.size() > 4 && bytes[0] == 0 && bytes[1] == 0 && bytes[2] == 0 && bytes[3] == 1) ||
           (bytes.size() > 3 && bytes[0] == 0 && bytes[1] == 0 && bytes[2] == 1);
}

// True when the payload is a chain of 4-byte big-endian lengths, each followed by that many bytes.
bool isLengthPrefixed(std::span<const std::uint8_t> bytes) {
    std::size_t offset = 0;
    while (offset + 4 <= bytes.size()) {
        const std::size_t length = (std::size_t{bytes[offset]} << 24) |
                                   (std::size_t{bytes[offset + 1]} << 16) |
                                   (std::size_t{bytes[offset + 2]} << 8) | bytes[offset + 3];
        if (length == 0)
            return false;
        offset += 4 + length;
    }
    return offset == bytes.size();
}

// What an RTMP ingest hands over: packets and extradata as they come out of an FLV or MP4 demuxer.
struct ContainerStream {
    CodecParameters parameters;
    std::vector<Packet> packets;
};

ContainerStream readStream(const QString& path, MediaKind kind) {
    auto demuxer = Demuxer::open(DemuxerSettings{path.toStdString(), {}, {}, {}});
    if (!demuxer)
        qFatal("open: %s", demuxer.error().toString().c_str());
    const int index = demuxer->bestStream(kind);
    ContainerStream stream{demuxer->streamParameters(index).value(), {}};
    for (;;) {
        auto packet = demuxer->read();
        if (!packet || !packet->has_value())
            break;
        if ((*packet)->streamIndex() == index)
            stream.packets.push_back(std::move(**packet));
    }
    return stream;
}

} // namespace

class TestEncoderDecoder : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { routeAvLogToQt(AV_LOG_WARNING); }

    void h264RoundTripKeepsSizeAndPts() {
        auto encoder = Encoder::openVideo(smallVideo());
        QVERIFY2(encoder, encoder ? "" : encoder.error().toString().c_str());
        QCOMPARE(encoder->timeBase().den, 30);
        QCOMPARE(encoder->codecParameters().codecId(), AV_CODEC_ID_H264);
        QVERIFY(!encoder->codecParameters().extradata().empty());
        const std::vector<Packet> packets = encodeVideo(*encoder, kFrames);
        QCOMPARE(int(packets.size()), kFrames);
        QVERIFY(packets.front().isKeyframe());
        QCOMPARE(packets.front().kind(), MediaKind::Video);

        auto decoder = Decoder::open(encoder->codecParameters());
        QVERIFY(decoder);
        const std::vector<Frame> frames = decodeAll(*decoder, packets);
        QCOMPARE(int(frames.size()), kFrames);
        for (int i = 0; i < kFrames; ++i) {
            QCOMPARE(frames[i].width(), kWidth);
            QCOMPARE(frames[i].height(), kHeight);
            QCOMPARE(frames[i].kind(), MediaKind::Video);
            QCOMPARE(frames[i].pts(), std::int64_t{i});
            QCOMPARE(frames[i].timeBase().den, 30);
            QCOMPARE(frames[i].arrivalUs(), std::int64_t{1000 + i});
        }
        QCOMPARE(decoder->frameCount(), std::uint64_t{kFrames});
    }

    // x264 with a global header still writes Annex B (start codes) packets and extradata; the
    // FLV and MP4 muxers turn them into avcC + length-prefixed NAL units, which is what RTMP
    // carries and what forH264() must decode.
    void h264DecodesLengthPrefixedNalUnitsWithAvcC() {
        auto encoder = Encoder::openVideo(smallVideo());
        QVERIFY(encoder);
        QVERIFY(startsWithStartCode(encoder->codecParameters().extradata()));
        const std::vector<Packet> packets = encodeVideo(*encoder, kFrames);
        QVERIFY(startsWithStartCode(packets.front().bytes()));

        QTemporaryDir dir;
        const QString path = dir.filePath("avc.flv");
        {
            auto muxer = Muxer::open(MuxerSettings{path.toStdString(), "flv", {}, {}, {}});
            QVERIFY(muxer);
            const int stream =
                muxer->addStream(encoder->codecParameters(), encoder->timeBase()).value();
            QVERIFY(muxer->writeHeader());
            for (const Packet& packet : packets)
                QVERIFY(muxer->write(packet, stream));
            QVERIFY(muxer->finish());
        }
        const ContainerStream flv = readStream(path, MediaKind::Video);
        QCOMPARE(flv.parameters.extradata()[0], std::uint8_t{1}); // configurationVersion
        QCOMPARE(int(flv.packets.size()), kFrames);
        for (const Packet& packet : flv.packets)
            QVERIFY(isLengthPrefixed(packet.bytes()));

        auto parameters = CodecParameters::forH264(flv.parameters.extradata());
        QVERIFY(parameters);
        auto decoder = Decoder::open(*parameters);
        QVERIFY(decoder);
        const std::vector<Frame> frames = decodeAll(*decoder, flv.packets);
        QCOMPARE(int(frames.size()), kFrames);
        QCOMPARE(frames.back().width(), kWidth);
        QCOMPARE(frames.back().height(), kHeight);
        // FLV counts in milliseconds: frame i is at i * 1000 / 30 ms.
        QCOMPARE(frames[3].timeBase().den, 1000);
        QCOMPARE(frames[3].pts(), std::int64_t{100});
    }

    void hevcDecodesLengthPrefixedNalUnitsWithHvcC() {
        QTemporaryDir dir;
        const QString path = dir.filePath("hevc.mp4");
        QProcess ffmpeg;
        ffmpeg.start("ffmpeg",
                     {"-hide_banner", "-loglevel", "error", "-f", "lavfi", "-i",
                      "testsrc2=size=320x240:rate=25:duration=0.4", "-c:v", "libx265", "-preset",
                      "ultrafast", "-x265-params", "log-level=error", "-pix_fmt", "yuv420p", path});
        if (!ffmpeg.waitForFinished(60000) || ffmpeg.exitCode() != 0)
            QSKIP("ffmpeg cannot encode HEVC here");
        const ContainerStream mp4 = readStream(path, MediaKind::Video);
        QCOMPARE(mp4.parameters.codecId(), AV_CODEC_ID_HEVC);
        QCOMPARE(mp4.parameters.extradata()[0], std::uint8_t{1});
        QCOMPARE(int(mp4.packets.size()), 10);
        QVERIFY(isLengthPrefixed(mp4.packets.front().bytes()));

        auto parameters = CodecParameters::forHevc(mp4.parameters.extradata());
        QVERIFY(parameters);
        auto decoder = Decoder::open(*parameters);
        QVERIFY(decoder);
        const std::vector<Frame> frames = decodeAll(*decoder, mp4.packets);
        QCOMPARE(int(frames.size()), 10);
        QCOMPARE(frames.front().width(), 320);
        for (std::size_t i = 1; i < frames.size(); ++i)
            QVERIFY(frames[i].pts() > frames[i - 1].pts());
    }

    void aacRoundTripKeepsSampleCount() {
        auto encoder = Encoder::openAudio(AudioEncoderSettings{});
        QVERIFY2(encoder, encoder ? "" : encoder.error().toString().c_str());
        const int frameSize = encoder->audioFrameSize();
        QCOMPARE(frameSize, 1024);
        QCOMPARE(encoder->sampleFormat(), AV_SAMPLE_FMT_FLTP);
        const auto asc = encoder->codecParameters().extradata();
        QVERIFY(asc.size() >= 2);

        constexpr int kInputFrames = 47; // about one second
        std::vector<Packet> packets;
        for (int i = 0; i < kInputFrames; ++i) {
            auto out = encoder->encode(
                test::makeSineFrame(48000, 2, frameSize, std::int64_t{i} * frameSize, 440.0));
            QVERIFY(out);
            for (auto& packet : *out)
                packets.push_back(std::move(packet));
        }
        auto rest = encoder->drain();
        QVERIFY(rest);
        for (auto& packet : *rest)
            packets.push_back(std::move(packet));
        QVERIFY(!packets.empty());
        QCOMPARE(packets.front().kind(), MediaKind::Audio);
        QCOMPARE(packets.front().timeBase().den, 48000);

        // Raw AAC frames + AudioSpecificConfig, as FLV carries them.
        auto parameters = CodecParameters::forAac(asc, 48000, 2);
        QVERIFY(parameters);
        auto decoder = Decoder::open(*parameters);
        QVERIFY(decoder);
        const std::vector<Frame> frames = decodeAll(*decoder, packets);
        int decodedSamples = 0;
        double energy = 0;
        for (const Frame& frame : frames) {
            QCOMPARE(frame.sampleRate(), 48000);
            QCOMPARE(frame.channelCount(), 2);
            decodedSamples += frame.sampleCount();
            const auto* samples = reinterpret_cast<const float*>(frame.data(0));
            for (int i = 0; i < frame.sampleCount(); ++i)
                energy += double(samples[i]) * samples[i];
        }
        const int inputSamples = kInputFrames * frameSize;
        QVERIFY2(std::abs(decodedSamples - inputSamples) <= frameSize,
                 qPrintable(QString("decoded %1 of %2").arg(decodedSamples).arg(inputSamples)));
        // A 0.5 amplitude sine has a mean square of 0.125; coding loses a little.
        const double meanSquare = energy / decodedSamples;
        QVERIFY2(meanSquare > 0.08 && meanSquare < 0.16, qPrintable(QString::number(meanSquare)));
    }

    void encoderRejectsMismatchedFrames() {
        auto encoder = Encoder::openVideo(smallVideo());
        QVERIFY(encoder);
        const auto wrongSize = encoder->send(test::makeVideoFrame(160, 120, 0));
        QVERIFY(!wrongSize);
        QCOMPARE(wrongSize.error().code, wl::ErrorCode::InvalidArgument);
        QVERIFY(!encoder->send(test::makeSineFrame(48000, 2, 1024, 0, 440.0)));
        QVERIFY(!encoder->send(Frame()));
    }

    void encoderHonoursKeyframeRequests() {
        auto settings = smallVideo();
        settings.gopFrames = 300;
        auto encoder = Encoder::openVideo(settings);
        QVERIFY(encoder);
        std::vector<bool> keyframes;
        for (int i = 0; i < 10; ++i) {
            if (i == 5)
                encoder->requestKeyframe();
            auto out = encoder->encode(test::makeVideoFrame(kWidth, kHeight, i));
            QVERIFY(out);
            for (const Packet& packet : *out)
                keyframes.push_back(packet.isKeyframe());
        }
        QCOMPARE(int(keyframes.size()), 10);
        QVERIFY(keyframes[0]);
        QVERIFY(!keyframes[4]);
        QVERIFY(keyframes[5]);
        QVERIFY(!keyframes[6]);
    }

    void decoderRejectsGarbage() {
        auto parameters = CodecParameters::forCodec(AV_CODEC_ID_H264);
        QVERIFY(parameters);
        auto decoder = Decoder::open(*parameters);
        QVERIFY(decoder);
        std::vector<std::uint8_t> garbage(64, 0xAB);
        auto frames = decoder->decode(Packet::fromBytes(garbage).value());
        // Garbage either fails or yields nothing; it must never produce a frame.
        QVERIFY(!frames || frames->empty());
    }
};

QTEST_GUILESS_MAIN(TestEncoderDecoder)
#include "tst_encoderdecoder.moc"
