#pragma once

#include <QString>

#include "common/Expected.h"

namespace wl {

// The bearer token for /api/: generated once and kept in the configuration folder (owner-only
// permissions), so that Companion or scripts configured with it keep working across restarts.
class ApiToken {
public:
    static constexpr const char* kFileName = "api-token";
    static Expected<QString> loadOrCreate(const QString& configDir);
    static QString generate();
};

} // namespace wl
