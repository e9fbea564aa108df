// The headphone panel with a running program engine: listening attaches the engine's audio tap,
// a device that cannot start is reported and detaches it again, and the panel ends cleanly while
// its audio thread runs.
#include <QAudioDevice>
#include <QLabel>
#include <QMediaDevices>
#include <QPushButton>
#include <QTest>
#include <QThread>

#include "HeadphoneMonitorPanel.h"
#include "common/WorkerThread.h"
#include "session/CameraConfig.h"
#include "sources/CameraRegistry.h"
#include "switcher/ProgramEngine.h"

using namespace wl;
using wl::widgets::HeadphoneMonitorPanel;

class TestHeadphoneMonitorPanel : public QObject {
    Q_OBJECT

private slots:
    void listeningTapsTheProgramAndAFailedDeviceDetaches() {
        SessionClock clock;
        sources::CameraRegistry registry(
            {{QStringLiteral("cam1"), QStringLiteral("One"), QStringLiteral("key1")}}, {});
        switcher::ProgramEngineSettings settings;
        settings.compositor.width = 320;
        settings.compositor.height = 180;
        auto engine = switcher::ProgramEngine::create(settings, clock, registry).value();
        WorkerThread program;
        program.start("wl-program", [&](std::stop_token stop) { engine->run(stop); });
        QThread audioThread;
        audioThread.start();

        {
            HeadphoneMonitorPanel panel(engine.get(), audioThread);
            panel.setCameras({{QStringLiteral("cam1"), QStringLiteral("One")}});
            const auto buffer = panel.buffer();
            QCOMPARE(buffer->stats().writtenFrames, 0u); // no tap until listening

            const bool haveDevice = !QMediaDevices::audioOutputs().isEmpty();
            panel.setListening(true);
            QVERIFY(panel.isListening());
            if (haveDevice) {
                // A real output: the program's audio flows into the buffer and is pulled.
                QTRY_VERIFY_WITH_TIMEOUT(buffer->stats().readFrames > 4800, 5000);
                panel.setListening(false);
            } else {
                // No output here: the start fails on the audio thread, the panel says so and
                // stops listening, and the engine stops writing.
                QTRY_VERIFY_WITH_TIMEOUT(!panel.isListening(), 5000);
                QVERIFY2(panel.statusText().contains(QStringLiteral("48 kHz")) ||
                             panel.statusText().contains(QStringLiteral("cannot start")),
                         qPrintable(panel.statusText()));
            }
            QTest::qWait(100); // a tick may be running as the tap is detached
            const auto written = buffer->stats().writtenFrames;
            QTest::qWait(200);
            QCOMPARE(buffer->stats().writtenFrames, written);
        } // destroyed while the audio thread runs: the output is deleted there

        audioThread.quit();
        QVERIFY(audioThread.wait(5000));
        program.stop();
    }
};

QTEST_MAIN(TestHeadphoneMonitorPanel)
#include "tst_headphonemonitorpanel.moc"
