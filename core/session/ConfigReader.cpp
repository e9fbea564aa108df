#include "ConfigReader.h"

namespace wl {

ConfigReader::ConfigReader(QString sourceName)
    : m_source(std::move(sourceName)) {
}

QString ConfigReader::join(const QString& place, const QString& key) {
    return place.isEmpty() ? key : place + QLatin1Char('.') + key;
}

Error ConfigReader::error(const QString& place, const QString& message) const {
    return makeError(ErrorCode::ConfigInvalid, message.toStdString(),
                     (m_source + QLatin1Char(':') + place).toStdString());
}

Expected<int> ConfigReader::integer(const QJsonObject& object, const QString& key,
                                    const QString& place, int fallback, int min, int max) const {
    const QJsonValue value = object.value(key);
    if (value.isUndefined())
        return fallback;
    if (!value.isDouble() || value.toDouble() != static_cast<double>(value.toInt()))
        return error(join(place, key), QStringLiteral("must be a whole number"));
    const int number = value.toInt();
    if (number < min || number > max)
        return error(join(place, key),
                     QStringLiteral("must be between %1 and %2").arg(min).arg(max));
    return number;
}

Expected<double> ConfigReader::number(const QJsonObject& object, const QString& key,
                                      const QString& place, double fallback, double min,
                                      double max) const {
    const QJsonValue value = object.value(key);
    if (value.isUndefined())
        return fallback;
    if (!value.isDouble() || value.toDouble() < min || value.toDouble() > max)
        return error(join(place, key),
                     QStringLiteral("must be a number from %1 to %2").arg(min).arg(max));
    return value.toDouble();
}

Expected<bool> ConfigReader::boolean(const QJsonObject& object, const QString& key,
                                     const QString& place, bool fallback) const {
    const QJsonValue value = object.value(key);
    if (value.isUndefined())
        return fallback;
    if (!value.isBool())
        return error(join(place, key), QStringLiteral("must be true or false"));
    return value.toBool();
}

Expected<QString> ConfigReader::choice(const QJsonObject& object, const QString& key,
                                       const QString& place, const QString& fallback,
                                       const QStringList& allowed) const {
    const QJsonValue value = object.value(key);
    if (value.isUndefined())
        return fallback;
    if (!value.isString() || !allowed.contains(value.toString()))
        return error(join(place, key),
                     QStringLiteral("must be one of: ") + allowed.join(QStringLiteral(", ")));
    return value.toString();
}

Expected<QString> ConfigReader::string(const QJsonObject& object, const QString& key,
                                       const QString& place, const QString& fallback,
                                       int maxLength) const {
    const QJsonValue value = object.value(key);
    if (value.isUndefined())
        return fallback;
    if (!value.isString() || value.toString().size() > maxLength)
        return error(join(place, key),
                     QStringLiteral("must be a string of at most %1 characters").arg(maxLength));
    return value.toString();
}

Expected<QJsonObject> ConfigReader::object(const QJsonObject& parent, const QString& key) const {
    const QJsonValue value = parent.value(key);
    if (value.isUndefined())
        return QJsonObject();
    if (!value.isObject())
        return error(key, QStringLiteral("must be an object"));
    return value.toObject();
}

} // namespace wl
