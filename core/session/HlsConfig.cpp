#include "HlsConfig.h"

namespace wl {

Expected<HlsConfig> HlsConfig::parse(const QJsonObject& object, const ConfigReader& reader) {
    const QString place = QStringLiteral("hls");
    HlsConfig config;
    auto window = reader.integer(object, QStringLiteral("window_segments"), place,
                                 config.windowSegments, kMinWindowSegments, kMaxWindowSegments);
    if (!window)
        return window.error();
    auto segment = reader.number(object, QStringLiteral("segment_seconds"), place,
                                 config.segmentSeconds, kMinSegmentSeconds, kMaxSegmentSeconds);
    if (!segment)
        return segment.error();
    auto part = reader.integer(object, QStringLiteral("part_ms"), place, config.partMs, kMinPartMs,
                               kMaxPartMs);
    if (!part)
        return part.error();
    if (*part > *segment * 1000.0)
        return reader.error(place + QStringLiteral(".part_ms"),
                            QStringLiteral("must not be longer than segment_seconds"));
    config.windowSegments = *window;
    config.segmentSeconds = *segment;
    config.partMs = *part;
    return config;
}

QJsonObject HlsConfig::toJson() const {
    return QJsonObject{{QStringLiteral("window_segments"), windowSegments},
                       {QStringLiteral("segment_seconds"), segmentSeconds},
                       {QStringLiteral("part_ms"), partMs}};
}

output::HlsPackagerSettings HlsConfig::toSettings(output::HlsPackagerSettings base) const {
    base.windowSegments = static_cast<std::size_t>(windowSegments);
    base.segmentSeconds = segmentSeconds;
    base.partSeconds = partMs / 1000.0;
    return base;
}

} // namespace wl
