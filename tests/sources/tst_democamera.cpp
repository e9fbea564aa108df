#include <memory>
#include <mutex>
#include <thread>
#include <vector>

#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include "media/AvLogRouting.h"
#include "media/Decoder.h"
#include "media/Demuxer.h"
#include "sources/DemoCamera.h"
#include "sources/DemoPattern.h"

using namespace wl;
using namespace std::chrono_literals;
using sources::DemoCamera;
using sources::DemoCameraSettings;
using sources::DemoCameraState;

namespace {

quint16 freePort() {
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort(); // free again once `probe` closes
}

std::string rtmpUrl(quint16 port) {
    return "rtmp://127.0.0.1:" + std::to_string(port) + "/live/test";
}

// An RTMP server for one publisher: ffmpeg in listen mode, copying what it gets into `path`. It
// gives up by itself after 30 s without a publisher, so a crashed test leaves nothing behind.
std::unique_ptr<QProcess> startListener(quint16 port, const QString& path) {
    auto ffmpeg = std::make_unique<QProcess>();
    ffmpeg->setProcessChannelMode(QProcess::ForwardedErrorChannel);
    ffmpeg->start("ffmpeg",
                  {"-hide_banner", "-loglevel", "error", "-y", "-listen", "1", "-timeout", "30",
                   "-i", QString::fromStdString(rtmpUrl(port)), "-c", "copy", "-f", "flv", path});
    if (!ffmpeg->waitForStarted(5000))
        qFatal("cannot start ffmpeg");
    return ffmpeg;
}

// Runs a camera on its own thread, as the session will, and records every state it reports.
class CameraRunner {
public:
    explicit CameraRunner(DemoCameraSettings settings)
        : m_camera(std::move(settings),
                   [this](DemoCameraState state, const std::string&) {
                       std::lock_guard lock(m_mutex);
                       m_states.push_back(state);
                   })
        , m_thread([this] { m_camera.run(); }) {}
    ~CameraRunner() { stop(); }

    DemoCamera& camera() { return m_camera; }

    // Returns how long requestStop() took to end run().
    qint64 stop() {
        QElapsedTimer timer;
        timer.start();
        m_camera.requestStop();
        if (m_thread.joinable())
            m_thread.join();
        return timer.elapsed();
    }

    bool saw(DemoCameraState state) {
        std::lock_guard lock(m_mutex);
        return std::find(m_states.begin(), m_states.end(), state) != m_states.end();
    }

    int count(DemoCameraState state) {
        std::lock_guard lock(m_mutex);
        return static_cast<int>(std::count(m_states.begin(), m_states.end(), state));
    }

private:
    std::mutex m_mutex;
    std::vector<DemoCameraState> m_states;
    DemoCamera m_camera;
    std::thread m_thread;
};

DemoCameraSettings settingsFor(quint16 port, int index) {
    DemoCameraSettings settings;
    settings.index = index;
    settings.url = rtmpUrl(port);
    settings.retryInterval = 200ms;
    return settings;
}

QJsonArray probeStreams(const QString& path) {
    QProcess ffprobe;
    ffprobe.start("ffprobe", {"-v", "error", "-count_packets", "-show_entries",
                              "stream=codec_name,width,height,sample_rate,channels,nb_read_packets",
                              "-of", "json", path});
    if (!ffprobe.waitForFinished(30000) || ffprobe.exitCode() != 0)
        return {};
    return QJsonDocument::fromJson(ffprobe.readAllStandardOutput()).object()["streams"].toArray();
}

} // namespace

class TestDemoCamera : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { media::routeAvLogToQt(AV_LOG_ERROR); }

    void publishesH264AndAacOverRtmp() {
        QTemporaryDir dir;
        const QString path = dir.filePath("received.flv");
        const quint16 port = freePort();
        auto listener = startListener(port, path);
        CameraRunner runner(settingsFor(port, 2));
        QVERIFY(QTest::qWaitFor(
            [&] { return runner.camera().state() == DemoCameraState::Publishing; }, 10000));
        QTest::qWait(2000);
        const qint64 stopMs = runner.stop();
        QVERIFY2(stopMs < 500, qPrintable(QString("stop took %1 ms").arg(stopMs)));
        QCOMPARE(runner.camera().state(), DemoCameraState::Stopped);
        // Two seconds at 30 fps; a loaded machine may skip a few frames, never burst.
        const auto sent = static_cast<qint64>(runner.camera().framesSent());
        const auto skipped = static_cast<qint64>(runner.camera().framesSkipped());
        QVERIFY2(sent + skipped >= 50 && sent + skipped <= 70,
                 qPrintable(QString("%1 sent, %2 skipped").arg(sent).arg(skipped)));
        QVERIFY(skipped <= 10);

        QVERIFY(listener->waitForFinished(10000));
        QVERIFY(QFileInfo(path).size() > 10000);

        const QJsonArray streams = probeStreams(path);
        QCOMPARE(streams.size(), 2);
        bool sawVideo = false;
        bool sawAudio = false;
        for (const QJsonValue& value : streams) {
            const QJsonObject stream = value.toObject();
            const int packets = stream["nb_read_packets"].toString().toInt();
            if (stream["codec_name"] == "h264") {
                sawVideo = true;
                QCOMPARE(stream["width"].toInt(), 640);
                QCOMPARE(stream["height"].toInt(), 360);
                QVERIFY2(packets >= sent - 5 && packets <= sent,
                         qPrintable(QString::number(packets)));
            } else if (stream["codec_name"] == "aac") {
                sawAudio = true;
                QCOMPARE(stream["sample_rate"].toString(), QStringLiteral("48000"));
                QCOMPARE(stream["channels"].toInt(), 2);
                // 2 s at 48 kHz in frames of 1024 samples is about 94.
                QVERIFY2(packets >= 70 && packets <= 115, qPrintable(QString::number(packets)));
            }
        }
        QVERIFY(sawVideo && sawAudio);

        // What reached the server is the camera's picture: index 2, frames counting up.
        auto demuxer = media::Demuxer::open(media::DemuxerSettings{path.toStdString(), {}, {}, {}});
        QVERIFY(demuxer);
        const int videoIndex = demuxer->bestStream(media::MediaKind::Video);
        auto decoder = media::Decoder::open(demuxer->streamParameters(videoIndex).value());
        QVERIFY(decoder);
        std::int64_t previous = -1;
        int identified = 0;
        for (;;) {
            auto packet = demuxer->read();
            QVERIFY(packet);
            if (!packet->has_value())
                break;
            if ((*packet)->streamIndex() != videoIndex)
                continue;
            auto frames = decoder->decode(**packet);
            QVERIFY(frames);
            for (const media::Frame& frame : *frames) {
                const auto identity = sources::DemoPattern::readIdentity(frame);
                QVERIFY(identity);
                QCOMPARE(identity->cameraIndex, 2);
                QVERIFY(identity->frameNumber > previous);
                QVERIFY(identity->frameNumber < sent + skipped);
                previous = identity->frameNumber;
                ++identified;
            }
        }
        QVERIFY(identified >= sent - 5);
    }

    void stopsQuicklyWhileTheDestinationIsClosed() {
        CameraRunner runner(settingsFor(freePort(), 1));
        QVERIFY(QTest::qWaitFor([&] { return runner.saw(DemoCameraState::Retrying); }, 5000));
        QTest::qWait(300);
        const qint64 stopMs = runner.stop();
        QVERIFY2(stopMs < 500, qPrintable(QString("stop took %1 ms").arg(stopMs)));
        QCOMPARE(runner.camera().state(), DemoCameraState::Stopped);
        QVERIFY(runner.camera().connectionAttempts() >= 2);
        QVERIFY(!runner.camera().lastError().empty());
        QCOMPARE(runner.camera().framesSent(), std::uint64_t{0});
    }

    // The server accepts TCP but never answers the RTMP handshake: run() is blocked in libav.
    void stopsQuicklyWhileBlockedInTheHandshake() {
        QTcpServer silent;
        QVERIFY(silent.listen(QHostAddress::LocalHost, 0));
        auto settings = settingsFor(silent.serverPort(), 1);
        settings.ioTimeout = 30000ms;
        CameraRunner runner(settings);
        QVERIFY(QTest::qWaitFor(
            [&] { return runner.camera().state() == DemoCameraState::Connecting; }, 5000));
        QTest::qWait(500);
        QCOMPARE(runner.camera().state(), DemoCameraState::Connecting);
        const qint64 stopMs = runner.stop();
        QVERIFY2(stopMs < 500, qPrintable(QString("stop took %1 ms").arg(stopMs)));
    }

    void reconnectsWhenTheServerGoesAway() {
        QTemporaryDir dir;
        const quint16 port = freePort();
        auto first = startListener(port, dir.filePath("first.flv"));
        CameraRunner runner(settingsFor(port, 4));
        QVERIFY(QTest::qWaitFor(
            [&] { return runner.camera().state() == DemoCameraState::Publishing; }, 10000));
        QTest::qWait(500);
        first->kill();
        first->waitForFinished(5000);
        QVERIFY(QTest::qWaitFor([&] { return runner.saw(DemoCameraState::Retrying); }, 5000));
        const std::uint64_t sentBefore = runner.camera().framesSent();

        auto second = startListener(port, dir.filePath("second.flv"));
        QVERIFY(
            QTest::qWaitFor([&] { return runner.count(DemoCameraState::Publishing) >= 2; }, 10000));
        QTest::qWait(500);
        QVERIFY(runner.camera().framesSent() > sentBefore + 5);
        const qint64 stopMs = runner.stop();
        QVERIFY2(stopMs < 500, qPrintable(QString("stop took %1 ms").arg(stopMs)));
        second->waitForFinished(10000);
    }

    void stopBeforeRunReturnsAtOnce() {
        DemoCamera camera(settingsFor(freePort(), 1));
        camera.requestStop();
        QElapsedTimer timer;
        timer.start();
        camera.run();
        QVERIFY(timer.elapsed() < 100);
        QCOMPARE(camera.state(), DemoCameraState::Stopped);
        QCOMPARE(camera.connectionAttempts(), std::uint64_t{0});
    }
};

QTEST_GUILESS_MAIN(TestDemoCamera)
#include "tst_democamera.moc"
