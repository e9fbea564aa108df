#include <algorithm>
#include <cmath>
#include <mutex>
#include <vector>

#include <QElapsedTimer>
#include <QTest>

#include "common/WorkerThread.h"
#include "output/ProgramEncoder.h"

using namespace wl;
using namespace wl::output;

namespace {

class CollectingConsumer : public PacketConsumer {
public:
    void streamsStarted(const ProgramStreams& started) override {
        std::lock_guard lock(mutex);
        streams = started;
        ++starts;
    }
    void packetReady(const media::Packet& packet) override {
        std::lock_guard lock(mutex);
        packets.push_back(packet);
    }
    std::vector<media::Packet> of(media::MediaKind kind) {
        std::lock_guard lock(mutex);
        std::vector<media::Packet> result;
        for (const auto& packet : packets)
            if (packet.kind() == kind)
                result.push_back(packet);
        return result;
    }
    std::mutex mutex;
    ProgramStreams streams;
    int starts = 0;
    std::vector<media::Packet> packets;
};

media::Frame videoFrame(int width, int height, std::int64_t programFrame) {
    auto frame = media::Frame::allocateVideo(width, height, AV_PIX_FMT_YUV420P);
    for (int plane = 0; plane < 3; ++plane) {
        const int rows = plane == 0 ? height : height / 2;
        std::fill_n(frame->data(plane), frame->lineSize(plane) * rows,
                    static_cast<std::uint8_t>(60 + (programFrame * 3) % 120));
    }
    frame->setTimeBase({1, 30});
    frame->setPts(programFrame);
    return std::move(frame).value();
}

media::Frame audioBlock(std::int64_t programFrame) {
    constexpr int kSamples = 1600; // one 30 fps frame at 48 kHz
    auto frame = media::Frame::allocateAudio(48000, 2, AV_SAMPLE_FMT_FLT, kSamples);
    auto* samples = reinterpret_cast<float*>(frame->data(0));
    for (int i = 0; i < kSamples; ++i) {
        const double t = static_cast<double>(programFrame * kSamples + i) / 48000.0;
        samples[2 * i] = samples[2 * i + 1] =
            static_cast<float>(0.3 * std::sin(2 * M_PI * 440 * t));
    }
    frame->setTimeBase({1, 48000});
    frame->setPts(programFrame * kSamples);
    return std::move(frame).value();
}

ProgramEncoderSettings smallProgram() {
    ProgramEncoderSettings settings;
    settings.width = 640;
    settings.height = 360;
    settings.videoBitrateKbps = 1000;
    settings.preset = "ultrafast";
    settings.encoderThreads = 1;
    return settings;
}

// Room for every frame, so a busy test machine never makes the encoder drop one.
ProgramEncoderSettings unhurriedProgram() {
    ProgramEncoderSettings settings = smallProgram();
    settings.videoQueueFrames = 120;
    return settings;
}

} // namespace

class TestProgramEncoder : public QObject {
    Q_OBJECT

private slots:
    void encodesEveryFrameWithAKeyframeEachSecond() {
        PacketFanout fanout;
        CollectingConsumer consumer;
        fanout.add(&consumer);
        ProgramEncoder encoder(unhurriedProgram(), fanout);
        QVERIFY(encoder.open().hasValue());
        WorkerThread thread;
        thread.start("test-encode", [&](std::stop_token stop) { encoder.run(stop); });
        for (int i = 0; i < 60; ++i) {
            encoder.submitAudio(audioBlock(1000 + i));
            encoder.submitVideo(videoFrame(640, 360, 1000 + i));
            QTest::qWait(5); // a gentle pace, so nothing needs dropping
        }
        QTRY_COMPARE_WITH_TIMEOUT(encoder.stats().videoFramesEncoded, std::uint64_t{60}, 10000);
        thread.stop(); // drains

        QCOMPARE(consumer.starts, 1);
        QCOMPARE(consumer.streams.video.codecId(), AV_CODEC_ID_H264);
        QCOMPARE(consumer.streams.audio.codecId(), AV_CODEC_ID_AAC);
        const auto video = consumer.of(media::MediaKind::Video);
        QCOMPARE(video.size(), std::size_t{60});
        for (std::size_t i = 0; i < video.size(); ++i) {
            QCOMPARE(video[i].pts(), std::int64_t(1000 + i)); // program frame numbers kept
        }
        // Closed GOP of one second: keyframes exactly 30 frames apart, none in between.
        std::vector<std::int64_t> keyframes;
        for (const auto& packet : video)
            if (packet.isKeyframe())
                keyframes.push_back(packet.pts());
        QCOMPARE(keyframes, (std::vector<std::int64_t>{1000, 1030}));

        const auto audio = consumer.of(media::MediaKind::Audio);
        // 60 blocks of 1600 samples = 96000 samples = 93.75 AAC frames of 1024.
        QVERIFY2(audio.size() >= 93 && audio.size() <= 96,
                 QByteArray::number(qulonglong(audio.size())));
        // Audio pts continue from the first block's program sample, so audio and video line up.
        QVERIFY(std::llabs(audio.front().pts() - 1000LL * 1600) <= 2048);
        QCOMPARE(encoder.stats().videoFramesDropped, std::uint64_t{0});
    }

    void aRequestedKeyframeComesAtOnce() {
        PacketFanout fanout;
        CollectingConsumer consumer;
        fanout.add(&consumer);
        ProgramEncoder encoder(unhurriedProgram(), fanout);
        QVERIFY(encoder.open().hasValue());
        WorkerThread thread;
        thread.start("test-encode", [&](std::stop_token stop) { encoder.run(stop); });
        for (int i = 0; i < 45; ++i) {
            if (i == 12) {
                // A recording starting mid-GOP: it must not wait for the next scheduled keyframe.
                QTRY_COMPARE_WITH_TIMEOUT(encoder.stats().videoFramesEncoded, std::uint64_t{12},
                                          10000);
                encoder.requestKeyframe();
            }
            encoder.submitVideo(videoFrame(640, 360, i));
            QTest::qWait(5);
        }
        QTRY_COMPARE_WITH_TIMEOUT(encoder.stats().videoFramesEncoded, std::uint64_t{45}, 10000);
        thread.stop();
        std::vector<std::int64_t> keyframes;
        for (const auto& packet : consumer.of(media::MediaKind::Video))
            if (packet.isKeyframe())
                keyframes.push_back(packet.pts());
        QCOMPARE(keyframes.front(), std::int64_t{0});
        QVERIFY2(std::find(keyframes.begin(), keyframes.end(), 12) != keyframes.end(),
                 "no keyframe at the requested frame");
    }

    void audioAfterAPauseInTheOutputStaysOnTheFrameNumbers() {
        PacketFanout fanout;
        CollectingConsumer consumer;
        fanout.add(&consumer);
        ProgramEncoder encoder(unhurriedProgram(), fanout);
        QVERIFY(encoder.open().hasValue());
        WorkerThread thread;
        thread.start("test-encode", [&](std::stop_token stop) { encoder.run(stop); });
        // Frames 0..29, then nothing for ten seconds of program time, then frames 300..329.
        for (int i = 0; i < 60; ++i) {
            const int frame = i < 30 ? i : 270 + i;
            encoder.submitAudio(audioBlock(frame));
            encoder.submitVideo(videoFrame(640, 360, frame));
            QTest::qWait(5);
        }
        QTRY_COMPARE_WITH_TIMEOUT(encoder.stats().videoFramesEncoded, std::uint64_t{60}, 10000);
        thread.stop();
        const auto audio = consumer.of(media::MediaKind::Audio);
        const auto resumed = std::find_if(audio.begin(), audio.end(), [](const media::Packet& p) {
            return p.pts() >= 30 * 1600;
        });
        QVERIFY(resumed != audio.end());
        // The first packet after the gap starts where frame 300 does, not where frame 30 would.
        QVERIFY2(std::llabs(resumed->pts() - 300LL * 1600) <= 1024,
                 QByteArray::number(qlonglong(resumed->pts())));
    }

    void fallingBehindDropsOldVideoButNeverBlocks() {
        PacketFanout fanout;
        CollectingConsumer consumer;
        fanout.add(&consumer);
        ProgramEncoderSettings settings = smallProgram();
        settings.videoQueueFrames = 4;
        ProgramEncoder encoder(settings, fanout);
        QVERIFY(encoder.open().hasValue());
        // Nothing encodes yet: the program thread keeps submitting and must not wait.
        QElapsedTimer timer;
        timer.start();
        for (int i = 0; i < 100; ++i) {
            encoder.submitVideo(videoFrame(640, 360, i));
            encoder.submitAudio(audioBlock(i));
        }
        QVERIFY(timer.elapsed() < 1000);
        QCOMPARE(encoder.stats().videoFramesDropped, std::uint64_t{96});
        QCOMPARE(encoder.stats().audioBlocksDropped, std::uint64_t{0});

        WorkerThread thread;
        thread.start("test-encode", [&](std::stop_token stop) { encoder.run(stop); });
        QTRY_COMPARE_WITH_TIMEOUT(encoder.stats().videoFramesEncoded, std::uint64_t{4}, 10000);
        thread.stop();
        // The newest four frames survived.
        const auto video = consumer.of(media::MediaKind::Video);
        QCOMPARE(video.size(), std::size_t{4});
        QCOMPARE(video.back().pts(), std::int64_t{99});
    }
};

QTEST_GUILESS_MAIN(TestProgramEncoder)
#include "tst_programencoder.moc"
