#pragma once

#include <QDialog>

#include "session/CameraSetup.h"

class QComboBox;
class QDoubleSpinBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;

namespace wl {
class Session;
}

namespace wl::widgets {

// Camera set-up: add (up to five, shown as k/5), rename, remove, reorder by drag, new stream
// key, "Connect a camera", and per camera the audio mode, gain, delay and failover priority.
// Every accepted edit is written to event.json at once (nothing is lost if the app stops) and
// announced with configChanged(), which the owner passes to Session::applyConfig(). A refused
// edit changes nothing and says why in the message line.
class CameraSetupDialog : public QDialog {
    Q_OBJECT

public:
    CameraSetupDialog(EventConfig config, QString eventConfigPath, quint16 rtmpPort,
                      QWidget* parent = nullptr);
    // A dialog on a running session's event.json whose edits the engine follows at once
    // (Session::applyConfig); a refusal from the engine is shown in the message line.
    static CameraSetupDialog* forSession(Session& session, QWidget* parent = nullptr);

    const EventConfig& config() const { return m_setup.config(); }
    QString selectedId() const;
    void selectCamera(const QString& id);
    QString message() const;
    QString countText() const;

    // The same as the buttons, for the director's keyboard and for tests. Each returns whether
    // the edit was accepted.
    bool addCamera(const QString& name);
    // The "Connect a camera" dialog (URL, key, QR code) for the selected camera.
    void openConnect();
    bool renameSelected(const QString& name);
    bool removeSelected();
    bool regenerateSelectedKey();
    // Moves a row of the list, as a drag does.
    bool moveCamera(int from, int to);

    QListWidget* list() const { return m_list; }

signals:
    void configChanged(const wl::EventConfig& config);

private:
    void rebuildList(const QString& selectId);
    void showSelected();
    void showError(const QString& text);
    void showInfo(const QString& text);
    bool commit(const QString& info);
    void onRowsMoved();
    void onAudioEdited();
    void onPriorityEdited(int rank);
    QString nameProblem(const QString& name, const QString& exceptId) const;
    QString describe(const Error& error) const;

    CameraSetup m_setup;
    const QString m_path;
    const quint16 m_rtmpPort;
    bool m_updating = false;

    QLabel* m_count = nullptr;
    QListWidget* m_list = nullptr;
    QLineEdit* m_nameField = nullptr;
    QPushButton* m_addButton = nullptr;
    QPushButton* m_renameButton = nullptr;
    QPushButton* m_removeButton = nullptr;
    QPushButton* m_keyButton = nullptr;
    QPushButton* m_connectButton = nullptr;
    QLabel* m_keyLabel = nullptr;
    QGroupBox* m_cameraBox = nullptr;
    QComboBox* m_audioMode = nullptr;
    QDoubleSpinBox* m_gain = nullptr;
    QSpinBox* m_delay = nullptr;
    QSpinBox* m_priority = nullptr;
    QLabel* m_message = nullptr;
};

} // namespace wl::widgets
