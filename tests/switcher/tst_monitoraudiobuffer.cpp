#include <chrono>
#include <cmath>
#include <mutex>
#include <thread>
#include <vector>

#include <QTest>

#include "common/WorkerThread.h"
#include "session/CameraConfig.h"
#include "sources/CameraRegistry.h"
#include "switcher/MonitorAudioBuffer.h"
#include "switcher/ProgramEngine.h"

using namespace wl;
using namespace wl::switcher;

namespace {

// Frames numbered 0, 1, 2, …: left = n, right = −n, so order and channels can be checked.
std::vector<float> numbered(std::size_t first, std::size_t frames) {
    std::vector<float> samples;
    for (std::size_t i = 0; i < frames; ++i) {
        samples.push_back(static_cast<float>(first + i));
        samples.push_back(-static_cast<float>(first + i));
    }
    return samples;
}

// Keeps every program audio sample the engine hands to its frame sink.
class AudioCapture : public ProgramFrameSink {
public:
    void programVideo(const media::Frame&, ProgramTime) override {}
    void programAudio(const media::Frame& frame, ProgramTime) override {
        std::lock_guard lock(m_mutex);
        const auto* data = reinterpret_cast<const float*>(frame.data(0));
        m_samples.insert(m_samples.end(), data, data + frame.sampleCount() * 2);
    }
    std::vector<float> samples() const {
        std::lock_guard lock(m_mutex);
        return m_samples;
    }

private:
    mutable std::mutex m_mutex;
    std::vector<float> m_samples;
};

} // namespace

class TestMonitorAudioBuffer : public QObject {
    Q_OBJECT

private slots:
    void deliversSamplesInOrderAcrossTheWrap() {
        MonitorAudioBuffer buffer(1000);
        std::size_t written = 0;
        std::size_t read = 0;
        std::vector<float> out(2 * 700);
        for (int round = 0; round < 30; ++round) { // 650..750 in, ≤ 700 out: wraps many times
            const auto block = numbered(written, 650 + (round % 3) * 50);
            buffer.monitorAudio(block.data(), block.size() / 2, {});
            written += block.size() / 2;
            const std::size_t got = buffer.read(out.data(), 700);
            for (std::size_t i = 0; i < got; ++i) {
                QCOMPARE(out[2 * i], static_cast<float>(read + i));
                QCOMPARE(out[2 * i + 1], -static_cast<float>(read + i));
            }
            read += got;
        }
        const auto stats = buffer.stats();
        QCOMPARE(stats.droppedFrames, 0u);
        QCOMPARE(stats.readFrames, read);
        QCOMPARE(stats.writtenFrames, written);
        QCOMPARE(buffer.available(), written - read);
    }

    void overflowDropsTheOldestAndCountsThem() {
        MonitorAudioBuffer buffer(1000);
        const auto first = numbered(0, 900);
        buffer.monitorAudio(first.data(), 900, {});
        const auto second = numbered(900, 400); // 300 too many: frames 0..299 go
        buffer.monitorAudio(second.data(), 400, {});
        QCOMPARE(buffer.stats().droppedFrames, 300u);
        QCOMPARE(buffer.available(), 1000u);
        std::vector<float> out(2 * 1000);
        QCOMPARE(buffer.read(out.data(), 1000), 1000u);
        for (std::size_t i = 0; i < 1000; ++i)
            QCOMPARE(out[2 * i], static_cast<float>(300 + i)); // the newest 1000, in order

        const auto huge = numbered(0, 2500); // bigger than the buffer: its newest 1000 stay
        buffer.monitorAudio(huge.data(), 2500, {});
        QCOMPARE(buffer.stats().droppedFrames, 300u + 1500u);
        QCOMPARE(buffer.read(out.data(), 1000), 1000u);
        QCOMPARE(out[0], 1500.0f);
        QCOMPARE(out[2 * 999], 2499.0f);
    }

    void aShortReadCountsTheGap() {
        MonitorAudioBuffer buffer(100);
        const auto block = numbered(0, 30);
        buffer.monitorAudio(block.data(), 30, {});
        std::vector<float> out(2 * 50, 7.0f);
        QCOMPARE(buffer.read(out.data(), 50), 30u);
        QCOMPARE(buffer.stats().underrunFrames, 20u);
        buffer.clear();
        QCOMPARE(buffer.available(), 0u);
    }

    // The engine's tap hears exactly the program audio the encoder gets, sample for sample.
    void theEngineTapCarriesTheProgramAudio() {
        SessionClock clock;
        QVector<CameraConfig> configs{
            {QStringLiteral("cam1"), QStringLiteral("One"), QStringLiteral("key1")},
            {QStringLiteral("cam2"), QStringLiteral("Two"), QStringLiteral("key2")}};
        sources::CameraRegistry registry(configs, sources::Camera::Settings{});
        auto camera = registry.cameraById(QStringLiteral("cam1"));
        camera->beginPublish(clock.nowUs());
        camera->mediaDecoded(clock.nowUs());

        ProgramEngineSettings settings;
        settings.compositor.width = 320;
        settings.compositor.height = 180;
        settings.compositor.fps = 30;
        settings.switcher.mode = SwitcherMode::Direct;
        settings.switcher.initialProgram = QStringLiteral("cam1");
        auto engine = ProgramEngine::create(settings, clock, registry).value();
        AudioCapture capture;
        MonitorAudioBuffer tap(48000 * 10);
        engine->setFrameSink(&capture);
        engine->setAudioTap(&tap);

        // cam1 speaks a 440 Hz tone, fed in 10 ms pieces as its decoder would.
        WorkerThread feeder;
        feeder.start("test-feed", [&](std::stop_token stop) {
            std::size_t n = 0;
            while (!stop.stop_requested()) {
                std::vector<float> piece;
                for (int i = 0; i < 480; ++i, ++n) {
                    const auto v = static_cast<float>(0.5 * std::sin(n * 2 * M_PI * 440 / 48000));
                    piece.push_back(v);
                    piece.push_back(v);
                }
                camera->audio().write(piece.data(), 480, clock.nowUs());
                camera->mediaDecoded(clock.nowUs());
                std::this_thread::sleep_for(std::chrono::milliseconds(10));
            }
        });
        WorkerThread program;
        program.start("wl-program", [&](std::stop_token stop) { engine->run(stop); });
        for (int i = 0; i < 500 && tap.available() < 48000; ++i)
            std::this_thread::sleep_for(std::chrono::milliseconds(10));
        engine->setAudioTap(nullptr); // from here on the tap hears nothing more
        const auto writtenAtDetach = tap.stats().writtenFrames;
        const std::size_t programAtDetach = capture.samples().size();
        for (int i = 0; i < 500 && capture.samples().size() < programAtDetach + 2 * 4800; ++i)
            std::this_thread::sleep_for(std::chrono::milliseconds(10));
        program.stop();
        feeder.stop();
        QCOMPARE(tap.stats().writtenFrames, writtenAtDetach);

        const std::vector<float> programAudio = capture.samples();
        const std::size_t frames = tap.available();
        QVERIFY(frames >= 48000);
        QVERIFY(programAudio.size() > frames * 2);
        std::vector<float> heard(frames * 2);
        QCOMPARE(tap.read(heard.data(), frames), frames);
        // The tap heard the program from its first tick on, sample for sample.
        QVERIFY(std::equal(heard.begin(), heard.end(), programAudio.begin()));
        double energy = 0;
        for (float v : heard)
            energy += v * v;
        QVERIFY2(energy > 1000, "the program audio carried the tone"); // not all silence
        QCOMPARE(tap.stats().droppedFrames, 0u);
    }

    // Solo: the tap hears one camera that is not on program; the program mix stays as it was.
    void aSoloedCameraIsHeardAlone() {
        SessionClock clock;
        QVector<CameraConfig> configs{
            {QStringLiteral("cam1"), QStringLiteral("One"), QStringLiteral("key1")},
            {QStringLiteral("cam2"), QStringLiteral("Two"), QStringLiteral("key2")}};
        sources::CameraRegistry registry(configs, sources::Camera::Settings{});
        for (const auto& camera : registry.cameras()) {
            camera->beginPublish(clock.nowUs());
            camera->mediaDecoded(clock.nowUs());
        }
        ProgramEngineSettings settings;
        settings.compositor.width = 320;
        settings.compositor.height = 180;
        settings.switcher.mode = SwitcherMode::Direct;
        settings.switcher.initialProgram = QStringLiteral("cam1"); // cam1 is silent
        auto engine = ProgramEngine::create(settings, clock, registry).value();
        AudioCapture capture;
        MonitorAudioBuffer tap(48000 * 10);
        engine->setFrameSink(&capture);
        engine->setAudioTap(&tap, QStringLiteral("cam2"));

        const auto cam2 = registry.cameraById(QStringLiteral("cam2"));
        WorkerThread feeder;
        feeder.start("test-feed", [&](std::stop_token stop) {
            std::size_t n = 0;
            while (!stop.stop_requested()) {
                std::vector<float> piece;
                for (int i = 0; i < 480; ++i, ++n) {
                    const auto v = static_cast<float>(0.5 * std::sin(n * 2 * M_PI * 660 / 48000));
                    piece.push_back(v);
                    piece.push_back(v);
                }
                cam2->audio().write(piece.data(), 480, clock.nowUs());
                for (const auto& camera : registry.cameras())
                    camera->mediaDecoded(clock.nowUs());
                std::this_thread::sleep_for(std::chrono::milliseconds(10));
            }
        });
        WorkerThread program;
        program.start("wl-program", [&](std::stop_token stop) { engine->run(stop); });
        for (int i = 0; i < 500 && tap.available() < 48000; ++i)
            std::this_thread::sleep_for(std::chrono::milliseconds(10));
        program.stop();
        feeder.stop();

        const auto energy = [](const std::vector<float>& samples) {
            double sum = 0;
            for (float v : samples)
                sum += v * v;
            return sum;
        };
        std::vector<float> heard(tap.available() * 2);
        QVERIFY(heard.size() >= 2 * 48000);
        tap.read(heard.data(), heard.size() / 2);
        QVERIFY2(energy(heard) > 1000, "the soloed camera's tone is heard");
        QCOMPARE(energy(capture.samples()), 0.0); // cam2 follows video and is not on program
    }
};

QTEST_MAIN(TestMonitorAudioBuffer)
#include "tst_monitoraudiobuffer.moc"
