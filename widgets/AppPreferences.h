#pragma once

#include <QString>

class QSettings;

namespace wl::widgets {

// What belongs to this laptop rather than to the event, kept in QSettings: the recordings folder,
// the listening ports and the UI language. The app reads them at start (a change needs a restart).
struct AppPreferences {
    QString recordingsDir; // empty: <Videos>/WedLive
    quint16 rtmpPort = 1935;
    quint16 httpPort = 8080;
    QString language; // "en", "hi", "ta"; empty: the system's language

    static AppPreferences load(const QSettings& settings);
    void save(QSettings& settings) const;
    bool operator==(const AppPreferences&) const = default;
};

} // namespace wl::widgets
