#include "CameraIngestRouter.h"

#include "SourcesLog.h"

namespace wl::sources {

namespace {

// One publish of one camera; stale once the camera has accepted a newer publish.
class CameraPublish : public ingest::PublishTarget {
public:
    CameraPublish(std::shared_ptr<Camera> camera, std::uint64_t publishId)
        : m_camera(std::move(camera))
        , m_publishId(publishId) {}
    ~CameraPublish() override { m_camera->endPublish(m_publishId); }

    QString cameraId() const override { return m_camera->id(); }
    void streamConfigured(const media::CodecParameters& parameters) override {
        m_camera->configReceived(m_publishId, parameters);
    }
    void packetReceived(media::Packet packet) override {
        m_camera->packetReceived(m_publishId, std::move(packet));
    }
    void ended(const QString& reason) override {
        qCInfo(lcSources).noquote() << m_camera->id() << "publish ended:" << reason;
        m_camera->endPublish(m_publishId);
    }

private:
    std::shared_ptr<Camera> m_camera;
    std::uint64_t m_publishId;
};

} // namespace

CameraIngestRouter::CameraIngestRouter(const CameraRegistry& registry, const SessionClock& clock)
    : m_registry(registry)
    , m_clock(clock) {
}

Expected<std::shared_ptr<ingest::PublishTarget>>
CameraIngestRouter::beginPublish(const QString& streamKey, const ingest::PublisherInfo& publisher) {
    auto camera = m_registry.cameraByStreamKey(streamKey);
    if (!camera)
        return makeError(ErrorCode::NotFound, "no camera has this stream key",
                         publisher.remoteAddress.toStdString());
    qCInfo(lcSources).noquote() << camera->id() << "publishing from" << publisher.remoteAddress
                                << "with" << publisher.flashVersion;
    const std::uint64_t publishId = camera->beginPublish(m_clock.nowUs());
    return std::shared_ptr<ingest::PublishTarget>(
        std::make_shared<CameraPublish>(std::move(camera), publishId));
}

} // namespace wl::sources
