#include "RestreamConfig.h"

#include <QRegularExpression>
#include <QSet>
#include <QUrl>

namespace wl {

namespace {
constexpr int kMaxIdLength = 32;
constexpr int kMaxNameLength = 100;
constexpr int kMaxUrlLength = 1024;
constexpr int kMaxKeyLength = 512;
} // namespace

Expected<RestreamConfig> RestreamConfig::parse(const QJsonObject& object, const QString& place,
                                               const ConfigReader& reader) {
    RestreamConfig config;
    auto id = reader.string(object, QStringLiteral("id"), place, {}, kMaxIdLength);
    if (!id)
        return id.error();
    static const QRegularExpression idPattern(QStringLiteral("^[a-z0-9_-]+$"));
    if (!idPattern.match(*id).hasMatch())
        return reader.error(
            place + QStringLiteral(".id"),
            QStringLiteral("must be 1 to %1 of a-z, 0-9, _ and -").arg(kMaxIdLength));
    auto name = reader.string(object, QStringLiteral("name"), place, *id, kMaxNameLength);
    if (!name)
        return name.error();
    auto url = reader.string(object, QStringLiteral("url"), place, {}, kMaxUrlLength);
    if (!url)
        return url.error();
    const QUrl parsed(*url, QUrl::StrictMode);
    const QString scheme = parsed.scheme().toLower();
    if (!parsed.isValid() || parsed.host().isEmpty() ||
        (scheme != QLatin1String("rtmp") && scheme != QLatin1String("rtmps")))
        return reader.error(place + QStringLiteral(".url"),
                            QStringLiteral("must be an rtmp:// or rtmps:// URL with a host"));
    auto key = reader.string(object, QStringLiteral("key"), place, {}, kMaxKeyLength);
    if (!key)
        return key.error();
    for (const QChar c : *key) {
        if (c.unicode() <= 0x20 || c.unicode() >= 0x7f || c == QLatin1Char('/'))
            return reader.error(place + QStringLiteral(".key"),
                                QStringLiteral("must be printable ASCII without spaces or '/'"));
    }
    auto enabled = reader.boolean(object, QStringLiteral("enabled"), place, config.enabled);
    if (!enabled)
        return enabled.error();
    config.id = *id;
    config.name = *name;
    config.url = *url;
    config.key = *key;
    config.enabled = *enabled;
    return config;
}

Expected<QVector<RestreamConfig>> RestreamConfig::parseList(const QJsonValue& value,
                                                            const ConfigReader& reader) {
    QVector<RestreamConfig> list;
    if (value.isUndefined() || value.isNull())
        return list;
    if (!value.isArray())
        return reader.error(QStringLiteral("restream"), QStringLiteral("must be an array"));
    const QJsonArray array = value.toArray();
    if (array.size() > kMaxDestinations)
        return reader.error(QStringLiteral("restream"),
                            QStringLiteral("at most %1 destinations").arg(kMaxDestinations));
    QSet<QString> ids;
    for (int i = 0; i < array.size(); ++i) {
        const QString place = QStringLiteral("restream[%1]").arg(i);
        if (!array.at(i).isObject())
            return reader.error(place, QStringLiteral("must be an object"));
        auto destination = parse(array.at(i).toObject(), place, reader);
        if (!destination)
            return destination.error();
        if (ids.contains(destination->id))
            return reader.error(place + QStringLiteral(".id"),
                                QStringLiteral("duplicate destination id %1").arg(destination->id));
        ids.insert(destination->id);
        list.append(*destination);
    }
    return list;
}

QJsonObject RestreamConfig::toJson() const {
    return QJsonObject{{QStringLiteral("id"), id},
                       {QStringLiteral("name"), name},
                       {QStringLiteral("url"), url},
                       {QStringLiteral("key"), key},
                       {QStringLiteral("enabled"), enabled}};
}

output::RestreamTarget RestreamConfig::toTarget() const {
    return output::RestreamTarget{id.toStdString(), name.toStdString(), url.toStdString(),
                                  key.toStdString(), enabled};
}

} // namespace wl
