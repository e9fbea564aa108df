#include "CameraRegistry.h"

namespace wl::sources {

CameraRegistry::CameraRegistry(const QVector<CameraConfig>& cameras, Camera::Settings settings,
                               QObject* parent)
    : QObject(parent)
    , m_settings(settings) {
    for (const CameraConfig& config : cameras)
        m_cameras.append(makeCamera(config));
}

std::shared_ptr<Camera> CameraRegistry::makeCamera(const CameraConfig& config) {
    auto camera = std::make_shared<Camera>(config.id, config.name, config.streamKey, m_settings);
    camera->setStatusListener(
        [this](const QString& id, CameraStatus status) { emit cameraStatusChanged(id, status); });
    return camera;
}

std::shared_ptr<Camera> CameraRegistry::addCamera(const CameraConfig& config) {
    auto camera = makeCamera(config);
    std::lock_guard lock(m_mutex);
    if (m_cameras.size() >= EventConfig::kMaxCameras)
        return nullptr;
    for (const auto& existing : m_cameras) {
        if (existing->id() == config.id || existing->streamKey() == config.streamKey)
            return nullptr;
    }
    m_cameras.append(camera);
    return camera;
}

std::shared_ptr<Camera> CameraRegistry::removeCamera(const QString& id) {
    std::lock_guard lock(m_mutex);
    for (qsizetype i = 0; i < m_cameras.size(); ++i) {
        if (m_cameras[i]->id() == id)
            return m_cameras.takeAt(i);
    }
    return nullptr;
}

void CameraRegistry::reorder(const QStringList& ids) {
    std::lock_guard lock(m_mutex);
    QVector<std::shared_ptr<Camera>> ordered;
    for (const QString& id : ids) {
        for (const auto& camera : m_cameras) {
            if (camera->id() == id && !ordered.contains(camera))
                ordered.append(camera);
        }
    }
    for (const auto& camera : m_cameras) {
        if (!ordered.contains(camera))
            ordered.append(camera);
    }
    m_cameras = std::move(ordered);
}

bool CameraRegistry::updateCamera(const CameraConfig& config) {
    std::lock_guard lock(m_mutex);
    std::shared_ptr<Camera> target;
    for (const auto& camera : m_cameras) {
        if (camera->id() == config.id)
            target = camera;
        else if (camera->streamKey() == config.streamKey)
            return false;
    }
    if (!target)
        return false;
    target->setName(config.name);
    target->setStreamKey(config.streamKey);
    return true;
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
