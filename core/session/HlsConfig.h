#pragma once

#include <QJsonObject>

#include "ConfigReader.h"
#include "output/HlsPackagerSettings.h"

namespace wl {

// The HLS output's timing ("hls" in event.json): the playlist window, the segment and the
// LL-HLS part durations. Defaults are HlsPackagerSettings' own; applied at the session start.
struct HlsConfig {
    static constexpr int kMinWindowSegments = 3;
    static constexpr int kMaxWindowSegments = 60;
    static constexpr double kMinSegmentSeconds = 1.0;
    static constexpr double kMaxSegmentSeconds = 10.0;
    static constexpr int kMinPartMs = 200; // hls.js is unstable below
    static constexpr int kMaxPartMs = 2000;

    int windowSegments = static_cast<int>(output::HlsPackagerSettings{}.windowSegments);
    double segmentSeconds = output::HlsPackagerSettings{}.segmentSeconds;
    int partMs = static_cast<int>(output::HlsPackagerSettings{}.partSeconds * 1000.0);

    static Expected<HlsConfig> parse(const QJsonObject& object, const ConfigReader& reader);
    QJsonObject toJson() const;
    // Keeps the packager's fields that event.json does not hold.
    output::HlsPackagerSettings toSettings(output::HlsPackagerSettings base = {}) const;
    bool operator==(const HlsConfig&) const = default;
};

} // namespace wl
