#include "OutputsRequest.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace wl {

namespace {

const QString kSource = QStringLiteral("request");

Error fieldError(const QString& field, const QString& message) {
    return makeError(ErrorCode::ConfigInvalid, message.toStdString(), field.toStdString());
}

QJsonObject merged(QJsonObject current, const QJsonObject& changes) {
    for (auto it = changes.begin(); it != changes.end(); ++it)
        current.insert(it.key(), it.value());
    return current;
}

// Entries without "key" take the current key of the destination with their id.
QJsonArray withKnownKeys(const QJsonArray& requested, const QJsonArray& current) {
    QJsonArray result;
    for (const QJsonValue& value : requested) {
        QJsonObject entry = value.toObject();
        if (value.isObject() && !entry.contains(QStringLiteral("key"))) {
            for (const QJsonValue& existing : current) {
                const QJsonObject old = existing.toObject();
                if (old.value(QStringLiteral("id")) == entry.value(QStringLiteral("id")))
                    entry.insert(QStringLiteral("key"), old.value(QStringLiteral("key")));
            }
        }
        result.append(value.isObject() ? QJsonValue(entry) : value);
    }
    return result;
}

} // namespace

Expected<OutputsRequest::Result> OutputsRequest::apply(const QByteArray& body,
                                                       const QByteArray& currentEventJson) {
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return fieldError(QString(), QStringLiteral("the body must be a JSON object"));
    const QJsonObject changes = document.object();
    if (changes.isEmpty())
        return fieldError(QString(),
                          QStringLiteral("give at least one of hls, hls_push, restream"));
    for (auto it = changes.begin(); it != changes.end(); ++it) {
        if (it.key() != QLatin1String("hls") && it.key() != QLatin1String("hls_push") &&
            it.key() != QLatin1String("restream"))
            return fieldError(it.key(), QStringLiteral("unknown field"));
    }

    QJsonObject root = QJsonDocument::fromJson(currentEventJson).object();
    Result result;
    for (const char* section : {"hls", "hls_push"}) {
        const QString key = QLatin1String(section);
        if (!changes.contains(key))
            continue;
        if (!changes.value(key).isObject())
            return fieldError(key, QStringLiteral("must be an object"));
        root.insert(key, merged(root.value(key).toObject(), changes.value(key).toObject()));
        result.sections.append(key);
    }
    if (changes.contains(QStringLiteral("restream"))) {
        const QJsonValue list = changes.value(QStringLiteral("restream"));
        if (!list.isArray())
            return fieldError(QStringLiteral("restream"), QStringLiteral("must be an array"));
        root.insert(
            QStringLiteral("restream"),
            withKnownKeys(list.toArray(), root.value(QStringLiteral("restream")).toArray()));
        result.sections.append(QStringLiteral("restream"));
    }

    auto config = EventConfig::fromJson(QJsonDocument(root).toJson(), kSource);
    if (!config) {
        Error error = config.error();
        const std::string prefix = kSource.toStdString() + ':';
        if (error.context.rfind(prefix, 0) == 0)
            error.context.erase(0, prefix.size());
        return error;
    }
    result.config = std::move(config).value();
    return result;
}

} // namespace wl
