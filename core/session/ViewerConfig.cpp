#include "ViewerConfig.h"

namespace wl {

Expected<ViewerConfig> ViewerConfig::parse(const QJsonObject& object, const ConfigReader& reader) {
    ViewerConfig config;
    auto cap = reader.integer(object, QStringLiteral("max_connections"), QStringLiteral("viewers"),
                              config.maxConnections, 1, 100'000);
    if (!cap)
        return cap.error();
    config.maxConnections = *cap;
    return config;
}

QJsonObject ViewerConfig::toJson() const {
    return QJsonObject{{QStringLiteral("max_connections"), maxConnections}};
}

} // namespace wl
