#pragma once

#include <QByteArray>

#include "EventConfig.h"

namespace wl {

// The body of PUT /api/outputs applied to event.json's text: any of "hls", "hls_push" (objects,
// merged field by field into the current ones) and "restream" (the whole list; an entry that
// leaves out "key" keeps the key of the current destination with the same id, so that a client
// never needs the secret it was shown masked). The result is checked by EventConfig's own parsers;
// an error's context is the field ("hls.part_ms"), and nothing is applied.
class OutputsRequest {
public:
    struct Result {
        EventConfig config;
        QStringList sections; // the sections the body set, e.g. {"hls", "restream"}
    };
    static Expected<Result> apply(const QByteArray& body, const QByteArray& currentEventJson);
};

} // namespace wl
