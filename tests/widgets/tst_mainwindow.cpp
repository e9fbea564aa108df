#include <atomic>
#include <thread>

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QRegularExpression>
#include <QStatusBar>
#include <QTest>
#include <QTimer>

#include "AlertStrip.h"
#include "CameraGrid.h"
#include "CameraTile.h"
#include "DemoSession.h"
#include "DirectorActions.h"
#include "MainWindow.h"
#include "PreviewMonitor.h"
#include "ProgramMonitor.h"
#include "RecordingPanel.h"
#include "Theme.h"
#include "record/Recorder.h"
#include "session/LiveController.h"
#include "sources/PreviewSink.h"
#include "switcher/ProgramEngine.h"

using namespace wl;
using wl::widgets::CameraTile;
using wl::widgets::MainWindow;

namespace {
constexpr int kStartTimeoutMs = 90000; // five encoders start on a shared 2-core machine

// Counts preview pictures on the producer threads, without ever touching the UI thread.
class CountingSink : public sources::PreviewSink {
public:
    void previewReady(const QString&, const QImage&) override { ++count; }
    std::atomic<std::uint64_t> count{0};
};
} // namespace

// The whole window on `wedlive --demo`'s five cameras, live and recording: every tile and both
// monitors paint pictures, alerts reach the strip, the status bar and the log, the producers never
// wait for the UI thread, and a screenshot is written as a test artifact.
class TestMainWindow : public QObject {
    Q_OBJECT

    std::unique_ptr<test::DemoSession> m_demo;
    std::unique_ptr<MainWindow> m_window;
    Session& session() { return m_demo->session(); }

private slots:
    void initTestCase() {
        wl::widgets::Theme::apply(*qApp);
        m_demo = std::make_unique<test::DemoSession>(5);
        const QString error = m_demo->start();
        QVERIFY2(error.isEmpty(), qPrintable(error));
        m_window = std::make_unique<MainWindow>(session());
        m_window->resize(1600, 1000);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QTRY_VERIFY_WITH_TIMEOUT(session().cameras().liveCount() == 5, kStartTimeoutMs);
        QVERIFY(m_window->actions().goLive());
        // Going live may start recording by itself (event.json); otherwise start it here.
        if (session().recorder().status().state != record::RecordingState::Recording)
            QVERIFY(m_window->actions().toggleRecording());
    }

    void cleanupTestCase() {
        m_window.reset();
        m_demo.reset();
    }

    void everyTileAndBothMonitorsShowPictures() {
        auto& actions = m_window->actions();
        QVERIFY(actions.cutTo(m_demo->cameraId(2)));
        QVERIFY(actions.preview(m_demo->cameraId(4)));
        for (CameraTile* tile : m_window->grid()->tiles())
            QTRY_VERIFY2_WITH_TIMEOUT(tile->framesPainted() > 10, qPrintable(tile->cameraId()),
                                      20000);
        QTRY_VERIFY_WITH_TIMEOUT(m_window->programMonitor()->framesPainted() > 10, 20000);
        QTRY_VERIFY_WITH_TIMEOUT(m_window->previewMonitor()->framesPainted() > 10, 20000);
        m_window->refreshNow();
        QCOMPARE(m_window->programMonitor()->sourceName(),
                 session().cameras().cameraById(m_demo->cameraId(2))->name());
        QCOMPARE(m_window->programMonitor()->liveStatus(), LiveStatus::Live);
        QCOMPARE(m_window->previewMonitor()->cameraId(), m_demo->cameraId(4));
        QCOMPARE(m_window->tile(m_demo->cameraId(2))->tally(), CameraTile::Tally::Program);
        QCOMPARE(m_window->tile(m_demo->cameraId(4))->tally(), CameraTile::Tally::Preview);
        // Recording: the panel and every tile's ISO dot follow the recorder.
        QTRY_VERIFY_WITH_TIMEOUT(
            (m_window->refreshNow(), m_window->recordingPanel()
                                         ->isoText(m_demo->cameraId(5))
                                         .contains(widgets::RecordingPanel::tr("recording"))),
            20000);
        QTRY_VERIFY_WITH_TIMEOUT(
            (m_window->refreshNow(), m_window->tile(m_demo->cameraId(5))->isoRecording()), 20000);
        QVERIFY(m_window->recordingPanel()->summaryText().contains(QStringLiteral("free")));
    }

    void alertsReachTheStripTheStatusBarAndTheLog() {
        m_window->alertStrip()->clear();
        SessionAlert alert;
        alert.kind = SessionAlert::Kind::DiskLow;
        alert.subject = QStringLiteral("recordings");
        alert.message = QStringLiteral("2.1 GB left");
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("alert:.*2.1 GB")));
        emit session().alertRaised(alert);
        QCOMPARE(m_window->alertStrip()->texts().size(), 1);
        QVERIFY(m_window->alertStrip()->texts().first().contains(QStringLiteral("2.1 GB left")));
        QVERIFY(m_window->statusBar()->currentMessage().contains(QStringLiteral("2.1 GB left")));

        alert.kind = SessionAlert::Kind::CameraLost;
        alert.subject = m_demo->cameraId(3);
        alert.message = QStringLiteral("cam3 lost");
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("alert:.*cam3 lost")));
        emit session().alertRaised(alert);
        QVERIFY(m_window->alertStrip()->texts().first().contains(
            session().cameras().cameraById(m_demo->cameraId(3))->name()));
        m_window->alertStrip()->clear();
        QVERIFY(!m_window->alertStrip()->isVisible());
    }

    void producersNeverWaitForTheUiThread() {
        CountingSink sink;
        session().previews().add(&sink);
        QTRY_VERIFY_WITH_TIMEOUT(sink.count > 0, 10000);
        // The UI thread is stuck for a second: pictures keep coming to every sink meanwhile, and
        // the tiles have only queued one repaint each.
        const std::uint64_t before = sink.count;
        std::this_thread::sleep_for(std::chrono::seconds(1));
        const std::uint64_t during = sink.count - before;
        session().previews().remove(&sink);
        qInfo("previews delivered while the UI thread was blocked for 1 s: %llu",
              static_cast<unsigned long long>(during));
        QVERIFY2(during >= 5 * 10, qPrintable(QString::number(during)));
    }

    void eventLoopStaysResponsive() {
        // Ten seconds of five live cameras, program encoding and recording; a 5 ms timer measures
        // how late the UI thread gets to it. Reported, not asserted: speed belongs to the bench.
        QElapsedTimer clock;
        clock.start();
        qint64 last = clock.nsecsElapsed();
        qint64 worstNs = 0;
        int ticks = 0;
        QTimer probe;
        probe.setTimerType(Qt::PreciseTimer);
        probe.setInterval(5);
        connect(&probe, &QTimer::timeout, this, [&] {
            const qint64 now = clock.nsecsElapsed();
            worstNs = std::max(worstNs, now - last);
            last = now;
            ++ticks;
        });
        std::vector<std::uint64_t> painted;
        for (CameraTile* tile : m_window->grid()->tiles())
            painted.push_back(tile->framesPainted());
        // A plain event loop, as the app runs (QTest::qWait would sleep between its own polls).
        QEventLoop loop;
        QTimer::singleShot(10000, &loop, &QEventLoop::quit);
        probe.start();
        loop.exec();
        probe.stop();
        QString fps;
        for (int i = 0; i < m_window->grid()->tiles().size(); ++i)
            fps += QStringLiteral(" %1").arg(
                (m_window->grid()->tiles().at(i)->framesPainted() - painted.at(i)) / 10.0, 0, 'f',
                1);
        qInfo("event loop: %d probe ticks in 10 s, longest gap %.1f ms; tile fps:%s", ticks,
              static_cast<double>(worstNs) / 1e6, qPrintable(fps));
        QVERIFY(ticks > 200); // the loop ran all along
    }

    void screenshot() {
        const QString dir = qEnvironmentVariable(
            "WEDLIVE_TEST_ARTIFACTS", QDir::current().filePath(QStringLiteral("test-artifacts")));
        QVERIFY(QDir().mkpath(dir));
        m_window->refreshNow();
        QTest::qWait(300);
        const QImage image = m_window->grab().toImage();
        QCOMPARE(image.size(), m_window->size());
        const QString path = QDir(dir).filePath(QStringLiteral("mainwindow.png"));
        QVERIFY(image.save(path));
        qInfo("screenshot: %s", qPrintable(path));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
