#include <QFileInfo>
#include <QJsonArray>
#include <QTest>

#include "RecordTestSupport.h"
#include "media/AvLogRouting.h"
#include "session/RecordingsJson.h"

using namespace wl;
using namespace wl::record;
using namespace wl::record::test;

namespace {

constexpr std::int64_t kFreeBytes = 50'000'000'000;

} // namespace

// What GET /api/recordings shows (RecordingStatus and its JSON) against the files on disk.
class TestRecordingStatus : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() {
        media::routeAvLogToQt(AV_LOG_ERROR);
        QVERIFY(makeFlv(m_clips.filePath("a.flv"), 4.0));
        auto clip = readStream(m_clips.filePath("a.flv"));
        QVERIFY(clip);
        m_clip = std::move(*clip);
    }

    void theStatusFollowsTheFilesOnDisk() {
        RecorderHarness harness;
        RecordingEnvironment environment;
        environment.freeSpace = [](const QString&) {
            return std::optional(kFreeBytes);
        };
        Recorder& recorder = harness.start(environment);
        QVERIFY(waitFor([&] { return recorder.status().diskFreeBytes.has_value(); }, 5000));
        const QJsonObject idle = RecordingsJson::fromStatus(recorder.status());
        QCOMPARE(idle.value(QStringLiteral("state")).toString(), QStringLiteral("idle"));
        QCOMPARE(idle.value(QStringLiteral("take")).toInt(), 0);
        QVERIFY(idle.value(QStringLiteral("files")).toArray().isEmpty());
        QCOMPARE(idle.value(QStringLiteral("disk_free_bytes")).toInteger(), kFreeBytes);
        QVERIFY(idle.value(QStringLiteral("minutes_left")).isNull());

        auto tap = recorder.cameraTap(QStringLiteral("cam1"));
        QElapsedTimer sinceStart;
        sinceStart.start();
        QVERIFY(recorder.start(
            RecordingRequest{{{QStringLiteral("cam1"), QStringLiteral("Altar")}}, true, false}));
        announce(*tap, 1, m_clip);
        const std::size_t most = m_clip.packets.size() * 3 / 4; // 3 s
        feedPaced(*tap, 1, m_clip, 0, most, harness.clock);
        // Past the first second of data rate; the snapshot is at most a quarter second old.
        QVERIFY(waitFor([&] { return recorder.status().minutesLeft.has_value(); }, 3000));
        const RecordingStatus live = recorder.status();
        const std::int64_t wallElapsedUs = sinceStart.nsecsElapsed() / 1000;
        const QString path = harness.eventPath(QStringLiteral("cam1_Altar.mp4"));
        const qint64 sizeNow = QFileInfo(path).size();
        QCOMPARE(live.state, RecordingState::Recording);
        QCOMPARE(live.take, 1);
        QVERIFY2(live.elapsedUs <= wallElapsedUs && live.elapsedUs > wallElapsedUs - 500'000,
                 qPrintable(QStringLiteral("%1 vs %2").arg(live.elapsedUs).arg(wallElapsedUs)));
        QCOMPARE(live.files.size(), std::size_t{1});
        const RecordedFileStatus& growing = live.files[0];
        QCOMPARE(growing.state, FileState::Recording);
        QCOMPARE(growing.path, path);
        QVERIFY(growing.bytes > 0 && growing.bytes <= sizeNow);
        QCOMPARE(live.totalBytes, growing.bytes);
        // The file holds what was fed so far (3 s), less what the writer has not yet flushed.
        QVERIFY2(growing.durationUs > 1'000'000 && growing.durationUs <= 3'100'000,
                 qPrintable(QString::number(growing.durationUs)));
        QCOMPARE(live.diskFreeBytes.value_or(0), kFreeBytes);
        QVERIFY(live.bytesPerSecond > 10'000);
        const double expectedMinutes =
            static_cast<double>(kFreeBytes - harness.settings.diskReserveBytes) /
            live.bytesPerSecond / 60.0;
        QVERIFY(qAbs(*live.minutesLeft - expectedMinutes) < expectedMinutes * 1e-6);
        QVERIFY(!live.diskLow);

        const QJsonObject liveJson = RecordingsJson::fromStatus(live);
        QCOMPARE(liveJson.value(QStringLiteral("state")).toString(), QStringLiteral("recording"));
        QCOMPARE(liveJson.value(QStringLiteral("recording")).toBool(), true);
        QVERIFY(qAbs(liveJson.value(QStringLiteral("elapsed_s")).toDouble() -
                     static_cast<double>(live.elapsedUs) / 1e6) < 0.001);
        QCOMPARE(liveJson.value(QStringLiteral("bytes")).toInteger(), live.totalBytes);
        QCOMPARE(liveJson.value(QStringLiteral("minutes_left")).toDouble(), *live.minutesLeft);
        const QJsonObject liveFile =
            liveJson.value(QStringLiteral("files")).toArray()[0].toObject();
        QCOMPARE(liveFile.value(QStringLiteral("file")).toString(),
                 QStringLiteral("cam1_Altar.mp4"));
        QCOMPARE(liveFile.value(QStringLiteral("camera")).toString(), QStringLiteral("cam1"));
        QCOMPARE(liveFile.value(QStringLiteral("state")).toString(), QStringLiteral("recording"));
        QCOMPARE(liveFile.value(QStringLiteral("start_timecode")).toString(),
                 growing.startTimecode);

        feedPaced(*tap, 1, m_clip, most, m_clip.packets.size(), harness.clock);
        QVERIFY(recorder.stop());
        const std::int64_t stoppedAfterUs = sinceStart.nsecsElapsed() / 1000;
        QVERIFY(harness.waitUntilIdle());

        const RecordingStatus done = recorder.status();
        QCOMPARE(done.state, RecordingState::Idle);
        QVERIFY(done.elapsedUs <= stoppedAfterUs && done.elapsedUs > stoppedAfterUs - 500'000);
        QCOMPARE(done.files.size(), std::size_t{1});
        const RecordedFileStatus& file = done.files[0];
        QCOMPARE(file.state, FileState::Done);
        QCOMPARE(file.bytes, QFileInfo(path).size());
        QCOMPARE(done.totalBytes, file.bytes);
        // The file's duration as a player shows it: its longest stream.
        const double probed = ffprobe(path)
                                  .value(QStringLiteral("format"))
                                  .toObject()
                                  .value(QStringLiteral("duration"))
                                  .toString()
                                  .toDouble();
        QVERIFY2(qAbs(static_cast<double>(file.durationUs) / 1e6 - probed) < 0.05,
                 qPrintable(QStringLiteral("%1 vs %2").arg(file.durationUs).arg(probed)));

        const QJsonObject json = RecordingsJson::fromStatus(done);
        QCOMPARE(json.value(QStringLiteral("state")).toString(), QStringLiteral("idle"));
        QCOMPARE(json.value(QStringLiteral("take")).toInt(), 1);
        QCOMPARE(json.value(QStringLiteral("folder")).toString(), recorder.eventFolder());
        QCOMPARE(json.value(QStringLiteral("bytes")).toInteger(), QFileInfo(path).size());
        QCOMPARE(json.value(QStringLiteral("disk_free_bytes")).toInteger(), kFreeBytes);
        QVERIFY(!json.contains(QStringLiteral("error")));
        const QJsonObject fileJson = json.value(QStringLiteral("files")).toArray()[0].toObject();
        QCOMPARE(fileJson.value(QStringLiteral("state")).toString(), QStringLiteral("done"));
        QCOMPARE(fileJson.value(QStringLiteral("bytes")).toInteger(), QFileInfo(path).size());
        QVERIFY(qAbs(fileJson.value(QStringLiteral("duration_s")).toDouble() - probed) < 0.05);
    }

    void anErrorShowsInTheJson() {
        RecordingStatus status;
        status.state = RecordingState::Error;
        status.lastError =
            makeError(ErrorCode::IoFailure, "write: No space left on device", "/videos/cam1.mp4");
        RecordedFileStatus file;
        file.relativePath = QStringLiteral("cam1.mp4");
        file.cameraId = QStringLiteral("cam1");
        file.state = FileState::Failed;
        file.error = QStringLiteral("write: No space left on device");
        status.files.push_back(file);
        RecordedFileStatus waiting;
        waiting.relativePath = QStringLiteral("program.mp4");
        status.files.push_back(waiting);

        const QJsonObject json = RecordingsJson::fromStatus(status);
        QCOMPARE(json.value(QStringLiteral("state")).toString(), QStringLiteral("error"));
        QCOMPARE(json.value(QStringLiteral("recording")).toBool(), false);
        QCOMPARE(json.value(QStringLiteral("error")).toString(),
                 QStringLiteral("write: No space left on device"));
        const QJsonArray files = json.value(QStringLiteral("files")).toArray();
        QCOMPARE(files[0].toObject().value(QStringLiteral("error")).toString(), file.error);
        QCOMPARE(files[1].toObject().value(QStringLiteral("camera")).toString(),
                 QStringLiteral("program"));
        QCOMPARE(files[1].toObject().value(QStringLiteral("state")).toString(),
                 QStringLiteral("waiting"));
        QVERIFY(json.value(QStringLiteral("disk_free_bytes")).isNull());
    }

private:
    QTemporaryDir m_clips;
    StreamContents m_clip;
};

QTEST_GUILESS_MAIN(TestRecordingStatus)
#include "tst_recordingstatus.moc"
