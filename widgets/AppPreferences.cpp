#include "AppPreferences.h"

#include <QSettings>

namespace wl::widgets {

namespace {
quint16 port(const QSettings& settings, const QString& key, quint16 fallback) {
    bool ok = false;
    const int value = settings.value(key, fallback).toInt(&ok);
    return ok && value > 0 && value <= 65535 ? static_cast<quint16>(value) : fallback;
}
} // namespace

AppPreferences AppPreferences::load(const QSettings& settings) {
    AppPreferences preferences;
    preferences.recordingsDir = settings.value(QStringLiteral("recording/folder")).toString();
    preferences.rtmpPort =
        port(settings, QStringLiteral("network/rtmp_port"), preferences.rtmpPort);
    preferences.httpPort =
        port(settings, QStringLiteral("network/http_port"), preferences.httpPort);
    preferences.language = settings.value(QStringLiteral("ui/language")).toString();
    return preferences;
}

void AppPreferences::save(QSettings& settings) const {
    settings.setValue(QStringLiteral("recording/folder"), recordingsDir);
    settings.setValue(QStringLiteral("network/rtmp_port"), rtmpPort);
    settings.setValue(QStringLiteral("network/http_port"), httpPort);
    settings.setValue(QStringLiteral("ui/language"), language);
}

} // namespace wl::widgets
