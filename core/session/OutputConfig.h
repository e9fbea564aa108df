#pragma once

#include <QJsonObject>

#include "ConfigReader.h"

namespace wl {

// The program format and encoder settings ("output" in event.json).
struct OutputConfig {
    int width = 1920;
    int height = 1080;
    int fps = 30;
    int videoBitrateKbps = 6000;
    QString encoderPreset = QStringLiteral("veryfast");

    static Expected<OutputConfig> parse(const QJsonObject& object, const ConfigReader& reader);
    QJsonObject toJson() const;
};

} // namespace wl
