#include "CameraRegistry.h"

namespace wl::sources {

CameraRegistry::CameraRegistry(const QVector<CameraConfig>& cameras, Camera::Settings settings,
                               QObject* parent)
    : QObject(parent) {
    for (const CameraConfig& config : cameras) {
        auto camera = std::make_shared<Camera>(config.id, config.name, config.streamKey, settings);
        camera->setStatusListener([this](const QString& id, CameraStatus status) {
            emit cameraStatusChanged(id, status);
        });
        m_cameras.append(std::move(camera));
    }
}

QVector<std::shared_ptr<Camera>> CameraRegistry::cameras() const {
    std::lock_guard lock(m_mutex);
    return m_cameras;
}

std::shared_ptr<Camera> CameraRegistry::cameraById(const QString& id) const {
    std::lock_guard lock(m_mutex);
    for (const auto& camera : m_cameras) {
        if (camera->id() == id)
            return camera;
    }
    return nullptr;
}

std::shared_ptr<Camera> CameraRegistry::cameraByStreamKey(const QString& streamKey) const {
    if (streamKey.isEmpty())
        return nullptr;
    std::lock_guard lock(m_mutex);
    for (const auto& camera : m_cameras) {
        if (camera->streamKey() == streamKey)
            return camera;
    }
    return nullptr;
}

int CameraRegistry::liveCount() const {
    int live = 0;
    for (const auto& camera : cameras()) {
        if (camera->status() == CameraStatus::Live)
            ++live;
    }
    return live;
}

} // namespace wl::sources
