#include "CameraRecordingTap.h"

namespace wl::record {

CameraRecordingTap::CameraRecordingTap(RecordingInbox& inbox, const QString& cameraId)
    : m_feed(inbox, cameraId) {
}

void CameraRecordingTap::publishStarted(std::uint64_t publishId, std::int64_t /*arrivalUs*/) {
    m_feed.publishStarted(publishId);
}

void CameraRecordingTap::configReceived(std::uint64_t publishId,
                                        const media::CodecParameters& parameters) {
    m_feed.configReceived(publishId, parameters);
}

void CameraRecordingTap::packetReceived(std::uint64_t publishId, const media::Packet& packet) {
    m_feed.packetReceived(publishId, packet);
}

void CameraRecordingTap::publishEnded(std::uint64_t publishId) {
    m_feed.publishEnded(publishId);
}

} // namespace wl::record
