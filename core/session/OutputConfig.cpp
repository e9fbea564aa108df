#include "OutputConfig.h"

namespace wl {

Expected<OutputConfig> OutputConfig::parse(const QJsonObject& object, const ConfigReader& reader) {
    static const QStringList presets = {
        QStringLiteral("ultrafast"), QStringLiteral("superfast"), QStringLiteral("veryfast"),
        QStringLiteral("faster"),    QStringLiteral("fast"),      QStringLiteral("medium"),
        QStringLiteral("slow"),      QStringLiteral("slower"),    QStringLiteral("veryslow")};
    const QString place = QStringLiteral("output");
    OutputConfig output;
    auto width = reader.integer(object, QStringLiteral("width"), place, output.width, 320, 3840);
    if (!width)
        return width.error();
    auto height = reader.integer(object, QStringLiteral("height"), place, output.height, 180, 2160);
    if (!height)
        return height.error();
    if (!((*width == 1920 && *height == 1080) || (*width == 1280 && *height == 720)))
        return reader.error(QStringLiteral("output.width"),
                            QStringLiteral("program format must be 1920x1080 or 1280x720"));
    auto fps = reader.integer(object, QStringLiteral("fps"), place, output.fps, 1, 60);
    if (!fps)
        return fps.error();
    if (*fps != 25 && *fps != 30 && *fps != 50 && *fps != 60)
        return reader.error(QStringLiteral("output.fps"),
                            QStringLiteral("must be 25, 30, 50 or 60"));
    auto bitrate = reader.integer(object, QStringLiteral("video_bitrate_kbps"), place,
                                  output.videoBitrateKbps, 500, 50000);
    if (!bitrate)
        return bitrate.error();
    auto preset = reader.choice(object, QStringLiteral("encoder_preset"), place,
                                output.encoderPreset, presets);
    if (!preset)
        return preset.error();
    output.width = *width;
    output.height = *height;
    output.fps = *fps;
    output.videoBitrateKbps = *bitrate;
    output.encoderPreset = *preset;
    return output;
}

QJsonObject OutputConfig::toJson() const {
    return QJsonObject{{QStringLiteral("width"), width},
                       {QStringLiteral("height"), height},
                       {QStringLiteral("fps"), fps},
                       {QStringLiteral("video_bitrate_kbps"), videoBitrateKbps},
                       {QStringLiteral("encoder_preset"), encoderPreset}};
}

} // namespace wl
