#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include "common/Expected.h"

namespace wl::serve {

// What the outputs API (/api/outputs) needs from the engine: the state of every program output
// beyond the recording (restream destinations, later the HLS push) and their start/stop.
// Called on the HTTP thread; implementations answer at once.
class OutputBackend {
public:
    virtual ~OutputBackend() = default;

    // {"restream": [ {id, name, url, key (masked), enabled, state, error, bitrate_kbps, …} ]}
    virtual QJsonObject outputsJson() const = 0;
    // "start" | "stop" one restream destination; returns its new entry. NotFound for an unknown
    // id, InvalidArgument for another action.
    virtual Expected<QJsonObject> restreamAction(const QString& id, const QString& action) = 0;
    // PUT /api/outputs: validates and saves the output settings in `body`; returns the new
    // outputsJson(). ConfigInvalid (context = the field) on bad input, and nothing is changed.
    virtual Expected<QJsonObject> updateOutputs(const QByteArray& body) = 0;
};

} // namespace wl::serve
