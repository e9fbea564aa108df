#include "SessionOutputs.h"

#include <cmath>

#include <QJsonArray>

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

} // namespace

SessionOutputs::SessionOutputs(output::RestreamOutput& restream, HlsPushConfig hlsPush,
                               const output::HlsPusher* pusher)
    : m_restream(restream)
    , m_hlsPush(std::move(hlsPush))
    , m_pusher(pusher) {
}

QJsonObject SessionOutputs::hlsPushJson() const {
    QJsonObject json{{QStringLiteral("enabled"), m_hlsPush.enabled},
                     {QStringLiteral("url"), m_hlsPush.displayUrl()},
                     {QStringLiteral("auth"), m_hlsPush.authKind()}};
    if (!m_pusher) {
        // Enabled without a running push: the HLS packager is not there to read from.
        json.insert(QStringLiteral("state"),
                    m_hlsPush.enabled ? QStringLiteral("unavailable") : QStringLiteral("off"));
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
    return QJsonObject{{QStringLiteral("restream"), restream},
                       {QStringLiteral("hls_push"), hlsPushJson()}};
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
