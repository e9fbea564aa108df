#include <cmath>
#include <functional>
#include <numbers>
#include <vector>

#include <QTest>

#include "switcher/AudioMixer.h"

using namespace wl::switcher;
using wl::media::Frame;
using wl::sources::AudioRing;

namespace {

// A camera delivering exactly the program's rate: `signal(frameIndex)` per stereo frame.
struct TestCamera {
    QString id;
    std::function<float(std::int64_t)> signal;
    AudioRing ring;
    std::int64_t written = 0;
    bool delivering = true;

    TestCamera(QString cameraId, std::function<float(std::int64_t)> generator)
        : id(std::move(cameraId))
        , signal(std::move(generator)) {}

    void deliver(std::size_t frames) {
        std::vector<float> samples(frames * 2);
        for (std::size_t i = 0; i < frames; ++i)
            samples[2 * i] = samples[2 * i + 1] = signal(written + static_cast<std::int64_t>(i));
        ring.write(samples.data(), frames, written * 1'000'000 / 48'000);
        written += static_cast<std::int64_t>(frames);
    }
};

std::function<float(std::int64_t)> constant(float value) {
    return [value](std::int64_t) {
        return value;
    };
}

CompositionPlan onProgram(const QString& camera) {
    CompositionPlan plan;
    plan.program = SourceRef::camera(camera);
    return plan;
}

class Rig {
public:
    explicit Rig(AudioMixerSettings settings = {})
        : mixer(settings) {}

    // One tick: every delivering camera sends one tick's audio, then the mixer runs.
    Frame tick(const CompositionPlan& plan, std::vector<TestCamera*> cameras) {
        const auto frames = static_cast<std::size_t>(mixer.nextTickSamples());
        std::vector<AudioInput> inputs;
        for (TestCamera* camera : cameras) {
            if (camera->delivering)
                camera->deliver(frames);
            inputs.push_back({camera->id, &camera->ring});
        }
        auto frame = mixer.mix(plan, inputs, {ticks, ticks * 33'333});
        if (!frame)
            qFatal("mix failed: %s", frame.error().toString().c_str());
        ++ticks;
        return *frame;
    }

    AudioMixer mixer;
    std::int64_t ticks = 0;
};

const float* samplesOf(const Frame& frame) {
    return reinterpret_cast<const float*>(frame.data(0));
}

float lastLeft(const Frame& frame) {
    return samplesOf(frame)[(frame.sampleCount() - 1) * 2];
}

bool allSilent(const Frame& frame) {
    for (int i = 0; i < frame.sampleCount() * 2; ++i)
        if (samplesOf(frame)[i] != 0.0f)
            return false;
    return true;
}

// Where the first sample above 0.5 is in the program, or -1.
std::int64_t findClick(Rig& rig, TestCamera& camera, int ticks) {
    for (int t = 0; t < ticks; ++t) {
        const Frame frame = rig.tick(onProgram(camera.id), {&camera});
        for (int i = 0; i < frame.sampleCount(); ++i)
            if (samplesOf(frame)[i * 2] > 0.5f)
                return frame.pts() + i;
    }
    return -1;
}

} // namespace

class TestAudioMixer : public QObject {
    Q_OBJECT

private slots:
    void producesExactSampleCountsPerSecond() {
        for (int fps : {25, 30, 50, 60, 7}) {
            AudioMixerSettings settings;
            settings.fps = fps;
            Rig rig(settings);
            std::int64_t total = 0;
            for (int tick = 0; tick < fps * 3; ++tick) {
                const Frame frame = rig.tick(onProgram("cam1"), {});
                QCOMPARE(frame.pts(), total);
                QCOMPARE(frame.sampleRate(), 48000);
                QCOMPARE(frame.channelCount(), 2);
                QCOMPARE(frame.sampleFormat(), AV_SAMPLE_FMT_FLT);
                QCOMPARE(frame.timeBase().den, 48000);
                QCOMPARE(frame.arrivalUs(), tick * std::int64_t{33'333});
                QVERIFY(std::abs(frame.sampleCount() - 48000.0 / fps) < 1.0);
                total += frame.sampleCount();
                if ((tick + 1) % fps == 0)
                    QCOMPARE(total, std::int64_t{48000} * ((tick + 1) / fps));
            }
            QCOMPARE(rig.mixer.samplesProduced(), total);
        }
    }

    void followVideoCrossfadesWithTheTransition() {
        Rig rig;
        TestCamera a("a", constant(0.5f));
        TestCamera b("b", constant(0.25f));
        for (int tick = 0; tick < 5; ++tick)
            rig.tick(onProgram("a"), {&a, &b});
        QCOMPARE(lastLeft(rig.tick(onProgram("a"), {&a, &b})), 0.5f);

        double previous = 1.0;
        for (int k = 1; k <= 15; ++k) {
            CompositionPlan plan = onProgram("a");
            plan.incoming = SourceRef::camera("b");
            plan.transition.type = TransitionType::Mix;
            plan.position = k / 15.0;
            const Frame frame = rig.tick(plan, {&a, &b});
            const double weight = 1.0 - plan.position;
            QVERIFY(std::abs(lastLeft(frame) - (0.5 * weight + 0.25 * plan.position)) < 1e-5);
            // The ramp starts from the previous tick's weights.
            const double first = samplesOf(frame)[0];
            QVERIFY(std::abs(first - (0.5 * previous + 0.25 * (1 - previous))) < 0.01);
            previous = weight;
        }
        const Frame after = rig.tick(onProgram("b"), {&a, &b});
        QVERIFY(std::abs(lastLeft(after) - 0.25f) < 1e-6);
        QVERIFY(std::abs(samplesOf(after)[1] - 0.25f) < 1e-6); // right channel too
    }

    void alwaysOnAndOff() {
        Rig rig;
        TestCamera a("a", constant(0.5f));
        TestCamera b("b", constant(0.25f));
        QVERIFY(rig.mixer.setCameraSettings("b", {AudioMode::AlwaysOn, 0, 0}));
        for (int tick = 0; tick < 5; ++tick)
            rig.tick(onProgram("a"), {&a, &b});
        QCOMPARE(lastLeft(rig.tick(onProgram("a"), {&a, &b})), 0.75f);
        QCOMPARE(lastLeft(rig.tick(onProgram("c"), {&a, &b})), 0.25f);

        QVERIFY(rig.mixer.setCameraSettings("a", {AudioMode::Off, 0, 0}));
        QVERIFY(rig.mixer.setCameraSettings("b", {AudioMode::Off, 0, 0}));
        rig.tick(onProgram("a"), {&a, &b}); // ramps down
        QVERIFY(allSilent(rig.tick(onProgram("a"), {&a, &b})));
        // The meters still show what the cameras send.
        QVERIFY(rig.mixer.levels().cameras.at(0).level.channels[0].peakDb > -7);
    }

    void pauseMutesFollowVideoOnly() {
        Rig rig;
        TestCamera a("a", constant(0.5f));
        TestCamera b("b", constant(0.25f));
        QVERIFY(rig.mixer.setCameraSettings("b", {AudioMode::AlwaysOn, 0, 0}));
        CompositionPlan slate;
        slate.program = SourceRef::slate();
        for (int tick = 0; tick < 6; ++tick)
            rig.tick(slate, {&a, &b});
        QCOMPARE(lastLeft(rig.tick(slate, {&a, &b})), 0.25f);
    }

    void gainInDecibels() {
        Rig rig;
        TestCamera a("a", constant(0.5f));
        QVERIFY(rig.mixer.setCameraSettings("a", {AudioMode::FollowVideo, -6.0, 0}));
        for (int tick = 0; tick < 5; ++tick)
            rig.tick(onProgram("a"), {&a});
        // −6 dB is half the amplitude (0.501).
        QVERIFY(std::abs(lastLeft(rig.tick(onProgram("a"), {&a})) - 0.25f) < 0.001f);
        QVERIFY(!rig.mixer.setCameraSettings("a", {AudioMode::FollowVideo, 40.0, 0}));
        QVERIFY(!rig.mixer.setCameraSettings("a", {AudioMode::FollowVideo, 0, 1001}));
        QCOMPARE(rig.mixer.cameraSettings("a").gainDb, -6.0);
    }

    void delayShiftsTheAudioByTheDelay() {
        // One click in the camera's audio, at camera frame 10 000.
        auto click = [](std::int64_t index) {
            return index == 10'000 ? 1.0f : 0.0f;
        };
        Rig direct;
        TestCamera a("a", click);
        const std::int64_t heard = findClick(direct, a, 60);
        // Heard after the jitter cushion (60 ms = 2880 frames).
        QCOMPARE(heard, std::int64_t{10'000 + 2880});

        Rig delayed;
        TestCamera b("b", click);
        QVERIFY(delayed.mixer.setCameraSettings("b", {AudioMode::FollowVideo, 0, 200}));
        QCOMPARE(findClick(delayed, b, 60), heard + 200 * 48);
    }

    void fadeToBlackFadesTheAudio() {
        Rig rig;
        TestCamera a("a", constant(0.5f));
        for (int tick = 0; tick < 5; ++tick)
            rig.tick(onProgram("a"), {&a});
        CompositionPlan plan = onProgram("a");
        plan.blackLevel = 0.5;
        QCOMPARE(lastLeft(rig.tick(plan, {&a})), 0.25f);
        plan.blackLevel = 1;
        rig.tick(plan, {&a});
        QVERIFY(allSilent(rig.tick(plan, {&a})));
    }

    void starvationInsertsSilenceWithoutBlocking() {
        Rig rig;
        TestCamera a("a", constant(0.5f));
        a.delivering = false;
        for (int tick = 0; tick < 10; ++tick) {
            const Frame frame = rig.tick(onProgram("a"), {&a});
            QCOMPARE(frame.sampleCount(), 1600);
            QVERIFY(allSilent(frame));
        }
        // Delivering: primed after the cushion fills, then steady.
        a.delivering = true;
        for (int tick = 0; tick < 3; ++tick)
            rig.tick(onProgram("a"), {&a});
        QCOMPARE(lastLeft(rig.tick(onProgram("a"), {&a})), 0.5f);
        const std::uint64_t silenceBefore = rig.mixer.levels().cameras.at(0).silenceFrames;

        // The camera stops: the cushion plays out, then silence.
        a.delivering = false;
        Frame frame;
        for (int tick = 0; tick < 4; ++tick)
            frame = rig.tick(onProgram("a"), {&a});
        QVERIFY(allSilent(frame));
        QVERIFY(rig.mixer.levels().cameras.at(0).silenceFrames > silenceBefore);

        // A burst of two seconds: the excess is dropped down to the cushion.
        a.deliver(48'000);
        a.deliver(48'000);
        frame = rig.tick(onProgram("a"), {&a});
        QVERIFY(rig.mixer.levels().cameras.at(0).droppedFrames > 90'000);
        QCOMPARE(a.ring.available(), std::size_t{2880});
        QCOMPARE(lastLeft(frame), 0.5f);
    }

    void aCameraAheadIsTrimmed() {
        // The camera delivers 1 % more than the program takes: the cushion stays bounded.
        Rig rig;
        TestCamera a("a", constant(0.5f));
        for (int tick = 0; tick < 300; ++tick) {
            rig.tick(onProgram("a"), {&a});
            a.deliver(16);
            QVERIFY(a.ring.available() <= 2880 + 2880 + 16);
        }
        QVERIFY(rig.mixer.levels().cameras.at(0).droppedFrames > 0);
    }

    void levelsOfAFullScaleSine() {
        Rig rig;
        TestCamera a("a", [](std::int64_t index) {
            return static_cast<float>(std::sin(2 * std::numbers::pi * 1000.0 * index / 48000.0));
        });
        TestCamera quiet("quiet", constant(0.0f));
        for (int tick = 0; tick < 6; ++tick)
            rig.tick(onProgram("a"), {&a, &quiet});
        const AudioLevels& levels = rig.mixer.levels();
        for (const AudioLevel::Channel& channel : levels.program.channels) {
            QVERIFY(std::abs(channel.peakDb) < 0.05);
            QVERIFY(std::abs(channel.rmsDb + 3.01) < 0.05);
        }
        QCOMPARE(levels.cameras.size(), std::size_t{2});
        QCOMPARE(levels.cameras[0].cameraId, QString("a"));
        QVERIFY(std::abs(levels.cameras[0].level.channels[1].rmsDb + 3.01) < 0.05);
        QCOMPARE(levels.cameras[1].level.channels[0].peakDb, AudioLevel::kSilenceDb);
        // Camera meters are after the gain.
        QVERIFY(rig.mixer.setCameraSettings("a", {AudioMode::FollowVideo, -12.0, 0}));
        rig.tick(onProgram("a"), {&a, &quiet});
        QVERIFY(std::abs(rig.mixer.levels().cameras[0].level.channels[0].peakDb + 12.0) < 0.05);
    }
};

QTEST_GUILESS_MAIN(TestAudioMixer)
#include "tst_audiomixer.moc"
