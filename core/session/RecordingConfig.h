#pragma once

#include <QJsonObject>

#include "ConfigReader.h"

namespace wl {

// What recording does by itself ("recording" in event.json).
struct RecordingConfig {
    bool autoStartOnLive = true; // going live starts recording

    static Expected<RecordingConfig> parse(const QJsonObject& object, const ConfigReader& reader);
    QJsonObject toJson() const;
};

} // namespace wl
