#include "FailoverWatch.h"

namespace wl::switcher {

void FailoverWatch::observe(const QString& cameraId, bool live, std::int64_t sessionUs) {
    if (live)
        m_notLiveSinceUs.remove(cameraId);
    else if (!m_notLiveSinceUs.contains(cameraId))
        m_notLiveSinceUs.insert(cameraId, sessionUs);
}

std::int64_t FailoverWatch::notLiveForUs(const QString& cameraId, std::int64_t sessionUs) const {
    const auto it = m_notLiveSinceUs.constFind(cameraId);
    return it == m_notLiveSinceUs.constEnd() ? 0 : sessionUs - *it;
}

std::optional<QString> FailoverWatch::bestLiveCamera(const QStringList& priority,
                                                     const CameraAvailability& cameras) {
    for (const QString& id : priority) {
        if (cameras.isLive(id))
            return id;
    }
    for (const QString& id : cameras.all) {
        if (cameras.isLive(id))
            return id;
    }
    return std::nullopt;
}

} // namespace wl::switcher
