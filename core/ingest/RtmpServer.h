#pragma once

#include <atomic>

#include <QHash>
#include <QHostAddress>
#include <QObject>

#include "IngestSink.h"
#include "RtmpServerSettings.h"
#include "common/Expected.h"
#include "common/SessionClock.h"

class QTcpServer;

namespace wl::ingest {

class RtmpConnection;

// The embedded RTMP ingest: accepts publishers, enforces connection limits, and routes each
// accepted publish to the IngestSink. Lives on the ingest thread; every method runs there.
// A newer publish of a camera replaces the older one (a phone reconnecting after a network drop
// while its old, half-open connection still lingers).
class RtmpServer : public QObject {
    Q_OBJECT

public:
    RtmpServer(IngestSink& sink, const SessionClock& clock, RtmpServerSettings settings,
               QObject* parent = nullptr);
    ~RtmpServer() override;

    Expected<quint16> start(const QHostAddress& address, quint16 port);
    // Closes the listener and every connection (their publishes end).
    void stop();
    // Any thread.
    int connectionCount() const { return m_connectionCount.load(); }

private:
    void acceptConnections();
    void publishAccepted(RtmpConnection* connection, const QString& cameraId);
    void connectionClosed(RtmpConnection* connection);

    IngestSink& m_sink;
    const SessionClock& m_clock;
    const RtmpServerSettings m_settings;
    QTcpServer* m_listener = nullptr;
    QHash<RtmpConnection*, QString> m_connections; // connection -> camera it publishes (or empty)
    std::atomic<int> m_connectionCount{0};
};

} // namespace wl::ingest
