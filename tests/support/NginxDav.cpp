#include "NginxDav.h"

#include <memory>

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTest>

namespace wl::test {

NginxDav::NginxDav(QString dir, quint16 port)
    : m_dir(std::move(dir))
    , m_port(port) {
}

NginxDav::~NginxDav() {
    stop();
}

bool NginxDav::start() {
    QDir(m_dir).mkpath(QStringLiteral("www"));
    QDir(m_dir).mkpath(QStringLiteral("tmp"));
    QFile conf(QDir(m_dir).filePath(QStringLiteral("nginx.conf")));
    conf.open(QIODevice::WriteOnly | QIODevice::Truncate);
    const QString tmp = QDir(m_dir).filePath(QStringLiteral("tmp"));
    conf.write(
        QStringLiteral("daemon off;\nmaster_process off;\npid %1/nginx.pid;\n"
                       "error_log %1/error.log warn;\nevents { worker_connections 64; }\n"
                       "http {\n access_log off;\n client_body_temp_path %2/body;\n"
                       " proxy_temp_path %2/proxy;\n fastcgi_temp_path %2/fastcgi;\n"
                       " uwsgi_temp_path %2/uwsgi;\n scgi_temp_path %2/scgi;\n"
                       " types { application/vnd.apple.mpegurl m3u8; video/mp4 mp4 m4s; }\n"
                       " server {\n  listen 127.0.0.1:%3;\n  root %1/www;\n"
                       "  location / {\n   dav_methods PUT DELETE;\n   create_full_put_path on;\n"
                       "   dav_access user:rw group:r all:r;\n   client_max_body_size 64m;\n  }\n"
                       " }\n}\n")
            .arg(m_dir, tmp)
            .arg(m_port)
            .toUtf8());
    conf.close();
    m_process.start(QStringLiteral("nginx"), {QStringLiteral("-p"), m_dir, QStringLiteral("-c"),
                                              QDir(m_dir).filePath(QStringLiteral("nginx.conf"))});
    if (!m_process.waitForStarted(5000))
        return false;
    // Ready when it answers.
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < 10000) {
        if (get(QStringLiteral("/")).first > 0)
            return true;
        QTest::qWait(100);
    }
    return false;
}

void NginxDav::stop() {
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate();
    if (!m_process.waitForFinished(5000)) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
}

QString NginxDav::root() const {
    return QDir(m_dir).filePath(QStringLiteral("www"));
}

QString NginxDav::url(const QString& path) const {
    return QStringLiteral("http://127.0.0.1:%1%2").arg(m_port).arg(path);
}

std::pair<int, QByteArray> NginxDav::get(const QString& path) const {
    QNetworkAccessManager network;
    QNetworkRequest request{QUrl(url(path))};
    request.setTransferTimeout(3000);
    std::unique_ptr<QNetworkReply> reply(network.get(request));
    QElapsedTimer timer;
    timer.start();
    while (!reply->isFinished() && timer.elapsed() < 5000)
        QTest::qWait(20);
    return {reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), reply->readAll()};
}

QString NginxDav::log() const {
    QFile file(QDir(m_dir).filePath(QStringLiteral("error.log")));
    file.open(QIODevice::ReadOnly);
    return QString::fromUtf8(file.readAll());
}

} // namespace wl::test
