#include "HlsPusher.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>
#include <QUrl>

#include "OutputLog.h"

namespace wl::output {

namespace {

QByteArray contentType(HlsPushOperation::Kind kind) {
    switch (kind) {
    case HlsPushOperation::Kind::PutPlaylist:
        return QByteArrayLiteral("application/vnd.apple.mpegurl");
    case HlsPushOperation::Kind::PutSegment:
        return QByteArrayLiteral("video/iso.segment");
    default:
        return QByteArrayLiteral("video/mp4");
    }
}

} // namespace

HlsPusher::HlsPusher(HlsPushSettings settings, const HlsPushSource& source, QObject* parent)
    : QObject(parent)
    , m_settings(std::move(settings))
    , m_source(source)
    , m_plan(m_settings)
    , m_backoff(m_settings.backoffInitial, m_settings.backoffMax, 0) {
}

HlsPusher::~HlsPusher() = default;

void HlsPusher::start() {
    m_clock.start();
    m_network = new QNetworkAccessManager(this);
    m_network->setAutoDeleteReplies(true);
    connect(m_network, &QNetworkAccessManager::finished, this, &HlsPusher::finished);
    m_timer = new QTimer(this);
    m_timer->setInterval(static_cast<int>(m_settings.pollInterval.count()));
    connect(m_timer, &QTimer::timeout, this, &HlsPusher::pump);
    m_timer->start();
    qCInfo(lcOutput).noquote() << "HLS push to"
                               << QUrl(m_settings.baseUrl).toDisplayString(QUrl::RemoveUserInfo);
}

HlsPusher::Stats HlsPusher::stats() const {
    std::lock_guard lock(m_mutex);
    Stats stats = m_stats;
    stats.lastSuccessAgeMs = m_lastSuccessMs < 0 ? -1 : m_clock.elapsed() - m_lastSuccessMs;
    return stats;
}

void HlsPusher::setState(const char* state, const std::string& error) {
    std::lock_guard lock(m_mutex);
    m_stats.state = state;
    if (!error.empty())
        m_stats.lastError = error;
}

void HlsPusher::pump() {
    if (m_inFlight || m_clock.elapsed() < m_retryAtMs)
        return;
    const auto view = m_source.pushView();
    if (!view)
        return;
    auto operation = m_plan.next(*view);
    {
        std::lock_guard lock(m_mutex);
        m_stats.segmentsSkipped = m_plan.segmentsSkipped();
    }
    if (operation.kind == HlsPushOperation::Kind::None) {
        if (view->ended)
            setState("ended");
        return;
    }
    QString base = m_settings.baseUrl;
    if (!base.endsWith(QLatin1Char('/')))
        base += QLatin1Char('/');
    QNetworkRequest request(QUrl(base + operation.name));
    request.setTransferTimeout(static_cast<int>(m_settings.requestTimeout.count()));
    if (!m_settings.bearerToken.isEmpty())
        request.setRawHeader(QByteArrayLiteral("Authorization"),
                             "Bearer " + m_settings.bearerToken.toUtf8());
    else if (!m_settings.username.isEmpty())
        request.setRawHeader(
            QByteArrayLiteral("Authorization"),
            "Basic " +
                (m_settings.username + QLatin1Char(':') + m_settings.password).toUtf8().toBase64());
    if (operation.kind == HlsPushOperation::Kind::Delete) {
        m_network->deleteResource(request);
    } else {
        request.setHeader(QNetworkRequest::ContentTypeHeader, contentType(operation.kind));
        m_network->put(request, operation.body);
    }
    m_inFlight = std::move(operation);
}

void HlsPusher::finished(QNetworkReply* reply) {
    if (!m_inFlight)
        return;
    const HlsPushOperation operation = std::move(*m_inFlight);
    m_inFlight.reset();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const bool deleted = operation.kind == HlsPushOperation::Kind::Delete;
    // A segment already gone is as good as deleted.
    const bool ok = (reply->error() == QNetworkReply::NoError && status >= 200 && status < 300) ||
                    (deleted && (status == 404 || status == 410));
    if (!ok) {
        const auto delay = m_backoff.failed();
        m_retryAtMs = m_clock.elapsed() + delay.count();
        const std::string error =
            (status > 0 ? "HTTP " + std::to_string(status) + " " : std::string()) +
            (deleted ? "DELETE " : "PUT ") + operation.name.toStdString() + ": " +
            reply->errorString().toStdString();
        std::uint64_t failures = 0;
        {
            std::lock_guard lock(m_mutex);
            failures = ++m_stats.requestsFailed;
            m_stats.state = "retrying";
            m_stats.lastError = error;
        }
        // At most one line per failure streak step; the API shows every failure's reason.
        if (m_backoff.consecutiveFailures() <= 1 || failures % 20 == 0)
            qCWarning(lcOutput).noquote() << "HLS push:" << QString::fromStdString(error);
        return;
    }
    if (m_backoff.consecutiveFailures() > 0)
        qCInfo(lcOutput) << "HLS push: the origin answers again";
    m_backoff.succeeded();
    m_plan.done(operation);
    m_lastSuccessMs = m_clock.elapsed();
    {
        std::lock_guard lock(m_mutex);
        m_stats.state = "pushing";
        m_stats.bytesPushed += static_cast<std::uint64_t>(operation.body.size());
        if (operation.kind == HlsPushOperation::Kind::PutSegment) {
            ++m_stats.segmentsPushed;
            m_stats.lastPushedSequence = static_cast<std::int64_t>(operation.segment.sequence);
        }
    }
    // Keep going at once while there is work; the timer covers the idle case.
    QMetaObject::invokeMethod(this, &HlsPusher::pump, Qt::QueuedConnection);
}

} // namespace wl::output
