#include <QApplication>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSlider>
#include <QTest>
#include <QTimer>

#include "AlertStrip.h"
#include "CameraTile.h"
#include "DemoSession.h"
#include "LiveControls.h"
#include "MainWindow.h"
#include "TransitionBar.h"
#include "record/Recorder.h"
#include "session/LiveController.h"
#include "switcher/ProgramEngine.h"

using namespace wl;
using wl::widgets::CameraTile;
using wl::widgets::HotkeyMap;
using wl::widgets::MainWindow;

namespace {
constexpr int kLiveTimeoutMs = 60000; // four encoders start on a shared 2-core machine
constexpr int kTimeoutMs = 10000;

// Answers the next modal message box with `button` once it shows, and says what it asked.
class MessageBoxAnswer : public QObject {
public:
    explicit MessageBoxAnswer(QMessageBox::StandardButton button)
        : m_button(button) {
        m_timer.setInterval(20);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
            if (!box)
                return;
            m_timer.stop();
            asked = box->text();
            box->button(m_button)->click();
        });
        m_timer.start();
    }
    QString asked;

private:
    QMessageBox::StandardButton m_button;
    QTimer m_timer;
};
} // namespace

// Every default hotkey against a real session with four live demo cameras (the fifth slot
// stays empty, so its keys show the refusal): the engine's state is what is checked.
class TestHotkeys : public QObject {
    Q_OBJECT

    std::unique_ptr<test::DemoSession> m_demo;
    std::unique_ptr<MainWindow> m_window;

    Session& session() { return m_demo->session(); }
    switcher::SwitcherSnapshot snapshot() { return session().engine().snapshot(); }
    QString cam(int n) const { return m_demo->cameraId(n); }
    QString program() {
        const auto source = snapshot().program;
        return source.isCamera() ? source.cameraId : QString();
    }
    QString preview() { return snapshot().preview.value_or(QString()); }
    void press(int key, Qt::KeyboardModifiers modifiers = Qt::NoModifier) {
        QWidget* target = QApplication::focusWidget();
        QTest::keyClick(target ? target : m_window.get(), Qt::Key(key), modifiers);
    }
    void studio() {
        m_window->transitionBar()->studioButton()->click();
        QTRY_VERIFY(snapshot().mode == switcher::SwitcherMode::Studio);
    }

private slots:
    void initTestCase() {
        m_demo = std::make_unique<test::DemoSession>(4);
        const QString error = m_demo->start();
        QVERIFY2(error.isEmpty(), qPrintable(error));
        m_window = std::make_unique<MainWindow>(session());
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QTRY_VERIFY_WITH_TIMEOUT(session().cameras().liveCount() == 4, kLiveTimeoutMs);
        m_window->refreshNow();
    }

    void cleanupTestCase() {
        m_window.reset();
        m_demo.reset();
    }

    void numbersPreviewInStudioMode() {
        studio();
        for (int n = 1; n <= 4; ++n) {
            press(Qt::Key_0 + n);
            QTRY_COMPARE(preview(), cam(n));
        }
        m_window->refreshNow();
        QCOMPARE(m_window->tile(cam(4))->tally(), CameraTile::Tally::Preview);
    }

    void ctrlNumbersCutToProgram() {
        for (int n = 1; n <= 4; ++n) {
            press(Qt::Key_0 + n, Qt::ControlModifier);
            QTRY_COMPARE(program(), cam(n));
        }
        m_window->refreshNow();
        QCOMPARE(m_window->tile(cam(4))->tally(), CameraTile::Tally::Program);
        QCOMPARE(m_window->tile(cam(1))->tally(), CameraTile::Tally::None);
    }

    void spaceCutsThePreviewToProgram() {
        press(Qt::Key_1, Qt::ControlModifier);
        press(Qt::Key_2);
        QTRY_COMPARE(preview(), cam(2));
        press(Qt::Key_Space);
        QTRY_COMPARE(program(), cam(2));
    }

    void enterRunsTheAutoTransition() {
        press(Qt::Key_3);
        QTRY_COMPARE(preview(), cam(3));
        press(Qt::Key_Return);
        // A mix takes its duration: the engine shows it running, then camera 3 on air.
        QTRY_VERIFY_WITH_TIMEOUT(snapshot().transitionTarget || program() == cam(3), kTimeoutMs);
        QTRY_COMPARE_WITH_TIMEOUT(program(), cam(3), kTimeoutMs);
        QVERIFY(!snapshot().transitionTarget);
    }

    void fFadesToBlackAndBack() {
        press(Qt::Key_F);
        QTRY_VERIFY(snapshot().fadedToBlack);
        m_window->refreshNow();
        // FTB blinks while black.
        const bool lit = m_window->transitionBar()->ftbLit();
        QTRY_VERIFY_WITH_TIMEOUT(m_window->transitionBar()->ftbLit() != lit, kTimeoutMs);
        press(Qt::Key_F);
        QTRY_VERIFY(!snapshot().fadedToBlack);
        m_window->refreshNow();
        QVERIFY(!m_window->transitionBar()->ftbLit());
    }

    void rTurnsRecordingOnAndOff() {
        press(Qt::Key_R);
        QTRY_COMPARE_WITH_TIMEOUT(session().recorder().status().state,
                                  record::RecordingState::Recording, kTimeoutMs);
        // The ISO files show per camera once their first keyframe arrives.
        QTRY_VERIFY_WITH_TIMEOUT((m_window->refreshNow(), m_window->tile(cam(1))->isoRecording()),
                                 kTimeoutMs);
        press(Qt::Key_R);
        QTRY_VERIFY_WITH_TIMEOUT(
            session().recorder().status().state != record::RecordingState::Recording, kTimeoutMs);
    }

    void lGoesLiveAndPPausesAndResumes() {
        QCOMPARE(session().live().status(), LiveStatus::Waiting);
        press(Qt::Key_L);
        QTRY_COMPARE(session().live().status(), LiveStatus::Live);
        press(Qt::Key_P);
        QTRY_COMPARE(session().live().status(), LiveStatus::Paused);
        QTRY_VERIFY(snapshot().paused);
        press(Qt::Key_P);
        QTRY_COMPARE(session().live().status(), LiveStatus::Live);
        QTRY_VERIFY(!snapshot().paused);
    }

    void numbersCutInDirectMode() {
        m_window->transitionBar()->directButton()->click();
        QTRY_VERIFY(snapshot().mode == switcher::SwitcherMode::Direct);
        press(Qt::Key_4);
        QTRY_COMPARE(program(), cam(4));
        press(Qt::Key_1);
        QTRY_COMPARE(program(), cam(1));
        studio();
    }

    void aCameraThatIsNotLiveIsRefusedVisibly() {
        press(Qt::Key_2, Qt::ControlModifier);
        QTRY_COMPARE(program(), cam(2));
        m_window->alertStrip()->clear();
        press(Qt::Key_5, Qt::ControlModifier);
        QCOMPARE(program(), cam(2));
        QVERIFY(m_window->tile(cam(5))->isFlashing());
        QCOMPARE(m_window->alertStrip()->texts().size(), 1);
        QVERIFY2(m_window->alertStrip()->texts().first().contains(QStringLiteral("not live")),
                 qPrintable(m_window->alertStrip()->texts().first()));
        QVERIFY(m_window->alertStrip()->isVisible());
        // A waiting camera may be previewed (set up the next shot), but never taken.
        press(Qt::Key_5);
        QTRY_COMPARE(preview(), cam(5));
        press(Qt::Key_Space);
        QCOMPARE(program(), cam(2));
        QCOMPARE(m_window->alertStrip()->texts().size(), 2);
        QVERIFY(m_window->alertStrip()->texts().first().contains(QStringLiteral("not live")));
    }

    void hotkeysWorkWhateverHasTheFocus() {
        QSlider* tbar = m_window->transitionBar()->tbar();
        tbar->setFocus();
        QCOMPARE(QApplication::focusWidget(), tbar);
        press(Qt::Key_3);
        QTRY_COMPARE(preview(), cam(3));
        press(Qt::Key_Space);
        QTRY_COMPARE(program(), cam(3));
        QCOMPARE(tbar->value(), 0); // the slider did not take the keys

        // A text field keeps plain keys for typing; Ctrl+ keys still switch.
        auto* field = new QLineEdit(m_window->centralWidget());
        field->show();
        field->setFocus();
        const QString previewBefore = preview();
        press(Qt::Key_1);
        QCOMPARE(field->text(), QStringLiteral("1"));
        QCOMPARE(preview(), previewBefore);
        press(Qt::Key_1, Qt::ControlModifier);
        QTRY_COMPARE(program(), cam(1));
        delete field;
    }

    void endingTheEventAsksFirst() {
        QCOMPARE(session().live().status(), LiveStatus::Live);
        QTRY_VERIFY(m_window->liveControls()->endButton()->isEnabled());
        {
            MessageBoxAnswer answer(QMessageBox::Cancel);
            m_window->liveControls()->endButton()->click();
            QVERIFY2(answer.asked.contains(QStringLiteral("End the live stream")),
                     qPrintable(answer.asked));
        }
        QCOMPARE(session().live().status(), LiveStatus::Live);

        // A key given to "end" asks the same question.
        m_window->hotkeys().setKey(HotkeyMap::kEndLive, QKeySequence(QStringLiteral("Ctrl+E")));
        {
            MessageBoxAnswer answer(QMessageBox::Cancel);
            press(Qt::Key_E, Qt::ControlModifier);
            QVERIFY(!answer.asked.isEmpty());
        }
        QCOMPARE(session().live().status(), LiveStatus::Live);
        {
            MessageBoxAnswer answer(QMessageBox::Yes);
            press(Qt::Key_E, Qt::ControlModifier);
            QVERIFY(!answer.asked.isEmpty());
        }
        QTRY_COMPARE(session().live().status(), LiveStatus::Ended);
        QTRY_VERIFY(!m_window->liveControls()->endButton()->isEnabled());
    }
};

QTEST_MAIN(TestHotkeys)
#include "tst_hotkeys.moc"
