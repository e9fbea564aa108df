#pragma once

#include <memory>

#include <QProcess>
#include <QString>
#include <QStringList>

namespace wl::test {

// What a synthetic camera publishes: ffmpeg's lavfi test picture and a sine tone, H.264 + AAC.
struct PublishSpec {
    int width = 320;
    int height = 180;
    int fps = 30;
    int frames = 90; // exactly this many video frames are published
    double toneHz = 440;
    QString preset = QStringLiteral("ultrafast");
    int gopFrames = 0;           // 0 = one second
    QStringList extraOutputArgs; // e.g. {"-output_ts_offset", "4294960"}
    bool realtime = true;        // -re: pace like a camera
    QString colour;              // set (e.g. "red"): a solid picture, the camera's identity
};

// A spec with the given picture, rate, length and tone; other fields at their defaults.
PublishSpec makeSpec(int width, int height, int fps, int frames, double toneHz = 440);

// Runs the real ffmpeg command-line client publishing to an RTMP URL. The process is killed
// (SIGKILL) when this object is destroyed while it still runs.
class FfmpegPublisher {
public:
    FfmpegPublisher(QString url, PublishSpec spec);
    ~FfmpegPublisher();

    void start();
    bool waitForFinished(int timeoutMs);
    void kill();    // SIGKILL: the camera vanishes without saying goodbye
    void suspend(); // SIGSTOP: the connection stays open but nothing arrives
    void resume();  // SIGCONT
    bool isRunning() const;
    int exitCode() const;
    QString log(); // stderr so far
    const PublishSpec& spec() const { return m_spec; }
    QStringList arguments() const;

private:
    QString m_url;
    PublishSpec m_spec;
    std::unique_ptr<QProcess> m_process;
    QString m_log;
};

// A TCP port nothing listens on right now (bound to 127.0.0.1:0 and released).
quint16 freeTcpPort();

} // namespace wl::test
