// The RTMP restream end to end: the real app publishes its program to real RTMP servers on
// loopback (ffmpeg in listen mode, and a second wedlive's ingest), read back with ffprobe and the
// second app's API; a destination that is down retries and comes back on its own; a wrong key
// ends in "failed" with the reason in /api/outputs.
#include <csignal>

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

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
const QString kKey = QStringLiteral("liveKeyAbcdefgh1234");

// A 720p30 program encoded with the fastest preset, and the given restream destinations.
bool writeConfiguration(const QString& configDir, const QJsonArray& restream,
                        int bitrateKbps = 1500) {
    return test::prepareEventConfig(configDir, [&](QJsonObject& root) {
        test::setFastProgram(root, kFps, bitrateKbps);
        test::mergeSection(root, QStringLiteral("recording"),
                           {{QStringLiteral("auto_start_on_live"), false}});
        root.insert(QStringLiteral("restream"), restream);
    });
}

QJsonObject destination(const QString& id, const QString& url, const QString& key) {
    return QJsonObject{{QStringLiteral("id"), id},
                       {QStringLiteral("name"), id},
                       {QStringLiteral("url"), url},
                       {QStringLiteral("key"), key},
                       {QStringLiteral("enabled"), true}};
}

QString loopbackUrl(quint16 port) {
    return QStringLiteral("rtmp://127.0.0.1:%1/live").arg(port);
}

// An RTMP server on loopback: ffmpeg accepting one publisher and copying it into an FLV file.
class RtmpReceiver {
public:
    RtmpReceiver(quint16 port, QString key, QString file)
        : m_port(port)
        , m_key(std::move(key))
        , m_file(std::move(file)) {}
    ~RtmpReceiver() {
        if (m_process.state() != QProcess::NotRunning) {
            resume();
            m_process.kill();
            m_process.waitForFinished(5000);
        }
    }
    void start() {
        m_process.start(QStringLiteral("ffmpeg"),
                        {QStringLiteral("-hide_banner"), QStringLiteral("-loglevel"),
                         QStringLiteral("error"), QStringLiteral("-y"), QStringLiteral("-listen"),
                         QStringLiteral("1"), QStringLiteral("-i"),
                         loopbackUrl(m_port) + QLatin1Char('/') + m_key, QStringLiteral("-c"),
                         QStringLiteral("copy"), m_file});
        m_process.waitForStarted(5000);
    }
    bool waitForFinished(int timeoutMs) { return m_process.waitForFinished(timeoutMs); }
    // SIGSTOP / SIGCONT: the server hangs with the connection open (a stalled network).
    void suspend() { ::kill(static_cast<pid_t>(m_process.processId()), SIGSTOP); }
    void resume() { ::kill(static_cast<pid_t>(m_process.processId()), SIGCONT); }
    QString log() { return QString::fromUtf8(m_process.readAllStandardError()); }

private:
    quint16 m_port;
    QString m_key;
    QString m_file;
    QProcess m_process;
};

QJsonObject ffprobe(const QString& path) {
    QProcess process;
    process.start(QStringLiteral("ffprobe"),
                  {QStringLiteral("-v"), QStringLiteral("error"), QStringLiteral("-show_streams"),
                   QStringLiteral("-show_format"), QStringLiteral("-of"), QStringLiteral("json"),
                   path});
    process.waitForFinished(30000);
    return QJsonDocument::fromJson(process.readAllStandardOutput()).object();
}

QStringList codecs(const QJsonObject& probe) {
    QStringList names;
    for (const auto stream : probe.value(QStringLiteral("streams")).toArray())
        names << stream.toObject().value(QStringLiteral("codec_name")).toString();
    names.sort();
    return names;
}

QJsonObject restreamEntry(const ApiClient& api, const QString& id) {
    const auto outputs = api.get(QStringLiteral("/api/outputs")).json();
    for (const auto value : outputs.value(QStringLiteral("restream")).toArray()) {
        if (value.toObject().value(QStringLiteral("id")).toString() == id)
            return value.toObject();
    }
    return {};
}

// Polls the destination until `done` holds; returns the last entry seen.
template <typename Predicate>
QJsonObject waitForEntry(const ApiClient& api, const QString& id, Predicate done,
                         int timeoutMs = 30000) {
    QElapsedTimer timer;
    timer.start();
    QJsonObject entry;
    while (timer.elapsed() < timeoutMs) {
        entry = restreamEntry(api, id);
        if (done(entry))
            return entry;
        QTest::qWait(200);
    }
    return entry;
}

bool hasState(const QJsonObject& entry, const char* state) {
    return entry.value(QStringLiteral("state")).toString() == QLatin1String(state);
}

qint64 programFrames(const ApiClient& api) {
    return api.get(QStringLiteral("/api/status"))
        .json()
        .value(QStringLiteral("program"))
        .toObject()
        .value(QStringLiteral("encoded_frames"))
        .toInteger();
}

QString dumpEntry(const QJsonObject& entry) {
    return QString::fromUtf8(QJsonDocument(entry).toJson(QJsonDocument::Compact));
}

} // namespace

class TestRestream : public QObject {
    Q_OBJECT

private slots:
    void cleanup() {
        m_publishers.clear();
        if (m_app)
            m_app->stop();
        if (m_target)
            m_target->stop();
        m_api.reset();
        m_app.reset();
        m_target.reset();
        m_dir.reset();
        m_targetDir.reset();
    }

    void restreamsTheProgramToAnRtmpServer() {
        const quint16 port = test::freeTcpPort();
        QVERIFY(startApp({destination(QStringLiteral("rx"), loopbackUrl(port), kKey)}));
        const QString flv = QDir(m_dir->path()).filePath(QStringLiteral("received.flv"));
        RtmpReceiver receiver(port, kKey, flv);
        receiver.start();
        publishCamera();

        // Before going live the destination is idle: the restream follows the program output.
        auto entry = restreamEntry(*m_api, QStringLiteral("rx"));
        QCOMPARE(entry.value(QStringLiteral("state")).toString(), QStringLiteral("idle"));
        QCOMPARE(entry.value(QStringLiteral("key")).toString(), QStringLiteral("live\u2026"));
        QCOMPARE(entry.value(QStringLiteral("url")).toString(), loopbackUrl(port));
        const auto hlsPush =
            m_api->get(QStringLiteral("/api/outputs")).json().value("hls_push").toObject();
        QCOMPARE(hlsPush.value(QStringLiteral("state")).toString(), QStringLiteral("off"));

        QElapsedTimer toLive;
        toLive.start();
        QCOMPARE(m_api->post(QStringLiteral("/api/live/start")).status, 200);
        entry = waitForEntry(*m_api, QStringLiteral("rx"),
                             [](const QJsonObject& e) { return hasState(e, "live"); });
        QVERIFY2(hasState(entry, "live"), qPrintable(dumpEntry(entry) + receiver.log()));
        qInfo("restream live %lld ms after going live (API polled every 200 ms)", toLive.elapsed());
        QElapsedTimer streamed;
        streamed.start();
        QTest::qWait(8000);

        entry = restreamEntry(*m_api, QStringLiteral("rx"));
        QVERIFY2(hasState(entry, "live"), qPrintable(dumpEntry(entry)));
        // The rate over the last seconds agrees with the bytes sent over the connection's life
        // (a steady picture: the encoder's rate hardly changes).
        const double kbps = entry.value(QStringLiteral("bitrate_kbps")).toDouble();
        const double averageKbps =
            static_cast<double>(entry.value(QStringLiteral("bytes_sent")).toInteger()) * 8.0 /
            static_cast<double>(entry.value(QStringLiteral("uptime_ms")).toInteger());
        QVERIFY2(kbps > 20 && std::abs(kbps - averageKbps) < 0.5 * averageKbps,
                 qPrintable(dumpEntry(entry)));
        QVERIFY(entry.value(QStringLiteral("bytes_sent")).toInteger() > 50000);
        QVERIFY(entry.value(QStringLiteral("uptime_ms")).toInteger() >= 7000);
        QCOMPARE(entry.value(QStringLiteral("packets_dropped")).toInteger(), 0);
        QVERIFY(entry.value(QStringLiteral("error")).isNull());

        // The key is a secret: never in the API's answer nor in the logs.
        QVERIFY(!m_api->get(QStringLiteral("/api/outputs")).body.contains(kKey.toUtf8()));

        // Refusals are JSON errors.
        const auto unknown = m_api->post(QStringLiteral("/api/outputs/restream/nope/stop"));
        QCOMPARE(unknown.status, 404);
        QCOMPARE(unknown.json().value(QStringLiteral("error")).toString(),
                 QStringLiteral("not_found"));
        QCOMPARE(m_api->post(QStringLiteral("/api/outputs/restream/rx/jump")).status, 400);
        QCOMPARE(ApiClient(m_app->httpPort, QStringLiteral("wrong"))
                     .get(QStringLiteral("/api/outputs"))
                     .status,
                 401);

        const auto stopped = m_api->post(QStringLiteral("/api/outputs/restream/rx/stop"));
        const double streamedS = static_cast<double>(streamed.elapsed()) / 1000.0;
        QCOMPARE(stopped.status, 200);
        QCOMPARE(stopped.json().value(QStringLiteral("enabled")).toBool(), false);
        entry = waitForEntry(*m_api, QStringLiteral("rx"),
                             [](const QJsonObject& e) { return hasState(e, "idle"); });
        QVERIFY2(hasState(entry, "idle"), qPrintable(dumpEntry(entry)));
        QVERIFY2(receiver.waitForFinished(20000), "the receiver did not see the stream end");

        const auto probe = ffprobe(flv);
        QCOMPARE(codecs(probe), (QStringList{QStringLiteral("aac"), QStringLiteral("h264")}));
        const double duration = probe.value(QStringLiteral("format"))
                                    .toObject()
                                    .value("duration")
                                    .toString()
                                    .toDouble();
        qInfo("received %.2f s of h264+aac for %.2f s streamed", duration, streamedS);
        QVERIFY2(
            std::abs(duration - streamedS) < 2.5,
            qPrintable(QStringLiteral("file %1 s, streamed %2 s").arg(duration).arg(streamedS)));
        QVERIFY(!m_app->errors().contains(kKey));
        QVERIFY(!m_app->output().contains(kKey));
    }

    void aDownDestinationRetriesAndComesBackOnItsOwn() {
        const quint16 port = test::freeTcpPort();
        QVERIFY(startApp({destination(QStringLiteral("later"), loopbackUrl(port), kKey)}));
        publishCamera();
        QCOMPARE(m_api->post(QStringLiteral("/api/live/start")).status, 200);

        // Nothing listens: connecting, then reconnecting with a growing backoff.
        auto entry = waitForEntry(*m_api, QStringLiteral("later"), [](const QJsonObject& e) {
            return hasState(e, "reconnecting") &&
                   e.value(QStringLiteral("reconnects")).toInteger() >= 2;
        });
        QVERIFY2(hasState(entry, "reconnecting"), qPrintable(dumpEntry(entry)));
        QVERIFY2(!entry.value(QStringLiteral("error")).toString().isEmpty(),
                 qPrintable(dumpEntry(entry)));
        QVERIFY(entry.value(QStringLiteral("consecutive_failures")).toInt() >= 2);
        // The program keeps running while the destination is down.
        const qint64 framesBefore = programFrames(*m_api);
        QTest::qWait(2000);
        const qint64 framesAfter = programFrames(*m_api);
        QVERIFY2(framesAfter - framesBefore > kFps, qPrintable(QString::number(framesAfter)));
        QCOMPARE(m_api->get(QStringLiteral("/api/status")).json().value("status").toString(),
                 QStringLiteral("live"));

        // The server comes up: the destination goes live without anyone asking.
        const QString flv = QDir(m_dir->path()).filePath(QStringLiteral("late.flv"));
        RtmpReceiver receiver(port, kKey, flv);
        QElapsedTimer back;
        back.start();
        receiver.start();
        entry = waitForEntry(
            *m_api, QStringLiteral("later"),
            [](const QJsonObject& e) { return hasState(e, "live"); }, 45000);
        QVERIFY2(hasState(entry, "live"), qPrintable(dumpEntry(entry) + receiver.log()));
        qInfo("server up -> restream live after %lld ms (%lld reconnects so far)", back.elapsed(),
              entry.value(QStringLiteral("reconnects")).toInteger());
        QTest::qWait(4000);
        QCOMPARE(m_api->post(QStringLiteral("/api/live/end")).status, 200);
        entry = waitForEntry(*m_api, QStringLiteral("later"),
                             [](const QJsonObject& e) { return hasState(e, "idle"); });
        QVERIFY2(hasState(entry, "idle"), qPrintable(dumpEntry(entry)));
        QVERIFY(receiver.waitForFinished(20000));
        const auto probe = ffprobe(flv);
        QCOMPARE(codecs(probe), (QStringList{QStringLiteral("aac"), QStringLiteral("h264")}));
        const double duration = probe.value(QStringLiteral("format"))
                                    .toObject()
                                    .value("duration")
                                    .toString()
                                    .toDouble();
        QVERIFY2(duration > 2.5, qPrintable(QString::number(duration)));
    }

    void aStalledServerCostsDroppedPacketsNeverTheProgram() {
        const quint16 port = test::freeTcpPort();
        QVERIFY(startApp({destination(QStringLiteral("slow"), loopbackUrl(port), kKey)}, 6000));
        RtmpReceiver receiver(port, kKey, QDir(m_dir->path()).filePath(QStringLiteral("s.flv")));
        receiver.start();
        publishCamera(QString()); // a moving picture: a real bitrate
        QCOMPARE(m_api->post(QStringLiteral("/api/live/start")).status, 200);
        auto entry = waitForEntry(*m_api, QStringLiteral("slow"),
                                  [](const QJsonObject& e) { return hasState(e, "live"); });
        QVERIFY2(hasState(entry, "live"), qPrintable(dumpEntry(entry)));

        // The server stops reading: the socket buffers fill, the send blocks, the queue fills and
        // drops until keyframes; the program never waits.
        receiver.suspend();
        const qint64 framesBefore = programFrames(*m_api);
        QElapsedTimer stalled;
        stalled.start();
        entry = waitForEntry(
            *m_api, QStringLiteral("slow"),
            [](const QJsonObject& e) { return e.value("packets_dropped").toInteger() > 0; }, 90000);
        QVERIFY2(entry.value("packets_dropped").toInteger() > 0, qPrintable(dumpEntry(entry)));
        const qint64 framesAfter = programFrames(*m_api);
        const double seconds = static_cast<double>(stalled.elapsed()) / 1000.0;
        // Nearly every program frame was still encoded while the restream was stuck.
        QVERIFY2(
            static_cast<double>(framesAfter - framesBefore) > 0.8 * kFps * seconds,
            qPrintable(
                QStringLiteral("%1 frames in %2 s").arg(framesAfter - framesBefore).arg(seconds)));
        qInfo("stalled server: first drop after %.1f s, %lld frames encoded meanwhile", seconds,
              framesAfter - framesBefore);

        // The blocked write hits the I/O timeout: the destination reconnects by itself.
        entry = waitForEntry(
            *m_api, QStringLiteral("slow"),
            [](const QJsonObject& e) { return !hasState(e, "live"); }, 60000);
        QVERIFY2(hasState(entry, "reconnecting"), qPrintable(dumpEntry(entry)));
        QVERIFY2(!entry.value(QStringLiteral("error")).toString().isEmpty(),
                 qPrintable(dumpEntry(entry)));
        QCOMPARE(m_api->get(QStringLiteral("/api/status")).json().value("status").toString(),
                 QStringLiteral("live"));
    }

    void aWedliveIngestTakesTheRightKeyAndRefusesAWrongOne() {
        // The receiving end: another wedlive, whose camera 1 is our restream.
        m_targetDir = std::make_unique<QTemporaryDir>();
        QVERIFY(writeConfiguration(m_targetDir->path(), {}));
        m_target = std::make_unique<HeadlessApp>(QStringList{});
        QVERIFY2(m_target->start(m_targetDir->path()), qPrintable(m_target->output()));
        const ApiClient targetApi(m_target->httpPort, m_target->apiToken);
        const QString url = loopbackUrl(m_target->rtmpPort);
        QVERIFY(startApp(
            {destination(QStringLiteral("good"), url, m_target->streamKey(QStringLiteral("cam1"))),
             destination(QStringLiteral("bad"), url,
                         QStringLiteral("wrongwrongwrongwrongwrong"))}));
        publishCamera();
        QCOMPARE(m_api->post(QStringLiteral("/api/live/start")).status, 200);

        auto good = waitForEntry(*m_api, QStringLiteral("good"),
                                 [](const QJsonObject& e) { return hasState(e, "live"); });
        QVERIFY2(hasState(good, "live"), qPrintable(dumpEntry(good)));
        auto bad = waitForEntry(*m_api, QStringLiteral("bad"),
                                [](const QJsonObject& e) { return hasState(e, "failed"); });
        QVERIFY2(hasState(bad, "failed"), qPrintable(dumpEntry(bad)));
        QVERIFY2(bad.value(QStringLiteral("error")).toString().contains(QStringLiteral("refused")),
                 qPrintable(dumpEntry(bad)));
        QCOMPARE(bad.value(QStringLiteral("reconnects")).toInteger(), 0); // gave up at once

        // The other app sees our program as its camera 1, and records it.
        QVERIFY(targetApi.waitForCamerasLive({QStringLiteral("cam1")}, 20000));
        QCOMPARE(targetApi.post(QStringLiteral("/api/recordings/start")).status, 200);
        QTest::qWait(5000);
        QCOMPARE(targetApi.post(QStringLiteral("/api/recordings/stop")).status, 200);
        QJsonObject recordings;
        QElapsedTimer timer;
        timer.start();
        QString isoFile;
        while (timer.elapsed() < 60000 && isoFile.isEmpty()) {
            recordings = targetApi.get(QStringLiteral("/api/recordings")).json();
            for (const auto value : recordings.value(QStringLiteral("files")).toArray()) {
                const auto file = value.toObject();
                if (file.value(QStringLiteral("camera")).toString() == QLatin1String("cam1") &&
                    file.value(QStringLiteral("state")).toString() == QLatin1String("done"))
                    isoFile = QDir(recordings.value(QStringLiteral("folder")).toString())
                                  .filePath(file.value(QStringLiteral("file")).toString());
            }
            QTest::qWait(250);
        }
        QVERIFY2(!isoFile.isEmpty(), QJsonDocument(recordings).toJson().constData());
        const auto probe = ffprobe(isoFile);
        QVERIFY2(codecs(probe).contains(QStringLiteral("h264")), qPrintable(isoFile));
        const double duration = probe.value(QStringLiteral("format"))
                                    .toObject()
                                    .value("duration")
                                    .toString()
                                    .toDouble();
        QVERIFY2(duration > 3.0, qPrintable(QString::number(duration)));

        // Re-enabling the refused destination tries once more, and is refused again.
        const auto restarted = m_api->post(QStringLiteral("/api/outputs/restream/bad/start"));
        QCOMPARE(restarted.status, 200);
        bad = waitForEntry(*m_api, QStringLiteral("bad"), [](const QJsonObject& e) {
            return hasState(e, "failed") && e.value(QStringLiteral("enabled")).toBool();
        });
        QVERIFY2(hasState(bad, "failed"), qPrintable(dumpEntry(bad)));
        QVERIFY(hasState(restreamEntry(*m_api, QStringLiteral("good")), "live"));
        // Neither key reached the logs, refusals included.
        const QString logs = m_app->errors() + m_app->output();
        QVERIFY(!logs.contains(QStringLiteral("wrongwrongwrongwrongwrong")));
        QVERIFY(!logs.contains(m_target->streamKey(QStringLiteral("cam1"))));
        QVERIFY(logs.contains(QStringLiteral("restream bad")));
    }

private:
    bool startApp(const QJsonArray& restream, int bitrateKbps = 1500) {
        m_dir = std::make_unique<QTemporaryDir>();
        if (!writeConfiguration(m_dir->path(), restream, bitrateKbps))
            return false;
        m_app = std::make_unique<HeadlessApp>(QStringList{});
        if (!m_app->start(m_dir->path()))
            return false;
        m_api = std::make_unique<ApiClient>(m_app->httpPort, m_app->apiToken);
        return true;
    }

    void publishCamera(const QString& colour = QStringLiteral("red")) {
        auto spec = test::makeSpec(320, 180, kFps, 180 * kFps);
        spec.colour = colour;
        m_publishers.push_back(
            std::make_unique<FfmpegPublisher>(m_app->rtmpUrl(QStringLiteral("cam1")), spec));
        m_publishers.back()->start();
        QVERIFY(m_api->waitForCamerasLive({QStringLiteral("cam1")}, 20000));
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QTemporaryDir> m_targetDir;
    std::unique_ptr<HeadlessApp> m_app;
    std::unique_ptr<HeadlessApp> m_target;
    std::unique_ptr<ApiClient> m_api;
    std::vector<std::unique_ptr<FfmpegPublisher>> m_publishers;
};

QTEST_GUILESS_MAIN(TestRestream)
#include "tst_restream.moc"
