// The ingest end to end: real ffmpeg publishers → the session's RTMP server → decoders.
#include <memory>
#include <vector>

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include "session/Session.h"
#include "support/FfmpegPublisher.h"

using namespace wl;
using sources::CameraStatus;
using test::FfmpegPublisher;
using test::PublishSpec;

class TestIngest : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Session> m_session;

    QString urlFor(int index, const QString& suffix = {}) const {
        const auto camera = m_session->cameras().cameras().at(index);
        return QStringLiteral("rtmp://127.0.0.1:%1/live/%2%3")
            .arg(m_session->rtmpPort())
            .arg(camera->streamKey(), suffix);
    }
    std::shared_ptr<sources::Camera> camera(int index) const {
        return m_session->cameras().cameras().at(index);
    }
    std::uint64_t decoded(int index) const { return camera(index)->stats().latest().framesDecoded; }

private slots:
    void init() {
        m_dir = std::make_unique<QTemporaryDir>();
        SessionSettings settings;
        settings.configDir = m_dir->filePath(QStringLiteral("config"));
        settings.recordingsDir = m_dir->filePath(QStringLiteral("recordings"));
        settings.bindAddress = QHostAddress::LocalHost;
        settings.rtmpPort = 0;
        settings.httpPort = 0;
        m_session = std::make_unique<Session>(settings);
        auto started = m_session->start();
        QVERIFY2(started.hasValue(), started ? "" : started.error().toString().c_str());
    }

    void cleanup() {
        m_session.reset();
        m_dir.reset();
    }

    void fiveCamerasGoLiveAndDecodeEveryFrame() {
        // Mixed sizes and rates, as a real venue has: phones, a laptop, a hardware encoder.
        const std::vector<PublishSpec> specs = {
            test::makeSpec(320, 180, 30, 180, 440), test::makeSpec(426, 240, 25, 150, 550),
            test::makeSpec(640, 360, 30, 180, 660), test::makeSpec(480, 270, 24, 144, 770),
            test::makeSpec(256, 144, 15, 90, 880),
        };
        std::vector<std::unique_ptr<FfmpegPublisher>> publishers;
        QElapsedTimer sinceStart;
        sinceStart.start();
        for (int i = 0; i < 5; ++i) {
            publishers.push_back(std::make_unique<FfmpegPublisher>(urlFor(i), specs[i]));
            publishers.back()->start();
        }
        QTRY_VERIFY_WITH_TIMEOUT(m_session->cameras().liveCount() == 5, 3000);
        qInfo("all five cameras live after %lld ms", static_cast<long long>(sinceStart.elapsed()));

        for (auto& publisher : publishers) {
            QVERIFY(publisher->waitForFinished(20000));
            QCOMPARE(publisher->exitCode(), 0);
        }
        for (int i = 0; i < 5; ++i) {
            const auto expected = static_cast<std::uint64_t>(specs[i].frames);
            // Decoding trails the network by a few milliseconds.
            QTRY_VERIFY_WITH_TIMEOUT(decoded(i) * 100 >= expected * 99, 3000);
            QVERIFY2(decoded(i) * 100 <= expected * 101,
                     qPrintable(QStringLiteral("cam%1 decoded %2 of %3")
                                    .arg(i + 1)
                                    .arg(decoded(i))
                                    .arg(expected)));
            const auto stats = camera(i)->stats().latest();
            QCOMPARE(stats.width, specs[i].width);
            QCOMPARE(stats.height, specs[i].height);
            QCOMPARE(stats.videoCodec, QStringLiteral("h264"));
            QCOMPARE(stats.audioCodec, QStringLiteral("aac"));
            QCOMPARE(stats.decodeErrors, std::uint64_t{0});
        }
        // Every publisher said goodbye: the cameras are offline now.
        QTRY_COMPARE_WITH_TIMEOUT(m_session->cameras().liveCount(), 0, 3000);
    }

    void wrongKeyIsRefusedWhileOthersContinue() {
        FfmpegPublisher good(urlFor(0), test::makeSpec(320, 180, 30, 120, 440));
        good.start();
        QTRY_COMPARE_WITH_TIMEOUT(camera(0)->status(), CameraStatus::Live, 3000);

        FfmpegPublisher wrong(QStringLiteral("rtmp://127.0.0.1:%1/live/not-a-key-of-this-event")
                                  .arg(m_session->rtmpPort()),
                              PublishSpec{});
        wrong.start();
        QVERIFY(wrong.waitForFinished(10000));
        QVERIFY(wrong.exitCode() != 0);
        // ffmpeg prints the onStatus description; the code (BadName) is checked in
        // tst_serverprotocol.
        QVERIFY2(wrong.log().contains(QStringLiteral("Unknown stream key")),
                 qPrintable(wrong.log()));

        QVERIFY(good.waitForFinished(15000));
        QCOMPARE(good.exitCode(), 0);
        QTRY_VERIFY_WITH_TIMEOUT(decoded(0) >= 119, 3000);
        for (int i = 1; i < 5; ++i)
            QCOMPARE(camera(i)->status(), CameraStatus::Waiting);
    }

    void keyWithQueryStringIsAccepted() {
        FfmpegPublisher publisher(urlFor(1, QStringLiteral("?token=abc")),
                                  test::makeSpec(320, 180, 30, 30));
        publisher.start();
        QTRY_COMPARE_WITH_TIMEOUT(camera(1)->status(), CameraStatus::Live, 3000);
        QVERIFY(publisher.waitForFinished(10000));
        QCOMPARE(publisher.exitCode(), 0);
    }

    void killedPublisherGoesOfflineAndComesBack() {
        PublishSpec longRun = test::makeSpec(320, 180, 30, 30 * 60, 440);
        FfmpegPublisher victim(urlFor(0), longRun);
        FfmpegPublisher bystander(urlFor(1), longRun);
        victim.start();
        bystander.start();
        QTRY_VERIFY_WITH_TIMEOUT(camera(0)->status() == CameraStatus::Live &&
                                     camera(1)->status() == CameraStatus::Live,
                                 3000);
        QTest::qWait(500);

        const auto bystanderBefore = decoded(1);
        QElapsedTimer sinceKill;
        victim.kill();
        sinceKill.start();
        QTRY_COMPARE_WITH_TIMEOUT(camera(0)->status(), CameraStatus::Offline, 2000);
        qInfo("offline %lld ms after SIGKILL", static_cast<long long>(sinceKill.elapsed()));
        QCOMPARE(camera(1)->status(), CameraStatus::Live);

        // The same key again: live again, counted as a reconnect.
        FfmpegPublisher again(urlFor(0), longRun);
        again.start();
        QTRY_COMPARE_WITH_TIMEOUT(camera(0)->status(), CameraStatus::Live, 3000);
        QTest::qWait(1200);
        QCOMPARE(camera(0)->stats().latest().reconnects, 1);
        // The bystander kept decoding at its rate throughout (about 30 fps).
        const double seconds = static_cast<double>(sinceKill.elapsed()) / 1000.0;
        const double bystanderFps = static_cast<double>(decoded(1) - bystanderBefore) / seconds;
        QVERIFY2(bystanderFps > 27.0, QByteArray::number(bystanderFps));
        QCOMPARE(camera(1)->stats().latest().framesDropped, std::uint64_t{0});
    }

    void stalledPublisherGoesOfflineWithinTwoSecondsAndRecovers() {
        // A frozen encoder (or a network that stops delivering) keeps its TCP connection open.
        FfmpegPublisher publisher(urlFor(3), test::makeSpec(320, 180, 30, 30 * 60, 440));
        publisher.start();
        QTRY_COMPARE_WITH_TIMEOUT(camera(3)->status(), CameraStatus::Live, 3000);
        QTest::qWait(300);
        QElapsedTimer sinceStall;
        publisher.suspend();
        sinceStall.start();
        QTRY_COMPARE_WITH_TIMEOUT(camera(3)->status(), CameraStatus::Offline, 3000);
        const auto stalledMs = sinceStall.elapsed();
        qInfo("offline %lld ms after the publisher froze", static_cast<long long>(stalledMs));
        QVERIFY2(stalledMs >= 1800 && stalledMs <= 2600, QByteArray::number(stalledMs));
        publisher.resume();
        QTRY_COMPARE_WITH_TIMEOUT(camera(3)->status(), CameraStatus::Live, 3000);
    }

    void timestampsAcrossThe32BitWrapKeepDecoding() {
        // ffmpeg starts its timestamps 7 s before 2^32 ms and publishes 10 s.
        PublishSpec spec = test::makeSpec(320, 180, 30, 300, 440);
        spec.extraOutputArgs = {QStringLiteral("-output_ts_offset"), QStringLiteral("4294960")};
        FfmpegPublisher publisher(urlFor(2), spec);
        publisher.start();
        QTRY_COMPARE_WITH_TIMEOUT(camera(2)->status(), CameraStatus::Live, 3000);
        QVERIFY(publisher.waitForFinished(20000));
        QCOMPARE(publisher.exitCode(), 0);
        QTRY_VERIFY_WITH_TIMEOUT(decoded(2) >= 297, 3000);
        QCOMPARE(camera(2)->stats().latest().decodeErrors, std::uint64_t{0});
        QCOMPARE(camera(2)->stats().latest().framesDropped, std::uint64_t{0});
    }

    void garbageAndIdleConnectionsDoNotDisturbLiveCameras() {
        PublishSpec spec = test::makeSpec(320, 180, 30, 30 * 8, 440);
        FfmpegPublisher first(urlFor(0), spec);
        FfmpegPublisher second(urlFor(1), spec);
        first.start();
        second.start();
        QTRY_VERIFY_WITH_TIMEOUT(m_session->cameras().liveCount() == 2, 3000);

        std::vector<std::unique_ptr<QTcpSocket>> idle;
        for (int i = 0; i < 200; ++i) {
            idle.push_back(std::make_unique<QTcpSocket>());
            idle.back()->connectToHost(QHostAddress::LocalHost, m_session->rtmpPort());
        }
        std::vector<std::unique_ptr<QTcpSocket>> garbage;
        for (int i = 0; i < 20; ++i) {
            auto socket = std::make_unique<QTcpSocket>();
            socket->connectToHost(QHostAddress::LocalHost, m_session->rtmpPort());
            QByteArray noise(4096, Qt::Uninitialized);
            for (auto& byte : noise)
                byte = static_cast<char>(QRandomGenerator::global()->bounded(256));
            if (i % 2 == 0)
                noise[0] = 3; // a valid C0, then nonsense where C1 and chunks belong
            socket->write(noise);
            garbage.push_back(std::move(socket));
        }
        // Garbage is cut off at once; the idle sockets stay until the handshake timeout.
        QTRY_VERIFY_WITH_TIMEOUT(std::all_of(garbage.begin(), garbage.end(),
                                             [](const auto& s) {
                                                 return s->state() ==
                                                        QAbstractSocket::UnconnectedState;
                                             }),
                                 3000);
        QVERIFY(first.waitForFinished(20000));
        QVERIFY(second.waitForFinished(20000));
        QCOMPARE(first.exitCode(), 0);
        QCOMPARE(second.exitCode(), 0);
        for (int i = 0; i < 2; ++i) {
            QTRY_VERIFY_WITH_TIMEOUT(decoded(i) >= 238, 3000);
            QCOMPARE(camera(i)->stats().latest().framesDropped, std::uint64_t{0});
        }
        // After the handshake timeout the idle sockets are gone too.
        QTRY_VERIFY_WITH_TIMEOUT(m_session->ingestConnections() == 0, 8000);
    }
};

QTEST_GUILESS_MAIN(TestIngest)
#include "tst_ingest.moc"
