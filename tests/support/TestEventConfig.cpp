#include "TestEventConfig.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>

#include "HeadlessApp.h"

namespace wl::test {

bool prepareEventConfig(const QString& configDir, const std::function<void(QJsonObject&)>& edit) {
    HeadlessApp first({});
    if (!first.start(configDir) || first.stop() != 0)
        return false;
    QFile file(QDir(configDir).filePath(QStringLiteral("event.json")));
    if (!file.open(QIODevice::ReadOnly))
        return false;
    QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    file.close();
    edit(root);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    return file.write(QJsonDocument(root).toJson()) > 0;
}

void setFastProgram(QJsonObject& root, int fps, int bitrateKbps) {
    root.insert(QStringLiteral("output"),
                QJsonObject{{QStringLiteral("width"), 1280},
                            {QStringLiteral("height"), 720},
                            {QStringLiteral("fps"), fps},
                            {QStringLiteral("video_bitrate_kbps"), bitrateKbps},
                            {QStringLiteral("encoder_preset"), QStringLiteral("ultrafast")}});
}

void mergeSection(QJsonObject& root, const QString& section, const QJsonObject& values) {
    QJsonObject object = root.value(section).toObject();
    for (auto it = values.begin(); it != values.end(); ++it)
        object.insert(it.key(), it.value());
    root.insert(section, object);
}

} // namespace wl::test
