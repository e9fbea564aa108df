#include "RtmpServer.h"

#include <QTcpServer>
#include <QTcpSocket>

#include "IngestLog.h"
#include "RtmpConnection.h"

namespace wl::ingest {

RtmpServer::RtmpServer(IngestSink& sink, const SessionClock& clock, RtmpServerSettings settings,
                       QObject* parent)
    : QObject(parent)
    , m_sink(sink)
    , m_clock(clock)
    , m_settings(settings) {
}

RtmpServer::~RtmpServer() {
    stop();
}

Expected<quint16> RtmpServer::start(const QHostAddress& address, quint16 port) {
    m_listener = new QTcpServer(this);
    if (!m_listener->listen(address, port)) {
        const QString message = m_listener->errorString();
        delete m_listener;
        m_listener = nullptr;
        return makeError(
            ErrorCode::IoFailure, message.toStdString(),
            QStringLiteral("RTMP %1:%2").arg(address.toString()).arg(port).toStdString());
    }
    connect(m_listener, &QTcpServer::newConnection, this, &RtmpServer::acceptConnections);
    qCInfo(lcIngest) << "RTMP ingest listening on port" << m_listener->serverPort();
    return m_listener->serverPort();
}

void RtmpServer::stop() {
    if (m_listener) {
        m_listener->close();
        delete m_listener;
        m_listener = nullptr;
    }
    const auto connections = m_connections.keys();
    for (RtmpConnection* connection : connections)
        connection->close(QStringLiteral("server stopping"));
    // close() reports back through connectionClosed, which empties the table.
}

void RtmpServer::acceptConnections() {
    while (QTcpSocket* socket = m_listener->nextPendingConnection()) {
        if (m_connections.size() >= m_settings.maxConnections) {
            qCWarning(lcIngest) << "refusing a connection from" << socket->peerAddress().toString()
                                << ": the limit of" << m_settings.maxConnections << "is reached";
            socket->abort();
            socket->deleteLater();
            continue;
        }
        auto* connection = new RtmpConnection(socket, m_sink, m_clock, m_settings, this);
        m_connections.insert(connection, QString());
        m_connectionCount = static_cast<int>(m_connections.size());
        connect(
            connection, &RtmpConnection::publishAccepted, this,
            [this, connection](const QString& cameraId) { publishAccepted(connection, cameraId); });
        connect(connection, &RtmpConnection::closed, this,
                [this, connection] { connectionClosed(connection); });
        connection->begin();
    }
}

void RtmpServer::publishAccepted(RtmpConnection* connection, const QString& cameraId) {
    // Copy first: closing another connection edits the table.
    const auto others = m_connections.keys(cameraId);
    m_connections[connection] = cameraId;
    for (RtmpConnection* other : others) {
        if (other != connection) {
            qCInfo(lcIngest).noquote()
                << cameraId << ": closing the previous publisher, replaced by"
                << connection->peerDescription();
            other->close(QStringLiteral("replaced by a newer publisher"));
        }
    }
}

void RtmpServer::connectionClosed(RtmpConnection* connection) {
    m_connections.remove(connection);
    m_connectionCount = static_cast<int>(m_connections.size());
    connection->deleteLater();
}

} // namespace wl::ingest
