#include <vector>

#include <QTest>

#include "sources/AudioRing.h"

using wl::sources::AudioRing;

namespace {
std::vector<float> ramp(std::size_t frames, float start) {
    std::vector<float> samples(frames * 2);
    for (std::size_t i = 0; i < frames; ++i) {
        samples[2 * i] = start + static_cast<float>(i);
        samples[2 * i + 1] = -(start + static_cast<float>(i));
    }
    return samples;
}
} // namespace

class TestAudioRing : public QObject {
    Q_OBJECT

private slots:
    void readsBackWhatWasWrittenWithTimes() {
        AudioRing ring(1000);
        const auto samples = ramp(480, 0);
        ring.write(samples.data(), 480, 1'000'000);
        QCOMPARE(ring.available(), std::size_t{480});

        std::vector<float> out(240 * 2);
        auto first = ring.read(out.data(), 240);
        QCOMPARE(first.frames, std::size_t{240});
        QCOMPARE(first.startUs, std::int64_t{1'000'000});
        QCOMPARE(out[0], 0.0f);
        QCOMPARE(out[479], -239.0f);

        auto second = ring.read(out.data(), 1000);
        QCOMPARE(second.frames, std::size_t{240});
        QCOMPARE(second.startUs, std::int64_t{1'005'000}); // 240 frames at 48 kHz = 5 ms
        QCOMPARE(out[0], 240.0f);
    }

    void wrapsAroundTheEnd() {
        AudioRing ring(100);
        std::vector<float> out(100 * 2);
        for (int round = 0; round < 10; ++round) {
            const auto samples = ramp(70, static_cast<float>(round * 1000));
            ring.write(samples.data(), 70, round * 10'000);
            auto result = ring.read(out.data(), 100);
            QCOMPARE(result.frames, std::size_t{70});
            QCOMPARE(out[0], static_cast<float>(round * 1000));
            QCOMPARE(out[139], -static_cast<float>(round * 1000 + 69));
        }
    }

    void overflowDropsTheOldestAndCountsIt() {
        AudioRing ring(100);
        const auto a = ramp(80, 0);
        const auto b = ramp(40, 1000);
        ring.write(a.data(), 80, 0);
        ring.write(b.data(), 40, 80 * 1'000'000 / 48'000);
        QCOMPARE(ring.available(), std::size_t{100});
        QCOMPARE(ring.overwrittenFrames(), std::uint64_t{20});
        std::vector<float> out(100 * 2);
        auto result = ring.read(out.data(), 100);
        QCOMPARE(out[0], 20.0f); // frames 0..19 were overwritten
        QCOMPARE(result.startUs, std::int64_t{20 * 1'000'000 / 48'000});
        QCOMPARE(out[2 * 60], 1000.0f);
    }

    void timeDoesNotDriftOverAnHour() {
        AudioRing ring(4096);
        std::vector<float> chunk(1024 * 2, 0.0f);
        std::vector<float> out(1024 * 2);
        auto exactUs = [](std::int64_t chunkIndex) {
            return chunkIndex * 1024 * 1'000'000 / 48'000;
        };
        ring.write(chunk.data(), 1024, exactUs(0));
        const int chunks = 48000 * 3600 / 1024; // about an hour of audio
        std::int64_t worstErrorUs = 0;
        for (int i = 0; i < chunks; ++i) {
            // One chunk stays buffered, so the ring derives every later time from the first.
            ring.write(chunk.data(), 1024,
                       exactUs(i + 1) + 7); // the writer's own stamps are ignored
            const auto result = ring.read(out.data(), 1024);
            worstErrorUs = std::max(worstErrorUs, std::abs(result.startUs - exactUs(i)));
        }
        QVERIFY2(worstErrorUs <= 1, QByteArray::number(static_cast<qlonglong>(worstErrorUs)));
    }
};

QTEST_APPLESS_MAIN(TestAudioRing)
#include "tst_audioring.moc"
