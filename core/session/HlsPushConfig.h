#pragma once

#include <QJsonObject>

#include "ConfigReader.h"
#include "output/HlsPushSettings.h"

namespace wl {

// The push of the HLS output to an external origin ("hls_push" in event.json): a base URL that
// takes WebDAV-style PUT and DELETE, and optional credentials (basic, or a bearer token). The
// password and token are secrets: written to event.json, never logged, masked in the API.
struct HlsPushConfig {
    bool enabled = false;
    QString url; // http:// or https:// base URL; files go below it
    QString username;
    QString password;
    QString bearerToken;

    static Expected<HlsPushConfig> parse(const QJsonObject& object, const ConfigReader& reader);
    QJsonObject toJson() const;
    output::HlsPushSettings toSettings() const;
    // "none" | "basic" | "bearer"
    QString authKind() const;
    // The URL without user information, for logs and the API.
    QString displayUrl() const;
};

} // namespace wl
