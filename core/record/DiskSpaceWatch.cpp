#include "DiskSpaceWatch.h"

#include <QStorageInfo>

namespace wl::record {

DiskSpaceWatch::DiskSpaceWatch(Settings settings, FreeSpaceProbe probe)
    : m_settings(settings)
    , m_probe(probe ? std::move(probe) : FreeSpaceProbe(&DiskSpaceWatch::systemFreeBytes)) {
}

std::optional<std::int64_t> DiskSpaceWatch::systemFreeBytes(const QString& path) {
    QStorageInfo storage(path);
    storage.refresh();
    if (!storage.isValid() || !storage.isReady())
        return std::nullopt;
    return storage.bytesAvailable();
}

void DiskSpaceWatch::reset() {
    m_samples.clear();
    m_warned = false;
    m_last = Reading{};
}

DiskSpaceWatch::Reading DiskSpaceWatch::sample(const QString& path, std::int64_t nowUs,
                                               std::int64_t totalBytes, bool recording) {
    Reading reading;
    reading.freeBytes = m_probe(path);

    if (recording) {
        m_samples.emplace_back(nowUs, totalBytes);
        while (m_samples.size() > 2 && nowUs - m_samples[1].first >= m_settings.rateWindowUs)
            m_samples.pop_front();
        const auto& [oldestUs, oldestBytes] = m_samples.front();
        const std::int64_t spanUs = nowUs - oldestUs;
        if (spanUs >= m_settings.minRateSpanUs)
            reading.bytesPerSecond =
                static_cast<double>(totalBytes - oldestBytes) * 1e6 / static_cast<double>(spanUs);
    } else {
        m_samples.clear();
    }

    if (reading.freeBytes && reading.bytesPerSecond > 0) {
        const auto usable = static_cast<double>(
            std::max<std::int64_t>(0, *reading.freeBytes - m_settings.reserveBytes));
        reading.minutesLeft = usable / reading.bytesPerSecond / 60.0;
        reading.low = *reading.minutesLeft < m_settings.lowMinutes;
    }
    reading.belowReserve =
        recording && reading.freeBytes && *reading.freeBytes < m_settings.reserveBytes;
    if (reading.low && !m_warned) {
        reading.warnNow = true;
        m_warned = true;
    } else if (m_warned && reading.minutesLeft &&
               *reading.minutesLeft > m_settings.lowMinutes * 1.2) {
        m_warned = false; // space was freed: warn again should it run low once more
    }
    m_last = reading;
    return reading;
}

} // namespace wl::record
