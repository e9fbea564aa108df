#include "RecordingStatus.h"

namespace wl::record {

std::string_view recordingStateName(RecordingState state) {
    switch (state) {
    case RecordingState::Idle:
        return "idle";
    case RecordingState::Recording:
        return "recording";
    case RecordingState::Stopping:
        return "stopping";
    case RecordingState::Error:
        return "error";
    }
    return "unknown";
}

std::string_view fileStateName(FileState state) {
    switch (state) {
    case FileState::Waiting:
        return "waiting";
    case FileState::Recording:
        return "recording";
    case FileState::Finishing:
        return "finishing";
    case FileState::Done:
        return "done";
    case FileState::Failed:
        return "failed";
    }
    return "unknown";
}

} // namespace wl::record
