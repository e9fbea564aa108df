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

template <typename Dialog>
bool DirectorDialogs::raiseIfOpen(const QPointer<Dialog>& dialog) {
    if (!dialog)
        return false;
    dialog->show();
    dialog->raise();
    dialog->activateWindow();
    return true;
}

void DirectorDialogs::openCameras() {
    if (raiseIfOpen(m_cameras))
        return;
    auto* dialog = CameraSetupDialog::forSession(m_session, &m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_cameras = dialog;
    dialog->show();
}

void DirectorDialogs::openConnectCamera() {
    openCameras();
    auto* dialog = qobject_cast<CameraSetupDialog*>(m_cameras.data());
    if (dialog == nullptr)
        return;
    for (const auto& camera : m_session.cameras().cameras()) {
        if (camera->status() != sources::CameraStatus::Live) {
            dialog->selectCamera(camera->id());
            break;
        }
    }
    dialog->openConnect();
}

void DirectorDialogs::openSettings() {
    if (raiseIfOpen(m_settingsDialog))
        return;
    auto* dialog = SettingsDialog::forSession(m_session, m_settings, &m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_settingsDialog = dialog;
    dialog->show();
}

void DirectorDialogs::openShortcuts() {
    if (raiseIfOpen(m_shortcuts))
        return;
    auto* dialog = new ShortcutsDialog(m_window.hotkeys(), m_settings, &m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_shortcuts = dialog;
    dialog->show();
}

void DirectorDialogs::openHeadphones() {
    if (raiseIfOpen(m_headphones))
        return;
    auto* window = new QDialog(&m_window);
    window->setWindowTitle(tr("Headphones"));
    window->setAttribute(Qt::WA_DeleteOnClose);
    auto* panel =
        new HeadphoneMonitorPanel(&m_session.engine(), m_session.audioMonitorThread(), window);
    QList<QPair<QString, QString>> cameras;
    for (const auto& camera : m_session.cameras().cameras())
        cameras.append({camera->id(), camera->name()});
    panel->setCameras(cameras);
    (new QVBoxLayout(window))->addWidget(panel);
    m_headphones = window;
    window->show();
}

} // namespace wl::widgets
