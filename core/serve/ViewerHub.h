#pragma once

#include <unordered_map>

#include <QElapsedTimer>
#include <QHash>
#include <QHostAddress>
#include <QObject>
#include <QTimer>

#include "HlsRequestObserver.h"
#include "ViewerHubSettings.h"
#include "ViewerState.h"

class QWebSocket;

namespace wl::serve {

class HttpServer;
class ViewerStatistics;

// The viewer WebSocket (/ws/viewer): takes the HTTP server's upgraded connections, greets each
// with `state`, broadcasts camera switches, status changes and the viewer count, and answers
// `get_active_camera`. Lives on the HTTP server's thread; call it there (queue from elsewhere).
//
// Viewers = open viewer sockets + HLS players seen within the last `hlsSessionWindowMs` whose
// client key matches no open socket (so a page counts once, its socket and its player together).
class ViewerHub : public QObject, public HlsRequestObserver {
    Q_OBJECT

public:
    ViewerHub(HttpServer& server, ViewerHubSettings settings, ViewerStatistics& statistics,
              ViewerState initial, QObject* parent = nullptr);
    ~ViewerHub() override;

    void setStatus(const QString& status);
    void cameraSwitched(const ViewerCameraSwitch& change);
    // An HLS request (playlist or media) from one playback session; the origin calls this.
    void noteHlsRequest(const QString& clientKey);
    void hlsRequest(const QString& clientKey) override { noteHlsRequest(clientKey); }

    int viewerCount() const;
    int socketCount() const { return static_cast<int>(m_clients.size()); }
    const ViewerState& state() const { return m_state; }

    // The key one viewer's requests share, made as the HLS origin makes it for noteHlsRequest,
    // so that a page's player and its socket count once: "session:<id>" when the page passed
    // `wl_session=<id>` (first 64 characters), else "<address> <User-Agent>".
    static QString clientKey(const QHostAddress& peer, const QByteArray& userAgent,
                             const QString& session = {});

private:
    struct Client {
        QString key;
        qint64 lastHeardMs = 0; // a message or a pong (m_clock ms)
    };

    void acceptPending();
    void accept(QWebSocket* socket);
    void onTextMessage(QWebSocket* socket, const QString& text);
    void onClosed(QWebSocket* socket);
    // Queues `message`; a client whose unsent bytes exceed the cap is dropped instead.
    bool send(QWebSocket* socket, const QString& message);
    void broadcast(const QByteArray& message);
    void drop(QWebSocket* socket, const QString& reason);
    void housekeeping();
    void pingAndDropSilent();
    void countChanged();
    void sendCountIfChanged();
    int hlsOnlySessions() const;

    HttpServer& m_server;
    const ViewerHubSettings m_settings;
    ViewerStatistics& m_statistics;
    ViewerState m_state;
    std::unordered_map<QWebSocket*, Client> m_clients;
    QHash<QString, int> m_socketKeys;       // client key → open sockets with it
    QHash<QString, qint64> m_hlsLastSeenMs; // client key → last HLS request (m_clock ms)
    QElapsedTimer m_clock;
    QTimer m_housekeeping;
    QTimer m_countTimer; // single shot: the next allowed viewer_count_update
    qint64 m_lastCountSentMs = -1;
    qint64 m_lastPingMs = 0;
    int m_lastCountSent = -1;
    bool m_closing = false;
};

} // namespace wl::serve
