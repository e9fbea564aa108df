#pragma once

#include <vector>

#include <QString>

namespace wl::record {

// What to record in a take. Cameras not listed are recorded under their id alone.
struct RecordingRequest {
    struct Camera {
        QString id;   // cam1..cam5
        QString name; // the operator's name for it, made file-safe for the file name
    };
    std::vector<Camera> cameras;
    bool isoFiles = true; // one file per camera (stream copy)
    bool program = true;  // program.mp4 from the program encoder
};

} // namespace wl::record
