#include <cmath>
#include <vector>

#include <QTest>

#include "media/Encoder.h"
#include "sources/Camera.h"
#include "sources/CameraDecodeWorker.h"

using namespace wl;
using namespace wl::sources;

namespace {

struct EncodedStream {
    media::CodecParameters parameters;
    std::vector<media::Packet> packets;
};

void appendPackets(EncodedStream& stream, const Expected<std::vector<media::Packet>>& packets) {
    if (!packets)
        qFatal("encoding failed: %s", packets.error().toString().c_str());
    stream.packets.insert(stream.packets.end(), packets.value().begin(), packets.value().end());
}

// `frames` frames of 320x240 H.264 with a keyframe every `gop` frames, stamped in milliseconds.
EncodedStream encodeVideo(int frames, int gop) {
    media::VideoEncoderSettings settings;
    settings.width = 320;
    settings.height = 240;
    settings.preset = "ultrafast";
    settings.gopFrames = gop;
    settings.threads = 1;
    auto encoder = media::Encoder::openVideo(settings);
    if (!encoder)
        qFatal("encoder: %s", encoder.error().toString().c_str());
    EncodedStream stream{encoder->codecParameters(), {}};
    for (int i = 0; i < frames; ++i) {
        auto frame = media::Frame::allocateVideo(320, 240, AV_PIX_FMT_YUV420P);
        for (int plane = 0; plane < 3; ++plane) {
            const int rows = plane == 0 ? 240 : 120;
            std::fill_n(frame->data(plane), frame->lineSize(plane) * rows,
                        static_cast<std::uint8_t>(40 + i));
        }
        frame->setPts(i);
        frame->setTimeBase({1, 30});
        appendPackets(stream, encoder->encode(*frame));
    }
    appendPackets(stream, encoder->drain());
    return stream;
}

EncodedStream encodeTone(int seconds) {
    auto encoder = media::Encoder::openAudio(media::AudioEncoderSettings{});
    EncodedStream stream{encoder->codecParameters(), {}};
    const int frameSize = encoder->audioFrameSize();
    for (int start = 0; start < 48000 * seconds; start += frameSize) {
        auto frame = media::Frame::allocateAudio(48000, 2, encoder->sampleFormat(), frameSize);
        // AAC takes planar float: fill both channels with a 1 kHz tone.
        for (int channel = 0; channel < 2; ++channel) {
            auto* samples = reinterpret_cast<float*>(frame->data(channel));
            for (int i = 0; i < frameSize; ++i)
                samples[i] =
                    0.5f * static_cast<float>(std::sin(2 * M_PI * 1000 * (start + i) / 48000.0));
        }
        frame->setPts(start);
        frame->setTimeBase({1, 48000});
        appendPackets(stream, encoder->encode(*frame));
    }
    appendPackets(stream, encoder->drain());
    return stream;
}

// Runs everything queued for the camera through the worker, as its thread would.
void drain(Camera& camera, CameraDecodeWorker& worker) {
    while (auto input = camera.inputQueue().tryPop())
        worker.process(*input);
}

class RecordingSink : public PreviewSink {
public:
    void previewReady(const QString& id, const QImage& image) override {
        lastId = id;
        lastImage = image;
        ++count;
    }
    QString lastId;
    QImage lastImage;
    int count = 0;
};

} // namespace

class TestCameraDecode : public QObject {
    Q_OBJECT

private slots:
    void statusFollowsPublishAndDecodedMedia() {
        Camera camera(QStringLiteral("cam2"), QStringLiteral("Stage"), QStringLiteral("k"), {});
        std::vector<CameraStatus> seen;
        camera.setStatusListener(
            [&](const QString&, CameraStatus status) { seen.push_back(status); });
        QCOMPARE(camera.status(), CameraStatus::Waiting);

        const auto first = camera.beginPublish(0);
        QCOMPARE(camera.status(), CameraStatus::Waiting); // connected, nothing decoded yet
        camera.mediaDecoded(100'000);
        QCOMPARE(camera.status(), CameraStatus::Live);
        camera.checkMedia(2'000'000);
        QCOMPARE(camera.status(), CameraStatus::Live); // 1.9 s without media is still fine
        camera.checkMedia(2'200'000);
        QCOMPARE(camera.status(), CameraStatus::Offline);
        camera.mediaDecoded(2'300'000);
        QCOMPARE(camera.status(), CameraStatus::Live);

        const auto second = camera.beginPublish(3'000'000); // a reconnect replaces the first
        camera.endPublish(first);                           // the old connection ends late
        QCOMPARE(camera.status(), CameraStatus::Live);
        camera.endPublish(second);
        QCOMPARE(camera.status(), CameraStatus::Offline);
        QCOMPARE(seen, (std::vector<CameraStatus>{CameraStatus::Live, CameraStatus::Offline,
                                                  CameraStatus::Live, CameraStatus::Offline}));
        QCOMPARE(camera.stats().refresh(4'000'000, false).reconnects, 1);
    }

    void decodesEveryPublishedFrameAndMakesPreviews() {
        const EncodedStream stream = encodeVideo(60, 30);
        QCOMPARE(stream.packets.size(), std::size_t{60});
        SessionClock clock;
        PreviewHub hub;
        RecordingSink sink;
        hub.add(&sink);
        auto camera = std::make_shared<Camera>(QStringLiteral("cam1"), QStringLiteral("A"),
                                               QStringLiteral("k"), Camera::Settings{});
        CameraDecodeWorker worker(camera, clock, hub, DecodeSettings{{}, QSize(480, 270), 1000});

        const auto publish = camera->beginPublish(clock.nowUs());
        camera->configReceived(publish, stream.parameters);
        for (const auto& packet : stream.packets)
            camera->packetReceived(publish, packet);
        drain(*camera, worker);

        const CameraStats stats = camera->stats().refresh(clock.nowUs(), true);
        QCOMPARE(stats.framesDecoded, std::uint64_t{60});
        QCOMPARE(stats.framesDropped, std::uint64_t{0});
        QCOMPARE(stats.width, 320);
        QCOMPARE(stats.height, 240);
        QCOMPARE(stats.videoCodec, QStringLiteral("h264"));
        QCOMPARE(camera->status(), CameraStatus::Live);
        const auto latest = camera->latestFrame().load();
        QVERIFY(latest.has_value());
        QCOMPARE(latest->sequence, std::uint64_t{60});
        QCOMPARE(latest->value.width(), 320);
        QVERIFY(sink.count > 0);
        QCOMPARE(sink.lastId, QStringLiteral("cam1"));
        QCOMPARE(sink.lastImage.size(), QSize(480, 270));
        QVERIFY(camera->preview().load().has_value());
    }

    void overflowResynchronisesOnTheNextKeyframe() {
        const EncodedStream stream = encodeVideo(90, 30);
        SessionClock clock;
        PreviewHub hub;
        Camera::Settings settings;
        settings.inputQueueCapacity = 45;
        auto camera = std::make_shared<Camera>(QStringLiteral("cam1"), QStringLiteral("A"),
                                               QStringLiteral("k"), settings);
        CameraDecodeWorker worker(camera, clock, hub);
        const auto publish = camera->beginPublish(0);
        camera->configReceived(publish, stream.parameters);
        // The decoder stalls: 91 inputs into a queue of 45 drop the config and frames 0..44.
        for (const auto& packet : stream.packets)
            camera->packetReceived(publish, packet);
        QVERIFY(camera->takeResyncRequest());
        drain(*camera, worker);
        const CameraStats stats = camera->stats().refresh(1'000'000, true);
        // Frames 45..59 cannot be decoded without their keyframe; 60..89 can.
        QCOMPARE(stats.framesDecoded, std::uint64_t{30});
        QCOMPARE(stats.framesDropped, std::uint64_t{46 + 15});
        QCOMPARE(stats.decodeErrors, std::uint64_t{0});
    }

    void decodesAudioToFortyEightKilohertzStereo() {
        const EncodedStream stream = encodeTone(1);
        SessionClock clock;
        PreviewHub hub;
        auto camera = std::make_shared<Camera>(QStringLiteral("cam3"), QStringLiteral("Desk"),
                                               QStringLiteral("k"), Camera::Settings{});
        CameraDecodeWorker worker(camera, clock, hub);
        const auto publish = camera->beginPublish(0);
        camera->configReceived(publish, stream.parameters);
        for (const auto& packet : stream.packets)
            camera->packetReceived(publish, packet);
        drain(*camera, worker);
        const std::size_t frames = camera->audio().available();
        QVERIFY2(frames >= 47000 && frames <= 50000, QByteArray::number(qulonglong(frames)));
        std::vector<float> samples(frames * 2);
        camera->audio().read(samples.data(), frames);
        // The tone is there: count rising zero crossings in the middle second-half (1 kHz).
        int crossings = 0;
        for (std::size_t i = 24000; i + 1 < 48000 && i + 1 < frames; ++i) {
            if (samples[2 * i] < 0 && samples[2 * (i + 1)] >= 0)
                ++crossings;
        }
        QVERIFY2(std::abs(crossings - 500) <= 3, QByteArray::number(crossings));
        // An audio-only publisher is live through its audio.
        QCOMPARE(camera->status(), CameraStatus::Live);
        QCOMPARE(camera->stats().latest().audioSampleRate, 48000);
    }
};

QTEST_GUILESS_MAIN(TestCameraDecode)
#include "tst_cameradecode.moc"
