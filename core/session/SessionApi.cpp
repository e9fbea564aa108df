#include "SessionApi.h"

#include <cmath>

#include <QCoreApplication>

#include "LiveController.h"
#include "SessionOutputs.h"
#include "output/ProgramEncoder.h"
#include "switcher/ProgramEngine.h"

namespace wl {

namespace {
double rounded(double value, int decimals) {
    const double scale = std::pow(10.0, decimals);
    return std::round(value * scale) / scale;
}
} // namespace

SessionApi::SessionApi(const sources::CameraRegistry& cameras, const SessionClock& clock,
                       QString title, QString rtmpUrl, const LiveController& live,
                       const switcher::ProgramEngine& engine, const output::ProgramEncoder& encoder,
                       const serve::ViewerStatistics& viewers, const SessionOutputs* outputs)
    : m_cameras(cameras)
    , m_clock(clock)
    , m_title(std::move(title))
    , m_rtmpUrl(std::move(rtmpUrl))
    , m_live(live)
    , m_engine(engine)
    , m_encoder(encoder)
    , m_viewers(viewers)
    , m_outputs(outputs) {
}

QJsonObject SessionApi::statusJson() const {
    const auto cameras = m_cameras.cameras();
    int live = 0;
    for (const auto& camera : cameras) {
        if (camera->status() == sources::CameraStatus::Live)
            ++live;
    }
    QJsonObject status{
        {QStringLiteral("title"), m_title},
        {QStringLiteral("status"), liveStatusName(m_live.status())},
        {QStringLiteral("cameras_live"), live},
        {QStringLiteral("cameras_total"), static_cast<int>(cameras.size())},
        {QStringLiteral("uptime_s"), rounded(static_cast<double>(m_clock.nowUs()) / 1e6, 1)},
        {QStringLiteral("version"), QCoreApplication::applicationVersion()},
        {QStringLiteral("program"), programJson()},
        {QStringLiteral("viewers"), viewersJson()},
    };
    if (m_outputs)
        status.insert(QStringLiteral("outputs"), m_outputs->statusJson());
    return status;
}

QJsonObject SessionApi::viewersJson() const {
    const auto viewers = m_viewers.snapshot();
    return QJsonObject{
        {QStringLiteral("current"), viewers.current},
        {QStringLiteral("peak"), viewers.peak},
        {QStringLiteral("websockets"), viewers.sockets},
        {QStringLiteral("hls_sessions"), viewers.hlsSessions},
        {QStringLiteral("watch_time_s"), rounded(viewers.watchTimeS, 1)},
    };
}

QJsonObject SessionApi::programJson() const {
    const auto program = m_engine.stats();
    const auto encoder = m_encoder.stats();
    return QJsonObject{
        {QStringLiteral("frames"), static_cast<qint64>(program.ticks)},
        {QStringLiteral("frame_number"), static_cast<qint64>(program.lastFrame)},
        {QStringLiteral("skipped_frames"), static_cast<qint64>(program.skippedTicks)},
        {QStringLiteral("render_ms"), rounded(program.lastRenderMs, 2)},
        {QStringLiteral("render_ms_max"), rounded(program.maxRenderMs, 2)},
        {QStringLiteral("latency_p50_ms"), rounded(program.latencyP50Ms, 1)},
        {QStringLiteral("latency_p95_ms"), rounded(program.latencyP95Ms, 1)},
        {QStringLiteral("encoded_frames"), static_cast<qint64>(encoder.videoFramesEncoded)},
        {QStringLiteral("encoder_dropped_frames"), static_cast<qint64>(encoder.videoFramesDropped)},
        {QStringLiteral("encode_ms"), rounded(encoder.lastEncodeMs, 2)},
    };
}

QJsonObject SessionApi::statsJson(const sources::CameraStats& stats) {
    return QJsonObject{
        {QStringLiteral("video_codec"), stats.videoCodec},
        {QStringLiteral("width"), stats.width},
        {QStringLiteral("height"), stats.height},
        {QStringLiteral("fps"), rounded(stats.fps, 2)},
        {QStringLiteral("nominal_fps"), rounded(stats.nominalFps, 2)},
        {QStringLiteral("bitrate_kbps"), rounded(stats.bitrateKbps, 1)},
        {QStringLiteral("audio_codec"), stats.audioCodec},
        {QStringLiteral("audio_sample_rate"), stats.audioSampleRate},
        {QStringLiteral("audio_channels"), stats.audioChannels},
        {QStringLiteral("keyframe_interval_s"), rounded(stats.keyframeIntervalS, 2)},
        {QStringLiteral("jitter_ms"), rounded(stats.jitterMs, 1)},
        {QStringLiteral("video_packets"), static_cast<qint64>(stats.videoPackets)},
        {QStringLiteral("audio_packets"), static_cast<qint64>(stats.audioPackets)},
        {QStringLiteral("frames_decoded"), static_cast<qint64>(stats.framesDecoded)},
        {QStringLiteral("frames_dropped"), static_cast<qint64>(stats.framesDropped)},
        {QStringLiteral("frames_late"), static_cast<qint64>(stats.framesLate)},
        {QStringLiteral("decode_errors"), static_cast<qint64>(stats.decodeErrors)},
        {QStringLiteral("reconnects"), stats.reconnects},
    };
}

QJsonArray SessionApi::camerasJson() const {
    QJsonArray array;
    for (const auto& camera : m_cameras.cameras()) {
        const sources::CameraStats stats = camera->stats().latest();
        array.append(QJsonObject{
            {QStringLiteral("id"), camera->id()},
            {QStringLiteral("name"), camera->name()},
            {QStringLiteral("status"), sources::cameraStatusName(camera->status())},
            {QStringLiteral("rtmp_url"), m_rtmpUrl},
            {QStringLiteral("stream_key"), camera->streamKey()},
            {QStringLiteral("stats"), statsJson(stats)},
            {QStringLiteral("quality"), stats.quality},
        });
    }
    return array;
}

} // namespace wl
