#pragma once

#include <memory>

#include <QList>
#include <QPair>
#include <QTimer>
#include <QWidget>

#include "switcher/MonitorAudioBuffer.h"

class QComboBox;
class QLabel;
class QPushButton;
class QSlider;
class QThread;

namespace wl::switcher {
class ProgramEngine;
}

namespace wl::widgets {

class HeadphoneOutput;

// Headphone monitoring: the program audio, or one soloed camera, on an output device chosen
// here. The program thread copies each tick into a MonitorAudioBuffer (bounded, the oldest
// dropped and counted); a QAudioSink on `audioThread` pulls from it. The UI only starts, stops
// and shows the counters. `engine` may be null (nothing to hear, e.g. a demo of the panel).
class HeadphoneMonitorPanel : public QWidget {
    Q_OBJECT

public:
    HeadphoneMonitorPanel(switcher::ProgramEngine* engine, QThread& audioThread,
                          QWidget* parent = nullptr);
    ~HeadphoneMonitorPanel() override;

    // (camera id, name) pairs offered for solo, in the director's order.
    void setCameras(const QList<QPair<QString, QString>>& cameras);
    bool isListening() const { return m_listening; }
    void setListening(bool on);
    QString statusText() const;
    const std::shared_ptr<switcher::MonitorAudioBuffer>& buffer() const { return m_buffer; }

private:
    void attachTap();
    void refreshDevices();
    void refreshStats();
    void onOutputState(bool running, const QString& error);

    switcher::ProgramEngine* m_engine;
    std::shared_ptr<switcher::MonitorAudioBuffer> m_buffer;
    HeadphoneOutput* m_output = nullptr; // lives on the audio thread
    bool m_listening = false;

    QComboBox* m_devices = nullptr;
    QComboBox* m_source = nullptr;
    QSlider* m_volume = nullptr;
    QPushButton* m_listen = nullptr;
    QLabel* m_status = nullptr;
    QTimer m_statsTimer;
};

} // namespace wl::widgets
