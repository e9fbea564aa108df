#include <atomic>
#include <chrono>
#include <mutex>
#include <thread>
#include <vector>

#include <QTest>

#include "SwitcherTestSupport.h"
#include "common/WorkerThread.h"
#include "session/CameraConfig.h"
#include "sources/CameraRegistry.h"
#include "switcher/ProgramEngine.h"

using namespace wl;
using namespace wl::switcher;

namespace {

const YuvColour kRed = YuvColour::fromRgb(0xff0000);
const YuvColour kBlue = YuvColour::fromRgb(0x0000ff);

// Records what the program shows: the centre colour of every frame and the audio sample count.
class CaptureSink : public ProgramFrameSink {
public:
    struct Shown {
        std::int64_t frame;
        YuvColour centre;
    };
    void programVideo(const media::Frame& frame, ProgramTime at) override {
        std::lock_guard lock(m_mutex);
        QCOMPARE(frame.pts(), at.frame);
        m_shown.push_back({at.frame, test::pixelAt(frame, frame.width() / 2, frame.height() / 2)});
    }
    void programAudio(const media::Frame& frame, ProgramTime) override {
        std::lock_guard lock(m_mutex);
        m_audioSamples += frame.sampleCount();
        m_audioBlocks += 1;
    }
    std::vector<Shown> shown() const {
        std::lock_guard lock(m_mutex);
        return m_shown;
    }
    std::int64_t audioSamples() const {
        std::lock_guard lock(m_mutex);
        return m_audioSamples;
    }
    std::int64_t audioBlocks() const {
        std::lock_guard lock(m_mutex);
        return m_audioBlocks;
    }

private:
    mutable std::mutex m_mutex;
    std::vector<Shown> m_shown;
    std::int64_t m_audioSamples = 0;
    std::int64_t m_audioBlocks = 0;
};

QVector<CameraConfig> threeCameras() {
    QVector<CameraConfig> cameras;
    for (int k = 1; k <= 3; ++k)
        cameras.append({QStringLiteral("cam%1").arg(k), QStringLiteral("Camera %1").arg(k),
                        QStringLiteral("key%1").arg(k)});
    return cameras;
}

// Makes a camera live with a solid picture, as its decoder would.
void goLive(sources::Camera& camera, YuvColour colour, const SessionClock& clock) {
    camera.beginPublish(clock.nowUs());
    media::Frame frame = test::solidFrame(320, 180, colour);
    frame.setArrivalUs(clock.nowUs());
    camera.latestFrame().store(frame);
    camera.mediaDecoded(clock.nowUs());
}

bool waitForFrames(const CaptureSink& sink, std::size_t count) {
    for (int i = 0; i < 500 && sink.shown().size() < count; ++i)
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
    return sink.shown().size() >= count;
}

ProgramEngineSettings smallProgram() {
    ProgramEngineSettings settings;
    settings.compositor.width = 320;
    settings.compositor.height = 180;
    settings.compositor.fps = 30;
    settings.switcher.mode = SwitcherMode::Direct;
    settings.switcher.initialProgram = QStringLiteral("cam1");
    return settings;
}

} // namespace

class TestProgramEngine : public QObject {
    Q_OBJECT

private slots:
    void init() {
        m_sinkStore = std::make_unique<CaptureSink>();
        m_registry =
            std::make_unique<sources::CameraRegistry>(threeCameras(), sources::Camera::Settings{});
        goLive(*m_registry->cameraById(QStringLiteral("cam1")), kRed, m_clock);
        goLive(*m_registry->cameraById(QStringLiteral("cam2")), kBlue, m_clock);
        m_engine = ProgramEngine::create(smallProgram(), m_clock, *m_registry).value();
        m_engine->setEventListener([this](const SwitcherEvent& event) {
            std::lock_guard lock(m_eventMutex);
            m_events.push_back(event);
        });
        m_engine->setFrameSink(&sink());
        m_thread.start("wl-program", [this](std::stop_token stop) { m_engine->run(stop); });
    }

    void cleanup() {
        m_thread.stop();
        m_engine.reset();
        m_registry.reset();
        m_sinkStore.reset();
        m_events.clear();
    }

    void aCutShowsOnTheFrameItIsStampedWith() {
        QVERIFY(waitForFrames(sink(), 10));
        const auto events = m_engine->command(CutCommand{QStringLiteral("cam2")});
        QVERIFY(events);
        QCOMPARE(events->size(), 1u);
        const std::int64_t cutFrame = events->front().at.frame;
        QVERIFY(waitForFrames(sink(), static_cast<std::size_t>(cutFrame) + 10));

        bool sawBefore = false;
        for (const auto& shown : sink().shown()) {
            const YuvColour expected = shown.frame < cutFrame ? kRed : kBlue;
            QVERIFY2(
                test::near(shown.centre, expected, 2),
                qPrintable(QStringLiteral("frame %1 of cut at %2").arg(shown.frame).arg(cutFrame)));
            sawBefore = sawBefore || shown.frame == cutFrame - 1;
        }
        QVERIFY(sawBefore);
        // The listener hears the same event on the program thread.
        std::lock_guard lock(m_eventMutex);
        QCOMPARE(m_events.size(), 1u);
        QCOMPARE(m_events.front().at.frame, cutFrame);
        QCOMPARE(m_events.front().to, SourceRef::camera(QStringLiteral("cam2")));
    }

    void frameNumbersRiseAndAudioKeepsStep() {
        QVERIFY(waitForFrames(sink(), 45));
        const auto shown = sink().shown();
        for (std::size_t i = 1; i < shown.size(); ++i)
            QVERIFY(shown[i].frame > shown[i - 1].frame);
        // One tick of 48 kHz audio per program frame, rendered or skipped: 1600 samples at 30 fps.
        const auto stats = m_engine->stats();
        m_thread.stop();
        QCOMPARE(sink().audioSamples(), (stats.lastFrame + 1) * 1600);
    }

    void aCameraThatStopsDeliveringRepeatsItsLastFrame() {
        // Nothing new is stored in cam1's slot: the program keeps ticking on its last picture.
        QVERIFY(waitForFrames(sink(), 40));
        for (const auto& shown : sink().shown())
            QVERIFY(test::near(shown.centre, kRed, 2));
    }

    void aCameraThatIsNotLiveIsRefused() {
        QVERIFY(waitForFrames(sink(), 3));
        const auto refused = m_engine->command(CutCommand{QStringLiteral("cam3")});
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, ErrorCode::Conflict);
        const auto unknown = m_engine->command(CutCommand{QStringLiteral("cam9")});
        QVERIFY(!unknown);
        QCOMPARE(unknown.error().code, ErrorCode::NotFound);
        QCOMPARE(m_engine->snapshot().program, SourceRef::camera(QStringLiteral("cam1")));
    }

    void aDissolveBlendsBothCamerasOverItsDuration() {
        QVERIFY(waitForFrames(sink(), 5));
        TransitionSpec mix{TransitionType::Mix, 500};
        const auto events = m_engine->command(TransitionToCommand{QStringLiteral("cam2"), mix});
        QVERIFY(events);
        const std::int64_t start = events->front().at.frame;
        QVERIFY(waitForFrames(sink(), static_cast<std::size_t>(start) + 25));
        int blended = 0;
        for (const auto& shown : sink().shown()) {
            if (shown.frame >= start && shown.frame < start + 15 &&
                !test::near(shown.centre, kRed, 3) && !test::near(shown.centre, kBlue, 3))
                ++blended;
            if (shown.frame >= start + 15)
                QVERIFY(test::near(shown.centre, kBlue, 2));
        }
        // 500 ms at 30 fps: about 14 in-between frames, the first may still be pure red.
        QVERIFY2(blended >= 12, qPrintable(QString::number(blended)));
    }

    void commandsFromManyThreadsAreSerialised() {
        QVERIFY(waitForFrames(sink(), 3));
        std::atomic<int> accepted{0};
        std::vector<std::jthread> threads;
        for (int t = 0; t < 4; ++t)
            threads.emplace_back([this, t, &accepted] {
                for (int i = 0; i < 50; ++i) {
                    const QString id = QStringLiteral("cam%1").arg((t + i) % 2 + 1);
                    if (m_engine->command(CutCommand{id}))
                        ++accepted;
                    m_engine->snapshot();
                }
            });
        threads.clear();
        QCOMPARE(accepted.load(), 200);
        QVERIFY(waitForFrames(sink(), sink().shown().size() + 3));
    }

    void aDetachedSinkIsNeverCalledAgain() {
        QVERIFY(waitForFrames(sink(), 3));
        m_engine->setFrameSink(nullptr);
        const std::size_t count = sink().shown().size();
        const std::int64_t ticks = m_engine->stats().ticks;
        while (m_engine->stats().ticks < ticks + 5)
            std::this_thread::sleep_for(std::chrono::milliseconds(10));
        QCOMPARE(sink().shown().size(), count);
    }

private:
    SessionClock m_clock;
    std::unique_ptr<sources::CameraRegistry> m_registry;
    std::unique_ptr<ProgramEngine> m_engine;
    std::unique_ptr<CaptureSink> m_sinkStore;
    CaptureSink& sink() { return *m_sinkStore; }
    WorkerThread m_thread;
    std::mutex m_eventMutex;
    std::vector<SwitcherEvent> m_events;
};

QTEST_GUILESS_MAIN(TestProgramEngine)
#include "tst_programengine.moc"
