#pragma once

#include <utility>

#include <QByteArray>
#include <QProcess>
#include <QString>

namespace wl::test {

// nginx (Debian's nginx-light, dav module) serving and accepting PUT/DELETE under a temporary
// root on a loopback port, as a small CDN origin would: started and stopped by the test.
class NginxDav {
public:
    NginxDav(QString dir, quint16 port);
    ~NginxDav();

    // Writes the configuration and starts nginx; true once it answers HTTP.
    bool start();
    // SIGTERM (then SIGKILL): the origin goes away.
    void stop();
    QString root() const;
    QString url(const QString& path) const;
    // GET over loopback: HTTP status (0 when nothing answered) and body.
    std::pair<int, QByteArray> get(const QString& path) const;
    QString log() const; // nginx's error log

private:
    QString m_dir;
    quint16 m_port;
    QProcess m_process;
};

} // namespace wl::test
