#pragma once

#include <QString>
#include <QStringList>

#include "session/SessionSettings.h"

namespace wl::app {

// The command line of `wedlive`, parsed into session settings.
struct AppOptions {
    bool headless = false;
    SessionSettings session;
    // Which of the laptop's preferences (settings dialog) the command line overrides.
    bool recordingsDirGiven = false;
    bool rtmpPortGiven = false;
    bool httpPortGiven = false;

    // Parses arguments (argv[0] included). On failure or --help/--version returns false and sets
    // `message` (and `exitCode`: 0 for help/version, 2 for a usage error).
    static bool parse(const QStringList& arguments, AppOptions& options, QString& message,
                      int& exitCode);
};

} // namespace wl::app
