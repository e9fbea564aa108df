#pragma once

#include <QJsonObject>
#include <QStringList>

#include "ConfigReader.h"

namespace wl {

// How the switcher behaves ("switcher" in event.json).
struct SwitcherConfig {
    QString mode = QStringLiteral("studio");    // studio | direct
    QString transition = QStringLiteral("mix"); // cut | mix | dip | wipe
    int transitionMs = 500;
    bool failover = true;
    int failoverHoldMs = 1000;
    QStringList failoverPriority; // camera ids, most preferred first; empty = camera order
    QString slateImage;           // a picture for pauses; empty = the built-in slate

    static Expected<SwitcherConfig> parse(const QJsonObject& object, const ConfigReader& reader);
    QJsonObject toJson() const;
};

} // namespace wl
