#include "ViewerHub.h"

#include <QNetworkRequest>
#include <QUrlQuery>
#include <QWebSocket>

#include "HttpServer.h"
#include "ServeLog.h"
#include "ViewerMessages.h"
#include "ViewerStatistics.h"

namespace wl::serve {

namespace {
constexpr int kCloseGraceMs = 5000;
constexpr int kMaxSessionIdLength = 64;

// Closes politely (what was queued, then a close frame) and deletes once the peer is gone or
// after a grace period; deleting at once would discard the unsent bytes.
void closeAndForget(QWebSocket* socket, const QString& reason) {
    QObject::connect(socket, &QWebSocket::disconnected, socket, &QObject::deleteLater);
    socket->close(QWebSocketProtocol::CloseCodePolicyViolated, reason);
    QTimer::singleShot(kCloseGraceMs, socket, [socket] {
        socket->abort();
        socket->deleteLater();
    });
}
} // namespace

ViewerHub::ViewerHub(HttpServer& server, ViewerHubSettings settings, ViewerStatistics& statistics,
                     ViewerState initial, QObject* parent)
    : QObject(parent)
    , m_server(server)
    , m_settings(std::move(settings))
    , m_statistics(statistics)
    , m_state(std::move(initial)) {
    m_clock.start();
    m_server.addWebSocketPath(m_settings.path);
    connect(&m_server, &HttpServer::newWebSocketConnection, this, &ViewerHub::acceptPending);
    m_housekeeping.setInterval(m_settings.housekeepingIntervalMs);
    connect(&m_housekeeping, &QTimer::timeout, this, &ViewerHub::housekeeping);
    m_housekeeping.start();
    m_countTimer.setSingleShot(true);
    connect(&m_countTimer, &QTimer::timeout, this, &ViewerHub::sendCountIfChanged);
    m_statistics.update(0, 0);
}

ViewerHub::~ViewerHub() {
    m_closing = true;
    for (auto& [socket, client] : m_clients) {
        socket->disconnect(this);
        socket->abort();
        delete socket;
    }
    m_clients.clear();
    m_socketKeys.clear();
    m_statistics.update(0, 0);
}

QString ViewerHub::clientKey(const QHostAddress& peer, const QByteArray& userAgent,
                             const QString& session) {
    if (!session.isEmpty())
        return QStringLiteral("session:") + session.left(kMaxSessionIdLength);
    return peer.toString() + QLatin1Char(' ') + QString::fromUtf8(userAgent);
}

void ViewerHub::acceptPending() {
    while (m_server.hasPendingWebSocketConnections()) {
        std::unique_ptr<QWebSocket> socket = m_server.nextPendingWebSocketConnection();
        if (socket)
            accept(socket.release());
    }
}

void ViewerHub::accept(QWebSocket* socket) {
    socket->setParent(this);
    // Limits first: even a socket about to be refused reads during its closing grace.
    socket->setMaxAllowedIncomingMessageSize(
        static_cast<quint64>(m_settings.maxIncomingMessageBytes));
    socket->setMaxAllowedIncomingFrameSize(
        static_cast<quint64>(m_settings.maxIncomingMessageBytes));
    const QString path = socket->requestUrl().path();
    if (path != m_settings.path) {
        qCDebug(lcServe) << "WebSocket upgrade refused for" << path;
        closeAndForget(socket, QStringLiteral("unknown path"));
        return;
    }
    if (static_cast<int>(m_clients.size()) >= m_settings.maxConnections) {
        qCWarning(lcServe) << "viewer WebSocket refused: the cap of" << m_settings.maxConnections
                           << "connections is reached";
        socket->sendTextMessage(QString::fromUtf8(ViewerMessages::error(
            QStringLiteral("too_many_viewers"), QStringLiteral("the viewer limit is reached"))));
        closeAndForget(socket, QStringLiteral("too many viewers"));
        return;
    }

    const QString key = clientKey(
        socket->peerAddress(), socket->request().rawHeader(QByteArrayLiteral("User-Agent")),
        QUrlQuery(socket->requestUrl()).queryItemValue(QStringLiteral("wl_session")));
    m_clients.emplace(socket, Client{key, m_clock.elapsed()});
    ++m_socketKeys[key];
    connect(socket, &QWebSocket::textMessageReceived, this,
            [this, socket](const QString& text) { onTextMessage(socket, text); });
    connect(socket, &QWebSocket::binaryMessageReceived, this, [this, socket](const QByteArray&) {
        send(socket, QString::fromUtf8(ViewerMessages::error(
                         QStringLiteral("bad_request"),
                         QStringLiteral("binary messages are not accepted"))));
    });
    connect(socket, &QWebSocket::disconnected, this, [this, socket] { onClosed(socket); });
    connect(socket, &QWebSocket::pong, this, [this, socket] {
        if (const auto it = m_clients.find(socket); it != m_clients.end())
            it->second.lastHeardMs = m_clock.elapsed();
    });

    ViewerState greeting = m_state;
    greeting.viewers = viewerCount();
    send(socket, QString::fromUtf8(ViewerMessages::state(greeting)));
    countChanged();
}

void ViewerHub::onTextMessage(QWebSocket* socket, const QString& text) {
    if (const auto it = m_clients.find(socket); it != m_clients.end())
        it->second.lastHeardMs = m_clock.elapsed();
    const auto request = ViewerMessages::parseRequest(text.toUtf8());
    if (!request) {
        const bool unknown = request.error().code == ErrorCode::Unsupported;
        send(socket, QString::fromUtf8(ViewerMessages::error(
                         unknown ? QStringLiteral("unknown_action") : QStringLiteral("bad_request"),
                         QString::fromStdString(request.error().message))));
        return;
    }
    switch (request->action) {
    case ViewerRequest::Action::GetActiveCamera:
        send(socket, QString::fromUtf8(ViewerMessages::activeCamera(m_state)));
        break;
    }
}

void ViewerHub::onClosed(QWebSocket* socket) {
    const auto it = m_clients.find(socket);
    if (it == m_clients.end())
        return;
    if (--m_socketKeys[it->second.key] <= 0)
        m_socketKeys.remove(it->second.key);
    m_clients.erase(it);
    socket->disconnect(this);
    socket->deleteLater();
    if (!m_closing)
        countChanged();
}

bool ViewerHub::send(QWebSocket* socket, const QString& message) {
    if (socket->bytesToWrite() > m_settings.maxPendingSendBytes) {
        drop(socket, QStringLiteral("too slow: its unsent messages passed the cap"));
        return false;
    }
    socket->sendTextMessage(message);
    return true;
}

void ViewerHub::broadcast(const QByteArray& message) {
    const QString text = QString::fromUtf8(message);
    std::vector<QWebSocket*> sockets;
    sockets.reserve(m_clients.size());
    for (const auto& [socket, client] : m_clients)
        sockets.push_back(socket);
    for (QWebSocket* socket : sockets) {
        if (m_clients.contains(socket)) // an earlier send may have dropped it
            send(socket, text);
    }
}

void ViewerHub::drop(QWebSocket* socket, const QString& reason) {
    qCInfo(lcServe).noquote() << "viewer" << socket->peerAddress().toString()
                              << "dropped:" << reason;
    // abort(): a slow client would not read a close frame either; its buffers go at once.
    socket->abort();
    onClosed(socket);
}

void ViewerHub::setStatus(const QString& status) {
    if (status == m_state.status)
        return;
    m_state.status = status;
    broadcast(ViewerMessages::statusChanged(status));
}

void ViewerHub::cameraSwitched(const ViewerCameraSwitch& change) {
    m_state.cameraId = change.cameraId;
    m_state.cameraName = change.cameraName;
    broadcast(ViewerMessages::cameraSwitched(change));
}

void ViewerHub::noteHlsRequest(const QString& clientKey) {
    const bool known = m_hlsLastSeenMs.contains(clientKey);
    m_hlsLastSeenMs.insert(clientKey, m_clock.elapsed());
    if (!known)
        countChanged();
}

int ViewerHub::hlsOnlySessions() const {
    int count = 0;
    for (auto it = m_hlsLastSeenMs.cbegin(); it != m_hlsLastSeenMs.cend(); ++it) {
        if (!m_socketKeys.contains(it.key()))
            ++count;
    }
    return count;
}

int ViewerHub::viewerCount() const {
    return socketCount() + hlsOnlySessions();
}

void ViewerHub::housekeeping() {
    const qint64 now = m_clock.elapsed();
    const auto before = m_hlsLastSeenMs.size();
    m_hlsLastSeenMs.removeIf([now, this](const QHash<QString, qint64>::iterator& it) {
        return now - it.value() > m_settings.hlsSessionWindowMs;
    });
    if (now - m_lastPingMs >= m_settings.pingIntervalMs)
        pingAndDropSilent();
    if (m_hlsLastSeenMs.size() != before)
        countChanged();
}

void ViewerHub::pingAndDropSilent() {
    const qint64 now = m_clock.elapsed();
    m_lastPingMs = now;
    std::vector<QWebSocket*> silent;
    for (const auto& [socket, client] : m_clients) {
        if (now - client.lastHeardMs > m_settings.silentTimeoutMs)
            silent.push_back(socket);
        else
            socket->ping();
    }
    for (QWebSocket* socket : silent)
        drop(socket, QStringLiteral("silent: no answer to pings"));
}

void ViewerHub::countChanged() {
    const qint64 now = m_clock.elapsed();
    m_statistics.update(socketCount(), hlsOnlySessions());
    if (m_countTimer.isActive())
        return; // a coalesced update is already due
    const qint64 since =
        m_lastCountSentMs < 0 ? m_settings.countUpdateIntervalMs : now - m_lastCountSentMs;
    if (since >= m_settings.countUpdateIntervalMs)
        sendCountIfChanged();
    else
        m_countTimer.start(static_cast<int>(m_settings.countUpdateIntervalMs - since));
}

void ViewerHub::sendCountIfChanged() {
    const int count = viewerCount();
    if (count == m_lastCountSent)
        return;
    m_lastCountSent = count;
    m_lastCountSentMs = m_clock.elapsed();
    broadcast(ViewerMessages::viewerCountUpdate(count));
}

} // namespace wl::serve
