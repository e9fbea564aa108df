#include "ViewerClient.h"

#include <QDeadlineTimer>
#include <QJsonDocument>
#include <QNetworkRequest>
#include <QTest>
#include <QUrl>

namespace wl::test {

ViewerClient::ViewerClient(quint16 port, const QString& path, const QByteArray& userAgent)
    : m_socket(std::make_unique<QWebSocket>()) {
    QObject::connect(m_socket.get(), &QWebSocket::textMessageReceived, [this](const QString& text) {
        m_messages.push_back(Message{QJsonDocument::fromJson(text.toUtf8()).object(), false});
    });
    // A refused handshake never connects: any return to unconnected counts as closed.
    QObject::connect(m_socket.get(), &QWebSocket::stateChanged,
                     [this](QAbstractSocket::SocketState state) {
                         if (state == QAbstractSocket::UnconnectedState)
                             m_closed = true;
                     });
    QNetworkRequest request(QUrl(QStringLiteral("ws://127.0.0.1:%1%2").arg(port).arg(path)));
    if (!userAgent.isEmpty())
        request.setRawHeader(QByteArrayLiteral("User-Agent"), userAgent);
    m_socket->open(request);
}

ViewerClient::~ViewerClient() {
    m_socket->disconnect();
    m_socket->abort();
}

bool ViewerClient::waitConnected(int timeoutMs) {
    QDeadlineTimer deadline(timeoutMs);
    while (m_socket->state() != QAbstractSocket::ConnectedState && !m_closed &&
           !deadline.hasExpired())
        QTest::qWait(10);
    return m_socket->state() == QAbstractSocket::ConnectedState;
}

std::optional<QJsonObject> ViewerClient::waitForEvent(const QString& event, int timeoutMs) {
    QDeadlineTimer deadline(timeoutMs);
    while (true) {
        for (auto& message : m_messages) {
            if (!message.taken &&
                message.object.value(QStringLiteral("event")).toString() == event) {
                message.taken = true;
                return message.object;
            }
        }
        if (deadline.hasExpired())
            return std::nullopt;
        QTest::qWait(10);
    }
}

std::optional<QJsonObject> ViewerClient::latest(const QString& event) const {
    for (auto it = m_messages.rbegin(); it != m_messages.rend(); ++it) {
        if (it->object.value(QStringLiteral("event")).toString() == event)
            return it->object;
    }
    return std::nullopt;
}

bool ViewerClient::waitClosed(int timeoutMs) {
    QDeadlineTimer deadline(timeoutMs);
    while (!m_closed && !deadline.hasExpired())
        QTest::qWait(10);
    return m_closed;
}

void ViewerClient::sendText(const QString& text) {
    m_socket->sendTextMessage(text);
}

bool ViewerClient::isConnected() const {
    return !m_closed && m_socket->state() == QAbstractSocket::ConnectedState;
}

} // namespace wl::test
