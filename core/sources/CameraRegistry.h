#pragma once

#include <memory>
#include <mutex>

#include <QObject>
#include <QStringList>
#include <QVector>

#include "Camera.h"
#include "session/EventConfig.h"

namespace wl::sources {

// The camera slots of the event (cam1..cam5), in the director's order. Lookups are thread-safe:
// the ingest thread routes stream keys, the HTTP thread reads statistics, the UI reads previews.
// The set-up edits (add, remove, reorder, rename, new key) are thread-safe too: readers hold
// shared pointers, so a removed camera stays valid for whoever still uses it.
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

    // Any thread. nullptr when the id is taken, the key is used by another camera, or the
    // registry already holds EventConfig::kMaxCameras cameras.
    std::shared_ptr<Camera> addCamera(const CameraConfig& config);
    // The removed camera (nullptr for an unknown id); its owner stops its decoder.
    std::shared_ptr<Camera> removeCamera(const QString& id);
    // Puts the listed ids first, in that order; cameras not listed follow in their old order.
    void reorder(const QStringList& ids);
    // Name and stream key of an existing camera; false for an unknown id or a key in use.
    bool updateCamera(const CameraConfig& config);

signals:
    void cameraStatusChanged(const QString& cameraId, wl::sources::CameraStatus status);

private:
    std::shared_ptr<Camera> makeCamera(const CameraConfig& config);

    const Camera::Settings m_settings;
    mutable std::mutex m_mutex;
    QVector<std::shared_ptr<Camera>> m_cameras;
};

} // namespace wl::sources
