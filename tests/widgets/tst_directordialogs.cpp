// The Event menu opens each set-up dialog on the running session, once: asking again raises the
// open window instead of stacking a second one.
#include <QApplication>
#include <QSettings>
#include <QTest>

#include "CameraSetupDialog.h"
#include "ConnectCameraDialog.h"
#include "DemoSession.h"
#include "DirectorDialogs.h"
#include "HeadphoneMonitorPanel.h"
#include "MainWindow.h"
#include "SettingsDialog.h"
#include "ShortcutsDialog.h"

using namespace wl;

namespace {

template <typename T>
QList<T*> openWindows() {
    QList<T*> found;
    for (QWidget* widget : QApplication::topLevelWidgets()) {
        if (auto* typed = qobject_cast<T*>(widget); typed != nullptr && typed->isVisible())
            found.append(typed);
    }
    return found;
}

} // namespace

class TestDirectorDialogs : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() {
        QCoreApplication::setOrganizationName(QStringLiteral("WedLiveTest"));
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
        m_demo = std::make_unique<test::DemoSession>(2);
        QVERIFY2(m_demo->start().isEmpty(), "session did not start");
        m_window = std::make_unique<widgets::MainWindow>(m_demo->session());
        m_dialogs = new widgets::DirectorDialogs(m_demo->session(), *m_window);
        m_window->show();
    }
    void cleanupTestCase() {
        m_window.reset();
        m_demo.reset();
    }

    void camerasOpenOnce() {
        emit m_window->camerasRequested();
        emit m_window->camerasRequested();
        QCOMPARE(openWindows<widgets::CameraSetupDialog>().size(), 1);
        const auto* dialog = openWindows<widgets::CameraSetupDialog>().constFirst();
        QCOMPARE(dialog->config().cameras.size(), m_demo->session().config().cameras.size());
    }

    void connectCameraShowsTheKeyOfACamera() {
        emit m_window->connectCameraRequested();
        QTRY_VERIFY(!m_window->findChildren<widgets::ConnectCameraDialog*>().isEmpty());
        const auto* dialog = m_window->findChildren<widgets::ConnectCameraDialog*>().constFirst();
        bool known = false;
        for (const auto& camera : m_demo->session().cameras().cameras())
            known = known || dialog->currentPublishUrl().endsWith(camera->streamKey());
        QVERIFY2(known, qPrintable(dialog->currentPublishUrl()));
    }

    void settingsShortcutsAndHeadphonesOpen() {
        emit m_window->settingsRequested();
        emit m_window->shortcutsRequested();
        emit m_window->headphonesRequested();
        emit m_window->settingsRequested();
        QCOMPARE(m_window->findChildren<widgets::SettingsDialog*>().size(), 1);
        QCOMPARE(m_window->findChildren<widgets::ShortcutsDialog*>().size(), 1);
        QCOMPARE(m_window->findChildren<widgets::HeadphoneMonitorPanel*>().size(), 1);
    }

private:
    QTemporaryDir m_settingsDir;
    std::unique_ptr<test::DemoSession> m_demo;
    std::unique_ptr<widgets::MainWindow> m_window;
    widgets::DirectorDialogs* m_dialogs = nullptr;
};

QTEST_MAIN(TestDirectorDialogs)
#include "tst_directordialogs.moc"
