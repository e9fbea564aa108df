#include "CameraStatus.h"

namespace wl::sources {

QString cameraStatusName(CameraStatus status) {
    switch (status) {
    case CameraStatus::Waiting:
        return QStringLiteral("waiting");
    case CameraStatus::Live:
        return QStringLiteral("live");
    case CameraStatus::Offline:
        return QStringLiteral("offline");
    }
    return QStringLiteral("offline");
}

} // namespace wl::sources
