#pragma once

#include <memory>

#include <QString>

#include "common/Expected.h"
#include "media/CodecParameters.h"
#include "media/Packet.h"

namespace wl::ingest {

// Who is publishing, for logs and the API.
struct PublisherInfo {
    QString remoteAddress;
    QString app;          // connect's application name ("live")
    QString streamName;   // the publish name as sent, query string included
    QString flashVersion; // identifies the encoder ("FMLE/3.0 (compatible; Lavf59.27.100)")
};

// One accepted publish: where a connection delivers its stream. Called only on the ingest thread,
// in arrival order; implementations must not block (they queue).
class PublishTarget {
public:
    virtual ~PublishTarget() = default;
    virtual QString cameraId() const = 0;
    // A sequence header arrived: the stream's codec and its configuration record.
    virtual void streamConfigured(const media::CodecParameters& parameters) = 0;
    virtual void packetReceived(media::Packet packet) = 0;
    // The publish is over (unpublish, disconnect, error or replaced by a newer publisher).
    virtual void ended(const QString& reason) = 0;
};

// What the RTMP server needs from the engine: routing a stream key to a camera.
class IngestSink {
public:
    virtual ~IngestSink() = default;
    // A target for `streamKey` (query string already removed), or NotFound for an unknown key.
    virtual Expected<std::shared_ptr<PublishTarget>>
    beginPublish(const QString& streamKey, const PublisherInfo& publisher) = 0;
};

} // namespace wl::ingest
