#pragma once

#include <optional>

#include <QByteArray>

#include "common/Expected.h"
#include "switcher/SwitcherTypes.h"

namespace wl::serve {

// Reads an optional transition from a request body:
// {"transition": "cut|mix|dip|wipe", "duration_ms": 500, "colour": "#000000",
//  "direction": "right|left|down|up"} (where the wipe's edge travels). An empty body, or one
// without "transition" and "duration_ms", means "none given".
class TransitionRequest {
public:
    static Expected<std::optional<switcher::TransitionSpec>> parse(const QByteArray& body);
};

} // namespace wl::serve
