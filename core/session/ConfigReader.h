#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include "common/Expected.h"

namespace wl {

// Reads typed, range-checked fields out of a configuration file's JSON, with errors that name
// the file and the field ("event.json:cameras[1].delay_ms: must be between 0 and 1000").
class ConfigReader {
public:
    explicit ConfigReader(QString sourceName);

    Error error(const QString& place, const QString& message) const;

    // Each returns `fallback` when the key is absent.
    Expected<int> integer(const QJsonObject& object, const QString& key, const QString& place,
                          int fallback, int min, int max) const;
    Expected<double> number(const QJsonObject& object, const QString& key, const QString& place,
                            double fallback, double min, double max) const;
    Expected<bool> boolean(const QJsonObject& object, const QString& key, const QString& place,
                           bool fallback) const;
    Expected<QString> choice(const QJsonObject& object, const QString& key, const QString& place,
                             const QString& fallback, const QStringList& allowed) const;
    Expected<QString> string(const QJsonObject& object, const QString& key, const QString& place,
                             const QString& fallback, int maxLength) const;
    // An optional object; an absent key gives an empty object.
    Expected<QJsonObject> object(const QJsonObject& parent, const QString& key) const;

    const QString& sourceName() const { return m_source; }

private:
    static QString join(const QString& place, const QString& key);
    QString m_source;
};

} // namespace wl
