#include "SettingsDialog.h"

#include <algorithm>

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSize>
#include <QSpinBox>
#include <QVBoxLayout>

#include "Translations.h"
#include "WidgetsLog.h"
#include "session/ApiToken.h"
#include "session/Session.h"

namespace wl::widgets {

SettingsDialog::SettingsDialog(EventConfig config, QString eventConfigPath, QString configDir,
                               QSettings& settings, QWidget* parent)
    : QDialog(parent)
    , m_config(std::move(config))
    , m_path(std::move(eventConfigPath))
    , m_configDir(std::move(configDir))
    , m_settings(settings)
    , m_preferences(AppPreferences::load(settings)) {
    setWindowTitle(tr("Settings"));
    auto token = ApiToken::loadOrCreate(m_configDir);
    m_storedToken = token ? *token : QString();

    m_format = new QComboBox(this);
    m_format->addItem(tr("1920×1080 (Full HD)"), QSize(1920, 1080));
    m_format->addItem(tr("1280×720 (HD)"), QSize(1280, 720));
    m_format->setCurrentIndex(
        std::max(0, m_format->findData(QSize(m_config.output.width, m_config.output.height))));
    m_fps = new QComboBox(this);
    for (int fps : {25, 30, 50, 60})
        m_fps->addItem(tr("%1 fps").arg(fps), fps);
    m_fps->setCurrentIndex(std::max(0, m_fps->findData(m_config.output.fps)));
    m_preset = new QComboBox(this);
    for (const char* preset : {"ultrafast", "superfast", "veryfast", "faster", "fast", "medium"})
        m_preset->addItem(QString::fromLatin1(preset), QString::fromLatin1(preset));
    m_preset->setToolTip(tr("Faster presets use less CPU; slower ones look better at the same "
                            "bitrate."));
    m_preset->setCurrentIndex(std::max(0, m_preset->findData(m_config.output.encoderPreset)));
    m_bitrate = new QSpinBox(this);
    m_bitrate->setRange(500, 50000);
    m_bitrate->setSingleStep(500);
    m_bitrate->setSuffix(tr(" kbit/s"));
    m_bitrate->setValue(m_config.output.videoBitrateKbps);
    m_failoverHold = new QSpinBox(this);
    m_failoverHold->setRange(0, 60000);
    m_failoverHold->setSingleStep(250);
    m_failoverHold->setSuffix(tr(" ms"));
    m_failoverHold->setValue(m_config.switcher.failoverHoldMs);
    m_failoverHold->setToolTip(tr("How long the program camera may be lost before the program "
                                  "switches to another camera."));

    m_recordings = new QLineEdit(m_preferences.recordingsDir, this);
    m_recordings->setPlaceholderText(tr("Default: Videos/WedLive"));
    auto* browse = new QPushButton(tr("Choose…"), this);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString folder =
            QFileDialog::getExistingDirectory(this, tr("Recordings folder"), m_recordings->text());
        if (!folder.isEmpty())
            m_recordings->setText(folder);
    });
    auto* folderRow = new QHBoxLayout;
    folderRow->addWidget(m_recordings, 1);
    folderRow->addWidget(browse);

    m_rtmpPort = new QSpinBox(this);
    m_httpPort = new QSpinBox(this);
    for (QSpinBox* box : {m_rtmpPort, m_httpPort}) {
        box->setRange(1, 65535);
        box->setGroupSeparatorShown(false);
    }
    m_rtmpPort->setValue(m_preferences.rtmpPort);
    m_httpPort->setValue(m_preferences.httpPort);

    m_token = new QLineEdit(m_storedToken, this);
    m_token->setReadOnly(true);
    m_token->setMinimumWidth(m_token->fontMetrics().horizontalAdvance(m_storedToken) + 16);
    auto* newToken = new QPushButton(tr("New token"), this);
    newToken->setToolTip(tr("Companion and scripts need the new token afterwards."));
    connect(newToken, &QPushButton::clicked, this, &SettingsDialog::regenerateToken);
    auto* tokenRow = new QHBoxLayout;
    tokenRow->addWidget(m_token, 1);
    tokenRow->addWidget(newToken);

    m_language = new QComboBox(this);
    m_language->addItem(tr("System language"), QString());
    for (const auto& language : Translations::languages())
        m_language->addItem(language.nativeName, language.code);
    m_language->setCurrentIndex(std::max(0, m_language->findData(m_preferences.language)));

    auto* program = new QGroupBox(tr("Program"), this);
    auto* programForm = new QFormLayout(program);
    programForm->addRow(restartLabel(tr("Format")), m_format);
    programForm->addRow(restartLabel(tr("Frame rate")), m_fps);
    programForm->addRow(restartLabel(tr("Encoder preset")), m_preset);
    programForm->addRow(restartLabel(tr("Video bitrate")), m_bitrate);
    programForm->addRow(tr("Failover hold"), m_failoverHold);

    auto* laptop = new QGroupBox(tr("This laptop"), this);
    auto* laptopForm = new QFormLayout(laptop);
    laptopForm->addRow(restartLabel(tr("Recordings folder")), folderRow);
    laptopForm->addRow(restartLabel(tr("Camera (RTMP) port")), m_rtmpPort);
    laptopForm->addRow(restartLabel(tr("Web and API port")), m_httpPort);
    laptopForm->addRow(restartLabel(tr("API token")), tokenRow);
    laptopForm->addRow(restartLabel(tr("Language")), m_language);

    auto* footnote = new QLabel(tr("* applies after the app is restarted; the rest applies at "
                                   "once."),
                                this);
    footnote->setWordWrap(true);
    m_message = new QLabel(this);
    m_message->setWordWrap(true);

    // Our own words, so that the buttons follow the UI language like the rest.
    auto* buttons = new QDialogButtonBox(this);
    buttons->addButton(tr("Save"), QDialogButtonBox::AcceptRole);
    buttons->addButton(tr("Cancel"), QDialogButtonBox::RejectRole);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (save())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(program);
    layout->addWidget(laptop);
    layout->addWidget(footnote);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    setMinimumWidth(620);
}

SettingsDialog* SettingsDialog::forSession(Session& session, QSettings& settings, QWidget* parent) {
    const QString path = session.eventConfigPath();
    auto* dialog = new SettingsDialog(session.config(), path, QFileInfo(path).absolutePath(),
                                      settings, parent);
    connect(dialog, &SettingsDialog::configChanged, &session,
            [dialog, &session](const EventConfig& config) {
                if (auto applied = session.applyConfig(config); !applied)
                    dialog->showError(tr("Saved, but not applied now: %1. It applies after a "
                                         "restart.")
                                          .arg(QString::fromStdString(applied.error().message)));
            });
    return dialog;
}

QString SettingsDialog::restartLabel(const QString& text) const {
    return text + QStringLiteral(" *");
}

QString SettingsDialog::apiToken() const {
    return m_token->text();
}

QString SettingsDialog::message() const {
    return m_message->text();
}

void SettingsDialog::showError(const QString& text) {
    m_message->setStyleSheet(QStringLiteral("color: #e5533d; font-weight: bold;"));
    m_message->setText(text);
}

void SettingsDialog::regenerateToken() {
    m_newToken = ApiToken::generate();
    m_token->setText(m_newToken);
}

bool SettingsDialog::save() {
    // Only our fields change: the cameras as another dialog saved them meanwhile are kept.
    auto onDisk = EventConfig::loadOrCreate(m_path);
    if (!onDisk) { // edited by hand meanwhile: never overwrite what cannot be read
        showError(tr("event.json cannot be read, so nothing was saved: %1")
                      .arg(QString::fromStdString(onDisk.error().toString())));
        return false;
    }
    EventConfig edited = *onDisk;
    const QSize size = m_format->currentData().toSize();
    edited.output.width = size.width();
    edited.output.height = size.height();
    edited.output.fps = m_fps->currentData().toInt();
    edited.output.encoderPreset = m_preset->currentData().toString();
    edited.output.videoBitrateKbps = m_bitrate->value();
    edited.switcher.failoverHoldMs = m_failoverHold->value();

    AppPreferences preferences;
    preferences.recordingsDir = m_recordings->text().trimmed();
    preferences.rtmpPort = static_cast<quint16>(m_rtmpPort->value());
    preferences.httpPort = static_cast<quint16>(m_httpPort->value());
    preferences.language = m_language->currentData().toString();
    if (preferences.rtmpPort == preferences.httpPort) {
        showError(tr("The camera port and the web port must differ."));
        return false;
    }

    QStringList restart;
    if (edited.output.width != m_config.output.width || edited.output.fps != m_config.output.fps)
        restart << tr("program format");
    if (edited.output.encoderPreset != m_config.output.encoderPreset ||
        edited.output.videoBitrateKbps != m_config.output.videoBitrateKbps)
        restart << tr("encoder");
    if (preferences.recordingsDir != m_preferences.recordingsDir)
        restart << tr("recordings folder");
    if (preferences.rtmpPort != m_preferences.rtmpPort ||
        preferences.httpPort != m_preferences.httpPort)
        restart << tr("ports");
    if (preferences.language != m_preferences.language)
        restart << tr("language");

    if (auto saved = edited.save(m_path); !saved) {
        qCWarning(lcWidgets).noquote()
            << "event.json not saved:" << QString::fromStdString(saved.error().toString());
        showError(
            tr("Could not save event.json: %1").arg(QString::fromStdString(saved.error().message)));
        return false;
    }
    if (!m_newToken.isEmpty()) {
        if (auto saved = ApiToken::save(m_configDir, m_newToken); !saved) {
            showError(tr("Could not save the API token: %1")
                          .arg(QString::fromStdString(saved.error().message)));
            return false;
        }
        m_storedToken = m_newToken;
        m_newToken.clear();
        restart << tr("API token");
    }
    preferences.save(m_settings);
    m_settings.sync();
    m_config = edited;
    m_preferences = preferences;
    m_restartNeeded = restart;
    m_message->setStyleSheet(QString());
    m_message->setText(
        restart.isEmpty()
            ? tr("Saved.")
            : tr("Saved. Restart the app to apply: %1.").arg(restart.join(QStringLiteral(", "))));
    emit configChanged(m_config);
    return true;
}

} // namespace wl::widgets
