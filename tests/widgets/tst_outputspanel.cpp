#include <QApplication>
#include <QClipboard>
#include <QLabel>
#include <QPushButton>
#include <QTest>

#include "DemoSession.h"
#include "DirectorActions.h"
#include "MainWindow.h"
#include "OutputsPanel.h"
#include "session/EventConfig.h"
#include "session/LiveController.h"

using namespace wl;
using wl::widgets::MainWindow;
using wl::widgets::OutputsPanel;

namespace {
constexpr int kStartTimeoutMs = 90000; // the encoder starts on a shared 2-core machine
constexpr int kStateTimeoutMs = 30000;
} // namespace

// The outputs panel inside the real window on a real demo session with one restream destination
// that nothing listens for: the viewer link carries the HTTP port and copies to the clipboard,
// and the destination's row follows its state from idle to trying once the event is live.
class TestOutputsPanel : public QObject {
    Q_OBJECT

    std::unique_ptr<test::DemoSession> m_demo;
    std::unique_ptr<MainWindow> m_window;
    OutputsPanel* m_panel = nullptr;

private slots:
    void initTestCase() {
        m_demo = std::make_unique<test::DemoSession>(1);
        EventConfig config = EventConfig::createDefault();
        RestreamConfig destination;
        destination.id = QStringLiteral("yt");
        destination.name = QStringLiteral("Tube");
        // Port 9 (discard) on loopback: the restream can only fail, never reach anyone.
        destination.url = QStringLiteral("rtmp://127.0.0.1:9/live");
        destination.key = QStringLiteral("panelKeyAbcdefgh1234");
        config.restream.append(destination);
        const auto saved = config.save(m_demo->session().eventConfigPath());
        QVERIFY2(saved, saved ? "" : saved.error().message.c_str());

        const QString error = m_demo->start();
        QVERIFY2(error.isEmpty(), qPrintable(error));
        m_window = std::make_unique<MainWindow>(m_demo->session());
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_panel = m_window->findChild<OutputsPanel*>();
        QVERIFY(m_panel);
    }

    void cleanupTestCase() {
        m_window.reset();
        m_demo.reset();
    }

    void viewerLinkCarriesTheHttpPortAndCopies() {
        const QString port = QString::number(m_demo->session().httpPort());
        QVERIFY(m_demo->session().httpPort() != 0);
        const QString link = m_panel->viewerLink();
        QVERIFY2(link.startsWith(QLatin1String("http://")), qPrintable(link));
        QVERIFY2(link.endsWith(QLatin1Char(':') + port + QLatin1Char('/')), qPrintable(link));
        auto* label = m_panel->findChild<QLabel*>(QStringLiteral("viewerLink"));
        QVERIFY(label);
        QVERIFY(label->text().contains(port));

        QGuiApplication::clipboard()->setText(QStringLiteral("something else"));
        auto* copy = m_panel->findChild<QPushButton*>(QStringLiteral("copyViewerLink"));
        QVERIFY(copy && copy->isEnabled());
        QTest::mouseClick(copy, Qt::LeftButton);
        QCOMPARE(QGuiApplication::clipboard()->text(), link);
    }

    void viewerCountIsShown() {
        auto* viewers = m_panel->findChild<QLabel*>(QStringLiteral("viewerCount"));
        QVERIFY(viewers);
        QCOMPARE(viewers->text(), QStringLiteral("Viewers: 0"));
        auto* push = m_panel->findChild<QLabel*>(QStringLiteral("hlsPushState"));
        QVERIFY(push);
        QCOMPARE(push->text(), QStringLiteral("HLS push: off"));
    }

    void restreamRowFollowsTheDestinationState() {
        // Before going live the destination waits for the program: idle.
        QTRY_VERIFY_WITH_TIMEOUT(
            m_panel->restreamRowText(QStringLiteral("yt")).startsWith(QLatin1String("Tube: idle")),
            5000);
        QVERIFY(m_panel->restreamRowText(QStringLiteral("nope")).isEmpty());

        QTRY_VERIFY_WITH_TIMEOUT(m_demo->session().cameras().liveCount() == 1, kStartTimeoutMs);
        QVERIFY(m_window->actions().goLive());
        // Nothing listens: the 1 s refresh shows it trying (connecting, reconnecting or failed).
        QTRY_VERIFY_WITH_TIMEOUT(
            !m_panel->restreamRowText(QStringLiteral("yt")).startsWith(QLatin1String("Tube: idle")),
            kStateTimeoutMs);
        const QString row = m_panel->restreamRowText(QStringLiteral("yt"));
        QVERIFY2(row.startsWith(QLatin1String("Tube: connecting")) ||
                     row.startsWith(QLatin1String("Tube: reconnecting")) ||
                     row.startsWith(QLatin1String("Tube: failed")),
                 qPrintable(row));
        QVERIFY2(!row.contains(QLatin1String("panelKey")), qPrintable(row));
    }
};

QTEST_MAIN(TestOutputsPanel)
#include "tst_outputspanel.moc"
