#include "SessionOutputs.h"

#include <cmath>

#include <QFile>
#include <QJsonArray>

#include "OutputsRequest.h"
#include "SessionLog.h"
#include "output/HlsPusher.h"
#include "output/RestreamOutput.h"

namespace wl {

namespace {

QString text(const std::string& value) {
    return QString::fromStdString(value);
}

QString text(std::string_view value) {
    return QString::fromLatin1(value.data(), static_cast<qsizetype>(value.size()));
}

QJsonObject hlsPushConfigJson(const HlsPushConfig& config) {
    return QJsonObject{{QStringLiteral("enabled"), config.enabled},
                       {QStringLiteral("url"), config.displayUrl()},
                       {QStringLiteral("auth"), config.authKind()}};
}

QJsonArray restreamConfigJson(const QVector<RestreamConfig>& list) {
    QJsonArray array;
    for (const RestreamConfig& destination : list) {
        array.append(QJsonObject{{QStringLiteral("id"), destination.id},
                                 {QStringLiteral("name"), destination.name},
                                 {QStringLiteral("url"), destination.url},
                                 {QStringLiteral("key"), text(destination.toTarget().maskedKey())},
                                 {QStringLiteral("enabled"), destination.enabled}});
    }
    return array;
}

bool sameRestream(const QVector<RestreamConfig>& a, const QVector<RestreamConfig>& b) {
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (a[i].toJson() != b[i].toJson())
            return false;
    }
    return true;
}

} // namespace

SessionOutputs::SessionOutputs(output::RestreamOutput& restream, const EventConfig& running,
                               QString eventPath, const output::HlsPusher* pusher)
    : m_restream(restream)
    , m_hlsPush(running.hlsPush)
    , m_runningHls(running.hls)
    , m_runningRestream(running.restream)
    , m_eventPath(std::move(eventPath))
    , m_pusher(pusher)
    , m_savedHls(running.hls)
    , m_savedHlsPush(running.hlsPush)
    , m_savedRestream(running.restream) {
}

void SessionOutputs::setSavedHandler(std::function<void(const EventConfig&)> handler) {
    m_savedHandler = std::move(handler);
}

QString SessionOutputs::hlsPushState() const {
    if (!m_pusher)
        return m_hlsPush.enabled ? QStringLiteral("unavailable") : QStringLiteral("off");
    return text(m_pusher->stats().state);
}

QJsonObject SessionOutputs::hlsPushJson() const {
    QJsonObject json = hlsPushConfigJson(m_hlsPush);
    if (!m_pusher) {
        // Enabled without a running push: the HLS packager is not there to read from.
        json.insert(QStringLiteral("state"), hlsPushState());
        json.insert(QStringLiteral("error"), QJsonValue());
        return json;
    }
    const auto stats = m_pusher->stats();
    json.insert(QStringLiteral("state"), text(stats.state));
    json.insert(QStringLiteral("error"),
                stats.lastError.empty() ? QJsonValue() : QJsonValue(text(stats.lastError)));
    json.insert(QStringLiteral("segments_pushed"), static_cast<qint64>(stats.segmentsPushed));
    json.insert(QStringLiteral("segments_skipped"), static_cast<qint64>(stats.segmentsSkipped));
    json.insert(QStringLiteral("bytes_pushed"), static_cast<qint64>(stats.bytesPushed));
    json.insert(QStringLiteral("requests_failed"), static_cast<qint64>(stats.requestsFailed));
    json.insert(QStringLiteral("last_pushed_sequence"),
                static_cast<qint64>(stats.lastPushedSequence));
    json.insert(QStringLiteral("last_success_age_ms"),
                stats.lastSuccessAgeMs < 0
                    ? QJsonValue()
                    : QJsonValue(static_cast<qint64>(stats.lastSuccessAgeMs)));
    return json;
}

QJsonObject SessionOutputs::restreamJson(const output::RestreamSnapshot& snapshot) {
    QJsonObject json{
        {QStringLiteral("id"), text(snapshot.id)},
        {QStringLiteral("name"), text(snapshot.name)},
        {QStringLiteral("url"), text(snapshot.url)},
        {QStringLiteral("key"), text(snapshot.maskedKey)},
        {QStringLiteral("enabled"), snapshot.enabled},
        {QStringLiteral("state"), text(output::restreamStatusName(snapshot.status))},
        {QStringLiteral("bitrate_kbps"), std::round(snapshot.bitrateKbps * 10) / 10},
        {QStringLiteral("bytes_sent"), static_cast<qint64>(snapshot.bytesSent)},
        {QStringLiteral("packets_sent"), static_cast<qint64>(snapshot.packetsSent)},
        {QStringLiteral("packets_dropped"), static_cast<qint64>(snapshot.packetsDropped)},
        {QStringLiteral("reconnects"), static_cast<qint64>(snapshot.reconnects)},
        {QStringLiteral("consecutive_failures"), snapshot.consecutiveFailures},
        {QStringLiteral("uptime_ms"), static_cast<qint64>(snapshot.uptimeMs)},
        {QStringLiteral("queued_packets"), static_cast<qint64>(snapshot.queuedPackets)},
    };
    json.insert(QStringLiteral("error"),
                snapshot.lastError.empty() ? QJsonValue() : QJsonValue(text(snapshot.lastError)));
    json.insert(QStringLiteral("retry_in_ms"),
                snapshot.retryInMs >= 0 ? QJsonValue(static_cast<qint64>(snapshot.retryInMs))
                                        : QJsonValue());
    return json;
}

QJsonObject SessionOutputs::outputsJson() const {
    QJsonArray restream;
    for (const auto& snapshot : m_restream.snapshots())
        restream.append(restreamJson(snapshot));
    QJsonObject json{{QStringLiteral("restream"), restream},
                     {QStringLiteral("hls_push"), hlsPushJson()}};
    const std::lock_guard lock(m_mutex);
    const QJsonObject saved = savedJson();
    for (auto it = saved.begin(); it != saved.end(); ++it)
        json.insert(it.key(), it.value());
    return json;
}

QJsonObject SessionOutputs::savedJson() const {
    // What event.json holds now; the sections that differ from the running ones wait for a
    // restart (neither the packager nor the restream and push workers reconfigure live).
    QJsonArray restartNeeded;
    if (!(m_savedHls == m_runningHls))
        restartNeeded.append(QStringLiteral("hls"));
    if (m_savedHlsPush.toJson() != m_hlsPush.toJson())
        restartNeeded.append(QStringLiteral("hls_push"));
    if (!sameRestream(m_savedRestream, m_runningRestream))
        restartNeeded.append(QStringLiteral("restream"));
    return QJsonObject{
        {QStringLiteral("hls"), m_savedHls.toJson()},
        {QStringLiteral("configured"),
         QJsonObject{{QStringLiteral("restream"), restreamConfigJson(m_savedRestream)},
                     {QStringLiteral("hls_push"), hlsPushConfigJson(m_savedHlsPush)}}},
        {QStringLiteral("restart_needed"), restartNeeded},
    };
}

Expected<QJsonObject> SessionOutputs::updateOutputs(const QByteArray& body) {
    {
        const std::lock_guard lock(m_mutex);
        QFile file(m_eventPath);
        if (!file.open(QIODevice::ReadOnly))
            return makeError(ErrorCode::IoFailure, file.errorString().toStdString(), "event.json");
        auto request = OutputsRequest::apply(body, file.readAll());
        file.close();
        if (!request)
            return request.error();
        if (auto saved = request->config.save(m_eventPath); !saved)
            return saved.error();
        m_savedHls = request->config.hls;
        m_savedHlsPush = request->config.hlsPush;
        m_savedRestream = request->config.restream;
        qCInfo(lcSession).noquote()
            << "output settings saved by the API:" << request->sections.join(QStringLiteral(", "));
        if (m_savedHandler)
            m_savedHandler(request->config);
    }
    return outputsJson();
}

QJsonObject SessionOutputs::statusJson() const {
    QJsonArray restream;
    for (const auto& snapshot : m_restream.snapshots()) {
        restream.append(QJsonObject{
            {QStringLiteral("id"), text(snapshot.id)},
            {QStringLiteral("state"), text(output::restreamStatusName(snapshot.status))}});
    }
    return QJsonObject{{QStringLiteral("restream"), restream},
                       {QStringLiteral("hls_push"), hlsPushState()}};
}

Expected<QJsonObject> SessionOutputs::restreamAction(const QString& id, const QString& action) {
    bool enable = false;
    if (action == QLatin1String("start"))
        enable = true;
    else if (action != QLatin1String("stop"))
        return makeError(ErrorCode::InvalidArgument,
                         "unknown action " + action.toStdString() + " (start or stop)");
    auto snapshot = m_restream.setEnabled(id.toStdString(), enable);
    if (!snapshot)
        return snapshot.error();
    qCInfo(lcSession).noquote() << "restream" << id << (enable ? "started" : "stopped")
                                << "by the director";
    return restreamJson(*snapshot);
}

} // namespace wl
