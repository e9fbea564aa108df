#pragma once

#include <atomic>
#include <chrono>
#include <memory>
#include <vector>

#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QObject>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

#include "HlsBlockingRequest.h"
#include "HttpServer.h"
#include "output/HlsSource.h"

namespace wl::serve {

class HlsRequestObserver;

struct HlsOriginSettings {
    QString prefix = QStringLiteral("/hls");
    QString lowLatencyPlaylist = QStringLiteral("output_main.m3u8");
    QString plainPlaylist = QStringLiteral("output_main_plain.m3u8");
    // A blocked request is answered 503 after this many target durations (the spec's bound).
    double blockTargetDurations = 3;
    // Requests held at once; beyond, new blocking requests are answered 503 at once.
    std::size_t maxParked = 4000;
};

// The embedded HLS origin on the HTTP server: GET <prefix>/<lowLatencyPlaylist> (LL-HLS, with
// blocking reloads), <prefix>/<plainPlaylist> (RFC 8216), and the init segment, segments and
// parts by name. A blocking reload (_HLS_msn/_HLS_part) or a request for the part named by
// EXT-X-PRELOAD-HINT is parked until it can be answered, the timeout, the client leaving or the
// server going away. Lives on the HTTP thread, as a child of the HttpServer; every parked
// responder is touched only there.
class HlsOrigin : public QObject {
    Q_OBJECT

public:
    // Installs the routes on `server` and becomes its child (it moves threads with it). The
    // source must outlive the server.
    HlsOrigin(HttpServer& server, output::HlsSource& source, HlsOriginSettings settings = {});
    ~HlsOrigin() override;

    // HTTP thread (or before the server starts); may be null.
    void setRequestObserver(HlsRequestObserver* observer) { m_observer = observer; }
    std::size_t parkedCount() const { return m_parked.size(); }

private:
    // Posted by the packager's listener; runs on this object's thread.
    Q_INVOKABLE void wake();

    enum class Resource { LowLatencyPlaylist, PlainPlaylist, Media };
    struct Parked {
        Parked(QHttpServerResponder&& held)
            : responder(std::move(held)) {}
        std::uint64_t id = 0;
        Resource resource = Resource::Media;
        HlsBlockingRequest request;
        QString mediaName;
        QPointer<QTcpSocket> socket;
        QMetaObject::Connection disconnected;
        std::chrono::steady_clock::time_point deadline;
        QHttpServerResponder responder;
    };

    void handle(const QHttpServerRequest& request, QHttpServerResponder&& responder,
                const QString& name);
    void answerPlaylist(QHttpServerResponder& responder, Resource resource,
                        const output::HlsSnapshot& snapshot);
    void answerMedia(QHttpServerResponder& responder, const QString& name,
                     const output::HlsSnapshot& snapshot);
    void park(QHttpServerResponder&& responder, Resource resource, HlsBlockingRequest request,
              const QString& mediaName, const output::HlsSnapshot& snapshot);
    void onSourceUpdated();
    void expireParked();
    void dropParked(std::uint64_t id);
    // Answers (or drops, when its client left) parked entry `index` and removes it.
    void release(std::size_t index, const std::function<void(QHttpServerResponder&)>& answer);
    void noteClient(const QHttpServerRequest& request);

    output::HlsSource& m_source;
    const HlsOriginSettings m_settings;
    HlsRequestObserver* m_observer = nullptr;
    output::HlsSource::ListenerId m_listenerId = 0;
    std::atomic<bool> m_wakePending{false};
    std::vector<std::unique_ptr<Parked>> m_parked;
    std::uint64_t m_nextParkedId = 1;
    QTimer m_expiry;
};

} // namespace wl::serve
