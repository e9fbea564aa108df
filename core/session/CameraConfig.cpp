#include "CameraConfig.h"

#include <QRegularExpression>

#include "StreamKeyGenerator.h"

namespace wl {

namespace {
constexpr int kMaxNameLength = 64;
}

Expected<CameraConfig> CameraConfig::parse(const QJsonObject& object, const QString& place,
                                           const ConfigReader& reader) {
    CameraConfig camera;
    camera.id = object.value(QStringLiteral("id")).toString();
    static const QRegularExpression idPattern(QStringLiteral("^cam[1-5]$"));
    if (!idPattern.match(camera.id).hasMatch())
        return reader.error(place + QStringLiteral(".id"),
                            QStringLiteral("must be one of cam1..cam5"));

    camera.name = object.value(QStringLiteral("name")).toString().trimmed();
    if (camera.name.isEmpty() || camera.name.size() > kMaxNameLength)
        return reader.error(place + QStringLiteral(".name"),
                            QStringLiteral("must be a non-empty string of at most %1 characters")
                                .arg(kMaxNameLength));

    camera.streamKey = object.value(QStringLiteral("stream_key")).toString();
    if (!StreamKeyGenerator::looksValid(camera.streamKey))
        return reader.error(place + QStringLiteral(".stream_key"),
                            QStringLiteral("must be at least %1 letters, digits, '-' or '_'")
                                .arg(StreamKeyGenerator::kLength));

    auto mode =
        reader.choice(object, QStringLiteral("audio"), place, camera.audioMode,
                      {QStringLiteral("follow"), QStringLiteral("always"), QStringLiteral("off")});
    if (!mode)
        return mode.error();
    auto gain = reader.number(object, QStringLiteral("gain_db"), place, camera.gainDb, -60, 20);
    if (!gain)
        return gain.error();
    auto delay = reader.integer(object, QStringLiteral("delay_ms"), place, camera.delayMs, 0, 1000);
    if (!delay)
        return delay.error();
    camera.audioMode = *mode;
    camera.gainDb = *gain;
    camera.delayMs = *delay;
    return camera;
}

QJsonObject CameraConfig::toJson() const {
    return QJsonObject{{QStringLiteral("id"), id},
                       {QStringLiteral("name"), name},
                       {QStringLiteral("stream_key"), streamKey},
                       {QStringLiteral("audio"), audioMode},
                       {QStringLiteral("gain_db"), gainDb},
                       {QStringLiteral("delay_ms"), delayMs}};
}

} // namespace wl
