#include "CameraStatsCollector.h"

#include <algorithm>
#include <cmath>
#include <vector>

#include "QualityScore.h"

namespace wl::sources {

namespace {
constexpr std::size_t kDtsHistory = 90;
}

CameraStatsCollector::CameraStatsCollector(Settings settings)
    : m_settings(settings) {
}

void CameraStatsCollector::videoPacketArrived(std::int64_t arrivalUs, std::int64_t dtsMs,
                                              std::size_t bytes, bool keyframe) {
    std::lock_guard lock(m_mutex);
    ++m_stats.videoPackets;
    m_intervalBytes += bytes;
    if (m_prevArrivalUs && m_prevDtsMs) {
        const std::int64_t dtsDeltaMs = dtsMs - *m_prevDtsMs;
        const double transit =
            static_cast<double>((arrivalUs - *m_prevArrivalUs) - dtsDeltaMs * 1000);
        m_jitterUs += (std::abs(transit) - m_jitterUs) / 16.0;
        if (dtsDeltaMs > 0 && dtsDeltaMs < 1000) {
            m_dtsDeltasMs.push_back(dtsDeltaMs);
            if (m_dtsDeltasMs.size() > kDtsHistory)
                m_dtsDeltasMs.pop_front();
        }
    }
    m_prevArrivalUs = arrivalUs;
    m_prevDtsMs = dtsMs;
    if (keyframe) {
        if (m_prevKeyframeDtsMs && dtsMs > *m_prevKeyframeDtsMs)
            m_stats.keyframeIntervalS = static_cast<double>(dtsMs - *m_prevKeyframeDtsMs) / 1000.0;
        m_prevKeyframeDtsMs = dtsMs;
    }
}

void CameraStatsCollector::audioPacketArrived(std::int64_t, std::size_t bytes) {
    std::lock_guard lock(m_mutex);
    ++m_stats.audioPackets;
    m_intervalBytes += bytes;
}

void CameraStatsCollector::frameDecoded(std::int64_t arrivalUs, std::int64_t decodedUs) {
    std::lock_guard lock(m_mutex);
    ++m_stats.framesDecoded;
    ++m_intervalFrames;
    if (decodedUs - arrivalUs > m_settings.lateThresholdUs) {
        ++m_stats.framesLate;
        ++m_intervalLost;
    }
}

void CameraStatsCollector::framesDropped(std::uint64_t count) {
    std::lock_guard lock(m_mutex);
    m_stats.framesDropped += count;
    m_intervalLost += count;
}

void CameraStatsCollector::decodeFailed() {
    std::lock_guard lock(m_mutex);
    ++m_stats.decodeErrors;
}

void CameraStatsCollector::publishStarted(std::int64_t nowUs, bool isReconnect) {
    std::lock_guard lock(m_mutex);
    // A new connection starts new timing: its first packet must not be compared to the old one's.
    m_prevArrivalUs.reset();
    m_prevDtsMs.reset();
    m_prevKeyframeDtsMs.reset();
    if (isReconnect) {
        ++m_stats.reconnects;
        m_reconnectTimesUs.push_back(nowUs);
    }
}

void CameraStatsCollector::setVideoFormat(const QString& codec, int width, int height) {
    std::lock_guard lock(m_mutex);
    m_stats.videoCodec = codec;
    m_stats.width = width;
    m_stats.height = height;
}

void CameraStatsCollector::setAudioFormat(const QString& codec, int sampleRate, int channels) {
    std::lock_guard lock(m_mutex);
    m_stats.audioCodec = codec;
    m_stats.audioSampleRate = sampleRate;
    m_stats.audioChannels = channels;
}

double CameraStatsCollector::nominalFpsLocked() const {
    if (m_dtsDeltasMs.size() < 5)
        return 0;
    std::vector<std::int64_t> deltas(m_dtsDeltasMs.begin(), m_dtsDeltasMs.end());
    const auto middle = deltas.begin() + static_cast<std::ptrdiff_t>(deltas.size() / 2);
    std::nth_element(deltas.begin(), middle, deltas.end());
    // Millisecond timestamps round 33.3 ms to 33 or 34: average the spacing around the median.
    double sum = 0;
    int count = 0;
    for (std::int64_t delta : deltas) {
        if (std::abs(delta - *middle) <= 1) {
            sum += static_cast<double>(delta);
            ++count;
        }
    }
    return count > 0 ? 1000.0 / (sum / count) : 0;
}

CameraStats CameraStatsCollector::refresh(std::int64_t nowUs, bool live) {
    std::lock_guard lock(m_mutex);
    const std::int64_t elapsedUs = nowUs - m_lastRefreshUs;
    if (m_lastRefreshUs > 0 && elapsedUs > 0) {
        const double seconds = static_cast<double>(elapsedUs) / 1e6;
        m_stats.fps = static_cast<double>(m_intervalFrames) / seconds;
        m_stats.bitrateKbps = static_cast<double>(m_intervalBytes) * 8.0 / 1000.0 / seconds;
    }
    m_stats.nominalFps = nominalFpsLocked();
    m_stats.jitterMs = m_jitterUs / 1000.0;
    while (!m_reconnectTimesUs.empty() &&
           nowUs - m_reconnectTimesUs.front() > m_settings.reconnectWindowUs)
        m_reconnectTimesUs.pop_front();

    QualityInputs inputs;
    inputs.live = live;
    inputs.measuredFps = m_stats.fps;
    inputs.nominalFps = m_stats.nominalFps;
    inputs.jitterMs = m_stats.jitterMs;
    const double expected =
        std::max<double>(1.0, static_cast<double>(m_intervalFrames + m_intervalLost));
    inputs.lossRatio = static_cast<double>(m_intervalLost) / expected;
    inputs.keyframeIntervalS = m_stats.keyframeIntervalS;
    inputs.recentReconnects = static_cast<int>(m_reconnectTimesUs.size());
    m_stats.quality = computeQualityScore(inputs);
    if (!live) {
        m_stats.fps = 0;
        m_stats.bitrateKbps = 0;
    }

    m_intervalBytes = 0;
    m_intervalFrames = 0;
    m_intervalLost = 0;
    m_lastRefreshUs = nowUs;
    return m_stats;
}

CameraStats CameraStatsCollector::latest() const {
    std::lock_guard lock(m_mutex);
    return m_stats;
}

} // namespace wl::sources
