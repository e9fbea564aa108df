#pragma once

#include <QHostAddress>
#include <QString>

namespace wl {

// How a session is started: folders, ports and the optional fixed API token.
struct SessionSettings {
    QString configDir;     // event.json and the API token live here
    QString recordingsDir; // recordings of every event go below this folder
    QHostAddress bindAddress = QHostAddress::Any;
    quint16 rtmpPort = 1935; // 0 = any free port (tests)
    quint16 httpPort = 8080;
    QString apiToken;    // empty = load or generate the stored one
    int demoCameras = 0; // synthetic cameras publishing to ourselves over loopback
};

} // namespace wl
