#include <QComboBox>
#include <QFile>
#include <QLineEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QSize>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

#include "SettingsDialog.h"
#include "session/ApiToken.h"
#include "session/Session.h"
#include "switcher/ProgramEngine.h"

using wl::EventConfig;
using wl::widgets::SettingsDialog;

class TestSettingsDialog : public QObject {
    Q_OBJECT

private slots:
    void writesEventJsonAndPreferences() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("event.json"));
        const EventConfig original = EventConfig::createDefault();
        QVERIFY(original.save(path));
        QSettings settings(dir.filePath(QStringLiteral("wedlive.ini")), QSettings::IniFormat);

        SettingsDialog dialog(original, path, dir.path(), settings);
        const QString oldToken = dialog.apiToken();
        QVERIFY(oldToken.size() >= 16);
        dialog.formatBox()->setCurrentIndex(dialog.formatBox()->findData(QSize(1280, 720)));
        dialog.fpsBox()->setCurrentIndex(dialog.fpsBox()->findData(50));
        dialog.presetBox()->setCurrentIndex(dialog.presetBox()->findData(QStringLiteral("faster")));
        dialog.bitrateBox()->setValue(4500);
        dialog.failoverHoldBox()->setValue(2500);
        dialog.recordingsField()->setText(dir.filePath(QStringLiteral("rec")));
        dialog.rtmpPortBox()->setValue(19350);
        dialog.httpPortBox()->setValue(18080);
        dialog.languageBox()->setCurrentIndex(dialog.languageBox()->findData(QStringLiteral("hi")));
        dialog.regenerateToken();

        QSignalSpy changed(&dialog, &SettingsDialog::configChanged);
        QVERIFY(dialog.save());
        QCOMPARE(changed.count(), 1);

        auto reloaded = EventConfig::loadOrCreate(path);
        QVERIFY(reloaded);
        QCOMPARE(reloaded->output.width, 1280);
        QCOMPARE(reloaded->output.height, 720);
        QCOMPARE(reloaded->output.fps, 50);
        QCOMPARE(reloaded->output.encoderPreset, QStringLiteral("faster"));
        QCOMPARE(reloaded->output.videoBitrateKbps, 4500);
        QCOMPARE(reloaded->switcher.failoverHoldMs, 2500);
        QCOMPARE(reloaded->cameras.size(), original.cameras.size()); // the rest is kept
        QCOMPARE(reloaded->cameras[0].streamKey, original.cameras[0].streamKey);

        QSettings reread(dir.filePath(QStringLiteral("wedlive.ini")), QSettings::IniFormat);
        QCOMPARE(reread.value(QStringLiteral("network/rtmp_port")).toInt(), 19350);
        QCOMPARE(reread.value(QStringLiteral("network/http_port")).toInt(), 18080);
        QCOMPARE(reread.value(QStringLiteral("ui/language")).toString(), QStringLiteral("hi"));
        QCOMPARE(reread.value(QStringLiteral("recording/folder")).toString(),
                 dir.filePath(QStringLiteral("rec")));

        auto token = wl::ApiToken::loadOrCreate(dir.path());
        QVERIFY(token);
        QVERIFY(*token != oldToken);
        QCOMPARE(*token, dialog.apiToken());

        // What needs a restart is said; the failover hold is not in the list (it applies live).
        const QStringList restart = dialog.restartNeeded();
        QVERIFY(restart.contains(QStringLiteral("program format")));
        QVERIFY(restart.contains(QStringLiteral("encoder")));
        QVERIFY(restart.contains(QStringLiteral("ports")));
        QVERIFY(restart.contains(QStringLiteral("API token")));
        QVERIFY(dialog.message().contains(QStringLiteral("Restart")));
    }

    void onlyTheFailoverHoldAppliesWithoutRestart() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("event.json"));
        QVERIFY(EventConfig::createDefault().save(path));
        QSettings settings(dir.filePath(QStringLiteral("wedlive.ini")), QSettings::IniFormat);
        SettingsDialog dialog(*EventConfig::loadOrCreate(path), path, dir.path(), settings);
        dialog.failoverHoldBox()->setValue(3000);
        QVERIFY(dialog.save());
        QVERIFY(dialog.restartNeeded().isEmpty());
        QCOMPARE(dialog.message(), QStringLiteral("Saved."));
    }

    void refusesTheSamePortTwiceAndWritesNothing() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("event.json"));
        QVERIFY(EventConfig::createDefault().save(path));
        QFile before(path);
        QVERIFY(before.open(QIODevice::ReadOnly));
        const QByteArray original = before.readAll();
        QSettings settings(dir.filePath(QStringLiteral("wedlive.ini")), QSettings::IniFormat);
        SettingsDialog dialog(*EventConfig::loadOrCreate(path), path, dir.path(), settings);
        dialog.fpsBox()->setCurrentIndex(dialog.fpsBox()->findData(25));
        dialog.httpPortBox()->setValue(dialog.rtmpPortBox()->value());
        QVERIFY(!dialog.save());
        QVERIFY(dialog.message().contains(QStringLiteral("must differ")));
        QFile after(path);
        QVERIFY(after.open(QIODevice::ReadOnly));
        QCOMPARE(after.readAll(), original);
        QVERIFY(!settings.contains(QStringLiteral("network/http_port")));
    }

    void theFailoverHoldReachesARunningSession() {
        QTemporaryDir dir;
        wl::SessionSettings sessionSettings;
        sessionSettings.configDir = dir.filePath(QStringLiteral("config"));
        sessionSettings.recordingsDir = dir.filePath(QStringLiteral("recordings"));
        sessionSettings.bindAddress = QHostAddress::LocalHost;
        sessionSettings.rtmpPort = 0;
        sessionSettings.httpPort = 0;
        wl::Session session(sessionSettings);
        auto started = session.start();
        QVERIFY2(started.hasValue(), started ? "" : started.error().toString().c_str());
        QSettings settings(dir.filePath(QStringLiteral("wedlive.ini")), QSettings::IniFormat);

        std::unique_ptr<SettingsDialog> dialog(SettingsDialog::forSession(session, settings));
        QCOMPARE(dialog->apiToken(), session.apiToken());
        dialog->failoverHoldBox()->setValue(4000);
        dialog->fpsBox()->setCurrentIndex(dialog->fpsBox()->findData(60));
        QVERIFY(dialog->save());
        QCOMPARE(session.config().switcher.failoverHoldMs, 4000); // live, in the switcher too
        QCOMPARE(session.engine().snapshot().failoverHoldMs, 4000);
        QCOMPARE(session.config().output.fps, 30); // after a restart
        QCOMPARE(EventConfig::loadOrCreate(session.eventConfigPath())->output.fps, 60);
        QVERIFY(dialog->restartNeeded().contains(QStringLiteral("program format")));
        dialog.reset();
        session.stop();
    }
};

QTEST_MAIN(TestSettingsDialog)
#include "tst_settingsdialog.moc"
