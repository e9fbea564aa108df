#include "FfmpegPublisher.h"

#include <csignal>

#include <QTcpServer>

namespace wl::test {

FfmpegPublisher::FfmpegPublisher(QString url, PublishSpec spec)
    : m_url(std::move(url))
    , m_spec(std::move(spec)) {
}

FfmpegPublisher::~FfmpegPublisher() {
    if (isRunning()) {
        m_process->kill();
        m_process->waitForFinished(3000);
    }
}

QStringList FfmpegPublisher::arguments() const {
    const int gop = m_spec.gopFrames > 0 ? m_spec.gopFrames : m_spec.fps;
    QStringList args{QStringLiteral("-hide_banner"), QStringLiteral("-nostdin"),
                     QStringLiteral("-loglevel"), QStringLiteral("warning")};
    if (m_spec.realtime)
        args << QStringLiteral("-re");
    args << QStringLiteral("-f") << QStringLiteral("lavfi") << QStringLiteral("-i")
         << (m_spec.colour.isEmpty() ? QStringLiteral("testsrc2")
                                     : QStringLiteral("color=c=") + m_spec.colour) +
                QStringLiteral("%1size=%2x%3:rate=%4")
                    .arg(m_spec.colour.isEmpty() ? QStringLiteral("=") : QStringLiteral(":"))
                    .arg(m_spec.width)
                    .arg(m_spec.height)
                    .arg(m_spec.fps);
    if (m_spec.realtime)
        args << QStringLiteral("-re");
    args << QStringLiteral("-f") << QStringLiteral("lavfi") << QStringLiteral("-i")
         << QStringLiteral("sine=frequency=%1:sample_rate=48000").arg(m_spec.toneHz)
         << QStringLiteral("-frames:v") << QString::number(m_spec.frames) << QStringLiteral("-c:v")
         << QStringLiteral("libx264") << QStringLiteral("-preset") << m_spec.preset
         << QStringLiteral("-tune") << QStringLiteral("zerolatency") << QStringLiteral("-pix_fmt")
         << QStringLiteral("yuv420p") << QStringLiteral("-g") << QString::number(gop)
         << QStringLiteral("-threads") << QStringLiteral("1") << QStringLiteral("-c:a")
         << QStringLiteral("aac") << QStringLiteral("-b:a") << QStringLiteral("64k")
         << QStringLiteral("-shortest");
    args << m_spec.extraOutputArgs;
    args << QStringLiteral("-f") << QStringLiteral("flv") << m_url;
    return args;
}

void FfmpegPublisher::start() {
    m_process = std::make_unique<QProcess>();
    m_process->setProcessChannelMode(QProcess::SeparateChannels);
    m_process->start(QStringLiteral("ffmpeg"), arguments());
}

bool FfmpegPublisher::waitForFinished(int timeoutMs) {
    return m_process &&
           (m_process->state() == QProcess::NotRunning || m_process->waitForFinished(timeoutMs));
}

void FfmpegPublisher::kill() {
    if (isRunning()) {
        m_process->kill();
        m_process->waitForFinished(3000);
    }
}

void FfmpegPublisher::suspend() {
    if (isRunning())
        ::kill(static_cast<pid_t>(m_process->processId()), SIGSTOP);
}

void FfmpegPublisher::resume() {
    if (isRunning())
        ::kill(static_cast<pid_t>(m_process->processId()), SIGCONT);
}

bool FfmpegPublisher::isRunning() const {
    return m_process && m_process->state() != QProcess::NotRunning;
}

int FfmpegPublisher::exitCode() const {
    if (!m_process || m_process->exitStatus() != QProcess::NormalExit)
        return -1;
    return m_process->exitCode();
}

QString FfmpegPublisher::log() {
    if (m_process)
        m_log += QString::fromLocal8Bit(m_process->readAllStandardError());
    return m_log;
}

PublishSpec makeSpec(int width, int height, int fps, int frames, double toneHz) {
    PublishSpec spec;
    spec.width = width;
    spec.height = height;
    spec.fps = fps;
    spec.frames = frames;
    spec.toneHz = toneHz;
    return spec;
}

quint16 freeTcpPort() {
    QTcpServer server;
    if (!server.listen(QHostAddress::LocalHost, 0))
        return 0;
    return server.serverPort();
}

} // namespace wl::test
