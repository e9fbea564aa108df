#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFile>
#include <QListWidget>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

#include "CameraSetupDialog.h"
#include "session/EventConfig.h"
#include "session/Session.h"
#include "switcher/ProgramEngine.h"

using wl::EventConfig;
using wl::widgets::CameraSetupDialog;

namespace {
// An event with `count` cameras named "Camera 1".., saved to `path`.
EventConfig savedEvent(const QString& path, int count) {
    EventConfig config = EventConfig::createDefault();
    config.cameras.resize(count);
    if (!config.save(path))
        qFatal("cannot write the test event.json");
    return config;
}

EventConfig reload(const QString& path) {
    auto config = EventConfig::loadOrCreate(path);
    if (!config)
        qFatal("event.json does not load: %s", config.error().toString().c_str());
    return *config;
}

QStringList names(const EventConfig& config) {
    QStringList result;
    for (const auto& camera : config.cameras)
        result << camera.name;
    return result;
}
} // namespace

class TestCameraSetupDialog : public QObject {
    Q_OBJECT

private slots:
    void showsCountAndRefusesASixthCamera() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("event.json"));
        CameraSetupDialog dialog(savedEvent(path, 4), path, 1935);
        QCOMPARE(dialog.countText(), QStringLiteral("Cameras: 4/5"));

        QSignalSpy changed(&dialog, &CameraSetupDialog::configChanged);
        QVERIFY(dialog.addCamera(QStringLiteral("Balcony")));
        QCOMPARE(dialog.countText(), QStringLiteral("Cameras: 5/5"));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(reload(path).cameras.size(), 5);
        QCOMPARE(reload(path).cameras.back().name, QStringLiteral("Balcony"));

        QVERIFY(!dialog.addCamera(QStringLiteral("Drone")));
        QVERIFY2(dialog.message().contains(QStringLiteral("5 cameras")),
                 qPrintable(dialog.message()));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(dialog.config().cameras.size(), 5);
        QCOMPARE(reload(path).cameras.size(), 5);
        QCOMPARE(dialog.list()->count(), 5);
    }

    void refusesEmptyAndDuplicateNames() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("event.json"));
        CameraSetupDialog dialog(savedEvent(path, 2), path, 1935);
        const QByteArray before = reload(path).toJson();

        QVERIFY(!dialog.addCamera(QStringLiteral("   ")));
        QVERIFY2(dialog.message().contains(QStringLiteral("type a name")),
                 qPrintable(dialog.message()));
        QVERIFY(!dialog.addCamera(QStringLiteral("camera 1"))); // names differ only in case
        QVERIFY2(dialog.message().contains(QStringLiteral("already called")),
                 qPrintable(dialog.message()));
        dialog.selectCamera(QStringLiteral("cam2"));
        QVERIFY(!dialog.renameSelected(QString()));
        QVERIFY(!dialog.renameSelected(QStringLiteral("Camera 1")));
        QVERIFY(!dialog.renameSelected(QString(65, QLatin1Char('x'))));
        QVERIFY2(dialog.message().contains(QStringLiteral("64")), qPrintable(dialog.message()));

        QCOMPARE(dialog.config().cameras.size(), 2);
        QCOMPARE(reload(path).toJson(), before);
    }

    void renameAndReorderPersistAndSurviveAReload() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("event.json"));
        const EventConfig original = savedEvent(path, 3);
        {
            CameraSetupDialog dialog(original, path, 1935);
            dialog.selectCamera(QStringLiteral("cam2"));
            QVERIFY(dialog.renameSelected(QStringLiteral("  Stage left ")));
            QVERIFY(dialog.moveCamera(0, 2)); // as a drag of the first row to the end
            QCoreApplication::processEvents();
            QCOMPARE(dialog.list()->item(0)->text(), QStringLiteral("1  Stage left"));
        }
        const EventConfig reloaded = reload(path);
        QCOMPARE(names(reloaded),
                 (QStringList{QStringLiteral("Stage left"), QStringLiteral("Camera 3"),
                              QStringLiteral("Camera 1")}));
        QCOMPARE(reloaded.cameras[0].id, QStringLiteral("cam2"));
        QCOMPARE(reloaded.cameras[2].streamKey, original.cameras[0].streamKey); // keys move along

        CameraSetupDialog again(reloaded, path, 1935);
        QCOMPARE(again.list()->item(2)->text(), QStringLiteral("3  Camera 1"));
    }

    void removeNewKeyAudioAndPriorityPersist() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("event.json"));
        const EventConfig original = savedEvent(path, 3);
        CameraSetupDialog dialog(original, path, 1935);

        dialog.selectCamera(QStringLiteral("cam1"));
        QVERIFY(dialog.regenerateSelectedKey());
        const QString newKey = reload(path).cameraById(QStringLiteral("cam1"))->streamKey;
        QVERIFY(newKey != original.cameras[0].streamKey);

        dialog.selectCamera(QStringLiteral("cam3"));
        auto* audio = dialog.findChildren<QComboBox*>().value(0);
        QVERIFY(audio);
        audio->setCurrentIndex(audio->findData(QStringLiteral("always")));
        auto* gain = dialog.findChild<QDoubleSpinBox*>();
        gain->setValue(-6.5);
        const auto spins = dialog.findChildren<QSpinBox*>();
        QCOMPARE(spins.size(), 2); // delay, priority
        spins[0]->setValue(120);
        spins[1]->setValue(1); // cam3 first to fall back to

        EventConfig reloaded = reload(path);
        const auto* cam3 = reloaded.cameraById(QStringLiteral("cam3"));
        QCOMPARE(cam3->audioMode, QStringLiteral("always"));
        QCOMPARE(cam3->gainDb, -6.5);
        QCOMPARE(cam3->delayMs, 120);
        QCOMPARE(reloaded.switcher.failoverPriority.value(0), QStringLiteral("cam3"));

        QVERIFY(dialog.removeSelected());
        reloaded = reload(path);
        QCOMPARE(reloaded.cameras.size(), 2);
        QVERIFY(reloaded.cameraById(QStringLiteral("cam3")) == nullptr);
        QVERIFY(!reloaded.switcher.failoverPriority.contains(QStringLiteral("cam3")));
        QCOMPARE(dialog.countText(), QStringLiteral("Cameras: 2/5"));

        // A new camera takes the lowest free slot id.
        QVERIFY(dialog.addCamera(QStringLiteral("Altar")));
        QCOMPARE(reload(path).cameras.back().id, QStringLiteral("cam3"));
    }

    void keepsWhatAnotherDialogSavedMeanwhile() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("event.json"));
        CameraSetupDialog dialog(savedEvent(path, 3), path, 1935);
        EventConfig other = reload(path); // e.g. the settings dialog changes the frame rate
        other.output.fps = 25;
        QVERIFY(other.save(path));
        dialog.selectCamera(QStringLiteral("cam1"));
        QVERIFY(dialog.renameSelected(QStringLiteral("Altar")));
        const EventConfig reloaded = reload(path);
        QCOMPARE(reloaded.output.fps, 25);
        QCOMPARE(reloaded.cameras[0].name, QStringLiteral("Altar"));
    }

    void neverOverwritesAnUnreadableFile() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("event.json"));
        CameraSetupDialog dialog(savedEvent(path, 3), path, 1935);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write("{ \"title\": \"hand-edited, broken\" ");
        file.close();
        dialog.selectCamera(QStringLiteral("cam1"));
        QVERIFY(!dialog.renameSelected(QStringLiteral("Altar")));
        QVERIFY2(dialog.message().contains(QStringLiteral("cannot be read")),
                 qPrintable(dialog.message()));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), QByteArray("{ \"title\": \"hand-edited, broken\" "));
    }

    // Wired to a running session: the registry follows rename, removal and a new camera at once.
    void aRunningSessionFollowsTheDialog() {
        QTemporaryDir dir;
        wl::SessionSettings settings;
        settings.configDir = dir.filePath(QStringLiteral("config"));
        settings.recordingsDir = dir.filePath(QStringLiteral("recordings"));
        settings.bindAddress = QHostAddress::LocalHost;
        settings.rtmpPort = 0;
        settings.httpPort = 0;
        wl::Session session(settings);
        auto started = session.start();
        QVERIFY2(started.hasValue(), started ? "" : started.error().toString().c_str());

        std::unique_ptr<CameraSetupDialog> dialog(CameraSetupDialog::forSession(session));
        dialog->selectCamera(QStringLiteral("cam2"));
        QVERIFY(dialog->renameSelected(QStringLiteral("Groom's side")));
        QCOMPARE(session.cameras().cameraById(QStringLiteral("cam2"))->name(),
                 QStringLiteral("Groom's side"));
        dialog->selectCamera(QStringLiteral("cam5"));
        QVERIFY(dialog->removeSelected());
        QCOMPARE(session.cameras().cameras().size(), 4);
        QVERIFY(!session.cameras().cameraById(QStringLiteral("cam5")));
        QVERIFY(dialog->addCamera(QStringLiteral("Drone")));
        const auto drone = session.cameras().cameraById(QStringLiteral("cam5"));
        QVERIFY(drone);
        QCOMPARE(drone->name(), QStringLiteral("Drone"));
        QCOMPARE(drone->streamKey(),
                 dialog->config().cameraById(QStringLiteral("cam5"))->streamKey);
        QVERIFY(dialog->moveCamera(4, 0));
        QCoreApplication::processEvents();
        QCOMPARE(session.cameras().cameras().front()->id(), QStringLiteral("cam5"));
        dialog->selectCamera(QStringLiteral("cam1"));
        auto* priority = dialog->findChildren<QSpinBox*>().value(1);
        QCOMPARE(priority->value(), 2); // the list order is the default failover order
        priority->setValue(1);
        QCOMPARE(session.engine().snapshot().failoverPriority.value(0), QStringLiteral("cam1"));
        dialog.reset();
        session.stop();
    }
};

QTEST_MAIN(TestCameraSetupDialog)
#include "tst_camerasetupdialog.moc"
