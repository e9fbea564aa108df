#pragma once

#include <QDialog>
#include <QStringList>

#include "AppPreferences.h"
#include "session/EventConfig.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QSettings;
class QSpinBox;

namespace wl {
class Session;
}

namespace wl::widgets {

// Settings: program format, encoder preset and bitrate, failover hold (event.json), recordings
// folder, ports and language (QSettings, this laptop), and the API token (its own file). Rows
// marked "*" apply after a restart; the failover hold applies at once (configChanged() →
// Session::applyConfig). Save refuses nothing silently: a write error is shown and the dialog
// stays open.
class SettingsDialog : public QDialog {
    Q_OBJECT

public:
    SettingsDialog(EventConfig config, QString eventConfigPath, QString configDir,
                   QSettings& settings, QWidget* parent = nullptr);
    // A dialog on a running session; what applies live (the failover hold) reaches the engine
    // through Session::applyConfig on Save.
    static SettingsDialog* forSession(Session& session, QSettings& settings,
                                      QWidget* parent = nullptr);

    // Writes everything; returns false (and shows why) when a file could not be written.
    bool save();
    const EventConfig& config() const { return m_config; }
    const AppPreferences& preferences() const { return m_preferences; }
    QString apiToken() const;
    QString message() const;
    // The names of what the last save changed that needs a restart.
    const QStringList& restartNeeded() const { return m_restartNeeded; }

    // The editors, for tests and for the main window's shortcuts.
    QComboBox* formatBox() const { return m_format; }
    QComboBox* fpsBox() const { return m_fps; }
    QComboBox* presetBox() const { return m_preset; }
    QSpinBox* bitrateBox() const { return m_bitrate; }
    QSpinBox* failoverHoldBox() const { return m_failoverHold; }
    QLineEdit* recordingsField() const { return m_recordings; }
    QSpinBox* rtmpPortBox() const { return m_rtmpPort; }
    QSpinBox* httpPortBox() const { return m_httpPort; }
    QComboBox* languageBox() const { return m_language; }
    void regenerateToken();

signals:
    void configChanged(const wl::EventConfig& config);

private:
    QString restartLabel(const QString& text) const;
    void showError(const QString& text);

    EventConfig m_config;
    const QString m_path;
    const QString m_configDir;
    QSettings& m_settings;
    AppPreferences m_preferences;
    QString m_storedToken;
    QString m_newToken; // set by "New token" until saved
    QStringList m_restartNeeded;

    QComboBox* m_format = nullptr;
    QComboBox* m_fps = nullptr;
    QComboBox* m_preset = nullptr;
    QSpinBox* m_bitrate = nullptr;
    QSpinBox* m_failoverHold = nullptr;
    QLineEdit* m_recordings = nullptr;
    QSpinBox* m_rtmpPort = nullptr;
    QSpinBox* m_httpPort = nullptr;
    QLineEdit* m_token = nullptr;
    QComboBox* m_language = nullptr;
    QLabel* m_message = nullptr;
};

} // namespace wl::widgets
