#include "CameraSetup.h"

#include "StreamKeyGenerator.h"

namespace wl {

CameraSetup::CameraSetup(EventConfig config)
    : m_config(std::move(config)) {
}

int CameraSetup::indexOf(const QString& id) const {
    for (int i = 0; i < m_config.cameras.size(); ++i) {
        if (m_config.cameras[i].id == id)
            return i;
    }
    return -1;
}

CameraSetup::NameCheck CameraSetup::checkName(const QString& name, const QString& exceptId) const {
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return NameCheck::Empty;
    if (trimmed.size() > kMaxNameLength)
        return NameCheck::TooLong;
    for (const CameraConfig& camera : m_config.cameras) {
        if (camera.id != exceptId && camera.name.compare(trimmed, Qt::CaseInsensitive) == 0)
            return NameCheck::Duplicate;
    }
    return NameCheck::Ok;
}

Expected<void> CameraSetup::requireName(const QString& name, const QString& exceptId) const {
    switch (checkName(name, exceptId)) {
    case NameCheck::Ok:
        return {};
    case NameCheck::Empty:
        return makeError(ErrorCode::InvalidArgument, "a camera needs a name");
    case NameCheck::TooLong:
        return makeError(ErrorCode::InvalidArgument, "a camera name has at most " +
                                                         std::to_string(kMaxNameLength) +
                                                         " characters");
    case NameCheck::Duplicate:
        return makeError(ErrorCode::Conflict, "another camera already has this name",
                         name.trimmed().toStdString());
    }
    return {};
}

Expected<QString> CameraSetup::add(const QString& name) {
    if (isFull())
        return makeError(ErrorCode::LimitExceeded,
                         "at most " + std::to_string(EventConfig::kMaxCameras) + " cameras");
    if (auto ok = requireName(name, {}); !ok)
        return ok.error();
    CameraConfig camera;
    for (int n = 1; n <= EventConfig::kMaxCameras && camera.id.isEmpty(); ++n) {
        const QString id = QStringLiteral("cam%1").arg(n);
        if (indexOf(id) < 0)
            camera.id = id;
    }
    camera.name = name.trimmed();
    camera.streamKey = StreamKeyGenerator::generate();
    m_config.cameras.append(camera);
    return camera.id;
}

Expected<void> CameraSetup::rename(const QString& id, const QString& name) {
    const int index = indexOf(id);
    if (index < 0)
        return makeError(ErrorCode::NotFound, "no such camera", id.toStdString());
    if (auto ok = requireName(name, id); !ok)
        return ok;
    m_config.cameras[index].name = name.trimmed();
    return {};
}

Expected<void> CameraSetup::remove(const QString& id) {
    const int index = indexOf(id);
    if (index < 0)
        return makeError(ErrorCode::NotFound, "no such camera", id.toStdString());
    m_config.cameras.removeAt(index);
    m_config.switcher.failoverPriority.removeAll(id);
    return {};
}

Expected<void> CameraSetup::move(int from, int to) {
    const int count = static_cast<int>(m_config.cameras.size());
    if (from < 0 || from >= count || to < 0 || to >= count)
        return makeError(ErrorCode::InvalidArgument, "no camera at that position");
    m_config.cameras.move(from, to);
    return {};
}

Expected<QString> CameraSetup::regenerateKey(const QString& id) {
    const int index = indexOf(id);
    if (index < 0)
        return makeError(ErrorCode::NotFound, "no such camera", id.toStdString());
    m_config.cameras[index].streamKey = StreamKeyGenerator::generate();
    return m_config.cameras[index].streamKey;
}

Expected<void> CameraSetup::setAudio(const QString& id, const QString& mode, double gainDb,
                                     int delayMs) {
    const int index = indexOf(id);
    if (index < 0)
        return makeError(ErrorCode::NotFound, "no such camera", id.toStdString());
    if (mode != QLatin1String("follow") && mode != QLatin1String("always") &&
        mode != QLatin1String("off"))
        return makeError(ErrorCode::InvalidArgument, "audio mode must be follow, always or off");
    if (!(gainDb >= -60 && gainDb <= 20))
        return makeError(ErrorCode::InvalidArgument, "gain must be -60 to +20 dB");
    if (delayMs < 0 || delayMs > 1000)
        return makeError(ErrorCode::InvalidArgument, "delay must be 0 to 1000 ms");
    CameraConfig& camera = m_config.cameras[index];
    camera.audioMode = mode;
    camera.gainDb = gainDb;
    camera.delayMs = delayMs;
    return {};
}

Expected<void> CameraSetup::setFailoverPriority(const QStringList& ids) {
    QStringList checked;
    for (const QString& id : ids) {
        if (indexOf(id) < 0)
            return makeError(ErrorCode::NotFound, "no such camera", id.toStdString());
        if (!checked.contains(id))
            checked.append(id);
    }
    m_config.switcher.failoverPriority = checked;
    return {};
}

QStringList CameraSetup::failoverOrder() const {
    QStringList order;
    for (const QString& id : m_config.switcher.failoverPriority) {
        if (indexOf(id) >= 0)
            order.append(id);
    }
    for (const CameraConfig& camera : m_config.cameras) {
        if (!order.contains(camera.id))
            order.append(camera.id);
    }
    return order;
}

} // namespace wl
