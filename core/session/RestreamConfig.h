#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QVector>

#include "ConfigReader.h"
#include "output/RestreamTarget.h"

namespace wl {

// One RTMP restream destination as event.json stores it ("restream": [...]): a platform's
// server URL and stream key. The key is a secret: it is written to event.json but never logged
// and only masked in API output.
struct RestreamConfig {
    static constexpr int kMaxDestinations = 3;

    QString id;   // [a-z0-9_-], unique: the API addresses it
    QString name; // shown to the director, e.g. "YouTube"
    QString url;  // rtmp:// or rtmps:// server URL, e.g. rtmp://a.rtmp.youtube.com/live2
    QString key;  // the stream key, appended to the URL as its last path element
    bool enabled = true;

    // Checks one entry; `place` is e.g. "restream[1]".
    static Expected<RestreamConfig> parse(const QJsonObject& object, const QString& place,
                                          const ConfigReader& reader);
    // The whole list: at most three, ids unique. An absent key gives an empty list.
    static Expected<QVector<RestreamConfig>> parseList(const QJsonValue& value,
                                                       const ConfigReader& reader);
    QJsonObject toJson() const;
    output::RestreamTarget toTarget() const;
};

} // namespace wl
