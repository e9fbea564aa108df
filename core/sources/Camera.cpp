#include "Camera.h"

#include "SourcesLog.h"
#include "media/VideoSizeProbe.h"

namespace wl::sources {

Camera::Camera(QString id, QString name, QString streamKey, Settings settings)
    : m_id(std::move(id))
    , m_settings(settings)
    , m_name(std::move(name))
    , m_streamKey(std::move(streamKey))
    , m_input(settings.inputQueueCapacity, OverflowPolicy::DropOldest) {
}

QString Camera::name() const {
    std::lock_guard lock(m_mutex);
    return m_name;
}

void Camera::setName(const QString& name) {
    std::lock_guard lock(m_mutex);
    m_name = name;
}

QString Camera::streamKey() const {
    std::lock_guard lock(m_mutex);
    return m_streamKey;
}

void Camera::setStreamKey(const QString& key) {
    std::lock_guard lock(m_mutex);
    m_streamKey = key;
}

CameraStatus Camera::status() const {
    std::lock_guard lock(m_mutex);
    return m_status;
}

void Camera::setStatusListener(StatusListener listener) {
    std::lock_guard lock(m_mutex);
    m_listener = std::move(listener);
}

void Camera::setStatus(CameraStatus status, std::unique_lock<std::mutex>& lock) {
    if (m_status == status)
        return;
    m_status = status;
    const StatusListener listener = m_listener;
    lock.unlock();
    qCInfo(lcSources).noquote() << m_id << "is now" << cameraStatusName(status);
    if (listener)
        listener(m_id, status);
}

void Camera::setStreamTap(std::shared_ptr<CameraStreamTap> tap) {
    std::uint64_t publishId = 0;
    std::optional<media::CodecParameters> video;
    std::optional<media::CodecParameters> audio;
    {
        std::lock_guard lock(m_mutex);
        m_tap = tap;
        if (m_publishing) {
            publishId = m_publishId;
            if (!m_videoSizePending)
                video = m_videoConfig;
            audio = m_audioConfig;
        }
    }
    // A recording started mid-publish still needs the stream's configuration.
    if (tap && publishId > 0) {
        tap->publishStarted(publishId, 0);
        if (video)
            tap->configReceived(publishId, *video);
        if (audio)
            tap->configReceived(publishId, *audio);
    }
}

std::shared_ptr<CameraStreamTap> Camera::tap() const {
    std::lock_guard lock(m_mutex);
    return m_tap;
}

std::uint64_t Camera::beginPublish(std::int64_t nowUs) {
    std::uint64_t publishId = 0;
    bool reconnect = false;
    {
        std::lock_guard lock(m_mutex);
        reconnect = m_publishId > 0;
        publishId = ++m_publishId;
        m_publishing = true;
        m_videoConfig.reset();
        m_audioConfig.reset();
        m_lastDecodedUs = nowUs; // the offline timeout starts from the connection
    }
    m_stats.publishStarted(nowUs, reconnect);
    if (auto streamTap = tap())
        streamTap->publishStarted(publishId, nowUs);
    return publishId;
}

void Camera::configReceived(std::uint64_t publishId, const media::CodecParameters& parameters) {
    bool toTap = true;
    {
        std::lock_guard lock(m_mutex);
        if (publishId != m_publishId)
            return;
        if (parameters.kind() == media::MediaKind::Video) {
            m_videoConfig = parameters;
            // RTMP sends no picture size: the tap (a muxer) hears the video configuration once
            // the first keyframe told it.
            m_videoSizePending = parameters.width() <= 0 || parameters.height() <= 0;
            toTap = !m_videoSizePending;
        } else {
            m_audioConfig = parameters;
            // Held back with the video's, so the tap never starts a file without the video.
            toTap = !m_videoSizePending;
        }
    }
    if (auto streamTap = tap(); streamTap && toTap)
        streamTap->configReceived(publishId, parameters);
    if (m_input.push(CameraInput{publishId, parameters}).dropped > 0)
        m_resyncRequested = true;
}

void Camera::packetReceived(std::uint64_t publishId, media::Packet packet) {
    const bool video = packet.kind() == media::MediaKind::Video;
    if (video)
        m_stats.videoPacketArrived(packet.arrivalUs(), packet.dts(), packet.size(),
                                   packet.isKeyframe());
    else
        m_stats.audioPacketArrived(packet.arrivalUs(), packet.size());
    if (video && packet.isKeyframe())
        completeVideoConfig(publishId, packet);
    if (auto streamTap = tap())
        streamTap->packetReceived(publishId, packet);
    if (m_input.push(CameraInput{publishId, std::move(packet)}).dropped > 0) {
        m_stats.framesDropped(1);
        m_resyncRequested = true;
    }
}

void Camera::completeVideoConfig(std::uint64_t publishId, const media::Packet& keyframe) {
    std::optional<media::CodecParameters> config;
    std::optional<media::CodecParameters> audio;
    {
        std::lock_guard lock(m_mutex);
        if (!m_videoSizePending || publishId != m_publishId || !m_videoConfig)
            return;
        config = *m_videoConfig;
        audio = m_audioConfig;
    }
    // Parsing one keyframe's headers costs microseconds; it happens once per publish.
    if (!media::VideoSizeProbe::fill(*config, keyframe))
        qCWarning(lcSources) << m_id << "sent a keyframe whose picture size cannot be read";
    {
        std::lock_guard lock(m_mutex);
        if (publishId != m_publishId)
            return;
        m_videoConfig = config;
        m_videoSizePending = false;
    }
    if (auto streamTap = tap()) {
        streamTap->configReceived(publishId, *config);
        if (audio)
            streamTap->configReceived(publishId, *audio);
    }
}

std::optional<media::CodecParameters> Camera::latestConfig(media::MediaKind kind,
                                                           std::uint64_t publishId) const {
    std::lock_guard lock(m_mutex);
    if (publishId != m_publishId)
        return std::nullopt;
    return kind == media::MediaKind::Video ? m_videoConfig : m_audioConfig;
}

void Camera::endPublish(std::uint64_t publishId) {
    std::unique_lock lock(m_mutex);
    if (publishId != m_publishId || !m_publishing)
        return; // a replaced connection ending late, or already ended
    m_publishing = false;
    if (m_tap) {
        const auto streamTap = m_tap;
        lock.unlock();
        streamTap->publishEnded(publishId);
        lock.lock();
        if (publishId != m_publishId)
            return; // a new publish began meanwhile; its status stands
    }
    setStatus(CameraStatus::Offline, lock);
}

bool Camera::isPublishing() const {
    std::lock_guard lock(m_mutex);
    return m_publishing;
}

void Camera::mediaDecoded(std::int64_t nowUs) {
    std::unique_lock lock(m_mutex);
    m_lastDecodedUs = nowUs;
    if (m_publishing)
        setStatus(CameraStatus::Live, lock);
}

void Camera::checkMedia(std::int64_t nowUs) {
    std::unique_lock lock(m_mutex);
    if (m_status == CameraStatus::Live && nowUs - m_lastDecodedUs > m_settings.offlineTimeoutUs)
        setStatus(CameraStatus::Offline, lock);
}

} // namespace wl::sources
