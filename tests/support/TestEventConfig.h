#pragma once

#include <functional>

#include <QJsonObject>
#include <QString>

namespace wl::test {

// Lets the real app write a fresh event.json into `configDir` (cameras, keys and defaults), then
// hands its root to `edit` and writes it back. False when the app or the file failed.
bool prepareEventConfig(const QString& configDir, const std::function<void(QJsonObject&)>& edit);

// The program the integration tests run: 720p at `fps` with x264's fastest preset, so that a
// shared test machine leaves CPU for the cameras.
void setFastProgram(QJsonObject& root, int fps, int bitrateKbps = 1500);

// Sets `values` in the object `section` of `root`, keeping its other fields.
void mergeSection(QJsonObject& root, const QString& section, const QJsonObject& values);

} // namespace wl::test
