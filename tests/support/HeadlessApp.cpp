#include "HeadlessApp.h"

#include <csignal>

#include <QElapsedTimer>
#include <QRegularExpression>

namespace wl::test {

HeadlessApp::HeadlessApp(QStringList extraArguments)
    : m_arguments(std::move(extraArguments)) {
}

HeadlessApp::~HeadlessApp() {
    stop();
}

bool HeadlessApp::start(const QString& configDir) {
    m_output.clear();
    m_errors.clear();
    m_process.setProgram(QStringLiteral(WEDLIVE_APP_BINARY));
    m_process.setArguments(QStringList{QStringLiteral("--headless"), QStringLiteral("--config-dir"),
                                       configDir, QStringLiteral("--bind"),
                                       QStringLiteral("127.0.0.1"), QStringLiteral("--rtmp-port"),
                                       QStringLiteral("0"), QStringLiteral("--http-port"),
                                       QStringLiteral("0"), QStringLiteral("--recordings-dir"),
                                       configDir + QStringLiteral("/rec")} +
                           m_arguments);
    m_process.start();
    if (!m_process.waitForStarted(5000))
        return false;
    // The banner ends with the camera list; wait for all five key lines.
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < 15000 && m_process.state() == QProcess::Running) {
        m_process.waitForReadyRead(100);
        m_output += QString::fromUtf8(m_process.readAllStandardOutput());
        if (m_output.count(QStringLiteral("key ")) >= 5)
            break;
    }
    const auto rtmp =
        QRegularExpression(QStringLiteral("RTMP ingest: rtmp://[^:]+:(\\d+)/live")).match(m_output);
    const auto http =
        QRegularExpression(QStringLiteral("HTTP: +http://127.0.0.1:(\\d+)/")).match(m_output);
    const auto token = QRegularExpression(QStringLiteral("API token: +(\\S+)")).match(m_output);
    if (!rtmp.hasMatch() || !http.hasMatch() || !token.hasMatch())
        return false;
    rtmpPort = rtmp.captured(1).toUShort();
    httpPort = http.captured(1).toUShort();
    apiToken = token.captured(1);
    return true;
}

QString HeadlessApp::output() {
    m_process.waitForReadyRead(50);
    m_output += QString::fromUtf8(m_process.readAllStandardOutput());
    return m_output;
}

QString HeadlessApp::errors() {
    m_errors += QString::fromUtf8(m_process.readAllStandardError());
    return m_errors;
}

QString HeadlessApp::streamKey(const QString& cameraId) {
    const auto match =
        QRegularExpression(QStringLiteral("%1 .* key (\\S+)").arg(cameraId)).match(output());
    return match.hasMatch() ? match.captured(1) : QString();
}

QString HeadlessApp::rtmpUrl(const QString& cameraId) {
    return QStringLiteral("rtmp://127.0.0.1:%1/live/%2").arg(rtmpPort).arg(streamKey(cameraId));
}

bool HeadlessApp::isRunning() const {
    return m_process.state() != QProcess::NotRunning;
}

int HeadlessApp::stop() {
    if (m_process.state() == QProcess::NotRunning)
        return m_process.exitStatus() == QProcess::NormalExit ? m_process.exitCode() : -1;
    ::kill(static_cast<pid_t>(m_process.processId()), SIGTERM);
    // Finishing recordings (rewriting them with a full index) takes a moment.
    if (!m_process.waitForFinished(60000)) {
        m_process.kill();
        m_process.waitForFinished();
        return -1;
    }
    const int code = m_process.exitStatus() == QProcess::NormalExit ? m_process.exitCode() : -1;
    if (code != 0)
        qWarning("wedlive exited with %d:\n%s", code, qPrintable(errors()));
    return code;
}

void HeadlessApp::killHard() {
    if (m_process.state() == QProcess::NotRunning)
        return;
    ::kill(static_cast<pid_t>(m_process.processId()), SIGKILL);
    m_process.waitForFinished(10000);
}

} // namespace wl::test
