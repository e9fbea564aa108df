#pragma once

#include "serve/ControlBackend.h"

namespace wl::switcher {
class ProgramEngine;
}
namespace wl::record {
class Recorder;
}
namespace wl::sources {
class CameraRegistry;
}

namespace wl {

class LiveController;

// The REST control's view of the running session: commands go to the program engine, the live
// controller and the recorder, which all answer at once; reads are thread-safe snapshots.
class SessionControl : public serve::ControlBackend {
public:
    SessionControl(switcher::ProgramEngine& engine, LiveController& live,
                   record::Recorder& recorder, const sources::CameraRegistry& cameras);

    Expected<void> switchTo(const QString& cameraId,
                            const std::optional<switcher::TransitionSpec>& transition) override;
    Expected<void> preview(const QString& cameraId) override;
    Expected<void> take(const std::optional<switcher::TransitionSpec>& transition) override;
    Expected<void> fadeToBlack() override;
    Expected<QJsonObject> liveAction(const QString& action) override;
    Expected<QJsonObject> startRecording() override;
    Expected<QJsonObject> stopRecording() override;
    QJsonObject recordingsJson() const override;
    QJsonObject activeCameraJson() const override;
    Expected<QByteArray> thumbnailJpeg(const QString& cameraId) const override;

private:
    Expected<void> run(const switcher::SwitcherCommand& command);
    QString cameraName(const QString& cameraId) const;

    switcher::ProgramEngine& m_engine;
    LiveController& m_live;
    record::Recorder& m_recorder;
    const sources::CameraRegistry& m_cameras;
};

} // namespace wl
