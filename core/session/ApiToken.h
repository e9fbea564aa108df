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
    // Replaces the stored token (owner-only permissions); InvalidArgument under 16 characters.
    static Expected<void> save(const QString& configDir, const QString& token);
};

} // namespace wl
