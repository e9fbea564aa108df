#include "HeadphoneOutput.h"

#include <QAudioSink>

#include "MonitorAudioDevice.h"
#include "WidgetsLog.h"

namespace wl::widgets {

HeadphoneOutput::HeadphoneOutput(std::shared_ptr<switcher::MonitorAudioBuffer> buffer)
    : m_buffer(std::move(buffer)) {
}

HeadphoneOutput::~HeadphoneOutput() {
    stop();
}

void HeadphoneOutput::start(const QAudioDevice& device, double volume) {
    stop();
    QAudioFormat format;
    format.setSampleRate(switcher::MonitorAudioBuffer::kSampleRate);
    format.setChannelCount(switcher::MonitorAudioBuffer::kChannels);
    format.setSampleFormat(QAudioFormat::Float);
    if (!device.isFormatSupported(format))
        format.setSampleFormat(QAudioFormat::Int16);
    if (!device.isFormatSupported(format)) {
        emit stateChanged(false, tr("%1 does not play 48 kHz stereo.").arg(device.description()));
        return;
    }
    m_buffer->clear(); // start with the newest program audio, not what waited while off
    m_device = new MonitorAudioDevice(m_buffer, format, this);
    // Unbuffered: every read drains exactly what the sink asks for, nothing held in between.
    m_device->open(QIODevice::ReadOnly | QIODevice::Unbuffered);
    m_sink = new QAudioSink(device, format, this);
    m_sink->setBufferSize(format.bytesForDuration(80'000)); // ~80 ms: low delay, no dropouts
    m_sink->setVolume(volume);
    m_sink->start(m_device);
    if (m_sink->error() != QAudio::NoError) {
        const QString error = tr("The audio device %1 cannot start.").arg(device.description());
        qCWarning(lcWidgets).noquote() << error << m_sink->error();
        stop();
        emit stateChanged(false, error);
        return;
    }
    qCInfo(lcWidgets).noquote() << "headphone monitoring on" << device.description();
    emit stateChanged(true, {});
}

void HeadphoneOutput::stop() {
    const bool wasRunning = m_sink != nullptr;
    if (m_sink) {
        m_sink->stop();
        delete m_sink;
        m_sink = nullptr;
    }
    delete m_device;
    m_device = nullptr;
    if (wasRunning)
        emit stateChanged(false, {});
}

void HeadphoneOutput::setVolume(double volume) {
    if (m_sink)
        m_sink->setVolume(volume);
}

} // namespace wl::widgets
