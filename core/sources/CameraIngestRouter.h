#pragma once

#include "CameraRegistry.h"
#include "common/SessionClock.h"
#include "ingest/IngestSink.h"

namespace wl::sources {

// Connects the RTMP server to the cameras: a stream key selects a camera slot, and an accepted
// publish feeds that camera's decoder queue.
class CameraIngestRouter : public ingest::IngestSink {
public:
    CameraIngestRouter(const CameraRegistry& registry, const SessionClock& clock);

    Expected<std::shared_ptr<ingest::PublishTarget>>
    beginPublish(const QString& streamKey, const ingest::PublisherInfo& publisher) override;

private:
    const CameraRegistry& m_registry;
    const SessionClock& m_clock;
};

} // namespace wl::sources
