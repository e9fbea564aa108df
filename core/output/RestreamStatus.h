#pragma once

#include <string_view>

namespace wl::output {

// Where one restream destination is: idle (not wanted: program output off or disabled),
// connecting (first attempt), live (packets flowing), reconnecting (waiting out a backoff after
// a failure), failed (gave up: a permanent refusal or too many failures; until re-enabled).
enum class RestreamStatus { Idle, Connecting, Live, Reconnecting, Failed };

std::string_view restreamStatusName(RestreamStatus status);

} // namespace wl::output
