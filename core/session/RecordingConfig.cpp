#include "RecordingConfig.h"

namespace wl {

Expected<RecordingConfig> RecordingConfig::parse(const QJsonObject& object,
                                                 const ConfigReader& reader) {
    RecordingConfig config;
    auto autoStart = reader.boolean(object, QStringLiteral("auto_start_on_live"),
                                    QStringLiteral("recording"), config.autoStartOnLive);
    if (!autoStart)
        return autoStart.error();
    config.autoStartOnLive = *autoStart;
    return config;
}

QJsonObject RecordingConfig::toJson() const {
    return QJsonObject{{QStringLiteral("auto_start_on_live"), autoStartOnLive}};
}

} // namespace wl
