#include "RawHttpClient.h"

#include <QDeadlineTimer>
#include <QEventLoop>
#include <QTcpSocket>
#include <QTimer>

namespace wl::test {

namespace {

// Parses a complete response out of `data`; false while more bytes are needed.
bool parse(const QByteArray& data, RawHttpClient::Response& response) {
    const qsizetype headerEnd = data.indexOf("\r\n\r\n");
    if (headerEnd < 0)
        return false;
    const QList<QByteArray> lines = data.left(headerEnd).split('\n');
    const QList<QByteArray> statusLine = lines.value(0).trimmed().split(' ');
    response.headers.clear();
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines[i].indexOf(':');
        if (colon > 0)
            response.headers.insert(lines[i].left(colon).trimmed().toLower(),
                                    lines[i].mid(colon + 1).trimmed());
    }
    const qsizetype length = response.headers.value("content-length", "0").toLongLong();
    if (data.size() < headerEnd + 4 + length)
        return false;
    response.body = data.mid(headerEnd + 4, length);
    response.status = statusLine.value(1).toInt();
    return true;
}

} // namespace

RawHttpClient::RawHttpClient(QHostAddress address, quint16 port)
    : m_address(std::move(address))
    , m_port(port) {
}

RawHttpClient::Response RawHttpClient::request(const QByteArray& method, const QByteArray& path,
                                               const QList<QByteArray>& headerLines,
                                               int timeoutMs) const {
    QTcpSocket socket;
    QByteArray received;
    Response response;
    QEventLoop loop;
    QObject::connect(&socket, &QTcpSocket::readyRead, &loop, [&] {
        received += socket.readAll();
        if (parse(received, response))
            loop.quit();
    });
    QObject::connect(&socket, &QTcpSocket::disconnected, &loop, &QEventLoop::quit);
    QObject::connect(&socket, &QTcpSocket::connected, &loop, [&] {
        QByteArray text = method + ' ' + path + " HTTP/1.1\r\nHost: test\r\n";
        for (const QByteArray& line : headerLines)
            text += line + "\r\n";
        socket.write(text + "\r\n");
    });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    socket.connectToHost(m_address, m_port);
    loop.exec();
    if (response.status == 0)
        parse(received, response);
    return response;
}

} // namespace wl::test
