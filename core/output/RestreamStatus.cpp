#include "RestreamStatus.h"

namespace wl::output {

std::string_view restreamStatusName(RestreamStatus status) {
    switch (status) {
    case RestreamStatus::Idle:
        return "idle";
    case RestreamStatus::Connecting:
        return "connecting";
    case RestreamStatus::Live:
        return "live";
    case RestreamStatus::Reconnecting:
        return "reconnecting";
    case RestreamStatus::Failed:
        return "failed";
    }
    return "idle";
}

} // namespace wl::output
