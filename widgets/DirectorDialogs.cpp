#include "DirectorDialogs.h"

#include <QDialog>
#include <QVBoxLayout>

#include "CameraSetupDialog.h"
#include "HeadphoneMonitorPanel.h"
#include "MainWindow.h"
#include "SettingsDialog.h"
#include "ShortcutsDialog.h"
#include "session/Session.h"
#include "switcher/ProgramEngine.h"

namespace wl::widgets {

DirectorDialogs::DirectorDialogs(Session& session, MainWindow& window)
    : QObject(&window)
    , m_session(session)
    , m_window(window) {
    connect(&window, &MainWindow::camerasRequested, this, &DirectorDialogs::openCameras);
    connect(&window, &MainWindow::connectCameraRequested, this,
            &DirectorDialogs::openConnectCamera);
    connect(&window, &MainWindow::settingsRequested, this, &DirectorDialogs::openSettings);
    connect(&window, &MainWindow::shortcutsRequested, this, &DirectorDialogs::openShortcuts);
    connect(&window, &MainWindow::headphonesRequested, this, &DirectorDialogs::openHeadphones);
}

QWidget* DirectorDialogs::showOnce(QPointer<QWidget>& slot, const std::function<QWidget*()>& make) {
    if (!slot) {
        slot = make();
        slot->setAttribute(Qt::WA_DeleteOnClose);
    }
    slot->show();
    slot->raise();
    slot->activateWindow();
    return slot;
}

void DirectorDialogs::openCameras() {
    showOnce(m_cameras, [this] { return CameraSetupDialog::forSession(m_session, &m_window); });
}

void DirectorDialogs::openConnectCamera() {
    auto* dialog = qobject_cast<CameraSetupDialog*>(showOnce(
        m_cameras, [this] { return CameraSetupDialog::forSession(m_session, &m_window); }));
    for (const auto& camera : m_session.cameras().cameras()) {
        if (camera->status() != sources::CameraStatus::Live) {
            dialog->selectCamera(camera->id());
            break;
        }
    }
    dialog->openConnect();
}

void DirectorDialogs::openSettings() {
    showOnce(m_settingsDialog,
             [this] { return SettingsDialog::forSession(m_session, m_settings, &m_window); });
}

void DirectorDialogs::openShortcuts() {
    showOnce(m_shortcuts,
             [this] { return new ShortcutsDialog(m_window.hotkeys(), m_settings, &m_window); });
}

void DirectorDialogs::openHeadphones() {
    showOnce(m_headphones, [this] {
        auto* window = new QDialog(&m_window);
        window->setWindowTitle(tr("Headphones"));
        auto* panel =
            new HeadphoneMonitorPanel(&m_session.engine(), m_session.audioMonitorThread(), window);
        QList<QPair<QString, QString>> cameras;
        for (const auto& camera : m_session.cameras().cameras())
            cameras.append({camera->id(), camera->name()});
        panel->setCameras(cameras);
        (new QVBoxLayout(window))->addWidget(panel);
        return window;
    });
}

} // namespace wl::widgets
