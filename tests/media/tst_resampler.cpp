#include <cmath>
#include <numbers>
#include <vector>

#include <QTest>

#include "MediaTestSupport.h"
#include "media/AvError.h"
#include "media/AvLogRouting.h"
#include "media/Resampler.h"

using namespace wl::media;

namespace {

// Mono s16 at 44.1 kHz, a sine of `frequency`.
Frame makeS16Mono(int samples, std::int64_t first, double frequency) {
    Frame frame = Frame::allocateAudio(44100, 1, AV_SAMPLE_FMT_S16, samples).value();
    auto* out = reinterpret_cast<std::int16_t*>(frame.data(0));
    for (int i = 0; i < samples; ++i) {
        const double t = static_cast<double>(first + i) / 44100;
        out[i] = static_cast<std::int16_t>(16000 * std::sin(2 * std::numbers::pi * frequency * t));
    }
    frame.setPts(first);
    frame.setTimeBase(AVRational{1, 44100});
    return frame;
}

void append(std::vector<float>& left, std::vector<float>& right, const Frame& frame) {
    if (frame.isEmpty())
        return;
    QCOMPARE(frame.sampleRate(), 48000);
    QCOMPARE(frame.channelCount(), 2);
    QCOMPARE(frame.sampleFormat(), AV_SAMPLE_FMT_FLT);
    const auto* samples = reinterpret_cast<const float*>(frame.data(0));
    for (int i = 0; i < frame.sampleCount(); ++i) {
        left.push_back(samples[2 * i]);
        right.push_back(samples[2 * i + 1]);
    }
}

int zeroCrossings(const std::vector<float>& samples, std::size_t from, std::size_t to) {
    int crossings = 0;
    for (std::size_t i = from + 1; i < to; ++i) {
        if ((samples[i - 1] < 0) != (samples[i] < 0))
            ++crossings;
    }
    return crossings;
}

} // namespace

class TestResampler : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { routeAvLogToQt(AV_LOG_WARNING); }

    void convertsMonoS16ToStereoFloatAt48k() {
        Resampler resampler; // defaults: 48 kHz, stereo, interleaved float
        std::vector<float> left;
        std::vector<float> right;
        std::int64_t lastPts = -1;
        constexpr int kChunk = 441;
        constexpr int kChunks = 100; // one second
        for (int i = 0; i < kChunks; ++i) {
            auto out = resampler.convert(makeS16Mono(kChunk, std::int64_t{i} * kChunk, 1000.0));
            QVERIFY(out);
            if (!out->isEmpty()) {
                QCOMPARE(out->timeBase().den, 48000);
                QVERIFY(out->pts() > lastPts);
                lastPts = out->pts();
            }
            append(left, right, *out);
        }
        auto rest = resampler.drain();
        QVERIFY(rest);
        append(left, right, *rest);

        QVERIFY2(std::abs(int(left.size()) - 48000) <= 48,
                 qPrintable(QString::number(left.size())));
        QCOMPARE(left, right);
        // 1 kHz: two zero crossings per millisecond; count over the middle 0.5 s.
        const int crossings = zeroCrossings(left, 12000, 36000);
        QVERIFY2(std::abs(crossings - 1000) <= 2, qPrintable(QString::number(crossings)));
        QCOMPARE(resampler.configurations(), 1);
    }

    void reconfiguresWhenInputChanges() {
        Resampler resampler;
        std::vector<float> left;
        std::vector<float> right;
        for (int i = 0; i < 10; ++i) {
            auto out = resampler.convert(makeS16Mono(441, std::int64_t{i} * 441, 440.0));
            QVERIFY(out);
            append(left, right, *out);
        }
        // The source switches to 48 kHz stereo planar float mid-stream.
        for (int i = 0; i < 10; ++i) {
            auto out = resampler.convert(test::makeSineFrame(48000, 2, 480, 4800 + i * 480, 440.0));
            QVERIFY(out);
            append(left, right, *out);
        }
        QCOMPARE(resampler.configurations(), 2);
        QVERIFY2(std::abs(int(left.size()) - 9600) <= 64, qPrintable(QString::number(left.size())));
    }

    void honoursOutputSettings() {
        Resampler resampler(ResamplerSettings{44100, 1, AV_SAMPLE_FMT_S16});
        auto out = resampler.convert(test::makeSineFrame(48000, 2, 4800, 0, 440.0));
        QVERIFY(out);
        QCOMPARE(out->sampleRate(), 44100);
        QCOMPARE(out->channelCount(), 1);
        QCOMPARE(out->sampleFormat(), AV_SAMPLE_FMT_S16);
        QVERIFY(out->sampleCount() > 4000 && out->sampleCount() <= 4410);
    }

    void rejectsVideo() {
        Resampler resampler;
        QVERIFY(!resampler.convert(test::makeSolidFrame(16, 16, 0, 0, 0)));
        QVERIFY(!resampler.convert(Frame()));
    }
};

QTEST_GUILESS_MAIN(TestResampler)
#include "tst_resampler.moc"
