#pragma once

#include <memory>
#include <vector>

#include <QAudioFormat>
#include <QIODevice>

#include "switcher/MonitorAudioBuffer.h"

namespace wl::widgets {

// The pull device a QAudioSink reads on its own thread: drains the program's MonitorAudioBuffer
// and converts 48 kHz stereo float to the device's sample format (float or 16-bit). When the
// buffer runs short the rest is silence, so the device never waits and never starves.
class MonitorAudioDevice : public QIODevice {
    Q_OBJECT

public:
    MonitorAudioDevice(std::shared_ptr<switcher::MonitorAudioBuffer> buffer, QAudioFormat format,
                       QObject* parent = nullptr);

    bool isSequential() const override { return true; }
    qint64 bytesAvailable() const override;

protected:
    qint64 readData(char* data, qint64 maxSize) override;
    qint64 writeData(const char* data, qint64 maxSize) override;

private:
    std::shared_ptr<switcher::MonitorAudioBuffer> m_buffer;
    QAudioFormat m_format;
    std::vector<float> m_scratch;
};

} // namespace wl::widgets
