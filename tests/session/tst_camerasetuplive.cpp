// Camera set-up edits reach the running engine: real ffmpeg publishers against a started Session.
#include <memory>

#include <QTemporaryDir>
#include <QTest>

#include "session/CameraSetup.h"
#include "session/Session.h"
#include "support/FfmpegPublisher.h"
#include "switcher/ProgramEngine.h"

using namespace wl;
using sources::CameraStatus;
using test::FfmpegPublisher;

class TestCameraSetupLive : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Session> m_session;

    QString url(const QString& key) const {
        return QStringLiteral("rtmp://127.0.0.1:%1/live/%2").arg(m_session->rtmpPort()).arg(key);
    }
    QStringList registryOrder() const {
        QStringList ids;
        for (const auto& camera : m_session->cameras().cameras())
            ids << camera->id();
        return ids;
    }

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

    void editsApplyWithoutARestart() {
        CameraSetup setup(m_session->config());
        const QString oldKey2 = setup.config().cameraById(QStringLiteral("cam2"))->streamKey;
        QVERIFY(setup.rename(QStringLiteral("cam1"), QStringLiteral("Stage")));
        auto newKey2 = setup.regenerateKey(QStringLiteral("cam2"));
        QVERIFY(newKey2);
        QVERIFY(setup.remove(QStringLiteral("cam4")));
        auto added = setup.add(QStringLiteral("Drone"));
        QVERIFY(added);
        QCOMPARE(*added, QStringLiteral("cam4")); // the freed slot, with a new key
        QVERIFY(setup.move(2, 0));                // cam3 first
        QVERIFY(setup.setAudio(QStringLiteral("cam4"), QStringLiteral("always"), -3, 40));
        QVERIFY(setup.save(m_session->eventConfigPath()));

        auto applied = m_session->applyConfig(setup.config());
        QVERIFY2(applied.hasValue(), applied ? "" : applied.error().toString().c_str());
        QCOMPARE(registryOrder(), (QStringList{QStringLiteral("cam3"), QStringLiteral("cam1"),
                                               QStringLiteral("cam2"), QStringLiteral("cam5"),
                                               QStringLiteral("cam4")}));
        QCOMPARE(m_session->cameras().cameraById(QStringLiteral("cam1"))->name(),
                 QStringLiteral("Stage"));
        QCOMPARE(m_session->engine().cameraAudio(QStringLiteral("cam4")).delayMs, 40);
        QCOMPARE(m_session->config().cameras.size(), 5);

        // The old key of cam2 is refused, the new one routes to cam2.
        FfmpegPublisher stale(url(oldKey2), test::makeSpec(320, 180, 30, 60));
        stale.start();
        QVERIFY(stale.waitForFinished(15000));
        QVERIFY2(stale.log().contains(QStringLiteral("Unknown stream key")),
                 qPrintable(stale.log()));

        // The added camera decodes (its decoder thread was started) and can go to program.
        const QString droneKey = setup.config().cameraById(QStringLiteral("cam4"))->streamKey;
        FfmpegPublisher drone(url(droneKey), test::makeSpec(320, 180, 30, 150));
        FfmpegPublisher second(url(*newKey2), test::makeSpec(320, 180, 30, 150));
        drone.start();
        second.start();
        const auto cam4 = m_session->cameras().cameraById(QStringLiteral("cam4"));
        QTRY_COMPARE_WITH_TIMEOUT(cam4->status(), CameraStatus::Live, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(m_session->cameras().cameraById(QStringLiteral("cam2"))->status(),
                                  CameraStatus::Live, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(cam4->stats().latest().framesDecoded > 10, 10000);
        auto cut = m_session->engine().command(switcher::CutCommand{QStringLiteral("cam4")});
        QVERIFY2(cut.hasValue(), cut ? "" : cut.error().toString().c_str());
        QVERIFY(drone.waitForFinished(20000));
        QVERIFY(second.waitForFinished(20000));
        m_session->stop(); // joins the removed camera's decoder too
    }

    void aRefusedApplyChangesNothing() {
        EventConfig edited = m_session->config();
        const QString key2 = edited.cameras[1].streamKey;
        edited.cameras[0].name = QStringLiteral("Renamed");
        edited.cameras.removeLast();
        edited.cameras[1].streamKey = edited.cameras[0].streamKey; // two cameras, one key
        const auto refused = m_session->applyConfig(edited);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, ErrorCode::Conflict);
        QCOMPARE(m_session->cameras().cameras().size(), 5);
        QCOMPARE(m_session->cameras().cameraById(QStringLiteral("cam1"))->name(),
                 QStringLiteral("Camera 1"));
        QCOMPARE(m_session->cameras().cameraById(QStringLiteral("cam2"))->streamKey(), key2);
    }
};

QTEST_MAIN(TestCameraSetupLive)
#include "tst_camerasetuplive.moc"
