#pragma once

#include <memory>
#include <optional>
#include <vector>

#include <QJsonObject>
#include <QString>
#include <QWebSocket>

namespace wl::test {

// A real viewer WebSocket client on the calling thread: connects to ws://127.0.0.1:<port><path>,
// keeps every JSON message it receives, and waits by spinning the event loop (so a server on the
// same thread keeps working).
class ViewerClient {
public:
    explicit ViewerClient(quint16 port, const QString& path = QStringLiteral("/ws/viewer"),
                          const QByteArray& userAgent = {});
    ~ViewerClient();

    bool waitConnected(int timeoutMs = 5000);
    // The first not yet taken message with this event name, waiting up to timeoutMs.
    std::optional<QJsonObject> waitForEvent(const QString& event, int timeoutMs = 5000);
    // The newest message with this event name received so far (taken or not).
    std::optional<QJsonObject> latest(const QString& event) const;
    bool waitClosed(int timeoutMs = 5000);

    void sendText(const QString& text);
    bool isConnected() const;
    QWebSocketProtocol::CloseCode closeCode() const { return m_socket->closeCode(); }
    QWebSocket& socket() { return *m_socket; }

private:
    struct Message {
        QJsonObject object;
        bool taken = false;
    };
    std::unique_ptr<QWebSocket> m_socket;
    std::vector<Message> m_messages;
    bool m_closed = false;
};

} // namespace wl::test
