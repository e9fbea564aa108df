#pragma once

#include <memory>

#include <QAudioDevice>
#include <QObject>

#include "switcher/MonitorAudioBuffer.h"

class QAudioSink;

namespace wl::widgets {

class MonitorAudioDevice;

// Lives on the monitoring thread (Session::audioMonitorThread()): owns the QAudioSink and its
// pull device there, so the device's reads never run on the UI thread. Driven by queued calls.
class HeadphoneOutput : public QObject {
    Q_OBJECT

public:
    explicit HeadphoneOutput(std::shared_ptr<switcher::MonitorAudioBuffer> buffer);
    ~HeadphoneOutput() override;

    // Called (queued) on the monitoring thread. The device must take 48 kHz; float or 16-bit, mono
    // or stereo.
    void start(const QAudioDevice& device, double volume);
    void stop();
    void setVolume(double volume);

signals:
    // running = the device plays; `error` names the problem when it does not.
    void stateChanged(bool running, const QString& error);

private:
    std::shared_ptr<switcher::MonitorAudioBuffer> m_buffer;
    QAudioSink* m_sink = nullptr;
    MonitorAudioDevice* m_device = nullptr;
};

} // namespace wl::widgets
