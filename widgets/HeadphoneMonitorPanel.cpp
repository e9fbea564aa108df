#include "HeadphoneMonitorPanel.h"

#include <algorithm>

#include <QAudioDevice>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QMediaDevices>
#include <QPushButton>
#include <QSlider>
#include <QThread>

#include "HeadphoneOutput.h"
#include "switcher/ProgramEngine.h"

namespace wl::widgets {

HeadphoneMonitorPanel::HeadphoneMonitorPanel(switcher::ProgramEngine* engine, QThread& audioThread,
                                             QWidget* parent)
    : QWidget(parent)
    , m_engine(engine)
    , m_buffer(std::make_shared<switcher::MonitorAudioBuffer>()) {
    m_output = new HeadphoneOutput(m_buffer);
    m_output->moveToThread(&audioThread);
    connect(m_output, &HeadphoneOutput::stateChanged, this, &HeadphoneMonitorPanel::onOutputState,
            Qt::QueuedConnection);

    m_devices = new QComboBox(this);
    m_source = new QComboBox(this);
    m_source->addItem(tr("Program"), QString());
    m_volume = new QSlider(Qt::Horizontal, this);
    m_volume->setRange(0, 100);
    m_volume->setValue(80);
    m_listen = new QPushButton(tr("Listen"), this);
    m_listen->setCheckable(true);
    m_status = new QLabel(tr("Off"), this);

    auto* form = new QFormLayout(this);
    form->addRow(tr("Headphones"), m_devices);
    form->addRow(tr("Hear"), m_source);
    form->addRow(tr("Volume"), m_volume);
    form->addRow(m_listen, m_status);

    connect(m_listen, &QPushButton::toggled, this, &HeadphoneMonitorPanel::setListening);
    connect(m_source, &QComboBox::currentIndexChanged, this, &HeadphoneMonitorPanel::attachTap);
    connect(m_devices, &QComboBox::currentIndexChanged, this, [this] {
        if (m_listening) { // move to the new device
            setListening(false);
            setListening(true);
        }
    });
    connect(m_volume, &QSlider::valueChanged, this, [this](int value) {
        QMetaObject::invokeMethod(
            m_output, [output = m_output, value] { output->setVolume(value / 100.0); },
            Qt::QueuedConnection);
    });
    auto* devices = new QMediaDevices(this);
    connect(devices, &QMediaDevices::audioOutputsChanged, this,
            &HeadphoneMonitorPanel::refreshDevices);
    refreshDevices();
    m_statsTimer.setInterval(1000);
    connect(&m_statsTimer, &QTimer::timeout, this, &HeadphoneMonitorPanel::refreshStats);
}

HeadphoneMonitorPanel::~HeadphoneMonitorPanel() {
    if (m_engine)
        m_engine->setAudioTap(nullptr); // the program thread no longer writes the buffer
    QThread* thread = m_output->thread();
    if (thread && thread->isRunning()) {
        // Stopped and deleted on its own thread, where the sink lives.
        QMetaObject::invokeMethod(m_output, [output = m_output] { delete output; });
    } else {
        delete m_output;
    }
}

void HeadphoneMonitorPanel::setCameras(const QList<QPair<QString, QString>>& cameras) {
    const QString current = m_source->currentData().toString();
    m_source->blockSignals(true);
    while (m_source->count() > 1)
        m_source->removeItem(1);
    for (const auto& [id, name] : cameras)
        m_source->addItem(tr("Solo: %1").arg(name), id);
    m_source->setCurrentIndex(std::max(0, m_source->findData(current)));
    m_source->blockSignals(false);
    attachTap();
}

QString HeadphoneMonitorPanel::statusText() const {
    return m_status->text();
}

void HeadphoneMonitorPanel::refreshDevices() {
    const QByteArray current = m_devices->currentData().toByteArray();
    m_devices->blockSignals(true);
    m_devices->clear();
    const QAudioDevice preferred = QMediaDevices::defaultAudioOutput();
    for (const QAudioDevice& device : QMediaDevices::audioOutputs())
        m_devices->addItem(device.description(), device.id());
    int index = m_devices->findData(current);
    if (index < 0)
        index = m_devices->findData(preferred.id());
    m_devices->setCurrentIndex(std::max(0, index));
    m_devices->blockSignals(false);
    m_listen->setEnabled(m_devices->count() > 0);
    if (m_devices->count() == 0)
        m_status->setText(tr("No audio output found."));
}

void HeadphoneMonitorPanel::attachTap() {
    if (!m_engine)
        return;
    if (m_listening)
        m_engine->setAudioTap(m_buffer.get(), m_source->currentData().toString());
    else
        m_engine->setAudioTap(nullptr);
}

void HeadphoneMonitorPanel::setListening(bool on) {
    if (on == m_listening)
        return;
    m_listening = on;
    m_listen->setChecked(on);
    attachTap();
    if (on) {
        QAudioDevice chosen;
        for (const QAudioDevice& device : QMediaDevices::audioOutputs()) {
            if (device.id() == m_devices->currentData().toByteArray())
                chosen = device;
        }
        const double volume = m_volume->value() / 100.0;
        QMetaObject::invokeMethod(
            m_output, [output = m_output, chosen, volume] { output->start(chosen, volume); },
            Qt::QueuedConnection);
        m_statsTimer.start();
    } else {
        QMetaObject::invokeMethod(
            m_output, [output = m_output] { output->stop(); }, Qt::QueuedConnection);
        m_statsTimer.stop();
        m_status->setText(tr("Off"));
    }
}

void HeadphoneMonitorPanel::onOutputState(bool running, const QString& error) {
    if (!error.isEmpty()) {
        m_status->setText(error);
        m_listening = false;
        m_listen->setChecked(false);
        attachTap();
        return;
    }
    m_status->setText(running ? tr("Listening") : tr("Off"));
}

void HeadphoneMonitorPanel::refreshStats() {
    const auto stats = m_buffer->stats();
    m_status->setText(
        tr("Listening · %1 ms buffered · dropped %2 · gaps %3")
            .arg(m_buffer->available() * 1000 / switcher::MonitorAudioBuffer::kSampleRate)
            .arg(stats.droppedFrames)
            .arg(stats.underrunFrames));
}

} // namespace wl::widgets
