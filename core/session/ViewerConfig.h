#pragma once

#include <QJsonObject>

#include "ConfigReader.h"

namespace wl {

// The viewer WebSocket's limits ("viewers" in event.json); the rest keep their defaults.
struct ViewerConfig {
    int maxConnections = 2000;

    static Expected<ViewerConfig> parse(const QJsonObject& object, const ConfigReader& reader);
    QJsonObject toJson() const;
};

} // namespace wl
