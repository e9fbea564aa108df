#pragma once

#include <cstdint>
#include <optional>

#include <QHash>
#include <QString>
#include <QStringList>

#include "SwitcherTypes.h"

namespace wl::switcher {

// Remembers since when (session time) each camera has been seen not live, and picks the camera
// failover switches to.
class FailoverWatch {
public:
    void observe(const QString& cameraId, bool live, std::int64_t sessionUs);
    // How long `cameraId` has been not live at `sessionUs`; 0 when live or never observed.
    std::int64_t notLiveForUs(const QString& cameraId, std::int64_t sessionUs) const;

    // The most preferred live camera: those in `priority` first, then the other cameras in
    // `cameras.all` order (a camera left out of the list is still better than the slate).
    static std::optional<QString> bestLiveCamera(const QStringList& priority,
                                                 const CameraAvailability& cameras);

private:
    QHash<QString, std::int64_t> m_notLiveSinceUs;
};

} // namespace wl::switcher
