#include <pthread.h>
#include <set>
#include <string>

#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include "RecordTestSupport.h"
#include "media/AvLogRouting.h"
#include "record/JournalReader.h"
#include "record/Timecode.h"

using namespace wl;
using namespace wl::record;
using namespace wl::record::test;

namespace {

bool sameBytes(std::span<const std::uint8_t> a, std::span<const std::uint8_t> b) {
    return std::equal(a.begin(), a.end(), b.begin(), b.end());
}

std::vector<const media::Packet*> videoPackets(const StreamContents& contents) {
    std::vector<const media::Packet*> video;
    for (const auto& packet : contents.packets) {
        if (packet.kind() == media::MediaKind::Video)
            video.push_back(&packet);
    }
    return video;
}

// Composition offset (pts - dts) in milliseconds.
std::int64_t ctsMs(const media::Packet& packet) {
    const AVRational base = packet.timeBase();
    return (packet.pts() - packet.dts()) * 1000 * base.num / base.den;
}

} // namespace

// ISO recording by stream copy through the camera tap, checked with ffprobe and our Demuxer.
class TestIsoRecording : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() {
        media::routeAvLogToQt(AV_LOG_ERROR);
        QVERIFY(m_clips.isValid());
        QVERIFY(makeFlv(m_clips.filePath("a.flv"), 4.0));
        QVERIFY(makeFlv(m_clips.filePath("b.flv"), 2.0, 640, 360));
        auto a = readStream(m_clips.filePath("a.flv"));
        auto b = readStream(m_clips.filePath("b.flv"));
        QVERIFY(a && b);
        m_a = std::move(*a);
        m_b = std::move(*b);
        QCOMPARE(m_a.videoCount(), 120);
        QVERIFY(m_a.keyframes() >= 4);
    }

    void streamCopyKeepsEveryPacketAndStampsTheTimecode() {
        RecorderHarness harness;
        Recorder& recorder = harness.start();
        auto tap = recorder.cameraTap(QStringLiteral("cam2"));
        QVERIFY(recorder.start(RecordingRequest{
            {{QStringLiteral("cam2"), QStringLiteral("Stage / Bühne")}}, true, false}));
        const std::int64_t firstArrivalUs = harness.clock.nowUs();
        // Timestamps as a camera sends them: anywhere, here about 17 minutes in.
        feedCamera(*tap, 1, m_a, firstArrivalUs, 1'000'000);

        const QString path = harness.eventPath(QStringLiteral("cam2_Stage_Buhne.mp4"));
        // The status snapshot follows within a quarter of a second.
        QVERIFY(waitFor(
            [&] {
                const RecordingStatus status = recorder.status();
                return QFileInfo(path).size() > 0 && status.files.size() == 1 &&
                       status.files[0].bytes > 0;
            },
            10000));
        const RecordingStatus running = recorder.status();
        QCOMPARE(running.state, RecordingState::Recording);
        QCOMPARE(running.files.size(), std::size_t{1});
        QCOMPARE(running.files[0].cameraId, QStringLiteral("cam2"));
        QCOMPARE(running.files[0].state, FileState::Recording);
        QVERIFY(topLevelBoxes(path).contains(QStringLiteral("moof")));

        QVERIFY(recorder.stop());
        QVERIFY(harness.waitUntilIdle());
        QCOMPARE(recorder.status().state, RecordingState::Idle);
        QVERIFY(recorder.eventFolder().endsWith(QStringLiteral("_anna-ben-s-wedding")));

        // Finished: one plain MP4 with its index, no fragments.
        const QStringList boxes = topLevelBoxes(path);
        QVERIFY2(boxes.contains(QStringLiteral("moov")) && !boxes.contains(QStringLiteral("moof")),
                 qPrintable(boxes.join(u',')));

        auto out = readStream(path);
        QVERIFY(out);
        QVERIFY(sameBytes(out->video->extradata(), m_a.video->extradata()));
        QVERIFY(sameBytes(out->audio->extradata(), m_a.audio->extradata()));
        QCOMPARE(out->videoCount(), m_a.videoCount());
        QCOMPARE(out->audioCount(), m_a.audioCount());
        QCOMPARE(out->keyframes(), m_a.keyframes());
        const auto in = videoPackets(m_a);
        const auto copied = videoPackets(*out);
        bool bFrames = false;
        for (std::size_t i = 0; i < in.size(); ++i) {
            QVERIFY2(sameBytes(in[i]->bytes(), copied[i]->bytes()), "payload changed");
            QCOMPARE(ctsMs(*copied[i]), ctsMs(*in[i]));
            bFrames = bFrames || ctsMs(*in[i]) > 34;
        }
        QVERIFY2(bFrames, "the test stream should have B-frames");
        QCOMPARE(copied.front()->dts(), std::int64_t{0});

        const QJsonObject probe = ffprobe(path);
        QCOMPARE(probePackets(probe, QStringLiteral("video")), m_a.videoCount());
        QCOMPARE(probePackets(probe, QStringLiteral("audio")), m_a.audioCount());
        QCOMPARE(probeStream(probe, QStringLiteral("video")).value(QStringLiteral("width")).toInt(),
                 320);
        QVERIFY(qAbs(probeDuration(probe, QStringLiteral("video")) - 4.0) < 0.05);
        QVERIFY(qAbs(probeDuration(probe, QStringLiteral("audio")) - 4.0) < 0.1);
        QCOMPARE(
            probeStream(probe, QStringLiteral("data")).value(QStringLiteral("codec_tag_string")),
            QStringLiteral("tmcd"));
        const QString expected =
            Timecode::fromWallClock(harness.clock.toWallClockUs(firstArrivalUs), 30,
                                    TimecodeZone::Local)
                .toString();
        QCOMPARE(probeTimecode(probe), expected);
        QVERIFY(!probe.value(QStringLiteral("format"))
                     .toObject()
                     .value(QStringLiteral("tags"))
                     .toObject()
                     .value(QStringLiteral("creation_time"))
                     .toString()
                     .isEmpty());
        QString errors;
        QVERIFY2(playsCleanly(path, &errors), qPrintable(errors));

        const RecordingStatus done = recorder.status();
        QCOMPARE(done.files.size(), std::size_t{1});
        QCOMPARE(done.files[0].state, FileState::Done);
        QCOMPARE(done.files[0].startTimecode, expected);
        QCOMPARE(done.files[0].bytes, QFileInfo(path).size());
        QVERIFY(qAbs(done.files[0].durationUs - 4'000'000) < 100'000);

        auto journal = JournalReader::readFile(recorder.journalPath());
        QVERIFY(journal);
        QVERIFY(!journal->torn);
        QCOMPARE(journal->records.front().event, QStringLiteral("session_start"));
        const auto starts = journal->ofType(QStringLiteral("record_start"));
        QCOMPARE(starts.size(), std::size_t{1});
        const QJsonArray files = starts[0].object.value(QStringLiteral("files")).toArray();
        QCOMPARE(files.size(), 1);
        QCOMPARE(files[0].toObject().value(QStringLiteral("file")).toString(),
                 QStringLiteral("cam2_Stage_Buhne.mp4"));
        QCOMPARE(files[0].toObject().value(QStringLiteral("start_timecode")).toString(), expected);
        QCOMPARE(journal->ofType(QStringLiteral("record_stop")).size(), std::size_t{1});
    }

    void aReconnectContinuesInPartTwo() {
        RecorderHarness harness;
        Recorder& recorder = harness.start();
        auto tap = recorder.cameraTap(QStringLiteral("cam2"));
        QVERIFY(recorder.start(
            RecordingRequest{{{QStringLiteral("cam2"), QStringLiteral("Stage")}}, true, false}));
        feedCamera(*tap, 1, m_a, harness.clock.nowUs());
        tap->publishEnded(1);
        // The camera comes back with a new connection and a clock of its own.
        feedCamera(*tap, 2, m_a, harness.clock.nowUs() + 5'000'000, 123'456);
        QVERIFY(recorder.stop());
        QVERIFY(harness.waitUntilIdle());

        for (const QString& name :
             {QStringLiteral("cam2_Stage.mp4"), QStringLiteral("cam2_Stage_part2.mp4")}) {
            const QString path = harness.eventPath(name);
            QVERIFY2(QFileInfo::exists(path), qPrintable(name));
            const QJsonObject probe = ffprobe(path);
            QCOMPARE(probePackets(probe, QStringLiteral("video")), m_a.videoCount());
            QVERIFY(qAbs(probeDuration(probe, QStringLiteral("video")) - 4.0) < 0.05);
            QVERIFY(!probeTimecode(probe).isEmpty());
            QString errors;
            QVERIFY2(playsCleanly(path, &errors), qPrintable(errors));
        }
        const RecordingStatus status = recorder.status();
        QCOMPARE(status.files.size(), std::size_t{2});
        QCOMPARE(status.files[1].part, 2);
        QVERIFY(status.files[0].startTimecode != status.files[1].startTimecode);

        auto journal = JournalReader::readFile(recorder.journalPath());
        QVERIFY(journal);
        const auto stop = journal->ofType(QStringLiteral("record_stop"));
        QCOMPARE(stop.size(), std::size_t{1});
        QCOMPARE(stop[0].object.value(QStringLiteral("files")).toArray().size(), 2);
    }

    void aBacklogIsWrittenWithoutLosingAPacket() {
        RecorderHarness harness;
        Recorder& recorder = harness.create();
        auto tap = recorder.cameraTap(QStringLiteral("cam2"));
        QVERIFY(recorder.start(RecordingRequest{}));
        // The writer is late (a slow disk): two publishes, hundreds of items, wait in the queue.
        feedCamera(*tap, 1, m_a, harness.clock.nowUs());
        tap->publishEnded(1);
        feedCamera(*tap, 2, m_a, harness.clock.nowUs() + 5'000'000, 123'456);
        harness.runWorker();
        // The backlog is worked off in turns before the stop arrives.
        QVERIFY(waitFor(
            [&] {
                const RecordingStatus status = recorder.status();
                return status.files.size() == 2 &&
                       status.files[1].videoPackets + status.files[1].audioPackets >=
                           static_cast<std::int64_t>(m_a.packets.size()) - 2;
            },
            10000));
        QVERIFY(recorder.stop());
        QVERIFY(harness.waitUntilIdle());
        QCOMPARE(recorder.status().droppedMedia, std::uint64_t{0});
        for (const QString& name : {QStringLiteral("cam2.mp4"), QStringLiteral("cam2_part2.mp4")}) {
            const QJsonObject probe = ffprobe(harness.eventPath(name));
            QCOMPARE(probePackets(probe, QStringLiteral("video")), m_a.videoCount());
            QCOMPARE(probePackets(probe, QStringLiteral("audio")), m_a.audioCount());
        }
    }

    void aNewResolutionStartsANewPart() {
        RecorderHarness harness;
        Recorder& recorder = harness.start();
        auto tap = recorder.cameraTap(QStringLiteral("cam1"));
        QVERIFY(recorder.start(
            RecordingRequest{{{QStringLiteral("cam1"), QStringLiteral("Altar")}}, true, false}));
        const std::int64_t t0 = harness.clock.nowUs();
        feedCamera(*tap, 1, m_a, t0);
        // Same connection, new sequence header (640x360), timestamps continuing.
        tap->configReceived(1, *m_b.video);
        feedCamera(*tap, 1, m_b, t0 + 4'000'000, 4000, false);
        QVERIFY(recorder.stop());
        QVERIFY(harness.waitUntilIdle());

        const QJsonObject first = ffprobe(harness.eventPath(QStringLiteral("cam1_Altar.mp4")));
        const QJsonObject second =
            ffprobe(harness.eventPath(QStringLiteral("cam1_Altar_part2.mp4")));
        QCOMPARE(probeStream(first, QStringLiteral("video")).value(QStringLiteral("width")).toInt(),
                 320);
        QCOMPARE(
            probeStream(second, QStringLiteral("video")).value(QStringLiteral("width")).toInt(),
            640);
        QCOMPARE(probePackets(second, QStringLiteral("video")), m_b.videoCount());
        QString errors;
        QVERIFY2(playsCleanly(harness.eventPath(QStringLiteral("cam1_Altar_part2.mp4")), &errors),
                 qPrintable(errors));
    }

    void wrappedTimestampsContinueOneFile() {
        RecorderHarness harness;
        Recorder& recorder = harness.start();
        auto tap = recorder.cameraTap(QStringLiteral("cam3"));
        QVERIFY(recorder.start(RecordingRequest{}));
        // 32-bit RTMP stamps that wrap 1.5 s into the clip, delivered as the wire has them.
        StreamContents wrapped = m_a;
        for (auto& packet : wrapped.packets) {
            const std::int64_t offset = (std::int64_t{1} << 32) - 1500;
            packet.setDts((packet.dts() + offset) & 0xffffffff);
            packet.setPts((packet.pts() + offset) & 0xffffffff);
        }
        feedCamera(*tap, 1, wrapped, harness.clock.nowUs());
        QVERIFY(recorder.stop());
        QVERIFY(harness.waitUntilIdle());

        const QString path = harness.eventPath(QStringLiteral("cam3.mp4"));
        QVERIFY(!QFileInfo::exists(harness.eventPath(QStringLiteral("cam3_part2.mp4"))));
        const QJsonObject probe = ffprobe(path);
        QCOMPARE(probePackets(probe, QStringLiteral("video")), m_a.videoCount());
        QVERIFY(qAbs(probeDuration(probe, QStringLiteral("video")) - 4.0) < 0.05);
        auto out = readStream(path);
        QVERIFY(out);
        QCOMPARE(videoPackets(*out).front()->dts(), std::int64_t{0});
    }

    void aTakeStartedMidPublishWaitsForAKeyframe() {
        RecorderHarness harness;
        Recorder& recorder = harness.start();
        auto tap = recorder.cameraTap(QStringLiteral("cam4"));
        // The camera is live before recording starts: the tap remembers its configuration.
        tap->publishStarted(7, harness.clock.nowUs());
        tap->configReceived(7, *m_a.video);
        tap->configReceived(7, *m_a.audio);
        StreamContents head = m_a;
        head.packets.resize(head.packets.size() / 3);
        feedCamera(*tap, 7, head, harness.clock.nowUs(), 0, false);

        QVERIFY(recorder.start(RecordingRequest{}));
        // Recording joins in the middle of a GOP: everything before the next keyframe is skipped.
        StreamContents tail = m_a;
        tail.packets.erase(tail.packets.begin(), tail.packets.begin() + 5);
        feedCamera(*tap, 7, tail, harness.clock.nowUs(), 0, false);
        QVERIFY(recorder.stop());
        QVERIFY(harness.waitUntilIdle());

        auto out = readStream(harness.eventPath(QStringLiteral("cam4.mp4")));
        QVERIFY(out);
        QVERIFY(out->packets.size() > 100);
        QVERIFY(videoPackets(*out).front()->isKeyframe());
        QCOMPARE(out->keyframes(), m_a.keyframes() - 1);
    }

    void secondTakeGoesToItsOwnFolder() {
        RecorderHarness harness;
        Recorder& recorder = harness.start();
        auto tap = recorder.cameraTap(QStringLiteral("cam1"));
        for (int take = 1; take <= 2; ++take) {
            QVERIFY(recorder.start(RecordingRequest{}));
            QCOMPARE(recorder.start(RecordingRequest{}).error().code, ErrorCode::Conflict);
            feedCamera(*tap, static_cast<std::uint64_t>(take), m_b, harness.clock.nowUs());
            QVERIFY(recorder.stop());
            QVERIFY(harness.waitUntilIdle());
            QCOMPARE(recorder.status().take, take);
        }
        QCOMPARE(recorder.stop().error().code, ErrorCode::Conflict);
        QVERIFY(QFileInfo::exists(harness.eventPath(QStringLiteral("cam1.mp4"))));
        QVERIFY(QFileInfo::exists(harness.eventPath(QStringLiteral("take2/cam1.mp4"))));
        auto journal = JournalReader::readFile(recorder.journalPath());
        QVERIFY(journal);
        const auto starts = journal->ofType(QStringLiteral("record_start"));
        QCOMPARE(starts.size(), std::size_t{2});
        QCOMPARE(starts[1].object.value(QStringLiteral("take_folder")).toString(),
                 QStringLiteral("take2"));
        QCOMPARE(starts[1]
                     .object.value(QStringLiteral("files"))
                     .toArray()[0]
                     .toObject()
                     .value(QStringLiteral("file")),
                 QStringLiteral("take2/cam1.mp4"));
    }

    void everyDiskWriteIsOnTheWriterThread() {
        RecorderHarness harness;
        std::mutex mutex;
        std::set<std::string> threads;
        QStringList files;
        RecordingEnvironment environment;
        // The write hook runs right before every write(2) of a recording, rewrite or journal.
        environment.writeFault = [&](const QString& path, std::int64_t, std::size_t) {
            char name[16] = {};
            pthread_getname_np(pthread_self(), name, sizeof name);
            std::lock_guard lock(mutex);
            threads.insert(name);
            if (!files.contains(QFileInfo(path).fileName()))
                files << QFileInfo(path).fileName();
            return 0;
        };
        Recorder& recorder = harness.start(environment);
        auto tap = recorder.cameraTap(QStringLiteral("cam1"));
        QVERIFY(recorder.start(RecordingRequest{}));
        feedCamera(*tap, 1, m_b, harness.clock.nowUs());
        QVERIFY(recorder.stop());
        QVERIFY(harness.waitUntilIdle());
        harness.thread.stop();

        std::lock_guard lock(mutex);
        QCOMPARE(threads, std::set<std::string>{"wl-record"});
        for (const QString& name : {QStringLiteral("session.jsonl"), QStringLiteral("cam1.mp4"),
                                    QStringLiteral("cam1.mp4.finishing")})
            QVERIFY2(files.contains(name), qPrintable(files.join(u',')));
    }

private:
    QTemporaryDir m_clips;
    StreamContents m_a;
    StreamContents m_b;
};

QTEST_GUILESS_MAIN(TestIsoRecording)
#include "tst_isorecording.moc"
