#pragma once

#include <atomic>
#include <cstdint>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <variant>

#include <QImage>
#include <QString>

#include "AudioRing.h"
#include "CameraStatsCollector.h"
#include "CameraStatus.h"
#include "CameraStreamTap.h"
#include "common/BoundedQueue.h"
#include "common/LatestValue.h"
#include "media/CodecParameters.h"
#include "media/Frame.h"
#include "media/Packet.h"

namespace wl::sources {

// What the ingest hands to a camera's decoder, in arrival order.
struct CameraInput {
    std::uint64_t publishId = 0;
    std::variant<media::CodecParameters, media::Packet> item;
};

// One camera slot: identity, status, statistics and the queues and slots between the ingest
// thread (producer), its decode worker (consumer) and the program/UI (readers of the latest frame,
// preview image and audio). Thread-safe; every method says which thread calls it.
class Camera {
public:
    struct Settings {
        std::int64_t offlineTimeoutUs = 2'000'000; // no decoded media this long = offline
        std::size_t inputQueueCapacity = 400;      // about 5 s of 30 fps video with its audio
    };
    using StatusListener = std::function<void(const QString& cameraId, CameraStatus status)>;

    Camera(QString id, QString name, QString streamKey, Settings settings);

    const QString& id() const { return m_id; }
    QString name() const;
    void setName(const QString& name);
    QString streamKey() const;
    void setStreamKey(const QString& key);
    CameraStatus status() const;
    // Called outside any lock, on whichever thread caused the change.
    void setStatusListener(StatusListener listener);

    // Any thread: where the compressed stream is copied to as it arrives (nullptr: nowhere). A
    // tap set while a publish runs first hears publishStarted() and the stored configurations.
    void setStreamTap(std::shared_ptr<CameraStreamTap> tap);

    // Ingest thread. beginPublish returns the id that later calls must carry; inputs of an older
    // publish (a replaced connection) are ignored.
    std::uint64_t beginPublish(std::int64_t nowUs);
    void configReceived(std::uint64_t publishId, const media::CodecParameters& parameters);
    void packetReceived(std::uint64_t publishId, media::Packet packet);
    void endPublish(std::uint64_t publishId);
    bool isPublishing() const;

    // Decode thread.
    BoundedQueue<CameraInput>& inputQueue() { return m_input; }
    // The newest configuration of `kind` that publish `publishId` sent; lets the decoder recover
    // when the queue overflowed and dropped the configuration itself.
    std::optional<media::CodecParameters> latestConfig(media::MediaKind kind,
                                                       std::uint64_t publishId) const;
    // True once after the input queue dropped items: the decoder must resynchronise on a keyframe.
    bool takeResyncRequest() { return m_resyncRequested.exchange(false); }
    void mediaDecoded(std::int64_t nowUs);

    // Any thread: the newest decoded video frame, the newest preview image (made only while a
    // PreviewSink is registered), and decoded audio.
    LatestValue<media::Frame>& latestFrame() { return m_latestFrame; }
    LatestValue<QImage>& preview() { return m_preview; }
    AudioRing& audio() { return m_audio; }
    CameraStatsCollector& stats() { return m_stats; }
    const CameraStatsCollector& stats() const { return m_stats; }

    // Watchdog (any thread, periodically): goes offline when decoded media stops.
    void checkMedia(std::int64_t nowUs);

private:
    void setStatus(CameraStatus status, std::unique_lock<std::mutex>& lock);
    std::shared_ptr<CameraStreamTap> tap() const;
    // Gives the tap the video configuration once a keyframe has told the picture size.
    void completeVideoConfig(std::uint64_t publishId, const media::Packet& keyframe);

    const QString m_id;
    const Settings m_settings;
    mutable std::mutex m_mutex;
    QString m_name;
    QString m_streamKey;
    CameraStatus m_status = CameraStatus::Waiting;
    std::uint64_t m_publishId = 0;
    bool m_publishing = false;
    std::int64_t m_lastDecodedUs = 0;
    StatusListener m_listener;
    std::shared_ptr<CameraStreamTap> m_tap;
    std::optional<media::CodecParameters> m_videoConfig;
    std::optional<media::CodecParameters> m_audioConfig;
    bool m_videoSizePending = false; // the tap has not had the video configuration yet

    BoundedQueue<CameraInput> m_input;
    std::atomic<bool> m_resyncRequested{false};
    LatestValue<media::Frame> m_latestFrame;
    LatestValue<QImage> m_preview;
    AudioRing m_audio;
    CameraStatsCollector m_stats;
};

} // namespace wl::sources
