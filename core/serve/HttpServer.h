#pragma once

#include <functional>
#include <memory>
#include <vector>

#include <QAbstractHttpServer>
#include <QHostAddress>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QStringList>
#include <QTcpServer>

#include "common/Expected.h"

namespace wl::serve {

// Parts of the path that matched "{…}" placeholders, in order.
using PathCaptures = QStringList;
// A handler answers through the responder, now or later (it may keep the responder).
using HttpHandler =
    std::function<void(const QHttpServerRequest&, QHttpServerResponder&&, const PathCaptures&)>;

// The HTTP/1.1 server on the HTTP port. Routes are exact paths with optional "{name}" segments
// ("/api/cameras/{id}/switch"); a route whose path ends in "/*" matches the whole subtree.
// Lives on the thread that owns it; handlers run there.
class HttpServer : public QAbstractHttpServer {
    Q_OBJECT

public:
    explicit HttpServer(QObject* parent = nullptr);

    void addRoute(QHttpServerRequest::Method method, const QString& pattern, HttpHandler handler);
    // Called for any path under `prefix` that has no route (after method matching fails too).
    void setFallback(const QString& prefix, HttpHandler handler);
    // WebSocket upgrades to this exact path are accepted (see newWebSocketConnection); upgrades
    // to other paths get 404.
    void addWebSocketPath(const QString& path);

    // Listens on `address`:`port` (0 = any free port); returns the port.
    Expected<quint16> start(const QHostAddress& address, quint16 port);
    // A listening socket for bind(), opened on the calling thread: a caller that must learn the
    // port at once opens it, moves it to the server's thread and lets that thread bind it.
    static Expected<std::unique_ptr<QTcpServer>> openListener(const QHostAddress& address,
                                                              quint16 port);

protected:
    bool handleRequest(const QHttpServerRequest& request, QTcpSocket* socket) override;
    void missingHandler(const QHttpServerRequest& request, QTcpSocket* socket) override;

private:
    struct Route {
        QHttpServerRequest::Method method;
        QStringList segments;
        bool subtree = false;
        HttpHandler handler;
    };
    struct Fallback {
        QString prefix;
        HttpHandler handler;
    };
    static bool matches(const Route& route, const QStringList& path, PathCaptures& captures);

    std::vector<Route> m_routes;
    std::vector<Fallback> m_fallbacks;
    QStringList m_webSocketPaths;
};

} // namespace wl::serve
