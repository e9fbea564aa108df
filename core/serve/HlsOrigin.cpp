#include "HlsOrigin.h"

#include <QUrlQuery>

#include "HlsRequestObserver.h"
#include "ServeLog.h"

namespace wl::serve {

namespace {

using Status = QHttpServerResponder::StatusCode;

const QByteArray kPlaylistType = QByteArrayLiteral("application/vnd.apple.mpegurl");
const QByteArray kInitType = QByteArrayLiteral("video/mp4");
const QByteArray kSegmentType = QByteArrayLiteral("video/iso.segment");
const QByteArray kTextType = QByteArrayLiteral("text/plain; charset=utf-8");
const QByteArray kNoCache = QByteArrayLiteral("no-cache");
// Media names carry the packager's run id and never repeat: cache them for good.
const QByteArray kImmutable = QByteArrayLiteral("public, max-age=31536000, immutable");
constexpr auto kExpiryCheck = std::chrono::milliseconds(100);
constexpr int kMaxSessionKey = 64;

void reply(QHttpServerResponder& responder, Status status, const QByteArray& type,
           const QByteArray& cacheControl, const QByteArray& body,
           const QByteArray& retryAfter = {}) {
    responder.writeStatusLine(status);
    responder.writeHeader(QByteArrayLiteral("Content-Type"), type);
    responder.writeHeader(QByteArrayLiteral("Cache-Control"), cacheControl);
    responder.writeHeader(QByteArrayLiteral("Access-Control-Allow-Origin"), QByteArrayLiteral("*"));
    if (!retryAfter.isEmpty())
        responder.writeHeader(QByteArrayLiteral("Retry-After"), retryAfter);
    responder.writeHeader(QByteArrayLiteral("Content-Length"), QByteArray::number(body.size()));
    responder.writeBody(body);
}

void replyText(QHttpServerResponder& responder, Status status, const QByteArray& text,
               const QByteArray& retryAfter = {}) {
    reply(responder, status, kTextType, kNoCache, text + '\n', retryAfter);
}

bool hasPlaylistContent(const output::HlsSnapshot& snapshot, bool lowLatency) {
    if (!snapshot.started)
        return false;
    if (!snapshot.segments.empty() || snapshot.ended)
        return true;
    return lowLatency && snapshot.open && !snapshot.open->parts.empty();
}

} // namespace

HlsOrigin::HlsOrigin(HttpServer& server, output::HlsSource& source, HlsOriginSettings settings)
    : QObject(&server)
    , m_source(source)
    , m_settings(std::move(settings))
    , m_expiry(this) {
    m_expiry.setInterval(kExpiryCheck);
    connect(&m_expiry, &QTimer::timeout, this, &HlsOrigin::expireParked);
    server.addRoute(QHttpServerRequest::Method::Get, m_settings.prefix + QStringLiteral("/{name}"),
                    [this](const QHttpServerRequest& request, QHttpServerResponder&& responder,
                           const PathCaptures& captures) {
                        handle(request, std::move(responder), captures.value(0));
                    });
    server.addRoute(
        QHttpServerRequest::Method::Options, m_settings.prefix + QStringLiteral("/{name}"),
        [](const QHttpServerRequest&, QHttpServerResponder&& responder, const PathCaptures&) {
            responder.write({{"Access-Control-Allow-Origin", "*"},
                             {"Access-Control-Allow-Methods", "GET, OPTIONS"},
                             {"Access-Control-Max-Age", "86400"}},
                            Status::NoContent);
        });
    // The packager's thread only posts a wake-up (by name: no functor crosses the threads);
    // the work happens on this object's thread.
    m_listenerId = m_source.addListener([this](const output::HlsUpdate&) {
        if (!m_wakePending.exchange(true))
            QMetaObject::invokeMethod(this, "wake", Qt::QueuedConnection);
    });
}

HlsOrigin::~HlsOrigin() {
    m_source.removeListener(m_listenerId);
    // The server is going away with every connection: held requests end unanswered.
    for (auto& parked : m_parked)
        disconnect(parked->disconnected);
    m_parked.clear();
}

void HlsOrigin::handle(const QHttpServerRequest& request, QHttpServerResponder&& responder,
                       const QString& name) {
    const auto snapshot = m_source.snapshot();
    const bool lowLatency = name == m_settings.lowLatencyPlaylist;
    if (lowLatency || name == m_settings.plainPlaylist) {
        noteClient(request);
        const auto resource = lowLatency ? Resource::LowLatencyPlaylist : Resource::PlainPlaylist;
        auto directives =
            HlsBlockingRequest::parse(request.url().query(QUrl::FullyEncoded).toStdString());
        if (!directives) {
            replyText(responder, Status::BadRequest,
                      QByteArray::fromStdString(directives.error().message));
            return;
        }
        if (!hasPlaylistContent(*snapshot, lowLatency)) {
            replyText(responder, Status::ServiceUnavailable,
                      QByteArrayLiteral("the stream has not started"), QByteArrayLiteral("1"));
            return;
        }
        // The plain playlist does not offer blocking reloads: directives are ignored there.
        if (!lowLatency || !directives->blocking()) {
            answerPlaylist(responder, resource, *snapshot);
            return;
        }
        switch (directives->decide(snapshot->position())) {
        case HlsBlockingRequest::Decision::Ready:
            answerPlaylist(responder, resource, *snapshot);
            return;
        case HlsBlockingRequest::Decision::BadRequest:
            replyText(responder, Status::BadRequest,
                      QByteArrayLiteral("_HLS_msn/_HLS_part too far ahead of the live edge"));
            return;
        case HlsBlockingRequest::Decision::Wait:
            park(std::move(responder), resource, *directives, {}, *snapshot);
            return;
        }
        return;
    }
    if (snapshot->media(name)) {
        answerMedia(responder, name, *snapshot);
        return;
    }
    if (!snapshot->ended && !name.isEmpty() && name == snapshot->preloadHintName) {
        park(std::move(responder), Resource::Media, {}, name, *snapshot);
        return;
    }
    replyText(responder, Status::NotFound, QByteArrayLiteral("Not found"));
}

void HlsOrigin::answerPlaylist(QHttpServerResponder& responder, Resource resource,
                               const output::HlsSnapshot& snapshot) {
    reply(responder, Status::Ok, kPlaylistType, kNoCache,
          resource == Resource::LowLatencyPlaylist ? snapshot.lowLatencyPlaylist
                                                   : snapshot.plainPlaylist);
}

void HlsOrigin::answerMedia(QHttpServerResponder& responder, const QString& name,
                            const output::HlsSnapshot& snapshot) {
    const auto bytes = snapshot.media(name);
    if (!bytes) {
        replyText(responder, Status::NotFound, QByteArrayLiteral("Not found"));
        return;
    }
    reply(responder, Status::Ok, name == snapshot.initName ? kInitType : kSegmentType, kImmutable,
          *bytes);
}

void HlsOrigin::park(QHttpServerResponder&& responder, Resource resource,
                     HlsBlockingRequest request, const QString& mediaName,
                     const output::HlsSnapshot& snapshot) {
    QTcpSocket* socket = responder.socket();
    if (m_parked.size() >= m_settings.maxParked || socket == nullptr) {
        replyText(responder, Status::ServiceUnavailable, QByteArrayLiteral("too many waiting"),
                  QByteArrayLiteral("1"));
        return;
    }
    auto parked = std::make_unique<Parked>(std::move(responder));
    parked->id = m_nextParkedId++;
    parked->resource = resource;
    parked->request = request;
    parked->mediaName = mediaName;
    parked->socket = socket;
    const double holdSeconds = m_settings.blockTargetDurations * snapshot.targetDurationSeconds;
    parked->deadline = std::chrono::steady_clock::now() +
                       std::chrono::milliseconds(static_cast<std::int64_t>(holdSeconds * 1000));
    // A client that leaves takes its held request with it (the server deletes the socket).
    parked->disconnected = connect(socket, &QTcpSocket::disconnected, this,
                                   [this, id = parked->id] { dropParked(id); });
    m_parked.push_back(std::move(parked));
    if (!m_expiry.isActive())
        m_expiry.start();
}

void HlsOrigin::wake() {
    m_wakePending = false;
    onSourceUpdated();
}

void HlsOrigin::onSourceUpdated() {
    if (m_parked.empty())
        return;
    const auto snapshot = m_source.snapshot();
    const auto position = snapshot->position();
    for (std::size_t i = m_parked.size(); i-- > 0;) {
        Parked& parked = *m_parked[i];
        if (parked.resource == Resource::Media) {
            if (snapshot->media(parked.mediaName)) {
                release(i, [&](QHttpServerResponder& responder) {
                    answerMedia(responder, parked.mediaName, *snapshot);
                });
            } else if (snapshot->ended || parked.mediaName != snapshot->preloadHintName) {
                release(i, [](QHttpServerResponder& responder) {
                    replyText(responder, Status::NotFound, QByteArrayLiteral("Not found"));
                });
            }
            continue;
        }
        switch (parked.request.decide(position)) {
        case HlsBlockingRequest::Decision::Ready:
            release(i, [&](QHttpServerResponder& responder) {
                answerPlaylist(responder, parked.resource, *snapshot);
            });
            break;
        case HlsBlockingRequest::Decision::BadRequest:
            release(i, [](QHttpServerResponder& responder) {
                replyText(responder, Status::BadRequest, QByteArrayLiteral("bad request"));
            });
            break;
        case HlsBlockingRequest::Decision::Wait:
            break;
        }
    }
}

void HlsOrigin::expireParked() {
    const auto now = std::chrono::steady_clock::now();
    for (std::size_t i = m_parked.size(); i-- > 0;) {
        if (m_parked[i]->deadline > now)
            continue;
        // rfc8216bis 6.2.5.2: a blocked reload not satisfiable in time is a 503.
        release(i, [](QHttpServerResponder& responder) {
            replyText(responder, Status::ServiceUnavailable,
                      QByteArrayLiteral("the requested segment or part is late"),
                      QByteArrayLiteral("1"));
        });
    }
}

void HlsOrigin::dropParked(std::uint64_t id) {
    for (std::size_t i = 0; i < m_parked.size(); ++i) {
        if (m_parked[i]->id == id) {
            disconnect(m_parked[i]->disconnected);
            m_parked.erase(m_parked.begin() + static_cast<std::ptrdiff_t>(i));
            break;
        }
    }
    if (m_parked.empty())
        m_expiry.stop();
}

void HlsOrigin::release(std::size_t index,
                        const std::function<void(QHttpServerResponder&)>& answer) {
    std::unique_ptr<Parked> parked = std::move(m_parked[index]);
    m_parked.erase(m_parked.begin() + static_cast<std::ptrdiff_t>(index));
    disconnect(parked->disconnected);
    if (parked->socket && parked->socket->state() == QAbstractSocket::ConnectedState)
        answer(parked->responder);
    if (m_parked.empty())
        m_expiry.stop();
}

void HlsOrigin::noteClient(const QHttpServerRequest& request) {
    if (m_observer == nullptr)
        return;
    const QString session = request.query().queryItemValue(QStringLiteral("wl_session"));
    if (!session.isEmpty()) {
        m_observer->hlsRequest(QStringLiteral("session:") + session.left(kMaxSessionKey));
        return;
    }
    m_observer->hlsRequest(request.remoteAddress().toString() + QLatin1Char(' ') +
                           QString::fromUtf8(request.value(QByteArrayLiteral("User-Agent"))));
}

} // namespace wl::serve
