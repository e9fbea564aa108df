#pragma once

#include <QJsonObject>

#include "ConfigReader.h"

namespace wl {

// One camera slot as event.json stores it.
struct CameraConfig {
    QString id;        // cam1..cam5, stable: recordings and hotkeys refer to it
    QString name;      // what the director and viewers see
    QString streamKey; // the RTMP publish name that routes a publisher to this slot
    QString audioMode = QStringLiteral("follow"); // follow (video) | always | off
    double gainDb = 0;
    int delayMs = 0; // applied to audio and video, to line up cameras with different delays

    // Checks one entry of "cameras"; `place` is e.g. "cameras[2]".
    static Expected<CameraConfig> parse(const QJsonObject& object, const QString& place,
                                        const ConfigReader& reader);
    QJsonObject toJson() const;
};

} // namespace wl
