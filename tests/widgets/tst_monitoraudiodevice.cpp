#include <cstring>
#include <vector>

#include <QTest>

#include "MonitorAudioDevice.h"

using wl::switcher::MonitorAudioBuffer;
using wl::widgets::MonitorAudioDevice;

namespace {
QAudioFormat format(QAudioFormat::SampleFormat sampleFormat, int channels) {
    QAudioFormat f;
    f.setSampleRate(48000);
    f.setChannelCount(channels);
    f.setSampleFormat(sampleFormat);
    return f;
}
} // namespace

class TestMonitorAudioDevice : public QObject {
    Q_OBJECT

private slots:
    // The pull device hands the program samples on in order, as floats, then silence.
    void floatStereoPassesSamplesThenSilence() {
        auto buffer = std::make_shared<MonitorAudioBuffer>(1000);
        const std::vector<float> samples{0.1f, -0.1f, 0.2f, -0.2f, 0.3f, -0.3f};
        buffer->monitorAudio(samples.data(), 3, {});
        MonitorAudioDevice device(buffer, format(QAudioFormat::Float, 2));
        QVERIFY(device.open(QIODevice::ReadOnly | QIODevice::Unbuffered));
        QVERIFY(device.bytesAvailable() > 0);

        const QByteArray bytes = device.read(5 * 2 * sizeof(float)); // 5 frames asked, 3 there
        QCOMPARE(bytes.size(), 5 * 2 * static_cast<int>(sizeof(float)));
        std::vector<float> out(10);
        std::memcpy(out.data(), bytes.constData(), bytes.size());
        for (int i = 0; i < 6; ++i)
            QCOMPARE(out[i], samples[i]);
        for (int i = 6; i < 10; ++i)
            QCOMPARE(out[i], 0.0f);
        QCOMPARE(buffer->stats().underrunFrames, 2u);
    }

    void int16MonoTakesTheLeftChannelAndClips() {
        auto buffer = std::make_shared<MonitorAudioBuffer>(1000);
        const std::vector<float> samples{0.5f, -1.0f, 2.0f, 0.0f, -2.0f, 0.0f};
        buffer->monitorAudio(samples.data(), 3, {});
        MonitorAudioDevice device(buffer, format(QAudioFormat::Int16, 1));
        QVERIFY(device.open(QIODevice::ReadOnly | QIODevice::Unbuffered));
        const QByteArray bytes = device.read(3 * sizeof(qint16));
        QCOMPARE(bytes.size(), 3 * static_cast<int>(sizeof(qint16)));
        qint16 out[3];
        std::memcpy(out, bytes.constData(), sizeof(out));
        QCOMPARE(out[0], qint16(16384)); // round(0.5 × 32767)
        QCOMPARE(out[1], qint16(32767)); // clipped
        QCOMPARE(out[2], qint16(-32767));
    }
};

QTEST_MAIN(TestMonitorAudioDevice)
#include "tst_monitoraudiodevice.moc"
