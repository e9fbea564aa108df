#include <atomic>
#include <cerrno>

#include <QFileInfo>
#include <QTest>

#include "RecordTestSupport.h"
#include "media/AvLogRouting.h"
#include "record/JournalReader.h"

using namespace wl;
using namespace wl::record;
using namespace wl::record::test;
using namespace std::chrono_literals;

// A full disk, a failing write, low space and a writer that falls behind: recording stops or
// reports cleanly, producers never wait, and what was written plays.
class TestRecordFailures : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() {
        media::routeAvLogToQt(AV_LOG_FATAL);
        QVERIFY(makeFlv(m_clips.filePath("a.flv"), 4.0));
        auto clip = readStream(m_clips.filePath("a.flv"));
        QVERIFY(clip);
        m_clip = std::move(*clip);
    }

    void aWriteErrorStopsTheTakeAndKeepsTheFilesPlayable() {
        RecorderHarness harness;
        std::atomic<bool> diskFull{false};
        RecordingEnvironment environment;
        // Media files hit the full disk; the journal still has room for the error.
        environment.writeFault = [&](const QString& path, std::int64_t, std::size_t) {
            return diskFull && path.endsWith(QStringLiteral(".mp4")) ? ENOSPC : 0;
        };
        Recorder& recorder = harness.start(environment);
        auto tap = recorder.cameraTap(QStringLiteral("cam1"));
        QVERIFY(recorder.start(RecordingRequest{}));
        announce(*tap, 1, m_clip);
        const std::size_t half = m_clip.packets.size() / 2;
        feedPaced(*tap, 1, m_clip, 0, half, harness.clock);
        const QString path = harness.eventPath(QStringLiteral("cam1.mp4"));
        QVERIFY(waitFor([&] { return QFileInfo(path).size() > 10000; }, 5000));

        diskFull = true;
        // Loose enough for sanitizer builds on a loaded machine: this catches a producer stalled
        // behind the writer's disk work, not a slow push.
        const auto longest = feedPaced(*tap, 1, m_clip, half, m_clip.packets.size(), harness.clock);
        QVERIFY2(longest < 50ms, qPrintable(QString::number(longest.count())));
        QVERIFY(waitFor([&] { return recorder.status().state == RecordingState::Error; }, 5000));
        QVERIFY(!recorder.isRecording());
        QVERIFY(harness.hasAlert(RecordingAlert::Kind::RecordingFailed));
        const RecordingStatus status = recorder.status();
        QVERIFY(status.lastError.has_value());
        QCOMPARE(status.lastError->code, ErrorCode::IoFailure);
        QVERIFY(status.lastError->message.find("No space left") != std::string::npos);
        QCOMPARE(status.lastError->context, path.toStdString());
        QCOMPARE(status.files.size(), std::size_t{1});
        QCOMPARE(status.files[0].state, FileState::Failed);

        // Producers go on at full speed, now dropping at once.
        media::Packet late = m_clip.packets.back();
        const auto before = std::chrono::steady_clock::now();
        for (int i = 0; i < 1000; ++i)
            tap->packetReceived(1, late);
        QVERIFY(std::chrono::steady_clock::now() - before < 500ms);

        // What reached the disk is a playable recording of the first half.
        const QJsonObject probe = ffprobe(path);
        QVERIFY(probePackets(probe, QStringLiteral("video")) >= 30);
        QString errors;
        QVERIFY2(playsCleanly(path, &errors), qPrintable(errors));
        QVERIFY(!QFileInfo::exists(path + QStringLiteral(".finishing")));

        auto journal = JournalReader::readFile(recorder.journalPath());
        QVERIFY(journal);
        const auto failures = journal->ofType(QStringLiteral("recording_error"));
        QCOMPARE(failures.size(), std::size_t{1});
        QCOMPARE(failures[0].object.value(QStringLiteral("kind")).toString(),
                 QStringLiteral("disk"));
        const auto stops = journal->ofType(QStringLiteral("record_stop"));
        QCOMPARE(stops.size(), std::size_t{1});
        QCOMPARE(stops[0].object.value(QStringLiteral("reason")).toString(),
                 QStringLiteral("error"));

        // Once there is room again, a new take starts in a folder of its own.
        diskFull = false;
        QVERIFY(recorder.start(RecordingRequest{}));
        QVERIFY(waitFor([&] { return recorder.status().take == 2; }, 5000));
        QVERIFY(recorder.stop());
        QVERIFY(harness.waitUntilIdle());
    }

    void lowSpaceRaisesOneAlertFromTheDataRate() {
        RecorderHarness harness;
        harness.settings.diskReserveBytes = 1'000'000;
        RecordingEnvironment environment;
        // 100 kB beyond the reserve: seconds at any camera's data rate, and too little to
        // rewrite the file at the end.
        environment.freeSpace = [](const QString&) {
            return std::optional<std::int64_t>(1'100'000);
        };
        Recorder& recorder = harness.start(environment);
        auto tap = recorder.cameraTap(QStringLiteral("cam1"));
        QVERIFY(recorder.start(RecordingRequest{}));
        announce(*tap, 1, m_clip);
        feedPaced(*tap, 1, m_clip, 0, m_clip.packets.size(), harness.clock);
        QVERIFY(waitFor([&] { return harness.hasAlert(RecordingAlert::Kind::DiskLow); }, 3000));
        const RecordingStatus status = recorder.status();
        QVERIFY(status.diskLow);
        QVERIFY(status.bytesPerSecond > 10'000);
        QVERIFY(status.minutesLeft.has_value());
        const double expected = 100'000.0 / status.bytesPerSecond / 60.0;
        QVERIFY(qAbs(*status.minutesLeft - expected) < 0.01);
        QCOMPARE(status.diskFreeBytes.value_or(0), 1'100'000);
        QCOMPARE(recorder.status().state, RecordingState::Recording);
        QVERIFY(recorder.stop());
        QVERIFY(harness.waitUntilIdle());

        int lowAlerts = 0;
        for (const auto& alert : harness.alerts()) {
            if (alert.kind == RecordingAlert::Kind::DiskLow) {
                ++lowAlerts;
                QVERIFY(alert.minutesLeft.value_or(99) < 10);
            }
        }
        QCOMPARE(lowAlerts, 1);
        auto journal = JournalReader::readFile(recorder.journalPath());
        QVERIFY(journal);
        QCOMPARE(journal->ofType(QStringLiteral("disk_low")).size(), std::size_t{1});
        // Too little room to rewrite it: the fragmented file is kept, and it plays.
        const QString path = harness.eventPath(QStringLiteral("cam1.mp4"));
        QVERIFY(topLevelBoxes(path).contains(QStringLiteral("moof")));
        QVERIFY(playsCleanly(path));
    }

    void theReserveStopsRecordingBeforeTheDiskIsFull() {
        RecorderHarness harness;
        std::atomic<std::int64_t> free{10'000'000'000};
        RecordingEnvironment environment;
        environment.freeSpace = [&](const QString&) {
            return std::optional<std::int64_t>(free);
        };
        Recorder& recorder = harness.start(environment);
        auto tap = recorder.cameraTap(QStringLiteral("cam1"));
        QVERIFY(recorder.start(RecordingRequest{}));
        announce(*tap, 1, m_clip);
        feedPaced(*tap, 1, m_clip, 0, m_clip.packets.size() / 2, harness.clock);
        free = 1000;
        QVERIFY(waitFor([&] { return recorder.status().state == RecordingState::Error; }, 5000));
        QVERIFY(harness.hasAlert(RecordingAlert::Kind::RecordingFailed));
        const QString path = harness.eventPath(QStringLiteral("cam1.mp4"));
        // Closed cleanly (trailer written) while there was room.
        QCOMPARE(recorder.status().files[0].state, FileState::Done);
        QVERIFY(playsCleanly(path));
    }

    void aFullQueueDropsCountsAndReportsWithoutBlocking() {
        RecorderHarness harness;
        harness.settings.queueCapacity = 32;
        Recorder& recorder = harness.create();
        auto tap = recorder.cameraTap(QStringLiteral("cam1"));
        QVERIFY(recorder.start(RecordingRequest{}));
        // The worker is not running yet: the queue fills up and overflows.
        announce(*tap, 1, m_clip);
        const std::size_t third = m_clip.packets.size() / 3;
        const auto before = std::chrono::steady_clock::now();
        for (std::size_t i = 0; i < third; ++i)
            tap->packetReceived(1, m_clip.packets[i]);
        QVERIFY(std::chrono::steady_clock::now() - before < 500ms);
        QVERIFY(recorder.status().droppedMedia > 0);
        const std::uint64_t dropped = recorder.status().droppedMedia;
        QCOMPARE(dropped, std::uint64_t{3 + third - 32});

        harness.runWorker();
        QVERIFY(
            waitFor([&] { return harness.hasAlert(RecordingAlert::Kind::MediaDropped); }, 3000));
        // Media after the gap resumes at the next keyframe; the file stays decodable.
        for (std::size_t i = third; i < m_clip.packets.size(); ++i) {
            tap->packetReceived(1, m_clip.packets[i]);
            if (i % 16 == 0)
                std::this_thread::sleep_for(1ms);
        }
        QVERIFY(recorder.stop());
        QVERIFY(harness.waitUntilIdle());
        std::uint64_t reported = 0;
        for (const auto& alert : harness.alerts())
            reported += alert.kind == RecordingAlert::Kind::MediaDropped ? alert.dropped : 0;
        QCOMPARE(reported, recorder.status().droppedMedia);
        auto journal = JournalReader::readFile(recorder.journalPath());
        QVERIFY(journal);
        const auto errors = journal->ofType(QStringLiteral("recording_error"));
        QVERIFY(!errors.empty());
        QCOMPARE(errors[0].object.value(QStringLiteral("kind")).toString(),
                 QStringLiteral("media_dropped"));
        const QString path = harness.eventPath(QStringLiteral("cam1.mp4"));
        QString log;
        QVERIFY2(playsCleanly(path, &log), qPrintable(log));
        QVERIFY(probePackets(ffprobe(path), QStringLiteral("video")) > 30);
    }

private:
    QTemporaryDir m_clips;
    StreamContents m_clip;
};

QTEST_GUILESS_MAIN(TestRecordFailures)
#include "tst_recordfailures.moc"
