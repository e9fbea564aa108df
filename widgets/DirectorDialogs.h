#pragma once

#include <functional>

#include <QObject>
#include <QPointer>
#include <QSettings>

namespace wl {
class Session;
}

namespace wl::widgets {

class MainWindow;
class HeadphoneMonitorPanel;

// Opens the set-up dialogs from the main window's Event menu, each on the running session, one
// window of each kind at a time (asking again raises the open one).
class DirectorDialogs : public QObject {
    Q_OBJECT

public:
    DirectorDialogs(Session& session, MainWindow& window);

    void openCameras();
    // The camera set-up with the first camera that is not live selected, and its connect dialog.
    void openConnectCamera();
    void openSettings();
    void openShortcuts();
    void openHeadphones();

private:
    // Raises the window in `slot`, or makes one with `make`, shows it and keeps it there.
    QWidget* showOnce(QPointer<QWidget>& slot, const std::function<QWidget*()>& make);

    Session& m_session;
    MainWindow& m_window;
    QSettings m_settings;
    QPointer<QWidget> m_cameras;
    QPointer<QWidget> m_settingsDialog;
    QPointer<QWidget> m_shortcuts;
    QPointer<QWidget> m_headphones;
};

} // namespace wl::widgets
