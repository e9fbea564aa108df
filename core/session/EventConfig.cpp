#include "EventConfig.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSet>

#include "StreamKeyGenerator.h"

namespace wl {

namespace {

constexpr int kFormatVersion = 1;
constexpr int kMaxNameLength = 64;

const QStringList& x264Presets() {
    static const QStringList presets = {
        QStringLiteral("ultrafast"), QStringLiteral("superfast"), QStringLiteral("veryfast"),
        QStringLiteral("faster"),    QStringLiteral("fast"),      QStringLiteral("medium"),
        QStringLiteral("slow"),      QStringLiteral("slower"),    QStringLiteral("veryslow")};
    return presets;
}

// Turns a byte offset into "line:column" (both 1-based) for parse errors.
QString lineAndColumn(const QByteArray& text, int offset) {
    int line = 1;
    int column = 1;
    for (int i = 0; i < offset && i < text.size(); ++i) {
        if (text.at(i) == '\n') {
            ++line;
            column = 1;
        } else {
            ++column;
        }
    }
    return QStringLiteral("%1:%2").arg(line).arg(column);
}

Error configError(const QString& source, const QString& place, const QString& message) {
    return makeError(ErrorCode::ConfigInvalid, message.toStdString(),
                     (source + QLatin1Char(':') + place).toStdString());
}

// Reads an optional integer field, checking its type and range.
Expected<int> readInt(const QJsonObject& object, const QString& key, int fallback, int min, int max,
                      const QString& source, const QString& place) {
    const QJsonValue value = object.value(key);
    if (value.isUndefined())
        return fallback;
    if (!value.isDouble() || value.toDouble() != static_cast<double>(value.toInt()))
        return configError(source, place + key, QStringLiteral("must be a whole number"));
    const int number = value.toInt();
    if (number < min || number > max)
        return configError(source, place + key,
                           QStringLiteral("must be between %1 and %2").arg(min).arg(max));
    return number;
}

Expected<OutputConfig> parseOutput(const QJsonValue& value, const QString& source) {
    OutputConfig output;
    if (value.isUndefined())
        return output;
    if (!value.isObject())
        return configError(source, QStringLiteral("output"), QStringLiteral("must be an object"));
    const QJsonObject object = value.toObject();
    const QString place = QStringLiteral("output.");

    auto width = readInt(object, QStringLiteral("width"), output.width, 320, 3840, source, place);
    if (!width)
        return width.error();
    auto height =
        readInt(object, QStringLiteral("height"), output.height, 180, 2160, source, place);
    if (!height)
        return height.error();
    const bool knownFormat =
        (*width == 1920 && *height == 1080) || (*width == 1280 && *height == 720);
    if (!knownFormat)
        return configError(source, QStringLiteral("output.width"),
                           QStringLiteral("program format must be 1920x1080 or 1280x720"));
    auto fps = readInt(object, QStringLiteral("fps"), output.fps, 1, 60, source, place);
    if (!fps)
        return fps.error();
    if (*fps != 25 && *fps != 30 && *fps != 50 && *fps != 60)
        return configError(source, QStringLiteral("output.fps"),
                           QStringLiteral("must be 25, 30, 50 or 60"));
    auto bitrate = readInt(object, QStringLiteral("video_bitrate_kbps"), output.videoBitrateKbps,
                           500, 50000, source, place);
    if (!bitrate)
        return bitrate.error();
    const QJsonValue preset = object.value(QStringLiteral("encoder_preset"));
    if (!preset.isUndefined()) {
        if (!preset.isString() || !x264Presets().contains(preset.toString()))
            return configError(source, QStringLiteral("output.encoder_preset"),
                               QStringLiteral("must be one of: ") +
                                   x264Presets().join(QStringLiteral(", ")));
        output.encoderPreset = preset.toString();
    }
    output.width = *width;
    output.height = *height;
    output.fps = *fps;
    output.videoBitrateKbps = *bitrate;
    return output;
}

Expected<QVector<CameraConfig>> parseCameras(const QJsonValue& value, const QString& source) {
    if (!value.isArray())
        return configError(source, QStringLiteral("cameras"), QStringLiteral("must be an array"));
    const QJsonArray array = value.toArray();
    if (array.size() > EventConfig::kMaxCameras)
        return configError(source, QStringLiteral("cameras"),
                           QStringLiteral("at most %1 cameras").arg(EventConfig::kMaxCameras));

    QVector<CameraConfig> cameras;
    QSet<QString> ids;
    QSet<QString> keys;
    for (int i = 0; i < array.size(); ++i) {
        const QString place = QStringLiteral("cameras[%1]").arg(i);
        if (!array.at(i).isObject())
            return configError(source, place, QStringLiteral("must be an object"));
        const QJsonObject object = array.at(i).toObject();
        CameraConfig camera;

        camera.id = object.value(QStringLiteral("id")).toString();
        static const QRegularExpression idPattern(QStringLiteral("^cam[1-5]$"));
        if (!idPattern.match(camera.id).hasMatch())
            return configError(source, place + QStringLiteral(".id"),
                               QStringLiteral("must be one of cam1..cam5"));
        if (ids.contains(camera.id))
            return configError(source, place + QStringLiteral(".id"),
                               QStringLiteral("duplicate camera id %1").arg(camera.id));

        camera.name = object.value(QStringLiteral("name")).toString().trimmed();
        if (camera.name.isEmpty() || camera.name.size() > kMaxNameLength)
            return configError(source, place + QStringLiteral(".name"),
                               QStringLiteral("must be a non-empty string of at most %1 characters")
                                   .arg(kMaxNameLength));

        camera.streamKey = object.value(QStringLiteral("stream_key")).toString();
        if (!StreamKeyGenerator::looksValid(camera.streamKey))
            return configError(source, place + QStringLiteral(".stream_key"),
                               QStringLiteral("must be at least %1 letters, digits, '-' or '_'")
                                   .arg(StreamKeyGenerator::kLength));
        if (keys.contains(camera.streamKey))
            return configError(source, place + QStringLiteral(".stream_key"),
                               QStringLiteral("the same stream key is used by two cameras"));
        ids.insert(camera.id);
        keys.insert(camera.streamKey);
        cameras.append(camera);
    }
    return cameras;
}

} // namespace

EventConfig EventConfig::createDefault() {
    EventConfig config;
    for (int i = 1; i <= kMaxCameras; ++i)
        config.cameras.append(CameraConfig{QStringLiteral("cam%1").arg(i),
                                           QStringLiteral("Camera %1").arg(i),
                                           StreamKeyGenerator::generate()});
    return config;
}

Expected<EventConfig> EventConfig::fromJson(const QByteArray& json, const QString& sourceName) {
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return configError(sourceName, lineAndColumn(json, parseError.offset),
                           parseError.errorString());
    if (!document.isObject())
        return configError(sourceName, QStringLiteral("1:1"),
                           QStringLiteral("the top level must be a JSON object"));
    QJsonObject root = document.object();

    EventConfig config;
    const QJsonValue version = root.value(QStringLiteral("version"));
    if (!version.isUndefined() && version.toInt(-1) != kFormatVersion)
        return configError(
            sourceName, QStringLiteral("version"),
            QStringLiteral("unsupported format version (this build reads %1)").arg(kFormatVersion));

    const QJsonValue title = root.value(QStringLiteral("title"));
    if (!title.isUndefined()) {
        if (!title.isString() || title.toString().size() > 200)
            return configError(sourceName, QStringLiteral("title"),
                               QStringLiteral("must be a string of at most 200 characters"));
        config.title = title.toString();
    }

    auto cameras = parseCameras(root.value(QStringLiteral("cameras")), sourceName);
    if (!cameras)
        return cameras.error();
    config.cameras = *cameras;

    auto output = parseOutput(root.value(QStringLiteral("output")), sourceName);
    if (!output)
        return output.error();
    config.output = *output;

    for (const auto* known : {"version", "title", "cameras", "output"})
        root.remove(QLatin1String(known));
    config.m_unknownFields = root;
    return config;
}

QByteArray EventConfig::toJson() const {
    QJsonObject root = m_unknownFields;
    root.insert(QStringLiteral("version"), kFormatVersion);
    root.insert(QStringLiteral("title"), title);
    QJsonArray cameraArray;
    for (const CameraConfig& camera : cameras)
        cameraArray.append(QJsonObject{{QStringLiteral("id"), camera.id},
                                       {QStringLiteral("name"), camera.name},
                                       {QStringLiteral("stream_key"), camera.streamKey}});
    root.insert(QStringLiteral("cameras"), cameraArray);
    root.insert(QStringLiteral("output"),
                QJsonObject{{QStringLiteral("width"), output.width},
                            {QStringLiteral("height"), output.height},
                            {QStringLiteral("fps"), output.fps},
                            {QStringLiteral("video_bitrate_kbps"), output.videoBitrateKbps},
                            {QStringLiteral("encoder_preset"), output.encoderPreset}});
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

Expected<EventConfig> EventConfig::loadOrCreate(const QString& path) {
    const QString name = QFileInfo(path).fileName();
    QFile file(path);
    if (!file.exists()) {
        EventConfig config = createDefault();
        if (auto saved = config.save(path); !saved)
            return saved.error();
        return config;
    }
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::IoFailure, file.errorString().toStdString(),
                         path.toStdString());
    return fromJson(file.readAll(), name);
}

Expected<void> EventConfig::save(const QString& path) const {
    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath()))
        return makeError(ErrorCode::IoFailure, "cannot create the folder",
                         info.absolutePath().toStdString());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return makeError(ErrorCode::IoFailure, file.errorString().toStdString(),
                         path.toStdString());
    file.write(toJson());
    if (!file.commit())
        return makeError(ErrorCode::IoFailure, file.errorString().toStdString(),
                         path.toStdString());
    return {};
}

const CameraConfig* EventConfig::cameraById(const QString& id) const {
    for (const CameraConfig& camera : cameras) {
        if (camera.id == id)
            return &camera;
    }
    return nullptr;
}

} // namespace wl
