#pragma once

#include <optional>

#include <QByteArray>
#include <QJsonObject>

#include "common/Expected.h"
#include "switcher/SwitcherTypes.h"

namespace wl::serve {

// What the REST control calls need from the engine. Called on the HTTP thread; implementations
// must answer at once (they queue work for the program thread, never wait for it). Errors carry
// codes the routes turn into statuses: NotFound 404, Conflict 409, InvalidArgument 400.
class ControlBackend {
public:
    virtual ~ControlBackend() = default;

    // A cut, or a transition when one is given.
    virtual Expected<void> switchTo(const QString& cameraId,
                                    const std::optional<switcher::TransitionSpec>& transition) = 0;
    virtual Expected<void> preview(const QString& cameraId) = 0;
    // Takes the preview with the given or the current default transition.
    virtual Expected<void> take(const std::optional<switcher::TransitionSpec>& transition) = 0;
    virtual Expected<void> fadeToBlack() = 0;
    // start | pause | resume | end; returns the new status object.
    virtual Expected<QJsonObject> liveAction(const QString& action) = 0;
    virtual Expected<QJsonObject> startRecording() = 0;
    virtual Expected<QJsonObject> stopRecording() = 0;
    virtual QJsonObject recordingsJson() const = 0;
    virtual QJsonObject activeCameraJson() const = 0;
    // JPEG of the camera's latest frame; NotFound for an unknown camera, Unavailable without one.
    virtual Expected<QByteArray> thumbnailJpeg(const QString& cameraId) const = 0;
};

} // namespace wl::serve
