#pragma once

#include "SourceFeed.h"
#include "sources/CameraStreamTap.h"

namespace wl::record {

// A camera's compressed stream, as the ingest thread hands it over, into the recording inbox
// (ISO recording by stream copy). Set it on the camera once (Camera::setStreamTap); it costs one
// atomic load per packet while nothing records.
class CameraRecordingTap final : public sources::CameraStreamTap {
public:
    CameraRecordingTap(RecordingInbox& inbox, const QString& cameraId);

    void publishStarted(std::uint64_t publishId, std::int64_t arrivalUs) override;
    void configReceived(std::uint64_t publishId, const media::CodecParameters& parameters) override;
    void packetReceived(std::uint64_t publishId, const media::Packet& packet) override;
    void publishEnded(std::uint64_t publishId) override;

private:
    SourceFeed m_feed;
};

} // namespace wl::record
