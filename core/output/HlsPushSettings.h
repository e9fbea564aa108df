#pragma once

#include <chrono>

#include <QString>

namespace wl::output {

// Where and how the HLS push uploads ("hls_push" in event.json): WebDAV-style PUT and DELETE
// under a base URL, optionally with basic or bearer authentication.
struct HlsPushSettings {
    QString baseUrl;  // e.g. "https://origin.example.org/wedding/" (files go below it)
    QString username; // basic auth when set
    QString password;
    QString bearerToken; // "Authorization: Bearer …" when set (instead of basic)
    QString playlistName = QStringLiteral("output_main.m3u8");
    int windowSegments = 6;     // segments listed in the pushed playlist
    int lingerSegments = 4;     // kept on the origin after leaving the playlist, then deleted
    int maxBacklogSegments = 2; // after an outage, older segments are skipped: the live edge
    std::chrono::milliseconds pollInterval{200};
    std::chrono::milliseconds requestTimeout{5000};
    std::chrono::milliseconds backoffInitial{500};
    std::chrono::milliseconds backoffMax{8000};
};

} // namespace wl::output
