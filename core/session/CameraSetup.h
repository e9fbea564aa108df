#pragma once

#include <QString>
#include <QStringList>

#include "EventConfig.h"
#include "common/Expected.h"

namespace wl {

// The director's edits of the camera list in event.json: add (up to five), rename, remove,
// reorder, new stream key, audio and failover priority. Checks every edit before it changes
// anything, so a refused edit leaves the configuration as it was. Errors carry codes the UI maps
// to its own words: LimitExceeded (a sixth camera), InvalidArgument (empty or too long a name, a
// value out of range), Conflict (a name another camera has), NotFound (an unknown camera id).
class CameraSetup {
public:
    static constexpr int kMaxNameLength = 64;
    enum class NameCheck { Ok, Empty, TooLong, Duplicate };

    explicit CameraSetup(EventConfig config);

    const EventConfig& config() const { return m_config; }
    const QVector<CameraConfig>& cameras() const { return m_config.cameras; }
    bool isFull() const { return m_config.cameras.size() >= EventConfig::kMaxCameras; }

    // Whether `name` (trimmed) may be given to camera `exceptId` (empty: a new camera).
    NameCheck checkName(const QString& name, const QString& exceptId = {}) const;

    // Returns the new camera's id: the lowest free of cam1..cam5, with a fresh stream key.
    Expected<QString> add(const QString& name);
    Expected<void> rename(const QString& id, const QString& name);
    Expected<void> remove(const QString& id);
    // Moves the camera at `from` to index `to` (the director's order: hotkeys 1..5).
    Expected<void> move(int from, int to);
    Expected<QString> regenerateKey(const QString& id);
    // mode follow | always | off; gain −60…+20 dB; delay 0…1000 ms (event.json's ranges).
    Expected<void> setAudio(const QString& id, const QString& mode, double gainDb, int delayMs);
    // Camera ids, most preferred first; unknown ids are refused, missing ones come after in order.
    Expected<void> setFailoverPriority(const QStringList& ids);
    // The full failover order: the stored priority, then every other camera in list order.
    QStringList failoverOrder() const;

    Expected<void> save(const QString& path) const { return m_config.save(path); }

private:
    int indexOf(const QString& id) const;
    Expected<void> requireName(const QString& name, const QString& exceptId) const;

    EventConfig m_config;
};

} // namespace wl
