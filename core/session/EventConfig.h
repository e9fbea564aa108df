#pragma once

#include <QJsonObject>
#include <QString>
#include <QVector>

#include "CameraConfig.h"
#include "HlsConfig.h"
#include "HlsPushConfig.h"
#include "OutputConfig.h"
#include "RecordingConfig.h"
#include "RestreamConfig.h"
#include "SwitcherConfig.h"
#include "ViewerConfig.h"
#include "common/Expected.h"

namespace wl {

// event.json: the title, the camera slots with their stream keys and audio settings, the
// program output, the switcher and recording behaviour, the restream destinations, the HLS output
// and its push.
// Unknown keys are kept, so that saving never loses what a newer version wrote.
class EventConfig {
public:
    static constexpr int kMaxCameras = 5;
    static constexpr int kMinStreamKeyLength = 26; // 26 chars of a 32-symbol alphabet = 130 bits

    QString title = QStringLiteral("Our wedding");
    QVector<CameraConfig> cameras;
    OutputConfig output;
    SwitcherConfig switcher;
    RecordingConfig recording;
    ViewerConfig viewers;
    QVector<RestreamConfig> restream; // RTMP restream destinations (at most three)
    HlsPushConfig hlsPush;            // push of the HLS output to an external origin
    HlsConfig hls;                    // the HLS output's window, segment and part durations

    // A fresh event with five camera slots and new random keys.
    static EventConfig createDefault();
    // Parses JSON text; `sourceName` names the file in error contexts ("event.json:12:5").
    static Expected<EventConfig> fromJson(const QByteArray& json, const QString& sourceName);
    QByteArray toJson() const;

    // Loads `path`; creates it with fresh keys when it does not exist. A malformed file is reported
    // with its place and left untouched.
    static Expected<EventConfig> loadOrCreate(const QString& path);
    // Writes atomically (temporary file + rename), so a crash never leaves half a file.
    Expected<void> save(const QString& path) const;

    const CameraConfig* cameraById(const QString& id) const;

private:
    QJsonObject m_unknownFields;
};

} // namespace wl
