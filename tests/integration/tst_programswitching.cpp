// The program engine end to end: cameras published by the ffmpeg CLI, each a solid colour, the
// director's commands over REST, and the recordings and journal checked afterwards as an editor
// would find them.
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include "ProgramFrames.h"
#include "record/JournalReader.h"
#include "support/ApiClient.h"
#include "support/FfmpegPublisher.h"
#include "support/HeadlessApp.h"
#include "support/TestEventConfig.h"

using namespace wl;
using wl::test::ApiClient;
using wl::test::FfmpegPublisher;
using wl::test::HeadlessApp;

namespace {

constexpr int kFps = 30;

// A 720p30 program encoded with the fastest preset, so the test leaves CPU for the cameras.
bool writeTestConfiguration(const QString& configDir) {
    return test::prepareEventConfig(configDir, [](QJsonObject& root) {
        test::setFastProgram(root, kFps);
        test::mergeSection(root, QStringLiteral("switcher"),
                           {{QStringLiteral("mode"), QStringLiteral("direct")},
                            {QStringLiteral("failover"), true},
                            {QStringLiteral("failover_hold_ms"), 1000}});
    });
}

test::PublishSpec colourSpec(const QString& colour, int seconds) {
    test::PublishSpec spec = test::makeSpec(320, 180, kFps, seconds * kFps);
    spec.colour = colour;
    return spec;
}

// Waits until the recorder is idle again and every file is finished; returns the last status.
QJsonObject waitForRecordingsFinished(const ApiClient& api, int timeoutMs = 60000) {
    QElapsedTimer timer;
    timer.start();
    QJsonObject status;
    while (timer.elapsed() < timeoutMs) {
        status = api.get(QStringLiteral("/api/recordings")).json();
        bool finished = status.value(QStringLiteral("state")).toString() == QLatin1String("idle");
        for (const auto file : status.value(QStringLiteral("files")).toArray()) {
            const QString state = file.toObject().value(QStringLiteral("state")).toString();
            finished =
                finished && (state == QLatin1String("done") || state == QLatin1String("failed"));
        }
        if (finished)
            return status;
        QTest::qWait(250);
    }
    return status;
}

QJsonObject ffprobe(const QString& path) {
    QProcess process;
    process.start(QStringLiteral("ffprobe"),
                  {QStringLiteral("-v"), QStringLiteral("error"), QStringLiteral("-show_streams"),
                   QStringLiteral("-show_format"), QStringLiteral("-of"), QStringLiteral("json"),
                   path});
    process.waitForFinished(30000);
    return QJsonDocument::fromJson(process.readAllStandardOutput()).object();
}

QJsonObject streamOfType(const QJsonObject& probe, const QString& type, const QString& tag = {}) {
    for (const auto value : probe.value(QStringLiteral("streams")).toArray()) {
        const auto stream = value.toObject();
        if (stream.value(QStringLiteral("codec_type")).toString() == type &&
            (tag.isEmpty() || stream.value(QStringLiteral("codec_tag_string")).toString() == tag))
            return stream;
    }
    return {};
}

// The file entry of `source` ("program", "cam1", …) in a record_start or record_stop event.
QJsonObject fileOf(const QJsonObject& event, const QString& source) {
    for (const auto value : event.value(QStringLiteral("files")).toArray()) {
        if (value.toObject().value(QStringLiteral("source")).toString() == source)
            return value.toObject();
    }
    return {};
}

// The journal of the newest session only (the folder's journal grows with every app start).
record::JournalReader::Contents lastSession(const record::JournalReader::Contents& all) {
    record::JournalReader::Contents session;
    for (const auto& record : all.records) {
        if (record.event == QLatin1String("session_start"))
            session.records.clear();
        session.records.push_back(record);
    }
    session.torn = all.torn;
    return session;
}

} // namespace

class TestProgramSwitching : public QObject {
    Q_OBJECT

private slots:
    void init() {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(writeTestConfiguration(m_dir->path()));
        m_app = std::make_unique<HeadlessApp>(QStringList{});
        QVERIFY2(m_app->start(m_dir->path()), qPrintable(m_app->output()));
        m_api = std::make_unique<ApiClient>(m_app->httpPort, m_app->apiToken);
    }

    void cleanup() {
        m_publishers.clear();
        if (m_app)
            m_app->stop();
        if (!m_mounted.isEmpty())
            QProcess::execute(QStringLiteral("umount"), {m_mounted});
        m_mounted.clear();
        m_api.reset();
        m_app.reset();
        m_dir.reset();
    }

    void everyCutTransitionAndFadeLandsOnTheJournaledFrame() {
        publish(QStringLiteral("cam1"), QStringLiteral("red"), 40);
        publish(QStringLiteral("cam2"), QStringLiteral("lime"), 40);
        publish(QStringLiteral("cam3"), QStringLiteral("blue"), 40);
        QVERIFY(m_api->waitForCamerasLive({"cam1", "cam2", "cam3"}, 20000));

        // Refusals first: unknown camera 404, a camera that is not live 409, both JSON errors.
        const auto unknown = m_api->post(QStringLiteral("/api/cameras/cam9/switch"));
        QCOMPARE(unknown.status, 404);
        QCOMPARE(unknown.json().value(QStringLiteral("error")).toString(),
                 QStringLiteral("not_found"));
        const auto notLive = m_api->post(QStringLiteral("/api/cameras/cam4/switch"));
        QCOMPARE(notLive.status, 409);
        QVERIFY(notLive.json().value(QStringLiteral("message")).toString().contains("not live"));

        QCOMPARE(m_api->post(QStringLiteral("/api/live/start")).status, 200);
        QTest::qWait(2500);
        QCOMPARE(m_api->post(QStringLiteral("/api/cameras/cam2/switch")).status, 200);
        QTest::qWait(2000);
        QCOMPARE(m_api
                     ->post(QStringLiteral("/api/cameras/cam3/switch"),
                            {{"transition", "mix"}, {"duration_ms", 500}})
                     .status,
                 200);
        QTest::qWait(2000);
        const auto active = m_api->get(QStringLiteral("/api/cameras/active")).json();
        QCOMPARE(active.value(QStringLiteral("active_camera_id")).toString(),
                 QStringLiteral("cam3"));
        QCOMPARE(m_api->post(QStringLiteral("/api/ftb")).status, 200);
        QTest::qWait(1500);
        QCOMPARE(m_api->post(QStringLiteral("/api/ftb")).status, 200);
        QTest::qWait(1500);
        QCOMPARE(m_api->post(QStringLiteral("/api/live/pause")).json().value("status").toString(),
                 QStringLiteral("paused"));
        QCOMPARE(m_api->post(QStringLiteral("/api/cameras/cam1/switch")).status, 409);
        QTest::qWait(1500);
        QCOMPARE(m_api->post(QStringLiteral("/api/live/resume")).json().value("status").toString(),
                 QStringLiteral("live"));
        QTest::qWait(1000);

        // A thumbnail of a camera's latest picture.
        const auto thumbnail = m_api->get(QStringLiteral("/api/cameras/cam1/thumbnail"));
        QCOMPARE(thumbnail.status, 200);
        QCOMPARE(thumbnail.contentType, QByteArray("image/jpeg"));
        const QImage picture = QImage::fromData(thumbnail.body, "JPEG");
        QVERIFY(!picture.isNull());
        QCOMPARE(test::ProgramFrames::classify(
                     picture.pixelColor(picture.width() / 2, picture.height() / 2)),
                 QStringLiteral("red"));

        const auto recording = m_api->get(QStringLiteral("/api/recordings")).json();
        QCOMPARE(recording.value(QStringLiteral("state")).toString(), QStringLiteral("recording"));
        QVERIFY(recording.value(QStringLiteral("elapsed_s")).toDouble() > 5);
        QVERIFY(recording.value(QStringLiteral("disk_free_bytes")).toDouble() > 0);

        QCOMPARE(m_api->post(QStringLiteral("/api/live/end")).json().value("status").toString(),
                 QStringLiteral("ended"));
        const auto finished = waitForRecordingsFinished(*m_api);
        QCOMPARE(finished.value(QStringLiteral("state")).toString(), QStringLiteral("idle"));
        const QString folder = finished.value(QStringLiteral("folder")).toString();
        const auto files = finished.value(QStringLiteral("files")).toArray();
        QCOMPARE(files.size(), 4); // program + three ISO files
        for (const auto file : files) {
            QCOMPARE(file.toObject().value(QStringLiteral("state")).toString(),
                     QStringLiteral("done"));
            QVERIFY(file.toObject().value(QStringLiteral("bytes")).toDouble() > 10000);
            QVERIFY(file.toObject().value(QStringLiteral("duration_s")).toDouble() > 8);
        }

        // The journal: the cut, the dissolve (start and end) and both fades, with frame numbers.
        auto read = record::JournalReader::readFile(QDir(folder).filePath("session.jsonl"));
        QVERIFY(read);
        QVERIFY(!read->torn);
        const auto session = lastSession(*read);
        const auto* journal = &session;
        QCOMPARE(journal->ofType(QStringLiteral("session_start")).size(), 1u);
        QVERIFY(journal->ofType(QStringLiteral("camera_online")).size() >= 3);
        const auto switches = journal->ofType(QStringLiteral("switch"));
        QCOMPARE(switches.size(), 2u);
        const auto frameOf = [](const record::JournalReader::Record& record) {
            return static_cast<std::int64_t>(
                record.object.value(QStringLiteral("program_frame")).toDouble());
        };
        const std::int64_t cut = frameOf(switches[0]);
        QCOMPARE(switches[0].object.value("to").toString(), QStringLiteral("cam2"));
        QCOMPARE(switches[0].object.value("transition").toString(), QStringLiteral("cut"));
        const auto transitions = journal->ofType(QStringLiteral("transition"));
        QCOMPARE(transitions.size(), 1u);
        const std::int64_t mixStart = frameOf(transitions[0]);
        const std::int64_t mixEnd = frameOf(switches[1]);
        // 500 ms at 30 fps = 15 ticks at positions 1/15 … 15/15; the last one completes it.
        QCOMPARE(mixEnd - mixStart, std::int64_t{14});
        const auto fades = journal->ofType(QStringLiteral("ftb"));
        QCOMPARE(fades.size(), 2u);
        const std::int64_t fadeOut = frameOf(fades[0]);
        const std::int64_t fadeIn = frameOf(fades[1]);
        const auto statuses = journal->ofType(QStringLiteral("status_changed"));
        QCOMPARE(statuses.size(), 4u); // live, paused, live, ended
        QCOMPARE(journal->ofType(QStringLiteral("pause")).size(), 1u);
        QCOMPARE(journal->ofType(QStringLiteral("resume")).size(), 1u);
        const std::int64_t pause = frameOf(journal->ofType(QStringLiteral("pause")).front());
        const std::int64_t resume = frameOf(journal->ofType(QStringLiteral("resume")).front());
        QCOMPARE(journal->ofType(QStringLiteral("record_start")).size(), 1u);
        const auto stop = journal->ofType(QStringLiteral("record_stop"));
        QCOMPARE(stop.size(), 1u);

        // The program recording shows each change exactly on its journaled frame.
        const auto start = journal->ofType(QStringLiteral("record_start")).front().object;
        const QJsonObject programFile = fileOf(start, QStringLiteral("program"));
        const auto first =
            static_cast<std::int64_t>(programFile.value("first_program_frame").toDouble());
        auto shown = test::ProgramFrames::read(QDir(folder).filePath("program.mp4"), first, kFps);
        QVERIFY(shown);
        QVERIFY(shown->size() > 200);
        int checked = 0;
        int blends = 0;
        for (const auto& frame : *shown) {
            const auto n = frame.programFrame;
            const QString where = QStringLiteral("frame %1 (cut %2, mix %3-%4, fade %5/%6): %7")
                                      .arg(n)
                                      .arg(cut)
                                      .arg(mixStart)
                                      .arg(mixEnd)
                                      .arg(fadeOut)
                                      .arg(fadeIn)
                                      .arg(frame.looksLike);
            QString expected;
            if (n < cut)
                expected = QStringLiteral("red");
            else if (n < mixStart)
                expected = QStringLiteral("lime");
            else if (n < mixEnd) {
                if (n > mixStart + 1 && n < mixEnd - 1 && frame.looksLike == QLatin1String("blend"))
                    ++blends;
                continue;
            } else if (n < fadeOut)
                expected = QStringLiteral("blue");
            else if (n >= fadeOut + 15 && n < fadeIn)
                expected = QStringLiteral("black");
            else if (n >= fadeIn + 15 && n < pause)
                expected = QStringLiteral("blue");
            else if (n >= pause && n < resume)
                expected = QStringLiteral("slate");
            else if (n >= resume)
                expected = QStringLiteral("blue");
            else
                continue; // fading
            QVERIFY2(frame.looksLike == expected, qPrintable(where));
            ++checked;
        }
        QVERIFY(checked > 150);
        QVERIFY2(blends >= 10, qPrintable(QString::number(blends)));
        // The frames right at the cut are there (frame accuracy is checked, not assumed).
        const auto has = [&shown](std::int64_t n) {
            return std::any_of(shown->begin(), shown->end(),
                               [n](const test::ShownFrame& f) { return f.programFrame == n; });
        };
        QVERIFY(has(cut - 1) && has(cut));

        // Files an editor opens: the program in H.264/AAC at the program format; ISO files are
        // the cameras' own streams (320×180 Constrained Baseline, not re-encoded); every file has a
        // timecode track starting at the journal's timecode.
        const auto program = ffprobe(QDir(folder).filePath("program.mp4"));
        QCOMPARE(streamOfType(program, "video").value("codec_name").toString(),
                 QStringLiteral("h264"));
        QCOMPARE(streamOfType(program, "video").value("width").toInt(), 1280);
        QCOMPARE(streamOfType(program, "audio").value("codec_name").toString(),
                 QStringLiteral("aac"));
        QCOMPARE(streamOfType(program, "audio").value("sample_rate").toString(),
                 QStringLiteral("48000"));
        QCOMPARE(streamOfType(program, "data", "tmcd")
                     .value("tags")
                     .toObject()
                     .value("timecode")
                     .toString(),
                 programFile.value("start_timecode").toString());
        for (const QString camera : {"cam1", "cam2", "cam3"}) {
            const QJsonObject entry = fileOf(start, camera);
            QVERIFY2(!entry.isEmpty(), qPrintable(camera));
            const auto iso = ffprobe(QDir(folder).filePath(entry.value("file").toString()));
            const auto video = streamOfType(iso, "video");
            QCOMPARE(video.value("codec_name").toString(), QStringLiteral("h264"));
            QCOMPARE(video.value("width").toInt(), 320);
            QCOMPARE(video.value("profile").toString(), QStringLiteral("Constrained Baseline"));
            QCOMPARE(streamOfType(iso, "audio").value("codec_name").toString(),
                     QStringLiteral("aac"));
            QCOMPARE(streamOfType(iso, "data", "tmcd")
                         .value("tags")
                         .toObject()
                         .value("timecode")
                         .toString(),
                     entry.value("start_timecode").toString());
        }
        QVERIFY(entryNamed(files, "cam1_Camera_1.mp4"));
    }

    void aLostProgramCameraFailsOverAfterTheHoldAndReturnsInANewPart() {
        publish(QStringLiteral("cam1"), QStringLiteral("red"), 40);
        publish(QStringLiteral("cam2"), QStringLiteral("lime"), 40);
        QVERIFY(m_api->waitForCamerasLive({"cam1", "cam2"}, 20000));
        QCOMPARE(m_api->post(QStringLiteral("/api/recordings/start")).status, 200);
        QCOMPARE(m_api->post(QStringLiteral("/api/recordings/start")).status, 409);
        QTest::qWait(2500);
        m_publishers.front()->kill(); // cam1, on program, vanishes
        QTest::qWait(3000);
        QCOMPARE(m_api->get(QStringLiteral("/api/cameras/active"))
                     .json()
                     .value("active_camera_id")
                     .toString(),
                 QStringLiteral("cam2"));
        // The camera comes back: its ISO continues in a second part.
        publish(QStringLiteral("cam1"), QStringLiteral("red"), 40);
        QVERIFY(m_api->waitForCamerasLive({"cam1"}, 20000));
        QTest::qWait(2500);
        QCOMPARE(m_api->post(QStringLiteral("/api/recordings/stop")).status, 200);
        const auto finished = waitForRecordingsFinished(*m_api);
        const auto files = finished.value(QStringLiteral("files")).toArray();
        QVERIFY2(entryNamed(files, "cam1_Camera_1.mp4"), qPrintable(QJsonDocument(files).toJson()));
        QVERIFY2(entryNamed(files, "cam1_Camera_1_part2.mp4"),
                 qPrintable(QJsonDocument(files).toJson()));

        const QString folder = finished.value(QStringLiteral("folder")).toString();
        auto journal = record::JournalReader::readFile(QDir(folder).filePath("session.jsonl"));
        QVERIFY(journal);
        const auto offline = journal->ofType(QStringLiteral("camera_offline"));
        QVERIFY(!offline.empty());
        const double lostUs = offline.front().object.value("session_us").toDouble();
        bool failedOver = false;
        for (const auto& record : journal->ofType(QStringLiteral("switch"))) {
            if (record.object.value("reason").toString() != QLatin1String("failover"))
                continue;
            failedOver = true;
            QCOMPARE(record.object.value("to").toString(), QStringLiteral("cam2"));
            // Held for the configured 1000 ms, then cut (within a few frames of slack).
            const double heldMs = (record.object.value("session_us").toDouble() - lostUs) / 1000;
            QVERIFY2(heldMs >= 900 && heldMs <= 1300, qPrintable(QString::number(heldMs)));
        }
        QVERIFY(failedOver);
    }

    void aKilledAppLeavesPlayableRecordingsAndAReadableJournal() {
        publish(QStringLiteral("cam1"), QStringLiteral("red"), 30);
        QVERIFY(m_api->waitForCamerasLive({"cam1"}, 20000));
        QCOMPARE(m_api->post(QStringLiteral("/api/recordings/start")).status, 200);
        QTest::qWait(6000);
        const QString folder =
            m_api->get(QStringLiteral("/api/recordings")).json().value("folder").toString();
        m_app->killHard();
        auto journal = record::JournalReader::readFile(QDir(folder).filePath("session.jsonl"));
        QVERIFY(journal);
        QCOMPARE(journal->ofType(QStringLiteral("record_start")).size(), 1u);
        for (const QString name : {"program.mp4", "cam1_Camera_1.mp4"}) {
            const auto probe = ffprobe(QDir(folder).filePath(name));
            const double seconds =
                probe.value("format").toObject().value("duration").toString().toDouble();
            // Fragments of a second: at most about two seconds are lost.
            QVERIFY2(seconds >= 3.5, qPrintable(name + QStringLiteral(": %1 s").arg(seconds)));
            QCOMPARE(streamOfType(probe, "video").value("codec_name").toString(),
                     QStringLiteral("h264"));
        }
    }

    void isoFilesHoldExactlyTheCamerasOwnPackets() {
        // Recording waits for the camera; the publisher sends exactly 150 frames and leaves.
        QCOMPARE(m_api->post(QStringLiteral("/api/recordings/start")).status, 200);
        publish(QStringLiteral("cam1"), QStringLiteral("red"), 5);
        QVERIFY(m_publishers.back()->waitForFinished(30000));
        QTest::qWait(1000);
        QCOMPARE(m_api->post(QStringLiteral("/api/recordings/stop")).status, 200);
        const auto finished = waitForRecordingsFinished(*m_api);
        const QString folder = finished.value(QStringLiteral("folder")).toString();
        QProcess process;
        process.start(QStringLiteral("ffprobe"),
                      {"-v", "error", "-count_packets", "-show_streams", "-of", "json",
                       QDir(folder).filePath(QStringLiteral("cam1_Camera_1.mp4"))});
        QVERIFY(process.waitForFinished(30000));
        const auto probe = QJsonDocument::fromJson(process.readAllStandardOutput()).object();
        const auto video = streamOfType(probe, "video");
        QVERIFY2(!video.isEmpty(), qPrintable(QJsonDocument(finished).toJson()));
        QCOMPARE(video.value("nb_read_packets").toString(), QStringLiteral("150"));
        QCOMPARE(video.value("profile").toString(), QStringLiteral("Constrained Baseline"));
        QCOMPARE(video.value("height").toInt(), 180);
        // Five seconds of 48 kHz AAC: 234 or 235 frames of 1024 samples, none dropped or added.
        const int audioPackets =
            streamOfType(probe, "audio").value("nb_read_packets").toString().toInt();
        QVERIFY2(audioPackets >= 233 && audioPackets <= 236,
                 qPrintable(QString::number(audioPackets)));
    }

    void aFullDiskStopsRecordingWithAnAlertWhileTheProgramRuns() {
        // A small filesystem for the recordings: the recorder keeps a reserve of 256 MB, so this
        // one is "full" after about 2 MB of media.
        m_app->stop();
        const QString recordings = m_dir->filePath(QStringLiteral("rec"));
        QDir().mkpath(recordings);
        if (QProcess::execute(QStringLiteral("mount"),
                              {"-t", "tmpfs", "-o", "size=258m", "tmpfs", recordings}) != 0)
            QSKIP("cannot mount a small filesystem here (needs root)");
        m_mounted = recordings;
        QVERIFY(m_app->start(m_dir->path()));
        m_api = std::make_unique<ApiClient>(m_app->httpPort, m_app->apiToken);

        // Busy test pictures: megabytes arrive within seconds.
        publish(QStringLiteral("cam1"), QString(), 60);
        publish(QStringLiteral("cam2"), QString(), 60);
        QVERIFY(m_api->waitForCamerasLive({"cam1", "cam2"}, 20000));
        QCOMPARE(m_api->post(QStringLiteral("/api/live/start")).status, 200);
        QJsonObject status;
        QElapsedTimer timer;
        timer.start();
        while (timer.elapsed() < 60000) {
            status = m_api->get(QStringLiteral("/api/recordings")).json();
            if (status.value(QStringLiteral("state")).toString() == QLatin1String("error"))
                break;
            QTest::qWait(250);
        }
        QCOMPARE(status.value(QStringLiteral("state")).toString(), QStringLiteral("error"));
        QVERIFY(!status.value(QStringLiteral("error")).toString().isEmpty());
        QVERIFY2(m_app->errors().contains(QStringLiteral("Recording")),
                 qPrintable(m_app->errors().right(2000)));

        // The program carries on: frames keep coming, cuts work, the event is still live.
        const auto before = m_api->get(QStringLiteral("/api/cameras/active")).json();
        QTest::qWait(1000);
        QCOMPARE(m_api->post(QStringLiteral("/api/cameras/cam2/switch")).status, 200);
        QTest::qWait(200);
        const auto after = m_api->get(QStringLiteral("/api/cameras/active")).json();
        QVERIFY(after.value("program_frame").toDouble() >=
                before.value("program_frame").toDouble() + 25);
        QCOMPARE(after.value("active_camera_id").toString(), QStringLiteral("cam2"));
        QCOMPARE(after.value("status").toString(), QStringLiteral("live"));
        // What was written plays.
        const auto program =
            ffprobe(QDir(status.value("folder").toString()).filePath("program.mp4"));
        QCOMPARE(streamOfType(program, "video").value("codec_name").toString(),
                 QStringLiteral("h264"));
    }

private:
    void publish(const QString& cameraId, const QString& colour, int seconds) {
        auto publisher = std::make_unique<FfmpegPublisher>(m_app->rtmpUrl(cameraId),
                                                           colourSpec(colour, seconds));
        publisher->start();
        m_publishers.push_back(std::move(publisher));
    }

    static bool entryNamed(const QJsonArray& files, const QString& name) {
        return std::any_of(files.begin(), files.end(), [&name](const QJsonValue& file) {
            return file.toObject().value(QStringLiteral("file")).toString() == name;
        });
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<HeadlessApp> m_app;
    std::unique_ptr<ApiClient> m_api;
    std::vector<std::unique_ptr<FfmpegPublisher>> m_publishers;
    QString m_mounted;
};

QTEST_GUILESS_MAIN(TestProgramSwitching)
#include "tst_programswitching.moc"
