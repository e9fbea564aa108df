#include <cmath>

#include <QTest>

#include "sources/DemoTone.h"

using wl::sources::DemoTone;

class TestDemoTone : public QObject {
    Q_OBJECT

private slots:
    void beepsAtEachWholeSecond() {
        const DemoTone tone(880.0, 48000);
        auto peak = [&](std::int64_t from, std::int64_t to) {
            float level = 0;
            for (std::int64_t i = from; i < to; ++i)
                level = std::max(level, std::abs(tone.sampleAt(i)));
            return level;
        };
        for (const std::int64_t second : {0, 1, 7}) {
            const std::int64_t start = second * 48000;
            QVERIFY(peak(start + 480, start + 1920) > 0.5F);    // 10..40 ms: beep
            QVERIFY(peak(start + 4800, start + 24000) < 0.25F); // 100..500 ms: tone
        }
        QCOMPARE(tone.sampleAt(0), 0.0F); // the ramp starts silent: no click
    }

    void toneHasItsFrequency() {
        const DemoTone tone(440.0, 48000);
        int crossings = 0;
        for (std::int64_t i = 12001; i < 36000; ++i) // half a second, clear of the beep
            if ((tone.sampleAt(i - 1) < 0) != (tone.sampleAt(i) < 0))
                ++crossings;
        QVERIFY2(std::abs(crossings - 440) <= 2, qPrintable(QString::number(crossings)));
    }

    void keepsPhaseAfterHours() {
        const DemoTone tone(440.0, 48000);
        const std::int64_t hours = 48000LL * 3600 * 5;
        // 440 Hz has a whole number of cycles per second: the same offset gives the same sample.
        QVERIFY(std::abs(tone.sampleAt(hours + 30000) - tone.sampleAt(30000)) < 1e-4F);
    }

    void fillsPlanarAndInterleavedFrames() {
        const DemoTone tone(440.0, 48000);
        auto planar = wl::media::Frame::allocateAudio(48000, 2, AV_SAMPLE_FMT_FLTP, 1024).value();
        QVERIFY(tone.render(planar, 5000));
        auto packed = wl::media::Frame::allocateAudio(48000, 2, AV_SAMPLE_FMT_FLT, 1024).value();
        QVERIFY(tone.render(packed, 5000));
        const auto* left = reinterpret_cast<const float*>(planar.data(0));
        const auto* right = reinterpret_cast<const float*>(planar.data(1));
        const auto* both = reinterpret_cast<const float*>(packed.data(0));
        for (int i = 0; i < 1024; ++i) {
            QCOMPARE(left[i], tone.sampleAt(5000 + i));
            QCOMPARE(right[i], left[i]);
            QCOMPARE(both[2 * i], left[i]);
            QCOMPARE(both[2 * i + 1], left[i]);
        }
        auto s16 = wl::media::Frame::allocateAudio(48000, 2, AV_SAMPLE_FMT_S16, 1024).value();
        QVERIFY(!tone.render(s16, 0));
    }
};

QTEST_GUILESS_MAIN(TestDemoTone)
#include "tst_demotone.moc"
