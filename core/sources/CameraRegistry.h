#pragma once

#include <memory>
#include <mutex>

#include <QObject>
#include <QVector>

#include "Camera.h"
#include "session/EventConfig.h"

namespace wl::sources {

// The camera slots of the event (cam1..cam5), in the director's order. Lookups are thread-safe:
// the ingest thread routes stream keys, the HTTP thread reads statistics, the UI reads previews.
// Status changes are re-emitted as a signal (queued to receivers on other threads).
class CameraRegistry : public QObject {
    Q_OBJECT

public:
    CameraRegistry(const QVector<CameraConfig>& cameras, Camera::Settings settings,
                   QObject* parent = nullptr);

    QVector<std::shared_ptr<Camera>> cameras() const;
    std::shared_ptr<Camera> cameraById(const QString& id) const;
    // Exact match of the whole key; nothing for an unknown or empty key.
    std::shared_ptr<Camera> cameraByStreamKey(const QString& streamKey) const;
    int liveCount() const;

signals:
    void cameraStatusChanged(const QString& cameraId, wl::sources::CameraStatus status);

private:
    mutable std::mutex m_mutex;
    QVector<std::shared_ptr<Camera>> m_cameras;
};

} // namespace wl::sources
