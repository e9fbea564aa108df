#pragma once

#include <cstdint>

#include <QMetaType>
#include <QString>

namespace wl {

// Something the director must notice: shown in the UI's alert strip and logged.
struct SessionAlert {
    enum class Kind {
        CameraLost,
        CameraBack,
        RecordingError,
        DiskLow,
        EncoderOverload,
        OutputFailed,
    };
    Kind kind = Kind::RecordingError;
    QString subject; // a camera id, a file, an output name; may be empty
    QString message; // one line, in English (the UI words its own text from kind and subject)
    std::int64_t sessionUs = 0;
};

} // namespace wl

Q_DECLARE_METATYPE(wl::SessionAlert)
