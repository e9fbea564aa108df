#include <QFileInfo>
#include <QTest>

#include "../media/MediaTestSupport.h"
#include "RecordTestSupport.h"
#include "media/AvLogRouting.h"
#include "media/Encoder.h"
#include "record/JournalEvents.h"
#include "record/JournalReader.h"
#include "record/Timecode.h"

using namespace wl;
using namespace wl::record;
using namespace wl::record::test;

// program.mp4 from encoded program packets, and the journal the program thread feeds.
class TestProgramRecording : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { media::routeAvLogToQt(AV_LOG_ERROR); }

    void recordsTheProgramFromTheRequestedKeyframe() {
        RecorderHarness harness;
        Recorder& recorder = harness.start();
        ProgramRecordingInput& input = recorder.programInput();

        media::VideoEncoderSettings videoSettings;
        videoSettings.width = 320;
        videoSettings.height = 180;
        videoSettings.preset = "ultrafast";
        videoSettings.threads = 1;
        videoSettings.gopFrames = 60;
        auto video = media::Encoder::openVideo(videoSettings);
        auto audio = media::Encoder::openAudio(media::AudioEncoderSettings{});
        QVERIFY(video && audio);
        input.setStreams(video->codecParameters(), audio->codecParameters());

        constexpr std::int64_t kFirstFrame = 500; // the program clock ran before recording
        constexpr int kStartAt = 20;
        constexpr int kFrames = 90;
        const std::int64_t baseUs = harness.clock.nowUs();
        auto frameTimeUs = [&](std::int64_t i) {
            return baseUs + i * 1'000'000 / 30;
        };
        std::int64_t audioSamples = 0;
        int keyframeRequests = 0;
        std::optional<std::int64_t> startArrivalUs;

        auto pushVideo = [&](const std::vector<media::Packet>& packets) {
            for (media::Packet packet : packets) {
                packet.setArrivalUs(frameTimeUs(packet.pts()));
                if (!startArrivalUs && recorder.isRecording() && packet.isKeyframe())
                    startArrivalUs = packet.arrivalUs();
                input.pushVideo(packet, kFirstFrame + packet.pts());
            }
        };
        for (int i = 0; i < kFrames; ++i) {
            if (i == kStartAt)
                QVERIFY(recorder.start(RecordingRequest{}));
            if (input.takeKeyframeRequest()) {
                ++keyframeRequests;
                video->requestKeyframe();
            }
            auto packets = video->encode(media::test::makeVideoFrame(320, 180, i));
            QVERIFY(packets);
            pushVideo(*packets);
            while (audioSamples < (i + 1) * 1600) {
                auto encoded =
                    audio->encode(media::test::makeSineFrame(48000, 2, 1024, audioSamples, 440.0));
                QVERIFY(encoded);
                for (media::Packet packet : *encoded) {
                    packet.setArrivalUs(baseUs + packet.pts() * 1'000'000 / 48000);
                    input.pushAudio(packet);
                }
                audioSamples += 1024;
            }
            if (i == 40) {
                switcher::SwitcherEvent cut;
                cut.type = switcher::SwitcherEvent::Type::Switch;
                cut.from = switcher::SourceRef::camera(QStringLiteral("cam1"));
                cut.to = switcher::SourceRef::camera(QStringLiteral("cam2"));
                cut.transition.type = switcher::TransitionType::Mix;
                cut.transition.durationMs = 500;
                cut.at = switcher::ProgramTime{kFirstFrame + i, frameTimeUs(i)};
                cut.reason = QStringLiteral("take");
                QVERIFY(recorder.journal(JournalEvents::fromSwitcher(cut)));
            }
        }
        auto rest = video->drain();
        QVERIFY(rest);
        pushVideo(*rest);
        QCOMPARE(keyframeRequests, 1);
        QVERIFY(startArrivalUs.has_value());
        QVERIFY(recorder.stop());
        QVERIFY(!input.takeKeyframeRequest());
        QVERIFY(harness.waitUntilIdle());

        const QString path = harness.eventPath(QStringLiteral("program.mp4"));
        auto out = readStream(path);
        QVERIFY(out);
        QCOMPARE(out->videoCount(), kFrames - kStartAt);
        const QJsonObject probe = ffprobe(path);
        QVERIFY(qAbs(probeDuration(probe, QStringLiteral("video")) - (kFrames - kStartAt) / 30.0) <
                0.05);
        QVERIFY(qAbs(probeDuration(probe, QStringLiteral("audio")) - (kFrames - kStartAt) / 30.0) <
                0.1);
        const QString expected =
            Timecode::fromWallClock(harness.clock.toWallClockUs(*startArrivalUs), 30,
                                    TimecodeZone::Local)
                .toString();
        QCOMPARE(probeTimecode(probe), expected);
        QString errors;
        QVERIFY2(playsCleanly(path, &errors), qPrintable(errors));

        auto journal = JournalReader::readFile(recorder.journalPath());
        QVERIFY(journal);
        const auto starts = journal->ofType(QStringLiteral("record_start"));
        QCOMPARE(starts.size(), std::size_t{1});
        QCOMPARE(starts[0].object.value(QStringLiteral("program_frame")).toInteger(),
                 kFirstFrame + kStartAt);
        const QJsonObject file =
            starts[0].object.value(QStringLiteral("files")).toArray()[0].toObject();
        QCOMPARE(file.value(QStringLiteral("source")).toString(), QStringLiteral("program"));
        QCOMPARE(file.value(QStringLiteral("start_timecode")).toString(), expected);
        const auto switches = journal->ofType(QStringLiteral("switch"));
        QCOMPARE(switches.size(), std::size_t{1});
        QCOMPARE(switches[0].object.value(QStringLiteral("program_frame")).toInteger(),
                 kFirstFrame + 40);
        QCOMPARE(switches[0].object.value(QStringLiteral("to")).toString(), QStringLiteral("cam2"));
        QCOMPARE(switches[0].object.value(QStringLiteral("transition")).toString(),
                 QStringLiteral("mix"));
        QCOMPARE(switches[0].object.value(QStringLiteral("duration_ms")).toInt(), 500);
        const auto stops = journal->ofType(QStringLiteral("record_stop"));
        QCOMPARE(stops.size(), std::size_t{1});
        QCOMPARE(stops[0].object.value(QStringLiteral("program_frame")).toInteger(),
                 kFirstFrame + kFrames - 1);
    }

    void reopenedEncodersContinueInPartTwo() {
        RecorderHarness harness;
        Recorder& recorder = harness.start();
        ProgramRecordingInput& input = recorder.programInput();
        QVERIFY(recorder.start(RecordingRequest{{}, false, true}));
        std::int64_t programFrame = 0;
        // The program output is reconfigured mid-take (e.g. a new resolution): new encoders.
        for (const int width : {320, 256}) {
            media::VideoEncoderSettings videoSettings;
            videoSettings.width = width;
            videoSettings.height = 144;
            videoSettings.preset = "ultrafast";
            videoSettings.threads = 1;
            auto video = media::Encoder::openVideo(videoSettings);
            QVERIFY(video);
            input.setStreams(video->codecParameters(), std::nullopt);
            const std::int64_t baseUs = harness.clock.nowUs();
            for (int i = 0; i < 45; ++i) {
                auto packets = video->encode(media::test::makeVideoFrame(width, 144, i));
                QVERIFY(packets);
                if (i == 44) {
                    auto rest = video->drain();
                    QVERIFY(rest);
                    packets->insert(packets->end(), rest->begin(), rest->end());
                }
                for (media::Packet packet : *packets) {
                    packet.setArrivalUs(baseUs + packet.pts() * 1'000'000 / 30);
                    input.pushVideo(packet, programFrame++);
                }
            }
        }
        input.streamsEnded();
        QVERIFY(recorder.stop());
        QVERIFY(harness.waitUntilIdle());

        const QStringList names{QStringLiteral("program.mp4"), QStringLiteral("program_part2.mp4")};
        for (int part = 0; part < 2; ++part) {
            const QString path = harness.eventPath(names[part]);
            const QJsonObject probe = ffprobe(path);
            QCOMPARE(probePackets(probe, QStringLiteral("video")), 45);
            QCOMPARE(
                probeStream(probe, QStringLiteral("video")).value(QStringLiteral("width")).toInt(),
                part == 0 ? 320 : 256);
            QVERIFY(!probeTimecode(probe).isEmpty());
            QString errors;
            QVERIFY2(playsCleanly(path, &errors), qPrintable(errors));
        }
        const RecordingStatus status = recorder.status();
        QCOMPARE(status.files.size(), std::size_t{2});
        QCOMPARE(status.files[1].part, 2);
        QCOMPARE(status.files[1].firstProgramFrame.value_or(-1), 45);
    }

    void programAndCamerasShareTheTimecodeClock() {
        RecorderHarness harness;
        Recorder& recorder = harness.start();
        QTemporaryDir clips;
        QVERIFY(makeFlv(clips.filePath("cam.flv"), 2.0));
        auto clip = readStream(clips.filePath("cam.flv"));
        QVERIFY(clip);

        media::VideoEncoderSettings videoSettings;
        videoSettings.width = 320;
        videoSettings.height = 180;
        videoSettings.preset = "ultrafast";
        videoSettings.threads = 1;
        auto video = media::Encoder::openVideo(videoSettings);
        QVERIFY(video);
        recorder.programInput().setStreams(video->codecParameters(), std::nullopt);
        QVERIFY(recorder.start(
            RecordingRequest{{{QStringLiteral("cam1"), QStringLiteral("Altar")}}, true, true}));

        // Camera and program frames that arrive at the same session time.
        const std::int64_t t0 = harness.clock.nowUs() + 2'000'000;
        feedCamera(*recorder.cameraTap(QStringLiteral("cam1")), 1, *clip, t0);
        for (int i = 0; i < 60; ++i) {
            auto packets = video->encode(media::test::makeVideoFrame(320, 180, i));
            QVERIFY(packets);
            for (media::Packet packet : *packets) {
                packet.setArrivalUs(t0 + packet.pts() * 1'000'000 / 30);
                recorder.programInput().pushVideo(packet, packet.pts());
            }
        }
        QVERIFY(recorder.stop());
        QVERIFY(harness.waitUntilIdle());

        const QString program =
            probeTimecode(ffprobe(harness.eventPath(QStringLiteral("program.mp4"))));
        const QString camera =
            probeTimecode(ffprobe(harness.eventPath(QStringLiteral("cam1_Altar.mp4"))));
        QVERIFY(!program.isEmpty());
        QCOMPARE(camera, program);
        const RecordingStatus status = recorder.status();
        QCOMPARE(status.files.size(), std::size_t{2});
        QVERIFY(status.totalBytes > 0);
    }
};

QTEST_GUILESS_MAIN(TestProgramRecording)
#include "tst_programrecording.moc"
