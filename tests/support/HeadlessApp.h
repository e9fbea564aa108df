#pragma once

#include <QProcess>
#include <QString>
#include <QStringList>

namespace wl::test {

// A running `wedlive --headless` (the binary under test) on free loopback ports, with its banner
// parsed: ports, API token and the cameras' stream keys.
class HeadlessApp {
public:
    explicit HeadlessApp(QStringList extraArguments);
    ~HeadlessApp();

    // Starts with `configDir` (and recordings in `configDir`/rec); false if the banner never came.
    bool start(const QString& configDir);
    QString output(); // stdout so far
    QString errors(); // stderr so far
    // SIGTERM, as a service manager stops it; returns the exit code (-1 on a crash or timeout).
    int stop();
    // SIGKILL: the laptop's power cable is pulled.
    void killHard();
    bool isRunning() const;
    // The stream key the banner printed for a camera (cam1..cam5).
    QString streamKey(const QString& cameraId);
    QString rtmpUrl(const QString& cameraId);

    quint16 rtmpPort = 0;
    quint16 httpPort = 0;
    QString apiToken;

private:
    QStringList m_arguments;
    QProcess m_process;
    QString m_output;
    QString m_errors;
};

} // namespace wl::test
