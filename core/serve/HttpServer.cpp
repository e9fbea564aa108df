#include "HttpServer.h"

#include <QTcpServer>

#include "JsonReply.h"
#include "ServeLog.h"

namespace wl::serve {

HttpServer::HttpServer(QObject* parent)
    : QAbstractHttpServer(parent) {
}

void HttpServer::addRoute(QHttpServerRequest::Method method, const QString& pattern,
                          HttpHandler handler) {
    Route route;
    route.method = method;
    route.segments = pattern.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    if (!route.segments.isEmpty() && route.segments.last() == QLatin1String("*")) {
        route.segments.removeLast();
        route.subtree = true;
    }
    route.handler = std::move(handler);
    m_routes.push_back(std::move(route));
}

void HttpServer::setFallback(const QString& prefix, HttpHandler handler) {
    m_fallbacks.push_back(Fallback{prefix, std::move(handler)});
}

void HttpServer::addWebSocketPath(const QString& path) {
    m_webSocketPaths.append(path);
}

Expected<std::unique_ptr<QTcpServer>> HttpServer::openListener(const QHostAddress& address,
                                                               quint16 port) {
    auto server = std::make_unique<QTcpServer>();
    if (!server->listen(address, port))
        return makeError(
            ErrorCode::IoFailure, server->errorString().toStdString(),
            QStringLiteral("HTTP %1:%2").arg(address.toString()).arg(port).toStdString());
    return server;
}

Expected<quint16> HttpServer::start(const QHostAddress& address, quint16 port) {
    auto listener = openListener(address, port);
    if (!listener)
        return listener.error();
    QTcpServer* server = listener->release();
    bind(server);
    return server->serverPort();
}

bool HttpServer::matches(const Route& route, const QStringList& path, PathCaptures& captures) {
    if (route.subtree ? path.size() < route.segments.size() : path.size() != route.segments.size())
        return false;
    captures.clear();
    for (qsizetype i = 0; i < route.segments.size(); ++i) {
        const QString& expected = route.segments.at(i);
        if (expected.startsWith(QLatin1Char('{')) && expected.endsWith(QLatin1Char('}')))
            captures.append(path.at(i));
        else if (expected != path.at(i))
            return false;
    }
    if (route.subtree)
        captures.append(path.mid(route.segments.size()).join(QLatin1Char('/')));
    return true;
}

bool HttpServer::handleRequest(const QHttpServerRequest& request, QTcpSocket* socket) {
    const QString path = request.url().path();
    // Decoded segments with "." and ".." rejected, so no route can be tricked into a parent path.
    const QStringList segments = path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    for (const QString& segment : segments) {
        if (segment == QLatin1String(".") || segment == QLatin1String(".."))
            return false;
    }

    // Qt hands an upgrade to its WebSocket server only when this returns true without answering.
    if (request.value(QByteArrayLiteral("upgrade"))
            .compare(QByteArrayLiteral("websocket"), Qt::CaseInsensitive) == 0)
        return m_webSocketPaths.contains(path);

    bool pathKnown = false;
    PathCaptures captures;
    for (const Route& route : m_routes) {
        if (!matches(route, segments, captures))
            continue;
        pathKnown = true;
        if (route.method == request.method()) {
            route.handler(request, makeResponder(request, socket), captures);
            return true;
        }
    }
    if (pathKnown) {
        sendJsonError(makeResponder(request, socket),
                      QHttpServerResponder::StatusCode::MethodNotAllowed,
                      QStringLiteral("method_not_allowed"),
                      QStringLiteral("this path does not accept that method"));
        return true;
    }
    for (const Fallback& fallback : m_fallbacks) {
        if (path.startsWith(fallback.prefix)) {
            fallback.handler(request, makeResponder(request, socket), {});
            return true;
        }
    }
    return false;
}

void HttpServer::missingHandler(const QHttpServerRequest& request, QTcpSocket* socket) {
    qCDebug(lcServe) << "no route for" << request.url().path();
    makeResponder(request, socket)
        .write(QByteArrayLiteral("Not found\n"), QByteArrayLiteral("text/plain; charset=utf-8"),
               QHttpServerResponder::StatusCode::NotFound);
}

} // namespace wl::serve
