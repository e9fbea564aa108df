#pragma once

#include <cstdint>
#include <deque>
#include <mutex>
#include <optional>

#include <QString>

#include "CameraStats.h"

namespace wl::sources {

// Gathers one camera's measurements from the ingest thread (packets) and the decode thread
// (frames); refresh() turns them into a CameraStats once a second. Thread-safe.
class CameraStatsCollector {
public:
    struct Settings {
        std::int64_t lateThresholdUs = 250'000; // decoded this long after arrival counts as late
        std::int64_t reconnectWindowUs = 60'000'000;
    };

    CameraStatsCollector() = default;
    explicit CameraStatsCollector(Settings settings);

    void videoPacketArrived(std::int64_t arrivalUs, std::int64_t dtsMs, std::size_t bytes,
                            bool keyframe);
    void audioPacketArrived(std::int64_t arrivalUs, std::size_t bytes);
    void frameDecoded(std::int64_t arrivalUs, std::int64_t decodedUs);
    void framesDropped(std::uint64_t count);
    void decodeFailed();
    void publishStarted(std::int64_t nowUs, bool isReconnect);

    void setVideoFormat(const QString& codec, int width, int height);
    void setAudioFormat(const QString& codec, int sampleRate, int channels);

    // Computes rates over the time since the previous refresh and returns the new snapshot.
    CameraStats refresh(std::int64_t nowUs, bool live);
    CameraStats latest() const;

private:
    double nominalFpsLocked() const;

    const Settings m_settings;
    mutable std::mutex m_mutex;
    CameraStats m_stats;

    // Since the last refresh.
    std::uint64_t m_intervalBytes = 0;
    std::uint64_t m_intervalFrames = 0;
    std::uint64_t m_intervalLost = 0;
    std::int64_t m_lastRefreshUs = 0;

    // Arrival jitter (RFC 3550 style estimator on video packets).
    std::optional<std::int64_t> m_prevArrivalUs;
    std::optional<std::int64_t> m_prevDtsMs;
    double m_jitterUs = 0;
    std::deque<std::int64_t> m_dtsDeltasMs; // recent DTS spacing, for the nominal rate
    std::optional<std::int64_t> m_prevKeyframeDtsMs;

    std::deque<std::int64_t> m_reconnectTimesUs;
};

} // namespace wl::sources
