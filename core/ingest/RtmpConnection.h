#pragma once

#include <memory>
#include <vector>

#include <QObject>
#include <QTimer>

#include "IngestSink.h"
#include "RtmpServerSettings.h"
#include "common/SessionClock.h"
#include "ingest/rtmp/ServerProtocol.h"

class QTcpSocket;

namespace wl::ingest {

// One TCP connection of the ingest: feeds the socket's bytes to the socket-free RTMP protocol,
// writes its replies, routes the publish to the IngestSink, and enforces the handshake and idle
// timeouts and the send-buffer limit. Bad bytes close this connection and nothing else.
// Lives on the ingest thread.
class RtmpConnection : public QObject {
    Q_OBJECT

public:
    RtmpConnection(QTcpSocket* socket, IngestSink& sink, const SessionClock& clock,
                   const RtmpServerSettings& settings, QObject* parent = nullptr);
    ~RtmpConnection() override;

    void begin();
    // Ends the publish (if any) and the connection; emits closed() once.
    void close(const QString& reason);
    QString peerDescription() const;

signals:
    void publishAccepted(const QString& cameraId);
    void closed();

private:
    void readAvailable();
    void handle(rtmp::ProtocolEvent& event);
    rtmp::PublishDecision decidePublish(const rtmp::PublishRequested& request);
    void flush();

    QTcpSocket* m_socket;
    IngestSink& m_sink;
    const SessionClock& m_clock;
    const RtmpServerSettings& m_settings;
    rtmp::ServerProtocol m_protocol;
    std::shared_ptr<PublishTarget> m_target;
    PublisherInfo m_publisher;
    QTimer m_handshakeTimer;
    QTimer m_idleTimer;
    std::vector<std::uint8_t> m_out;
    std::vector<rtmp::ProtocolEvent> m_events;
    std::uint64_t m_mediaErrors = 0;
    bool m_closed = false;
    bool m_closeAfterFlush = false;
};

} // namespace wl::ingest
