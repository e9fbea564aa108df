#pragma once

#include <QString>

namespace wl::sources {

// waiting: never connected; live: publishing and decoding; offline: disconnected, or no media
// for the offline timeout.
enum class CameraStatus { Waiting, Live, Offline };

QString cameraStatusName(CameraStatus status);

} // namespace wl::sources
