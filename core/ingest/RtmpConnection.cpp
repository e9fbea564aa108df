#include "RtmpConnection.h"

#include <QTcpSocket>

#include "IngestLog.h"
#include "RtmpMediaConverter.h"

namespace wl::ingest {

namespace {
constexpr qint64 kReadBufferBytes = 256 * 1024; // bounds what one peer can make us hold

QString fromStd(const std::string& text) {
    return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
}
} // namespace

RtmpConnection::RtmpConnection(QTcpSocket* socket, IngestSink& sink, const SessionClock& clock,
                               const RtmpServerSettings& settings, QObject* parent)
    : QObject(parent)
    , m_socket(socket)
    , m_sink(sink)
    , m_clock(clock)
    , m_settings(settings) {
    m_socket->setParent(this);
    m_socket->setReadBufferSize(kReadBufferBytes);
    m_socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    m_socket->setSocketOption(QAbstractSocket::KeepAliveOption, 1);
    m_publisher.remoteAddress =
        QStringLiteral("%1:%2").arg(socket->peerAddress().toString()).arg(socket->peerPort());
    // Decided inside receive(), so that media pipelined right behind `publish` is not lost.
    m_protocol.setPublishDecider(
        [this](const rtmp::PublishRequested& request) { return decidePublish(request); });

    m_handshakeTimer.setSingleShot(true);
    m_handshakeTimer.setInterval(settings.handshakeTimeoutMs);
    connect(&m_handshakeTimer, &QTimer::timeout, this, [this] {
        close(QStringLiteral("no publish within %1 ms").arg(m_settings.handshakeTimeoutMs));
    });
    m_idleTimer.setSingleShot(true);
    m_idleTimer.setInterval(settings.idleTimeoutMs);
    connect(&m_idleTimer, &QTimer::timeout, this,
            [this] { close(QStringLiteral("no data for %1 ms").arg(m_settings.idleTimeoutMs)); });
}

RtmpConnection::~RtmpConnection() {
    if (m_target)
        m_target->ended(QStringLiteral("connection destroyed"));
}

void RtmpConnection::begin() {
    connect(m_socket, &QTcpSocket::readyRead, this, &RtmpConnection::readAvailable);
    connect(m_socket, &QTcpSocket::disconnected, this,
            [this] { close(QStringLiteral("peer disconnected")); });
    connect(m_socket, &QTcpSocket::errorOccurred, this, [this](QAbstractSocket::SocketError error) {
        if (error != QAbstractSocket::RemoteHostClosedError)
            close(QStringLiteral("socket error: %1").arg(m_socket->errorString()));
    });
    connect(m_socket, &QTcpSocket::bytesWritten, this, [this] {
        if (m_closeAfterFlush && m_socket->bytesToWrite() == 0)
            close(QStringLiteral("refused"));
    });
    m_handshakeTimer.start();
    m_idleTimer.start();
    readAvailable(); // bytes may have arrived before the signals were connected
}

QString RtmpConnection::peerDescription() const {
    return m_publisher.remoteAddress;
}

void RtmpConnection::readAvailable() {
    if (m_closed || m_closeAfterFlush)
        return;
    m_idleTimer.start();
    while (m_socket->bytesAvailable() > 0 && !m_closed && !m_closeAfterFlush) {
        const QByteArray bytes = m_socket->read(kReadBufferBytes);
        m_events.clear();
        const auto received =
            m_protocol.receive(std::span(reinterpret_cast<const std::uint8_t*>(bytes.constData()),
                                         static_cast<std::size_t>(bytes.size())),
                               m_out, m_events);
        for (rtmp::ProtocolEvent& event : m_events) {
            if (m_closed)
                break;
            handle(event);
        }
        if (!received) {
            if (received.error().code == ErrorCode::Refused) {
                m_closeAfterFlush = true; // the refusal is in m_out; close once it is sent
            } else {
                qCInfo(lcIngest).noquote() << "closing" << peerDescription() << ":"
                                           << fromStd(received.error().toString());
                flush();
                close(QStringLiteral("protocol error"));
                return;
            }
        }
        flush();
    }
}

void RtmpConnection::handle(rtmp::ProtocolEvent& event) {
    if (const auto* connect = std::get_if<rtmp::ConnectRequested>(&event)) {
        m_publisher.app = fromStd(connect->app);
        m_publisher.flashVersion = fromStd(connect->flashVer);
    } else if (const auto* video = std::get_if<rtmp::VideoConfigReceived>(&event)) {
        if (!m_target)
            return;
        if (auto parameters = RtmpMediaConverter::videoConfig(*video))
            m_target->streamConfigured(*parameters);
        else
            qCWarning(lcIngest).noquote()
                << m_target->cameraId()
                << "unusable video configuration:" << fromStd(parameters.error().toString());
    } else if (const auto* audio = std::get_if<rtmp::AudioConfigReceived>(&event)) {
        if (!m_target)
            return;
        if (auto parameters = RtmpMediaConverter::audioConfig(*audio))
            m_target->streamConfigured(*parameters);
        else
            qCWarning(lcIngest).noquote()
                << m_target->cameraId()
                << "unusable audio configuration:" << fromStd(parameters.error().toString());
    } else if (const auto* frame = std::get_if<rtmp::VideoFrameReceived>(&event)) {
        if (!m_target)
            return;
        if (auto packet = RtmpMediaConverter::videoPacket(*frame, m_clock.nowUs()))
            m_target->packetReceived(std::move(packet).value());
        else
            ++m_mediaErrors;
    } else if (const auto* samples = std::get_if<rtmp::AudioFrameReceived>(&event)) {
        if (!m_target)
            return;
        if (auto packet = RtmpMediaConverter::audioPacket(*samples, m_clock.nowUs()))
            m_target->packetReceived(std::move(packet).value());
        else
            ++m_mediaErrors;
    } else if (std::holds_alternative<rtmp::Unpublished>(event)) {
        if (m_target) {
            m_target->ended(QStringLiteral("unpublished"));
            m_target.reset();
        }
    } else if (const auto* warning = std::get_if<rtmp::StreamWarning>(&event)) {
        qCWarning(lcIngest).noquote() << peerDescription() << fromStd(warning->message);
    }
}

rtmp::PublishDecision RtmpConnection::decidePublish(const rtmp::PublishRequested& request) {
    m_publisher.streamName = fromStd(request.publishName);
    auto target = m_sink.beginPublish(fromStd(request.streamKey), m_publisher);
    if (!target) {
        qCWarning(lcIngest).noquote()
            << "refusing publish from" << peerDescription() << ": unknown stream key";
        return rtmp::PublishDecision::reject(rtmp::PublishRejection::BadName);
    }
    m_target = std::move(target).value();
    m_handshakeTimer.stop();
    emit publishAccepted(m_target->cameraId());
    return rtmp::PublishDecision::accept();
}

void RtmpConnection::flush() {
    if (!m_out.empty() && !m_closed) {
        m_socket->write(reinterpret_cast<const char*>(m_out.data()),
                        static_cast<qint64>(m_out.size()));
        m_out.clear();
        if (m_socket->bytesToWrite() > m_settings.maxSendBufferBytes) {
            close(QStringLiteral("peer does not read our replies"));
            return;
        }
    }
    if (m_closeAfterFlush && m_socket->bytesToWrite() == 0)
        close(QStringLiteral("refused"));
}

void RtmpConnection::close(const QString& reason) {
    if (m_closed)
        return;
    m_closed = true;
    m_handshakeTimer.stop();
    m_idleTimer.stop();
    if (m_target) {
        m_target->ended(reason);
        m_target.reset();
    }
    if (m_mediaErrors > 0)
        qCWarning(lcIngest).noquote() << peerDescription() << "dropped" << m_mediaErrors
                                      << "media messages it could not convert";
    qCDebug(lcIngest).noquote() << "connection" << peerDescription() << "closed:" << reason;
    m_socket->disconnect(this);
    if (m_socket->bytesToWrite() > 0 && m_socket->state() == QAbstractSocket::ConnectedState)
        m_socket->disconnectFromHost(); // lets the refusal reach the client
    else
        m_socket->abort();
    emit closed();
}

} // namespace wl::ingest
