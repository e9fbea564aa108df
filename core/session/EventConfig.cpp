#include "EventConfig.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QSet>

#include "StreamKeyGenerator.h"

namespace wl {

namespace {

constexpr int kFormatVersion = 1;

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

Expected<QVector<CameraConfig>> parseCameras(const QJsonValue& value, const ConfigReader& reader) {
    if (!value.isArray())
        return reader.error(QStringLiteral("cameras"), QStringLiteral("must be an array"));
    const QJsonArray array = value.toArray();
    if (array.size() > EventConfig::kMaxCameras)
        return reader.error(QStringLiteral("cameras"),
                            QStringLiteral("at most %1 cameras").arg(EventConfig::kMaxCameras));
    QVector<CameraConfig> cameras;
    QSet<QString> ids;
    QSet<QString> keys;
    for (int i = 0; i < array.size(); ++i) {
        const QString place = QStringLiteral("cameras[%1]").arg(i);
        if (!array.at(i).isObject())
            return reader.error(place, QStringLiteral("must be an object"));
        auto camera = CameraConfig::parse(array.at(i).toObject(), place, reader);
        if (!camera)
            return camera.error();
        if (ids.contains(camera->id))
            return reader.error(place + QStringLiteral(".id"),
                                QStringLiteral("duplicate camera id %1").arg(camera->id));
        if (keys.contains(camera->streamKey))
            return reader.error(place + QStringLiteral(".stream_key"),
                                QStringLiteral("the same stream key is used by two cameras"));
        ids.insert(camera->id);
        keys.insert(camera->streamKey);
        cameras.append(*camera);
    }
    return cameras;
}

} // namespace

EventConfig EventConfig::createDefault() {
    EventConfig config;
    for (int i = 1; i <= kMaxCameras; ++i) {
        CameraConfig camera;
        camera.id = QStringLiteral("cam%1").arg(i);
        camera.name = QStringLiteral("Camera %1").arg(i);
        camera.streamKey = StreamKeyGenerator::generate();
        config.cameras.append(camera);
    }
    return config;
}

Expected<EventConfig> EventConfig::fromJson(const QByteArray& json, const QString& sourceName) {
    const ConfigReader reader(sourceName);
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return reader.error(lineAndColumn(json, parseError.offset), parseError.errorString());
    if (!document.isObject())
        return reader.error(QStringLiteral("1:1"),
                            QStringLiteral("the top level must be a JSON object"));
    QJsonObject root = document.object();

    EventConfig config;
    const QJsonValue version = root.value(QStringLiteral("version"));
    if (!version.isUndefined() && version.toInt(-1) != kFormatVersion)
        return reader.error(
            QStringLiteral("version"),
            QStringLiteral("unsupported format version (this build reads %1)").arg(kFormatVersion));
    auto title = reader.string(root, QStringLiteral("title"), {}, config.title, 200);
    if (!title)
        return title.error();
    config.title = *title;

    auto cameras = parseCameras(root.value(QStringLiteral("cameras")), reader);
    if (!cameras)
        return cameras.error();
    config.cameras = *cameras;

    const auto section = [&](const char* key) {
        return reader.object(root, QLatin1String(key));
    };
    auto outputObject = section("output");
    if (!outputObject)
        return outputObject.error();
    auto output = OutputConfig::parse(*outputObject, reader);
    if (!output)
        return output.error();
    config.output = *output;

    auto switcherObject = section("switcher");
    if (!switcherObject)
        return switcherObject.error();
    auto switcher = SwitcherConfig::parse(*switcherObject, reader);
    if (!switcher)
        return switcher.error();
    config.switcher = *switcher;

    auto recordingObject = section("recording");
    if (!recordingObject)
        return recordingObject.error();
    auto recording = RecordingConfig::parse(*recordingObject, reader);
    if (!recording)
        return recording.error();
    config.recording = *recording;

    auto viewersObject = section("viewers");
    if (!viewersObject)
        return viewersObject.error();
    auto viewers = ViewerConfig::parse(*viewersObject, reader);
    if (!viewers)
        return viewers.error();
    config.viewers = *viewers;

    auto restream = RestreamConfig::parseList(root.value(QStringLiteral("restream")), reader);
    if (!restream)
        return restream.error();
    config.restream = *restream;

    auto hlsPushObject = section("hls_push");
    if (!hlsPushObject)
        return hlsPushObject.error();
    auto hlsPush = HlsPushConfig::parse(*hlsPushObject, reader);
    if (!hlsPush)
        return hlsPush.error();
    config.hlsPush = *hlsPush;

    auto hlsObject = section("hls");
    if (!hlsObject)
        return hlsObject.error();
    auto hls = HlsConfig::parse(*hlsObject, reader);
    if (!hls)
        return hls.error();
    config.hls = *hls;

    for (const auto* known : {"version", "title", "cameras", "output", "switcher", "recording",
                              "viewers", "restream", "hls_push", "hls"})
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
        cameraArray.append(camera.toJson());
    root.insert(QStringLiteral("cameras"), cameraArray);
    root.insert(QStringLiteral("output"), output.toJson());
    root.insert(QStringLiteral("switcher"), switcher.toJson());
    root.insert(QStringLiteral("recording"), recording.toJson());
    root.insert(QStringLiteral("viewers"), viewers.toJson());
    QJsonArray restreamArray;
    for (const RestreamConfig& destination : restream)
        restreamArray.append(destination.toJson());
    root.insert(QStringLiteral("restream"), restreamArray);
    root.insert(QStringLiteral("hls_push"), hlsPush.toJson());
    root.insert(QStringLiteral("hls"), hls.toJson());
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
