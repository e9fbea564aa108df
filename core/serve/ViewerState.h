#pragma once

#include <cstdint>

#include <QString>

namespace wl::serve {

// What a viewer is told about the event: the `state` message and `active_camera` answers.
struct ViewerState {
    QString title;
    QString status = QStringLiteral("waiting"); // waiting | live | paused | ended
    QString cameraId;                           // empty while no camera is on program
    QString cameraName;
    int viewers = 0;
    QString hlsUrl = QStringLiteral("/hls/output_main.m3u8");
};

// A camera coming to program, as viewers hear of it.
struct ViewerCameraSwitch {
    QString cameraId;
    QString cameraName;
    std::int64_t wallClockUs = 0; // when the program shows it (Unix epoch µs)
    double programTimeS = 0;      // the same moment on the session clock, in seconds
    std::int64_t programFrame = 0;
};

} // namespace wl::serve
