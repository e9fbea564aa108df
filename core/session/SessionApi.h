#pragma once

#include "common/SessionClock.h"
#include "serve/ApiBackend.h"
#include "sources/CameraRegistry.h"

namespace wl {

class LiveController;

// The REST API's view of a running session. Reads thread-safe snapshots only, so it can answer
// on the HTTP thread while media threads run.
class SessionApi : public serve::ApiBackend {
public:
    SessionApi(const sources::CameraRegistry& cameras, const SessionClock& clock, QString title,
               QString rtmpUrl, const LiveController& live);

    QJsonObject statusJson() const override;
    QJsonArray camerasJson() const override;

    static QJsonObject statsJson(const sources::CameraStats& stats);

private:
    const sources::CameraRegistry& m_cameras;
    const SessionClock& m_clock;
    const QString m_title;
    const QString m_rtmpUrl;
    const LiveController& m_live;
};

} // namespace wl
