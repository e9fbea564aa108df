#pragma once

#include "common/SessionClock.h"
#include "serve/ApiBackend.h"
#include "serve/ViewerStatistics.h"
#include "sources/CameraRegistry.h"

namespace wl::switcher {
class ProgramEngine;
}
namespace wl::output {
class ProgramEncoder;
}

namespace wl {

class LiveController;
class SessionOutputs;

// The REST API's view of a running session. Reads thread-safe snapshots only, so it can answer
// on the HTTP thread while media threads run.
class SessionApi : public serve::ApiBackend {
public:
    SessionApi(const sources::CameraRegistry& cameras, const SessionClock& clock, QString title,
               QString rtmpUrl, const LiveController& live, const switcher::ProgramEngine& engine,
               const output::ProgramEncoder& encoder, const serve::ViewerStatistics& viewers,
               const SessionOutputs* outputs = nullptr);

    QJsonObject statusJson() const override;
    QJsonArray camerasJson() const override;

    static QJsonObject statsJson(const sources::CameraStats& stats);

private:
    const sources::CameraRegistry& m_cameras;
    const SessionClock& m_clock;
    const QString m_title;
    const QString m_rtmpUrl;
    QJsonObject programJson() const;
    QJsonObject viewersJson() const;

    const LiveController& m_live;
    const switcher::ProgramEngine& m_engine;
    const output::ProgramEncoder& m_encoder;
    const serve::ViewerStatistics& m_viewers;
    const SessionOutputs* m_outputs; // null: no "outputs" in the status (the UI's own view)
};

} // namespace wl
